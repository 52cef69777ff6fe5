import { leetCodeSlug } from '../sites/leetcode';
import type { VerdictReader } from './types';

/** "Accepted" on leetcode.com, 通过 on leetcode.cn; anything else final is a wrong submission. */
const ACCEPTED = /^(?:Accepted|通过)$/;
const PENDING = /^(?:Pending|Judging|Running)|^(?:等待|判题中)/i;

/**
 * LeetCode shows the result of a submission, and only the user's own, in one element with a
 * stable test attribute; its page is `/problems/<slug>/submissions/<id>/`.
 */
export const leetcodeVerdicts: VerdictReader = (doc, url) => {
  const problem = leetCodeSlug(url);
  const text = doc.querySelector('[data-e2e-locator="submission-result"]')?.textContent?.trim();
  if (!problem || !text) return [];
  return [
    {
      problem,
      submission: /\/submissions\/(\d+)/.exec(url.pathname)?.[1],
      pending: PENDING.test(text),
      accepted: ACCEPTED.test(text),
    },
  ];
};
