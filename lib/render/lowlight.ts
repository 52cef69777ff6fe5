// rehype-highlight registers lowlight's 37 "common" grammars unless handed others, and bundles
// them either way through this import; SafeMarkdown always hands its own ten, so "common" is empty.
export { createLowlight } from '../../node_modules/lowlight/lib/index.js';
export const common = {};
