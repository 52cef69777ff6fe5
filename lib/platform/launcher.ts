import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { post } from '@/lib/messaging/content';
import type { LauncherGet } from '@/lib/messaging/protocol';

export interface Launcher {
  /** Shown only while the page holds something to practise: not on lists, not on refused pages. */
  setVisible(visible: boolean): void;
}

/**
 * A small button in the page's corner that opens the side panel. Plain DOM in a shadow
 * root: no framework in the content script, and the page's CSS cannot reach it.
 */
export function mountLauncher(ctx: ContentScriptContext, onOpen: () => void): Launcher {
  let visible = false;
  let button: HTMLButtonElement | null = null;
  const apply = () => {
    if (button) button.hidden = !visible;
  };

  void post<typeof LauncherGet>('settings/launcher', {}).then((answer) => {
    if ((answer as { showLauncher?: boolean } | undefined)?.showLauncher === false) return;
    if (!ctx.isValid) return;
    const host = document.createElement('sparring-launcher');
    const root = host.attachShadow({ mode: 'open' });
    button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Sparring';
    button.title = 'Open the Sparring side panel';
    button.setAttribute('aria-label', 'Open Sparring');
    button.style.cssText =
      'position:fixed;right:16px;bottom:16px;z-index:2147483647;padding:6px 12px;border-radius:16px;' +
      'border:1px solid #3b3b3b;background:#1f2328;color:#fff;font:600 12px system-ui,sans-serif;cursor:pointer;opacity:.85';
    button.addEventListener('click', onOpen);
    apply();
    root.append(button);
    document.documentElement.append(host);
    ctx.onInvalidated(() => host.remove());
  });

  return {
    setVisible(next) {
      visible = next;
      apply();
    },
  };
}
