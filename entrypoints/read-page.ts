import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPageDeep } from '@/lib/extract/full';

/**
 * Injected on request ("Read this page with Sparring") into a page the content script does not
 * cover. It may carry the heavy fallbacks (Readability) because it never runs uninvited. Its
 * return value is what scripting.executeScript hands back to the background.
 */
export default defineUnlistedScript(() => extractPageDeep(document, location.href));
