import { defineConfig } from 'wxt';
import { designCaseIndexPlugin } from './lib/coach/job/design-cases/vite-index';
import { libraryIndexPlugin } from './lib/coach/problem/library/vite-index';
import { CODING_EXCLUDES, CODING_MATCHES } from './lib/extract/coding';
import { bankPartsPlugin } from './lib/quiz/vite-bank-parts';
import { popupCodeSplitting } from './lib/quiz/vite-popup-chunk';
import { popupStylesFirst } from './lib/quiz/vite-popup-styles';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Chrome and Firefox both preload modules natively: Vite's modulepreload polyfill would only
  // add weight to every page's first chunk (the popup's 80 KB budget has no room for it).
  vite: () => ({
    // The problem library and the design cases: a small eager index, one lazy chunk per entry;
    // the quiz: each bank's first questions and its shards, chunks of their own ahead of the whole bank;
    // the popup's stylesheet ahead of its scripts.
    plugins: [
      libraryIndexPlugin(),
      designCaseIndexPlugin(),
      bankPartsPlugin(),
      popupStylesFirst(import.meta.dirname),
    ],
    build: { modulePreload: { polyfill: false } },
    // Keeps lowlight's 37 default grammars (31 KB gz) out of the model views: see lib/render/lowlight.ts.
    resolve: {
      alias: [{ find: /^lowlight$/, replacement: `${import.meta.dirname}/lib/render/lowlight.ts` }],
    },
  }),
  hooks: {
    // Assessment paths on the coding sites' hosts are excluded here rather than in each script's
    // defineContentScript options: WXT bundles those options into the script, so every page of
    // those sites would download the list only for the manifest to use it.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((pattern) => CODING_MATCHES.includes(pattern)))
          script.exclude_matches = CODING_EXCLUDES;
      }
    },
    // The content script runs on every supported page and must stay tiny: it uses the native
    // promise-based API (MV3 Chrome and Firefox both have one), not the polyfill's extra 3 KB.
    // The worker too: from Chrome 148 (the minimum below) the polyfill only hands back the native
    // `browser`, and its CommonJS wrapper copied every namespace of it at each wake, which made
    // Chrome set up APIs Sparring never calls (about 1.5 ms of the worker's start-up CPU).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.type === 'popup')) {
        const output = config.build?.rolldownOptions?.output;
        config.build = {
          ...config.build,
          rolldownOptions: {
            ...config.build?.rolldownOptions,
            output: {
              ...(Array.isArray(output) ? {} : output),
              codeSplitting: popupCodeSplitting(import.meta.dirname),
            },
          },
        };
      }
      if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'background'))
        return;
      const alias = config.resolve?.alias;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [native, ...alias]
          : [native, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sparring',
    description: 'Practise for software-engineering interviews beside the problem or the job posting.',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      // Firefox shows the panel through sidebar_action, which needs no permission.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The model providers Sparring talks to without asking: OpenAI and servers on this machine
    // (Ollama, LM Studio), by name, IPv4 or IPv6 loopback (lib/llm/providers.ts LOCAL_HOSTS).
    // Any other OpenAI-compatible server is requested when it is saved.
    host_permissions: [
      'https://api.openai.com/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
      'http://[::1]/*',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The editor bridge is injected into practice pages only when the user asks for a code review,
    // and only through the per-session dynamic URL: a page cannot fetch it to learn Sparring is there.
    web_accessible_resources: [
      { resources: ['editor-bridge.js'], matches: CODING_MATCHES, use_dynamic_url: true },
    ],
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Sparring side panel',
      },
    },
    // Chrome 148 is the first with the `browser` namespace and promise-returning onMessage
    // listeners, which the worker's message routing relies on without the polyfill.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sparring@sparring.dev', strict_min_version: '115.0' } } }
      : { minimum_chrome_version: '148' }),
  }),
});
