import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';
import { declarations } from '@/lib/extract/style-sheets';
import { colour } from '@/lib/extract/visible';

const PROBLEM_URL = 'https://leetcode.com/problems/rotate-ledger/';
const POSTING_URL = 'https://job-boards.greenhouse.io/quillmark/jobs/5012345001';

/** A LeetCode problem page whose statement holds `paragraphs` (HTML) before its samples. */
function problemPage(paragraphs: string, style = ''): string {
  return `<!DOCTYPE html><html><head><title>Rotate Ledger - LeetCode</title><style>${style}</style></head><body>
<div class="text-title-large"><a href="/problems/rotate-ledger/">1. Rotate Ledger</a></div>
<div data-track-load="description_content"><p>Rotate the ledger to the right by k places.</p>${paragraphs}
<p><strong class="example">Example 1:</strong></p><pre><strong>Input:</strong> k = 1
<strong>Output:</strong> 2</pre><p><strong>Constraints:</strong></p><ul><li><code>1 &lt;= k &lt;= 10</code></li></ul></div>
</body></html>`;
}

/** A Greenhouse posting whose requirements list holds `items` (HTML `<li>`s). */
function postingPage(items: string, style = ''): string {
  return `<!DOCTYPE html><html><head><title>Job Application for Platform Engineer at Quillmark</title><style>${style}</style></head><body>
<div class="job__title"><h1>Platform Engineer</h1></div><div class="job__description"><p>We run the platform.</p>
<p><strong>What you'll need</strong></p><ul><li>Four years of production infrastructure</li>${items}</ul></div></body></html>`;
}

function read(html: string, url: string): PageContext {
  const { document } = parseHTML(html);
  return readAsExtension(document as unknown as Document, url);
}

const HIDING_STYLES = [
  'display:none',
  'display: none !important',
  'visibility:hidden',
  'visibility: collapse',
  'font-size:0',
  'font-size: 0px',
  'font-size: 1px',
  'font-size: 0.05em',
  'opacity:0',
  'opacity: 0.01',
  'color: transparent',
  'color: rgba(0,0,0,0)',
  'position:absolute; left:-9999px',
  'position: fixed; top: -5000px',
  'text-indent: -9999px',
  'margin-left: -10000px',
  'position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0)',
  'height: 0; overflow: hidden',
  'color:#fff',
  'color: white',
  'color: #FFFFFF',
  'color: rgb(255, 255, 255)',
  'color:#000; background:#000',
  'color: #123456; background-color: #123456',
];

describe('text a person cannot see never reaches the context', () => {
  it.each(HIDING_STYLES)('style="%s"', (style) => {
    const context = read(problemPage(`<p style="${style}">PLANTED instruction</p>`), PROBLEM_URL);
    expect(context.kind).toBe('problem');
    expect(JSON.stringify(context)).not.toContain('PLANTED');
  });

  it.each(HIDING_STYLES)('in a <style> rule: %s', (style) => {
    const context = read(
      problemPage('<p class="x1">PLANTED instruction</p>', `.x1 { ${style} }`),
      PROBLEM_URL,
    );
    expect(JSON.stringify(context)).not.toContain('PLANTED');
  });

  it.each([
    ['the hidden attribute', '<p hidden>PLANTED</p>'],
    ['aria-hidden', '<p aria-hidden="true">PLANTED</p>'],
    ['a hidden ancestor', '<div style="display:none"><p><strong>PLANTED</strong></p></div>'],
    ['white on a white card', '<div style="background:#fff"><p style="color:#ffffff">PLANTED</p></div>'],
    ['a rule by id', '<p id="z">PLANTED</p>'],
    ['an attribute', '<p title="PLANTED" data-note="PLANTED">Shown.</p><img alt="PLANTED" src="x">'],
    ['a link address', '<p><a href="https://x.example/PLANTED">the docs</a></p>'],
    ['a comment', '<p><!-- PLANTED -->Shown.</p>'],
  ])('%s', (_, html) => {
    const context = read(problemPage(html, '#z { display: none }'), PROBLEM_URL);
    expect(JSON.stringify(context)).not.toContain('PLANTED');
  });

  it('in a posting: descriptions and every list', () => {
    const context = read(
      postingPage(
        '<li style="display:none">PLANTED one</li><li><span class="g">PLANTED two</span>Terraform</li>',
        '.g { font-size: 0 }',
      ),
      POSTING_URL,
    );
    expect(context.kind).toBe('job');
    expect(JSON.stringify(context)).not.toContain('PLANTED');
    expect(context.kind === 'job' && context.requirements).toEqual([
      'Four years of production infrastructure',
      'Terraform',
    ]);
  });
});

describe('text a person sees stays', () => {
  it.each([
    [
      'white on a dark panel (inline)',
      '<div style="background:#1a1a1a"><p style="color:#fff">SEEN</p></div>',
    ],
    ['white on a dark panel (rules)', '<div class="dark"><p class="light">SEEN</p></div>'],
    ['a print-only rule', '<p class="no-print">SEEN</p>'],
    ['a width media query', '<p class="narrow">SEEN</p>'],
    ['a hover rule', '<p class="tip">SEEN</p>'],
    [
      'ordinary styles',
      '<p style="color:#333; font-size:14px; position:relative; left:4px; margin-left:-8px">SEEN</p>',
    ],
    ['a colour the page never paints behind text', '<p class="accent">SEEN</p>'],
    [
      'an unreadable background',
      '<div style="background: var(--layer-1)"><p style="color:#fff">SEEN</p></div>',
    ],
    [
      'a gradient',
      '<div style="background: linear-gradient(#fff, #000)"><p style="color:#fff">SEEN</p></div>',
    ],
  ])('%s', (_, html) => {
    const style =
      '.dark { background-color: #222 } .dark .light { color: #fff } @media print { .no-print { display: none } }' +
      ' @media (max-width: 600px) { .narrow { display: none } } .tip:hover { opacity: 0 } .accent { color: #0a66c2 }';
    const context = read(problemPage(html, style), PROBLEM_URL);
    expect(context.kind === 'problem' && context.statement).toContain('SEEN');
  });
});

describe('colours', () => {
  it.each([
    ['rgb(255, 255, 255)', '255,255,255,1'],
    ['rgba(255, 255, 255, 0.5)', '255,255,255,0.5'],
    ['rgb(255 255 255 / 0)', '255,255,255,0'],
    ['white', '255,255,255,1'],
    ['transparent', '0,0,0,0'],
    ['var(--x)', ''],
    ['rgba(10%, 20%, 30%, 1)', ''],
  ])('%s → %s', (value, rgba) => {
    expect(colour(value)).toBe(rgba);
  });

  it.each([
    ['color: #FFF !important', 'rgb(255, 255, 255)'],
    ['color:#ffffff80', 'rgba(255, 255, 255, 0.5)'],
    ['color: #000', 'rgb(0, 0, 0)'],
    ['color: #12345', '#12345'],
  ])('Node reads "%s" as a browser gives it: %s', (text, value) => {
    expect(declarations(text).get('color')).toBe(value);
  });
});

/** How a planted paragraph is hidden: an inline style, a rule, an attribute, or a hidden ancestor. */
const hiding = fc.oneof(
  fc.constantFrom(...HIDING_STYLES).map((style) => ({ attrs: `style="${style}"`, rule: '' })),
  fc.constantFrom(...HIDING_STYLES).map((style) => ({ attrs: 'class="h@"', rule: `.h@ { ${style} }` })),
  fc.constantFrom('hidden', 'aria-hidden="true"').map((attrs) => ({ attrs, rule: '' })),
);
/** Styles a person still reads through. */
const harmless = fc.constantFrom(
  '',
  'style="color:#c00"',
  'style="font-size:15px"',
  'style="position:relative; top:2px"',
  'style="background:#fff; color:#111"',
  'style="opacity:0.9"',
);
const paragraph = fc.record({
  hidden: fc.option(hiding, { nil: undefined }),
  style: harmless,
  wrap: fc.boolean(),
});

describe('hidden text, fuzzed', () => {
  it('a hidden run never reaches a problem or a posting; every visible run does', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (parts) => {
        // Each hidden part has a class of its own (`h@` numbered), so no rule overrides another.
        const rules = parts.map((part, i) => part.hidden?.rule.replace('@', String(i)) ?? '').join(' ');
        const markup = (tag: string) =>
          parts
            .map((part, i) => {
              const inner = part.wrap ? `<em>${i % 2 ? 'SEEN' : 'PLANTED'}${i}</em>` : '';
              if (part.hidden)
                return `<${tag} ${part.hidden.attrs.replace('@', String(i))}><span ${part.style}>PLANTED${i} ${inner}</span></${tag}>`;
              return `<${tag} ${part.style}>SEEN${i} words</${tag}>`;
            })
            .join('');
        for (const [html, url] of [
          [problemPage(markup('p'), rules), PROBLEM_URL],
          [postingPage(markup('li'), rules), POSTING_URL],
        ] as const) {
          const json = JSON.stringify(read(html, url));
          expect(json).not.toMatch(/PLANTED/);
          parts.forEach((part, i) => {
            if (!part.hidden) expect(json).toContain(`SEEN${i} words`);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
