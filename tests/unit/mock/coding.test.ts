import { describe, expect, it } from 'vitest';
import { checkpoint, elapsedMs, pauseClock, reopenedClock } from '@/lib/mock/clock';
import {
  addCandidateTurn,
  advance,
  askFollowUp,
  CODING_STAGES,
  type CodingMock,
  endRound,
  roundMinutesFor,
  stageBudgets,
  stageClock,
  stageTimes,
  startCodingMock,
} from '@/lib/mock/coding';
import { GENERAL_FOLLOW_UPS, STAGES } from '@/lib/mock/coding-stages';
import { codingFacts } from '@/lib/mock/evidence';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9);
const FOLLOW_UPS = ['The array is sorted: can you do it in O(1) extra space?', 'Return every distinct pair.'];

function start(withModel = false, followUps: readonly string[] | null = FOLLOW_UPS): CodingMock {
  return startCodingMock({
    contextKey: 'leetcode:two-sum',
    problem: {
      site: 'leetcode',
      title: 'Two Sum',
      url: 'https://leetcode.com/problems/two-sum/',
      difficulty: 'Medium',
    },
    followUps,
    withModel,
    now: T0,
  });
}

/** Every stage in order, `minutesEach` apart. */
function runThrough(mock: CodingMock, minutesEach: number): CodingMock {
  let current = mock;
  for (let step = 1; step <= CODING_STAGES.length; step += 1)
    current = advance(current, T0 + step * minutesEach * MIN);
  return current;
}

describe('the coding round', () => {
  it('is timed to the difficulty, and its stages share the round to the minute', () => {
    expect(roundMinutesFor('Easy')).toBeLessThan(roundMinutesFor('Medium'));
    expect(roundMinutesFor('Medium')).toBeLessThan(roundMinutesFor('Hard'));
    expect(roundMinutesFor(undefined)).toBe(45);
    for (const minutes of [30, 45, 60, 47]) {
      const budgets = stageBudgets(minutes);
      expect(Object.values(budgets).reduce((a, b) => a + b, 0)).toBe(minutes);
      // Coding is the longest stage in every round.
      expect(Math.max(...Object.values(budgets))).toBe(budgets.code);
    }
  });

  it('opens on restating the problem, with the interviewer speaking first and the clock running', () => {
    const mock = start();
    expect(mock.phase).toBe('clarify');
    expect(mock.transcript).toEqual([
      expect.objectContaining({ speaker: 'interviewer', text: STAGES.clarify.opening }),
    ]);
    expect(elapsedMs(mock.clock, T0 + 3 * MIN)).toBe(3 * MIN);
    expect(mock.roundMinutes).toBe(45);
  });

  it('walks clarify, approach, code, test and follow-ups in order, then ends in review with the clock stopped', () => {
    const phases: string[] = [];
    let mock = start();
    for (let step = 1; step <= CODING_STAGES.length; step += 1) {
      mock = advance(mock, T0 + step * 5 * MIN);
      phases.push(mock.phase);
    }
    expect(phases).toEqual(['approach', 'code', 'test', 'follow-ups', 'review']);
    expect(mock.clock.runningSince).toBeNull();
    expect(elapsedMs(mock.clock, T0 + 90 * MIN)).toBe(25 * MIN);
    // Advancing past the review changes nothing.
    expect(advance(mock, T0 + 99 * MIN)).toBe(mock);
  });

  it('records the time spent in each stage', () => {
    const mock = runThrough(start(), 6);
    expect(stageTimes(mock, T0 + 60 * MIN)).toEqual({
      clarify: 6 * MIN,
      approach: 6 * MIN,
      code: 6 * MIN,
      test: 6 * MIN,
      'follow-ups': 6 * MIN,
    });
  });

  it('offline, opens each stage with its fixed line and the follow-ups on the library’s first question', () => {
    let mock = start(false);
    for (const stage of ['approach', 'code', 'test'] as const) {
      mock = advance(mock, T0 + MIN);
      expect(mock.transcript.at(-1)).toMatchObject({
        speaker: 'interviewer',
        phase: stage,
        text: STAGES[stage].opening,
      });
    }
    mock = advance(mock, T0 + 2 * MIN);
    expect(mock.phase).toBe('follow-ups');
    expect(mock.transcript.at(-1)?.text).toContain(FOLLOW_UPS[0]);
    mock = askFollowUp(mock, T0 + 3 * MIN);
    expect(mock.transcript.at(-1)?.text).toBe(FOLLOW_UPS[1]);
    expect(mock.followUpsAsked).toBe(2);
    // No question left: nothing more is said.
    expect(askFollowUp(mock, T0 + 4 * MIN)).toBe(mock);
  });

  it('with a model, leaves the test and follow-up openings to the model, which has read the code', () => {
    let mock = start(true);
    mock = advance(mock, T0 + MIN);
    mock = advance(mock, T0 + 2 * MIN);
    const said = mock.transcript.length;
    mock = advance(mock, T0 + 3 * MIN);
    expect(mock.phase).toBe('test');
    expect(mock.transcript).toHaveLength(said);
  });

  it('uses general follow-ups for a problem the library does not know', () => {
    const mock = start(false, null);
    expect(mock.followUps).toEqual(GENERAL_FOLLOW_UPS);
    expect(mock.followUpsFromLibrary).toBe(false);
  });

  it('says how the current stage stands against its budget and the round', () => {
    const mock = advance(start(), T0 + 5 * MIN);
    const clock = stageClock(mock, T0 + 20 * MIN);
    expect(clock).toEqual({ stage: 'approach', spentMs: 15 * MIN, budgetMs: 9 * MIN, roundLeftMs: 25 * MIN });
    expect(stageClock(endRound(mock, T0 + 21 * MIN), T0 + 22 * MIN)).toBeNull();
  });

  it('ignores what the candidate says once the round is over', () => {
    const over = endRound(start(), T0 + MIN);
    expect(addCandidateTurn(over, 'one more thing', T0 + 2 * MIN)).toBe(over);
  });
});

describe("the mock's clock", () => {
  it('banks running time at each checkpoint, and a reopened panel does not count the time it was closed', () => {
    const running = start().clock;
    const banked = checkpoint(running, T0 + 10 * MIN);
    expect(elapsedMs(banked, T0 + 10 * MIN)).toBe(10 * MIN);
    // The panel closed just after the checkpoint and reopened two days later.
    const reopened = reopenedClock(banked, T0 + 2 * 24 * 60 * MIN);
    expect(elapsedMs(reopened, T0 + 2 * 24 * 60 * MIN + MIN)).toBe(11 * MIN);
    const paused = pauseClock(reopened, T0 + 2 * 24 * 60 * MIN + 2 * MIN);
    expect(reopenedClock(paused, T0 + 9e9)).toEqual(paused);
  });
});

describe('what Sparring saw of the round', () => {
  it('reports questions asked, complexity named, tests listed and time against the plan', () => {
    let mock = start();
    mock = addCandidateTurn(mock, 'Can the array be empty? Are the values distinct?', T0 + MIN);
    mock = advance(mock, T0 + 4 * MIN);
    mock = addCandidateTurn(
      mock,
      'A hash map from value to index gives O(n) time and O(n) space.',
      T0 + 6 * MIN,
    );
    mock = advance(mock, T0 + 12 * MIN);
    mock = { ...advance(mock, T0 + 40 * MIN), code: 'def f(nums):\n    seen = {}\n\n    return []\n' };
    mock = addCandidateTurn(
      mock,
      'I would try an empty list, duplicates like [3,3], and negative numbers.',
      T0 + 41 * MIN,
    );
    const facts = codingFacts(mock, T0 + 44 * MIN);
    expect(facts['problem-solving']).toEqual([
      'Asked 2 questions while clarifying.',
      'Named a complexity while choosing the approach: O(n).',
      'The round ended before the follow-ups.',
    ]);
    expect(facts.coding).toEqual([
      'Coding took 28 minutes (18 planned).',
      '3 lines of code read from the editor.',
    ]);
    expect(facts.verification[1]).toBe('Named test inputs: empty, duplicates, negative.');
    expect(facts.communication[1]).toContain('Ran over in code, 28 minutes (18 planned)');
  });

  it('says so when the candidate skipped clarifying and named no complexity', () => {
    const mock = advance(advance(start(), T0 + MIN), T0 + 2 * MIN);
    const facts = codingFacts(mock, T0 + 3 * MIN);
    expect(facts['problem-solving'].slice(0, 2)).toEqual([
      'Asked no clarifying question.',
      'Named no time or space complexity while choosing the approach.',
    ]);
    expect(facts.verification).toEqual(['The round ended before testing.']);
  });
});
