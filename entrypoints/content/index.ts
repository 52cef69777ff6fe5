import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '@/lib/extract';
import type { PageContext, ProblemContext } from '@/lib/extract/context';
import { CONTENT_MATCHES } from '@/lib/extract/registry';
import { leetCodeSlug } from '@/lib/extract/sites/leetcode';
import {
  applyLeetCodeExtras,
  fetchLeetCodeExtras,
  type LeetCodeExtras,
} from '@/lib/extract/sites/leetcode-graphql';
import { onSignal, post } from '@/lib/messaging/content';
import type { ContextExtract, ContextReport, PanelOpen } from '@/lib/messaging/protocol';
import { mountLauncher } from './launcher';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    // LeetCode's own tags and hints come from its GraphQL API, once per problem; the answer is
    // kept only while the tab still shows that problem.
    let extras: LeetCodeExtras | null = null;
    let asked = '';

    const currentSlug = () => leetCodeSlug(new URL(location.href));

    const enrich = (context: ProblemContext) => {
      if (extras?.slug === context.id || asked === context.id) return;
      asked = context.id;
      const csrfToken = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      void fetchLeetCodeExtras(document, location.origin, context.id, fetch.bind(window), csrfToken).then(
        (answer) => {
          if (!answer || answer.slug !== currentSlug()) return;
          extras = answer;
          schedule(0);
        },
      );
    };

    const read = (): PageContext => {
      const context = extractPage(document, location.href);
      if (context.kind !== 'problem' || context.site !== 'leetcode') return context;
      enrich(context);
      return applyLeetCodeExtras(context, extras);
    };

    const report = () => {
      const context = read();
      const serialized = JSON.stringify(context);
      if (serialized === lastSent) return;
      lastSent = serialized;
      post<typeof ContextReport>('context/report', { context }).catch(() => {
        // The background restarts or the extension was reloaded: the next change re-sends.
        lastSent = '';
      });
    };

    // SPA moves change the URL first and the DOM later; re-reading on both, debounced, means the
    // panel never keeps a previous problem and never flickers through half-rendered ones. The
    // LeetCode reader itself refuses a description whose title still links to the old slug.
    let timer: number | undefined;
    const schedule = (delay = 120) => {
      clearTimeout(timer);
      timer = ctx.setTimeout(report, delay);
    };

    onSignal<typeof ContextExtract>('context/extract', read);
    ctx.addEventListener(window, 'wxt:locationchange', () => schedule(0));
    const observer = new MutationObserver(() => schedule());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    mountLauncher(ctx, () => void post<typeof PanelOpen>('panel/open', {}).catch(() => undefined));
    report();
  },
});
