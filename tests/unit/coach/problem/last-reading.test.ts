import { describe, expect, it } from 'vitest';
import { lastReading } from '@/lib/coach/problem/last-reading';

describe('lastReading', () => {
  it('reads a text once however often the same text is asked about, and reads a new text afresh', () => {
    const read: string[] = [];
    const words = lastReading((text: string) => {
      read.push(text);
      return text.split(' ').length;
    });
    expect([words('two words'), words(['two', 'words'].join(' ')), words('now three words')]).toEqual([
      2, 2, 3,
    ]);
    expect(read).toEqual(['two words', 'now three words']);
    // Only the last text is kept: going back reads again rather than holding every page read.
    expect(words('two words')).toBe(2);
    expect(read).toHaveLength(3);
  });
});
