/**
 * Comparable form of a prompt: case, punctuation and spacing do not make a question new. A module
 * of its own so the service worker can compare generated questions without bundling any zod.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
