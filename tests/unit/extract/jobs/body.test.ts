import { describe, expect, it } from 'vitest';
import { linesOf } from '@/lib/extract/dom';
import { cleanBody, descriptionElement, textToElement } from '@/lib/extract/jobs/body';
import { page } from './helpers';

describe('cleaning a posting body', () => {
  it('drops forms, buttons, cookie banners, similar-jobs rails and EEO blocks, and leaves the page alone', () => {
    const doc = page(`<div id="job">
      <p>We build ledgers.</p>
      <div class="cookie-banner">We use cookies</div>
      <form><label>Name</label><input></form><button>Apply</button>
      <section class="similar-jobs"><h2>Similar jobs</h2><a href="/2">Other role</a></section>
      <h3>Equal Opportunity</h3><p>Acme welcomes everyone.</p><p>More policy text.</p>
      <h3>Benefits</h3><p>Pension</p>
      <p>Acme is an equal opportunity employer and considers all applicants without regard to race.</p>
    </div>`);
    const original = doc.querySelector('#job') as Element;
    const before = original.innerHTML;
    const text = linesOf(cleanBody(original)).join(' ');
    expect(text).toBe('We build ledgers. Benefits Pension');
    expect(original.innerHTML).toBe(before);
  });

  it('drops an EEO line from a <br>-separated run but keeps the rest of the run', () => {
    const doc = page(
      '<div id="d">Intro line<br><br>We are an equal opportunity employer.<br>Closing line</div>',
    );
    const text = cleanBody(doc.querySelector('#d') as Element).textContent ?? '';
    expect(text).toContain('Intro line');
    expect(text).toContain('Closing line');
    expect(text).not.toContain('equal opportunity');
  });

  it('keeps a one-paragraph posting that only ends with an EEO sentence', () => {
    const long = `${'We are hiring engineers to build our platform. '.repeat(8)}We are an equal opportunity employer.`;
    const doc = page(`<div id="d"><p>${long}</p></div>`);
    expect(cleanBody(doc.querySelector('#d') as Element).textContent).toContain('We are hiring engineers');
  });
});

describe('descriptions from embedded data', () => {
  it('parses HTML, escaped HTML and plain text', () => {
    const doc = page('');
    expect(descriptionElement(doc, '<p>Hi</p>')?.querySelector('p')?.textContent).toBe('Hi');
    expect(descriptionElement(doc, '&lt;p&gt;Hi&lt;/p&gt;')?.querySelector('p')?.textContent).toBe('Hi');
    expect(descriptionElement(doc, 'R&amp;D team')?.textContent).toBe('R&D team');
    expect(descriptionElement(doc, '   ')).toBeNull();
  });

  it('turns plain-text bullets into one list per run', () => {
    const root = textToElement(page(''), 'Intro\n• One\n• Two\n\nOutro\n- Three');
    expect([...root.querySelectorAll('ul')].map((ul) => ul.children.length)).toEqual([2, 1]);
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Intro', 'Outro']);
  });
});
