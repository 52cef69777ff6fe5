import { describe, expect, it } from 'vitest';
import { firedTriggers } from '@/lib/coach/problem/knowledge';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

const read = (title: string, statement: string) => readProblem(problemContext({ title, statement }));
const names = (fired: ReturnType<typeof firedTriggers>) =>
  fired.map(({ trigger, inTitle, match }) => `${trigger.technique}:${inTitle}:${match}`);

describe('triggers matched once per reading', () => {
  const meetings = read(
    'Meeting Rooms',
    'Given an array of meeting time intervals where intervals[i] = [start_i, end_i], return the minimum number of conference rooms required.',
  );

  it('answers a second ask about the same reading with what a fresh reading fires', () => {
    const first = names(firedTriggers(meetings.title, meetings.scene));
    expect(first.length).toBeGreaterThan(0);
    expect(names(firedTriggers(meetings.title, meetings.scene))).toEqual(first);
    const fresh = read(
      meetings.title,
      'Given an array of meeting time intervals where intervals[i] = [start_i, end_i], return the minimum number of conference rooms required.',
    );
    expect(names(firedTriggers(fresh.title, fresh.scene))).toEqual(first);
  });

  it('never hands one statement the triggers of another, nor one title those of another', () => {
    const words = read(
      'Word Ladder',
      'Return the number of words in the shortest transformation sequence from beginWord to endWord, changing one letter at a time.',
    );
    const ladder = names(firedTriggers(words.title, words.scene));
    expect(ladder).not.toEqual(names(firedTriggers(meetings.title, meetings.scene)));
    // The same scene under a title that names nothing fires nothing from the title.
    const untitled = firedTriggers('Plain', meetings.scene);
    expect(untitled.some((fired) => fired.inTitle)).toBe(false);
    expect(firedTriggers(meetings.title, meetings.scene).some((fired) => fired.inTitle)).toBe(true);
  });
});
