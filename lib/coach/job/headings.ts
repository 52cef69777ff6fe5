/** A list item as boards and pasted text write it: "- ", "* ", "• ", "1. ". */
export const BULLET = /^\s*(?:[-*•+]|\d+[.)])\s+/;

/** A line marked as a heading by Markdown: "## The interview", "**How we interview**". */
export const isMarkedHeading = (line: string) => /^#{1,6}\s|^\*\*.*\*\*:?$|^__.*__:?$/.test(line.trim());

/**
 * The text of a heading line, or undefined for any other line. A heading is a short line with no
 * sentence in it, set apart by Markdown marks ("**How we interview**", "## The interview") or by
 * a closing colon ("Our interviews:").
 */
export function headingText(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed || BULLET.test(trimmed) || trimmed.length > 70) return undefined;
  const colon = /:$/.test(trimmed) && trimmed.split(/\s+/).length <= 8 && !/[.;!?]/.test(trimmed);
  if (!isMarkedHeading(trimmed) && !colon) return undefined;
  return trimmed
    .replace(/^#{1,6}\s*/, '')
    .replace(/[*_:]/g, '')
    .trim();
}
