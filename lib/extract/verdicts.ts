/**
 * A judge's verdict on one of the user's submissions, as the page shows it. Readers are pure, like
 * the page readers: they read the document they are given, never layout, so they run in Node too.
 */
export interface PageVerdict {
  /** The problem's id on its site, as its page reader gives it ("two-sum", "1520D"). */
  problem: string;
  /** The submission, when the page names it: the same verdict read twice is counted once. */
  submission?: string | undefined;
  /** Still judging ("In queue", "Running on test 3", "Pending"): not a verdict yet. */
  pending: boolean;
  accepted: boolean;
}

/** One site's verdict reader: every verdict the page shows on the user's own submissions. */
export type VerdictReader = (doc: Document, url: URL) => PageVerdict[];
