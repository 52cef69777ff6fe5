import type { Page } from '@playwright/test';

/** The launcher's button as the browser itself sees it, closed shadow root included. */
export interface LauncherView {
  /** How many launcher hosts the page holds (0 when Sparring added nothing). */
  hosts: number;
  shadowRootType: string | null;
  label: string | null;
  /** The button's centre, to click it like a user; null when it has no box (hidden). */
  centre: { x: number; y: number } | null;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) yield* walk(child);
}

/**
 * Page scripts (and Playwright's locators, which run as page scripts) cannot see into a closed
 * shadow root; the DevTools protocol can, so the tests look at and click the launcher through it.
 */
export async function launcherView(page: Page): Promise<LauncherView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts = [...walk(root)].filter((node) => node.nodeName === 'SPARRING-LAUNCHER');
    const shadow = hosts[0]?.shadowRoots?.[0];
    const button = shadow ? [...walk(shadow)].find((node) => node.nodeName === 'BUTTON') : undefined;
    const attributes = button?.attributes ?? [];
    const labelAt = attributes.indexOf('aria-label');
    const label = labelAt >= 0 ? (attributes[labelAt + 1] ?? null) : null;
    let centre: LauncherView['centre'] = null;
    if (button) {
      const box = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId }).catch(() => null)) as {
        model: { content: number[] };
      } | null;
      const quad = box?.model.content;
      if (quad && quad.length === 8) {
        centre = {
          x: ((quad[0] as number) + (quad[4] as number)) / 2,
          y: ((quad[1] as number) + (quad[5] as number)) / 2,
        };
      }
    }
    return { hosts: hosts.length, shadowRootType: shadow?.shadowRootType ?? null, label, centre };
  } finally {
    await cdp.detach();
  }
}
