import { type CoverAsk, START_AND_LENGTH } from '../coverage';
import { LINE_RUN } from '../line-runs';
import type { Scene, Trigger } from './trigger';

/**
 * Spans on a line whose question counts over the points they cover (coverage.ts reads the spans'
 * ends, how far the line runs and what is asked). The quoted words are the spans' two ends as the
 * page bounds them; the reading decides what they mean.
 */
const SPAN_ENDS = new RegExp(
  `\\b[a-z]\\w*(?:_i|\\[i\\](?:\\[0\\])?) <=? [a-z]\\w*(?:_i|\\[i\\](?:\\[1\\])?)(?![\\w[])|\\[\\s*[a-z]\\w*\\s*,\\s*[a-z]\\w*\\s*\\]|${START_AND_LENGTH.source}`,
);

const reads =
  (asks: readonly CoverAsk[], line: (scene: Scene) => boolean = () => true) =>
  (scene: Scene) =>
    !!scene.coverage && asks.includes(scene.coverage.ask) && line(scene);

const wide = (scene: Scene) => scene.coverage?.line === 'wide' && !scene.coverage.sorted;
const small = (scene: Scene) =>
  (scene.coverage?.line === 'positions' || scene.coverage?.line === 'few') && !scene.coverage.sorted;
const points = (scene: Scene) => scene.coverage?.line === 'points' && !scene.coverage.sorted;

export const COVERAGE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'line-sweep',
    pattern: SPAN_ENDS,
    weight: 3.5,
    why: 'the count of spans over a point changes only where one starts or ends: sort the 2n ends and sweep them with a running count, measuring between consecutive ends',
    when: reads(['most', 'threshold'], wide),
    also: ['sorting'],
  },
  {
    technique: 'sorting',
    pattern: SPAN_ENDS,
    weight: 3.5,
    why: 'sorted by start, the spans are swept keeping the furthest end so far; a start beyond it opens a stretch no span covers',
    when: reads(['gap', 'union'], wide),
    also: ['line-sweep'],
  },
  {
    technique: 'line-sweep',
    pattern: SPAN_ENDS,
    weight: 3.5,
    why: 'the spans already come ordered by start, so one pass over them, comparing each with the furthest end so far, needs no sort',
    when: reads(['most', 'threshold', 'union', 'gap'], (scene) => !!scene.coverage?.sorted),
  },
  {
    technique: 'prefix-sum',
    pattern: SPAN_ENDS,
    weight: 3.5,
    why: 'the line has few points: each span adds one where it starts and removes it where it stops in a difference array, and one running sum gives every point its count',
    when: reads(['most', 'threshold', 'union', 'gap'], small),
    also: ['line-sweep'],
  },
  {
    technique: 'prefix-sum',
    pattern: SPAN_ENDS,
    weight: 3.5,
    why: 'the ends are coordinates of a line of at most a million points, few enough for an array: each span adds one at its first point and removes it just after its last in a difference array over the points, and one running sum counts every point (sorting the 2n ends and sweeping them also works)',
    when: reads(['most', 'threshold', 'union', 'gap'], points),
    also: ['line-sweep'],
  },
  {
    technique: 'sorting',
    pattern: LINE_RUN,
    weight: 3.5,
    why: 'the runs asked for are stretches of the line the spans lie on, and the spans come in any order: sorted by start, each span either extends the current run (it starts no later than just past its end) or opens the next',
    when: (scene) =>
      !!scene.runsAlongTheLine && !scene.coverage && !scene.guarantees.has('sorted') && !scene.design,
  },
  {
    technique: 'heap-priority-queue',
    pattern: SPAN_ENDS,
    weight: 2,
    why: 'the fewest resources that each hold one span at a time is the most spans alive at once: sorted by start, a min-heap of the moments the busy ones free up (or the sorted ends swept with a running count)',
    when: reads(['rooms']),
    also: ['sorting', 'line-sweep'],
  },
];
