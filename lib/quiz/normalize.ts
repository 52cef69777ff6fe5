/**
 * Comparable form of a prompt: case, punctuation and spacing do not make a question new. Apart from
 * schema.ts so the service worker can compare generated questions without bundling classic zod.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
