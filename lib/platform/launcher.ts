import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { post } from '@/lib/messaging/content';
import type { LauncherGet } from '@/lib/messaging/protocol';

export interface Launcher {
  /**
   * Shown only while the page holds something to practise. Otherwise it is not in the page at all,
   * not even hidden: on a contest page (same site as practice) Sparring leaves no element behind.
   */
  setVisible(visible: boolean): void;
}

/** Beats the page's own rules on the host element: inline `!important` wins over any stylesheet. */
const HOST_STYLE = 'all:initial!important;display:block!important;position:static!important';

const BUTTON_STYLE =
  'position:fixed;right:16px;bottom:16px;z-index:2147483647;padding:6px 12px;border-radius:16px;' +
  'border:1px solid #3b3b3b;background:#1f2328;color:#fff;font:600 12px system-ui,sans-serif;cursor:pointer;opacity:.85';

/**
 * A small button in the page's corner that opens the side panel. Plain DOM (no framework in the
 * content script) in a closed shadow root: the page can neither reach the button to relabel it
 * nor restyle it with its CSS.
 */
export function mountLauncher(ctx: ContentScriptContext, onOpen: () => void): Launcher {
  let wanted = false;
  /** Whether the user keeps the button (options page); unknown until the background answers. */
  let allowed: boolean | null = null;
  let host: HTMLElement | null = null;

  const create = (): HTMLElement => {
    const element = document.createElement('sparring-launcher');
    element.setAttribute('style', HOST_STYLE);
    const root = element.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Sparring';
    button.title = 'Open the Sparring side panel';
    button.setAttribute('aria-label', 'Open Sparring');
    button.style.cssText = BUTTON_STYLE;
    button.addEventListener('click', onOpen);
    root.append(button);
    return element;
  };

  const apply = () => {
    const show = wanted && allowed === true && ctx.isValid;
    if (show && !host) {
      host = create();
      document.documentElement.append(host);
    } else if (!show && host) {
      host.remove();
      host = null;
    }
  };

  ctx.onInvalidated(() => {
    host?.remove();
    host = null;
  });
  void post<typeof LauncherGet>('settings/launcher', {}).then(
    (answer) => {
      allowed = (answer as { showLauncher?: boolean } | undefined)?.showLauncher !== false;
      apply();
    },
    () => undefined,
  );

  return {
    setVisible(next) {
      wanted = next;
      apply();
    },
  };
}
