import type { Trigger } from './trigger';

/**
 * The longest run made all of one kind after a budget of changes: "the longest substring consisting
 * of a single repeated letter" after at most k operations, "the longest stretch of neighbouring
 * planks that all share one colour" after repainting at most k, "a contiguous block whose voices are
 * all the same" after at most K switches. A run can be made one kind when its length minus its most
 * common kind fits the budget, a condition a window keeps with a count per kind as it slides.
 */
const LONGEST_RUN = String.raw`\b(?:longest|maximum length|largest length|greatest length)\b[^.]{0,80}\b(?:substring|subarray|stretch|run|segment|block|streak|piece)\b`;
/** All the run's items of one kind: a single repeated letter, one colour, the same character. */
const ONE_KIND = String.raw`(?:(?:a )?single (?:repeated )?|one |the same |equal |identical )(?:letter|character|colou?r|symbol|digit|voice)s?\b|\b(?:letters|characters|colou?rs|symbols|digits|voices) (?:are|is) (?:all )?(?:the same|equal|identical)\b`;
export const ONE_KIND_RUN = new RegExp(`${LONGEST_RUN}[^.]{0,80}?(?:${ONE_KIND})`);
/** Changes the page allows, counted by a budget it names with a letter ("at most k", "up to K"). */
const CHANGES = /\b(?:chang|replac|repaint|flip|rewrit|turn|convert|recolou?r|switch)\w*\b/;
const BUDGET = /\b(?:at most|up to|no more than) [a-z]\b/;

export const ONE_KIND_RUN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sliding-window',
    pattern: ONE_KIND_RUN,
    weight: 3,
    why: 'a run can be made one kind when its length minus its most common kind fits the budget: slide a window keeping a count of each kind, and shrink it from the left while it does not fit',
    // Without changes the longest run of one kind is a single scan of its blocks, no window.
    when: (scene) => CHANGES.test(scene.body) && BUDGET.test(scene.body),
    also: ['hash-table'],
  },
];
