import { describe, expect, it } from 'vitest';
import { DESCRIBES_INPUT, STRONG } from '@/lib/coach/problem/certainty';
import { LADDERS } from '@/lib/coach/problem/hints';
import { bruteForce, budgetQuestion } from '@/lib/coach/problem/hints/unsure';
import { METHOD_SHAPES, VARIANT_LADDERS } from '@/lib/coach/problem/hints/variants';
import { SHAPE_TRAPS, TECHNIQUE_TRAPS } from '@/lib/coach/problem/knowledge/traps';
import type { TechniqueGuess } from '@/lib/coach/problem/types';
import { type ReadPage, readLabelledPages } from '../../../support/problem-labels';

/*
 * What the panel says when it is not sure (stop 28): a guess the page points at only faintly was
 * the method on about half the labelled pages and a quarter of the dev pages, so neither the hint
 * ladder nor the edge cases may be that guess's canned text. Each test runs over every labelled page.
 */

const pages = readLabelledPages();

const label = (guess: TechniqueGuess) => guess.id.replaceAll('-', ' ');
/** A method, not a family of input, that the panel is not sure of and the page points at faintly. */
const faint = (page: ReadPage, guess: TechniqueGuess | undefined): boolean =>
  !!guess && !page.analysis.techniqueSure && guess.confidence < STRONG && !DESCRIBES_INPUT.includes(guess.id);
const unsure = pages.filter((page) => !page.analysis.techniqueSure);

describe('a page the coach is not sure of', () => {
  it('gets no ladder that commits to the template of a guess the page points at only faintly', () => {
    const weak = unsure.filter((page) => faint(page, page.analysis.patterns[0]));
    expect(weak.length).toBeGreaterThan(100);
    // How the method goes in general, whatever words of the page fill its blanks.
    const template = (approach = '') =>
      new RegExp(
        approach
          .toLowerCase()
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .join('.{1,60}?'),
      );
    expect(
      weak.flatMap((page) => {
        const [leader] = page.analysis.patterns as [TechniqueGuess];
        const templates = [LADDERS[leader.id], ...METHOD_SHAPES.map((shape) => VARIANT_LADDERS[shape])].map(
          (ladder) => template(ladder?.[1]),
        );
        return page.analysis.hints
          .filter(
            (hint) =>
              hint.text.startsWith(`Likely, though not certain, ${label(leader)}:`) &&
              templates.some((pattern) => pattern.test(hint.text.toLowerCase())),
          )
          .map((hint) => `${page.name}: ${hint.text}`);
      }),
    ).toEqual([]);
  });

  it('weighs the faint guess as a question to test, once the slowest answer has been named', () => {
    const weighed = unsure.filter(
      (page) =>
        faint(page, page.analysis.patterns[0]) &&
        page.analysis.hints.some((hint) => /^(?:One idea|Two ideas) could cut that down/.test(hint.text)),
    );
    expect(weighed.length).toBeGreaterThan(60);
    const families = DESCRIBES_INPUT.map((id) => id.replaceAll('-', ' ')).join('|');
    for (const page of weighed) {
      expect(page.analysis.hints[0]?.text, page.name).toMatch(/slowest correct answer/);
      expect(page.analysis.hints[1]?.text, page.name).toMatch(/Ask whether it fits|First idea/);
      // What the input is (a string, a graph) is no idea to weigh.
      expect(page.analysis.hints[1]?.text, page.name).not.toMatch(
        new RegExp(`(?:could cut that down, |idea, )(?:${families})[.:]`),
      );
    }
  });

  it("lists none of a faint guess's canned traps, only those that name what the statement speaks of", () => {
    const shapes = new Set(Object.values(SHAPE_TRAPS).flatMap((traps) => traps.map((trap) => trap.text)));
    const lines = unsure.flatMap((page) => {
      const guesses = page.analysis.patterns.slice(0, 2);
      // A text a firmer guess or the input's shape also brings is that one's line, not the faint guess's.
      const firm = new Set(
        guesses
          .filter((guess) => !faint(page, guess))
          .flatMap((guess) => (TECHNIQUE_TRAPS[guess.id] ?? []).map((trap) => trap.text)),
      );
      const canned = guesses
        .filter((guess) => faint(page, guess))
        .flatMap((guess) => TECHNIQUE_TRAPS[guess.id] ?? [])
        .filter((trap) => !trap.mentions && !firm.has(trap.text) && !shapes.has(trap.text))
        .map((trap) => trap.text);
      return page.analysis.edgeCases.filter((e) => canned.includes(e)).map((e) => `${page.name}: ${e}`);
    });
    expect(lines).toEqual([]);
  });

  it('tests input in order and in reverse only where the question or a firm guess cares about order', () => {
    const order = /\b(?:increasing|decreasing|ascending|descending|sorted|non-decreasing|non-increasing)\b/;
    const lines = unsure
      .filter(
        (page) =>
          !order.test(page.prose) && page.analysis.patterns.slice(0, 2).every((guess) => faint(page, guess)),
      )
      .flatMap((page) =>
        page.analysis.edgeCases
          .filter((e) => /^Values already in order/.test(e))
          .map((e) => `${page.name}: ${e}`),
      );
    expect(lines).toEqual([]);
  });
});

describe('a ladder no idea leads', () => {
  const words = { input: 'the parcels', items: 'parcels', item: 'parcel' };

  it('names the slowest answer by how the question is built, in the statement’s own nouns', () => {
    const slowest: [string, RegExp][] = [
      [
        'each van takes the next few parcels of the line, at most w kilograms.',
        /cut the parcels into consecutive groups/,
      ],
      ['return the 3rd cheapest ticket on sale.', /listing every ticket in order/],
      ['print the k-th heaviest suitcase on the belt.', /listing every suitcase in order/],
      ['return the smallest positive id that is not on the list.', /trying 1, 2, 3/],
      [
        'a mast is seen from the harbour when it is taller than every mast to its west.',
        /comparing each parcel with every one before it/,
      ],
      ['print the flavour that customers ordered most often.', /how often it appears/],
      ['find the largest number of guests that can sit at the table.', /every group of parcels/],
      ['she picks two different rings whose prices differ the least.', /every pair of parcels/],
      ['for each query, print how many parcels weigh at most x.', /recounting over all of the parcels/],
    ];
    for (const [statement, named] of slowest) expect(bruteForce(statement, words), statement).toMatch(named);
  });

  it('leaves what only looks like those shapes to the rules that fit it', () => {
    expect(
      bruteForce('she takes two scrolls that lie next to each other and glues them.', words),
    ).not.toMatch(/every pair/);
    expect(bruteForce('print the shortest gap, or -1 if no code appears twice.', words)).not.toMatch(
      /how often/,
    );
    expect(bruteForce('return the number of islands.', words)).toMatch(/every candidate/);
  });

  it('asks what the complexity target leaves room for, and keeps the generic question for the rest', () => {
    expect(budgetQuestion('O(n)')).toMatch(
      /^The target, O\(n\), leaves room for one pass over the \{items\}/,
    );
    expect(budgetQuestion('O(n log n)')).toMatch(/putting the \{items\} in order once/);
    expect(budgetQuestion('O(n^2)')).toMatch(/every other \{item\} once/);
    expect(budgetQuestion('O(log n)')).toMatch(/halve/);
    expect(budgetQuestion('O(V + E)')).toMatch(/^Find the repeated work/);
  });

  it('on the labelled pages, speaks of the slow answer and the budget in the page’s terms', () => {
    const open = pages.filter((page) => /slowest correct answer/.test(page.analysis.hints[0]?.text ?? ''));
    const named = open.filter((page) => !/every candidate answer/.test(page.analysis.hints[0]?.text ?? ''));
    expect(named.length).toBeGreaterThanOrEqual(45);
    const budgeted = /^O\((?:n|n \+ [mqk]|n log n|n\^2|1|log n)\)$/;
    expect(
      open
        .filter((page) => budgeted.test(page.analysis.complexityTarget))
        .filter((page) => /^Find the repeated work/.test(page.analysis.hints[1]?.text ?? ''))
        .map((page) => page.name),
    ).toEqual([]);
  });
});

describe('the other method a hedged ladder sends the user to', () => {
  it('is at least half as likely as the leader', () => {
    const label = (id: string) => id.replaceAll('-', ' ');
    const fallback = (page: ReadPage) =>
      /If the first example does not work out this way, try (.+?)\.(?: |$)/.exec(
        page.analysis.hints[2]?.text ?? '',
      )?.[1];
    expect(pages.filter(fallback).length).toBeGreaterThan(50);
    const sent = pages.flatMap((page) => {
      const named = fallback(page);
      if (!named) return [];
      const leader = page.analysis.patterns[0]?.confidence ?? 0;
      return page.analysis.patterns
        .slice(1)
        .filter((guess) => named.split(' or ').includes(label(guess.id)) && guess.confidence < leader / 2)
        .map((guess) => `${page.name}: ${guess.id}`);
    });
    expect(sent).toEqual([]);
  });
});
