import type { ReactNode } from 'react';
import type { PageContext } from '@/lib/extract/context';

export interface PanelAppProps {
  context: PageContext | null;
  loading: boolean;
  error: string | null;
  /** The coach for the page (or the paste box when the page has nothing). */
  children?: ReactNode;
  /** "This page was read wrong": saves a snapshot of the page for a bug report. */
  onReportMisread?: () => void;
  /** What the last snapshot attempt came to. */
  reportNote?: string | null;
}

function ReadWrong({ onReportMisread, reportNote }: Pick<PanelAppProps, 'onReportMisread' | 'reportNote'>) {
  if (!onReportMisread) return null;
  return (
    <p className="read-wrong">
      <button type="button" onClick={onReportMisread}>
        This page was read wrong
      </button>
      {reportNote && <span role="status"> {reportNote}</span>}
    </p>
  );
}

/** How each site spells its own name. */
const SITE_NAMES: Record<string, string> = {
  leetcode: 'LeetCode',
  hackerrank: 'HackerRank',
  codeforces: 'Codeforces',
  atcoder: 'AtCoder',
  geeksforgeeks: 'GeeksforGeeks',
  neetcode: 'NeetCode',
  codechef: 'CodeChef',
  cses: 'CSES',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  wellfound: 'Wellfound',
};

/** The site's own name; for the generic readers the host, or "pasted text" when there is no page. */
function siteLabel(context: { site: string; url: string }): string {
  const named = SITE_NAMES[context.site];
  if (named) return named;
  if (!URL.canParse(context.url)) return context.site;
  const url = new URL(context.url);
  return url.protocol.startsWith('http') ? url.hostname : 'pasted text';
}

/** The side panel's frame: what the page is, or why there is nothing to show. */
export function PanelApp({ context, loading, error, children, onReportMisread, reportNote }: PanelAppProps) {
  const readWrong = <ReadWrong onReportMisread={onReportMisread} reportNote={reportNote} />;
  if (error) {
    return (
      <main className="panel">
        <p role="alert">Sparring could not read this tab: {error}</p>
        {children}
      </main>
    );
  }
  if (loading) {
    return (
      <main className="panel" aria-busy="true">
        <p>Reading the page…</p>
      </main>
    );
  }
  if (!context || context.kind === 'none') {
    return (
      <main className="panel">
        <h1 className="context-title">Nothing to practise here</h1>
        <p>
          Open a coding problem or a job posting on a supported site and Sparring reads it. On any other page,
          right-click and choose “Read this page with Sparring”, or paste the text below.
        </p>
        {readWrong}
        {children}
      </main>
    );
  }
  if (context.kind === 'blocked') {
    return (
      <main className="panel">
        <h1 className="context-title">Sparring is off on this page</h1>
        <p role="note" data-testid="blocked-reason">
          {context.reason}
        </p>
        {context.practiceUrl?.startsWith('https://') && (
          <p>
            <a href={context.practiceUrl} target="_blank" rel="noreferrer">
              Open this problem's practice page
            </a>
          </p>
        )}
      </main>
    );
  }
  return (
    <main className="panel">
      <p className="context-kind">
        {context.kind === 'problem' ? 'Problem' : 'Job posting'} · {siteLabel(context)}
        {context.kind === 'problem' && context.difficulty ? ` · ${context.difficulty}` : ''}
        {context.kind === 'job' && context.company ? ` · ${context.company}` : ''}
      </p>
      <h1 className="context-title" data-testid="context-title">
        {context.title}
      </h1>
      {context.source === 'fallback' && (
        <p className="context-note" role="note" data-testid="read-simpler">
          This page was read in a simpler way than usual (the site may have changed its layout), so some parts
          may be missing.
        </p>
      )}
      {readWrong}
      {children}
    </main>
  );
}
