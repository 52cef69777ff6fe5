import type { PageContext } from '@/lib/extract/context';
import type { PageVerdict, VerdictReader } from '@/lib/extract/verdicts';
import { post } from '@/lib/messaging/content';
import type { PracticeVerdict, PracticeVisibility } from '@/lib/messaging/protocol';

/**
 * What the content script tells the practice history besides the page itself: the judge's
 * verdicts on the user's submissions, and when a problem's tab goes out of sight (its timer
 * pauses). Nothing is sent from a page Sparring refuses on.
 *
 * A verdict counts only when it appears or changes while the page is open: what a page shows at
 * load (an old submission, "My submissions" visited later) was judged before and is not news.
 */
export function watchPractice(site: string | undefined, read: VerdictReader | undefined) {
  let onProblem = false;
  let seeded = false;
  const seen = new Map<string, string>();

  document.addEventListener('visibilitychange', () => {
    if (onProblem) void post<typeof PracticeVisibility>('practice/visibility', { hidden: document.hidden });
  });

  const report = (verdict: PageVerdict) => {
    if (!site || verdict.pending) return;
    const { problem, accepted, submission } = verdict;
    void post<typeof PracticeVerdict>('practice/verdict', { site, problem, accepted, submission }).catch(
      () => undefined,
    );
  };

  /** Called with each fresh read of the page, after its DOM changed. */
  return (context: PageContext) => {
    if (context.kind === 'blocked') return;
    onProblem = context.kind === 'problem';
    if (!read) return;
    for (const verdict of read(document, new URL(location.href))) {
      const key = `${verdict.problem}|${verdict.submission ?? ''}`;
      const state = verdict.pending ? 'pending' : String(verdict.accepted);
      if (seen.get(key) === state) continue;
      seen.set(key, state);
      if (seeded) report(verdict);
    }
    seeded = true;
  };
}
