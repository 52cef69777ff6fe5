import type { Scene, Trigger } from './trigger';

/**
 * Spans told in a story's own words (closures, lamps, stays): those that touch or cross joined
 * into parts, the point most of them cover, the length covered by at least two of them.
 */

/** Items given by where they start and end ("from l_i to r_i", `[start, end]`, "s_i and t_i"). */
export const SPANS =
  /\bfrom (?:\w+ ){0,2}[a-z]\w*(?:\[i\](?:\[0\])?|_i) (?:up )?to\b|\[\s*\w+\s*,\s*\w+\s*\]|\bstart\w*\b[^.]{0,120}\bend\w*\b|\b[a-z]_i (?:<=|and) [a-z]_i\b/;

/** Spans that touch or cross belong together: sorted by start, each joins the part before it. */
const JOINED_WHEN_OVERLAPPING =
  /\b(?:overlap|touch|cross|intersect|share)\w*\b[^.]{0,80}\b(?:same|single|one|combined?|merged?|joined?)\b (?:\w+ ){0,2}?(?:part|interval|block|range|stretch|segment|group|closure)s?\b|\b(?:combine|merge|join)\w* (?:\w+ ){0,4}?(?:that|which) (?:overlap|touch|cross|intersect)/;

/** The point covered by the most spans: each opens and closes, and a running count peaks there. */
const MOST_COVERED_POINT =
  /\b(?:best|most|brightest|busiest|most crowded)[- ](?:lit|covered|watched|crowded|guarded|served)\b|\b(?:point|spot|moment|place|position|minute|day)\b[^.]{0,40}\b(?:lit|covered|watched|guarded|served|contained) by the (?:most|largest number of|greatest number of)\b/;

/** The length covered by two or more spans: a sweep keeps how many are open between events. */
const COVERED_TWICE =
  /\b(?:lit|covered|watered|painted|visited|guarded|reached|served) by at least (?:two|three|2|3|k)\b/;

/**
 * One act at a single point reaches every span that holds that point ("a visit at minute t checks
 * every stall open at t", "a shot at x bursts every balloon spanning x"): the fewest such points
 * that reach every span.
 */
const POINT_REACHES_OPEN_SPANS =
  /\b(?:at|on) (?:\w+ )?([a-z])\b[^.]{0,80}\b(?:every|each|all|any) (?:\w+ ){0,3}?(?:open|active|on|lit|running|present|available|in progress|that (?:contains?|covers?|includes?|spans?)|(?:containing|covering|spanning|including)) (?:at |on |during )?(?:\w+ )?\1\b/;
const FEWEST = /\b(?:fewest|minimum number of|smallest number of|least number of)\b/;

const spans = (scene: Scene) => !scene.design && !scene.grid && SPANS.test(scene.body);

export const SPAN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'greedy',
    pattern: POINT_REACHES_OPEN_SPANS,
    weight: 3,
    why: 'sorted by where they end, the span that ends first must be reached by some point, and its own end reaches the most of the spans after it: put a point there and skip every span it reaches',
    when: (scene) => spans(scene) && FEWEST.test(scene.body),
    also: ['sorting'],
  },
  {
    technique: 'sorting',
    pattern: JOINED_WHEN_OVERLAPPING,
    weight: 3,
    why: 'sorted by start, spans that touch or cross sit next to each other, so each joins the part before it or starts a new one in one pass',
    when: spans,
    also: ['line-sweep'],
  },
  {
    technique: 'line-sweep',
    pattern: MOST_COVERED_POINT,
    weight: 3,
    why: 'each span adds one where it starts and removes one after it ends: over the sorted events a running count peaks at the answer',
    when: spans,
    also: ['sorting', 'prefix-sum'],
  },
  {
    technique: 'line-sweep',
    pattern: COVERED_TWICE,
    weight: 3,
    why: 'over the sorted ends, a running count of open spans says where at least that many cover the line, and each gap between events adds its length',
    when: spans,
    also: ['sorting', 'prefix-sum'],
  },
];
