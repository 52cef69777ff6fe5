import type { Scene } from './trigger';

/**
 * Equal items must be kept apart (not adjacent, a gap between them, k positions apart); the
 * reading writes "are at least k positions apart" as ">= k positions apart".
 */
export const KEPT_APART =
  /\b(?:any|no) two (?:adjacent|neighbouring|neighboring|consecutive) \w+ (?:are|is) (?:not )?(?:the same|equal|identical)\b|\bno (?:\w+ ){0,3}(?:may|can|should|must|is allowed to) \w+ (?:two|twice)\b[^.]{0,40}\b(?:in a row|back to back|one (?:right )?after the other|consecutively)\b|\bno two (?:adjacent|neighbouring|neighboring|consecutive) \w+ (?:share|have|get|hold|wear) (?:the same|a|one) \w+|\b(?:same|equal|identical) \w+ (?:\w+ ){0,3}(?:cannot|can't|may not|must not|never|is not allowed to)\b[^.]{0,80}\b(?:again|until|adjacent|next to each other|in a row)\b|\bno two (?:\w+ ){0,5}(?:same|equal|identical)\b[^.]{0,60}\b(?:adjacent|next to each other|in a row|neighbou?rs?)\b|\bno two (?:adjacent|neighbouring) \w+ (?:are|be) (?:the same|equal)\b|(?:\bat least |>= ?)\w+ (?:\w+ )?apart\b/;

/** The order of the items is free: they may be rearranged, or handled in any order. */
export const FREE_ORDER =
  /\bchoos\w* the order\b|\bin any order\b|\bin any (?:sequence|arrangement) (?:she|he|they|you|it|we) (?:likes?|wants?|chooses?|wish(?:es)?)\b|\brearrang\w*\b|\breorder\w*\b|\b(?:seat|arrange|schedule|place) (?:all|every|the)\b/;

/** Equal items kept apart in an order of one's choosing: a count of each kind, not a search over moves. */
export const spacedOut = (scene: Scene) => FREE_ORDER.test(scene.body) && KEPT_APART.test(scene.body);
