/**
 * A technique's three rungs. Placeholders are filled with the problem's own nouns:
 * {input} ("the array nums"), {item} ("element"), {items} ("elements").
 * Level 1 is a question that nudges; level 2 names the approach; level 3 outlines it in
 * plain words. Never code: the user writes that.
 */
export type Ladder = readonly [nudge: string, approach: string, outline: string];
