import { blockedContest } from './blocked';
import { CODING_EXCLUDES, CODING_EXTRACTORS, CODING_MATCHES } from './coding';
import type { PageContext } from './context';
import { createPageReader } from './core';
import { extractPageDeep } from './full';
import { JOB_EXTRACTORS, JOB_MATCHES } from './jobs';
import { pageStyleSheets } from './style-sheets';
import { readStylesWith } from './visible';

/** A manifest match pattern (`https://*.host/path*`) tested against a URL as browsers test it. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme = '', host = '', path = ''] = parts;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host);
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(url.pathname + url.search);
}

// Node has no computed style: the page's <style> rules stand in for it (the browser ignores this).
readStylesWith(pageStyleSheets);

const FAMILIES = [
  {
    matches: CODING_MATCHES,
    excludes: CODING_EXCLUDES,
    read: createPageReader(CODING_EXTRACTORS, blockedContest),
  },
  { matches: JOB_MATCHES, excludes: [] as string[], read: createPageReader(JOB_EXTRACTORS) },
];

/**
 * What the extension reads on a page: the content script whose match patterns cover the URL
 * (only its family's readers), else what "Read this page" reads there. The CLI, the fixtures and
 * the coach's labelled sets all go through this, so none of them reads a page differently from
 * the extension.
 */
export function readAsExtension(doc: Document, href: string, now?: number): PageContext {
  const url = new URL(href);
  const family = FAMILIES.find(
    ({ matches, excludes }) =>
      matches.some((pattern) => matchesPattern(pattern, url)) &&
      !excludes.some((pattern) => matchesPattern(pattern, url)),
  );
  return family ? family.read(doc, href, now) : extractPageDeep(doc, href, now);
}
