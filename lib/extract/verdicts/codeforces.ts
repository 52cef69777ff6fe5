import { codeforcesProblemId } from '../sites/codeforces';
import type { PageVerdict, VerdictReader } from './types';

/** Verdicts still on their way: the submission is queued or being tested. */
const WAITING = new Set(['TESTING', 'SUBMITTED']);

/**
 * Codeforces marks each verdict with `submissionVerdict` ("OK", "WRONG_ANSWER", "TESTING") on a
 * wrapper that also names the submission (`submissionId`). Only pages that list the user's own
 * submissions count: a problem's "Last submissions" box (the problem is the page's), and "My
 * submissions" (`/my`, `?my=on`), where each row links its problem. Status pages of everyone's submissions are not read.
 */
export const codeforcesVerdicts: VerdictReader = (doc, url) => {
  const pageProblem = codeforcesProblemId(url.pathname);
  const mine = /\/my\/?$/.test(url.pathname) || url.searchParams.get('my') === 'on';
  if (!pageProblem && !mine) return [];
  const verdicts: PageVerdict[] = [];
  // Attributes are read by their camel-case names: an HTML document matches them in any case.
  for (const wrapper of doc.querySelectorAll('.submissionVerdictWrapper')) {
    const href = wrapper.closest('tr')?.querySelector('a[href*="/problem/"]')?.getAttribute('href');
    const problem =
      href && URL.canParse(href, url) ? codeforcesProblemId(new URL(href, url).pathname) : pageProblem;
    const verdict = wrapper.getAttribute('submissionVerdict') ?? '';
    if (!problem) continue;
    verdicts.push({
      problem,
      submission: wrapper.getAttribute('submissionId') ?? undefined,
      pending: !verdict || WAITING.has(verdict) || wrapper.querySelector('.verdict-waiting') !== null,
      accepted: verdict === 'OK',
    });
  }
  return verdicts;
};
