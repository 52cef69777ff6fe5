import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerEditorRequest } from '@/lib/platform/editor-page';

/**
 * Main-world half of the editor bridge (see lib/platform/editor.ts). Injected by the content
 * script only when the user asks Sparring to read their code, never on page load.
 */
export default defineUnlistedScript(() => answerEditorRequest(window, document));
