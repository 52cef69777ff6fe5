import type { JobContext, PageContext, ProblemContext, SiteId } from './context';
import type { VerdictReader } from './verdicts';

/** What an enrichment hook may use of the page it runs in (the content script hands it in). */
export interface PageAccess {
  doc: Document;
  origin: string;
  /** The page's cookies, read when the hook asks (LeetCode's CSRF token). */
  cookie(): string;
  fetch(input: string, init: RequestInit): Promise<Pick<Response, 'ok' | 'json'>>;
}

/**
 * What only an async source knows about a page (LeetCode's GraphQL tags and hints). It answers
 * with a function that adds what it learnt to a later reading of the same problem or posting, the
 * page's own reading winning where it has one; null when it learnt nothing.
 */
export type Enrichment = (
  context: ProblemContext | JobContext,
  page: PageAccess,
) => Promise<((context: PageContext) => PageContext) | null>;

/**
 * A page the site reader did not recognise although its URL names a problem or posting: read
 * it with the generic readers of that kind, reported as the site's, with `source: "fallback"`.
 */
export type Fallback = (doc: Document, url: URL, site: SiteId, id: string) => PageContext | null;

/** Tabs a coding mock hides by their label (see `SiteExtractor.concealLabelled`). */
export interface LabelledConceal {
  /** The candidates, one CSS selector list (a tab button, not its whole tab bar). */
  within: string;
  /** Text any of which marks a candidate as a giveaway. */
  labels: readonly string[];
}

/**
 * One site's registration: who it is, where it runs and how it reads. Everything else (the
 * content scripts' match patterns, the registry, the README table check) derives from these.
 * Readers are pure: they read the document they are given (never layout or innerText), so the
 * same code runs in the browser and in Node.
 */
export interface SiteExtractor {
  /** The `site` id it reports (the generic readers share one). */
  readonly id: SiteId;
  /** How the site spells its own name. */
  readonly name: string;
  /** Manifest match patterns the family's content script is injected on. */
  readonly matches: readonly string[];
  /** Whether this extractor handles the URL (mirrors and paths the match patterns cannot say). */
  handles(url: URL): boolean;
  /** The page's context, or null when this page is not one it can read. */
  extract(doc: Document, url: URL): PageContext | null;
  /**
   * The canonical id of the problem or posting a URL is the page of, or undefined for the site's
   * other pages (lists, search panes). Where it answers and `extract` finds nothing, `fallback` reads.
   */
  pageId?(url: URL): string | undefined;
  fallback?: Fallback;
  /**
   * Why the page shows a contest round that is running now (the page says so: a countdown, a
   * contest window), or null when practice is fine. `now` is epoch milliseconds.
   */
  liveRound?(doc: Document, url: URL, now: number): string | null;
  enrich?: Enrichment;
  /**
   * What a coding mock hides on the site's pages while it runs, as one CSS selector list: the
   * difficulty, tags, hints, solutions and discussion, never the statement. By stable attributes,
   * ids and class-name stems (hashed suffixes change with every deploy).
   */
  conceal?: string;
  /**
   * Giveaways no selector can single out, hidden with `conceal` by their label: the elements
   * matching `within` whose text holds one of `labels` (leetcode.cn's 题解 tab has no id, and its
   * place in the layout moves when the user rearranges it). Text, not markup, so found by script.
   */
  concealLabelled?: LabelledConceal;
  /** The judge's verdicts on the user's own submissions, where its pages show them (the others are marked by hand). */
  verdicts?: VerdictReader;
}
