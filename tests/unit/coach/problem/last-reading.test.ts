import { describe, expect, it } from 'vitest';
import { lastReading } from '@/lib/coach/problem/last-reading';
import { proseSentencesOf, sentencesOf } from '@/lib/coach/problem/sentences';

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

describe('a statement’s sentences', () => {
  it('are cut at line breaks and after closing marks, once for every reader of one statement', () => {
    const statement =
      'n boxes stand in a row. is any pair heavy?\neach box holds a_i coins; print the count!';
    const cut = sentencesOf(statement);
    expect(cut).toEqual([
      'n boxes stand in a row.',
      'is any pair heavy?',
      'each box holds a_i coins;',
      'print the count!',
    ]);
    expect(sentencesOf(`${statement}`)).toBe(cut);
  });

  it('in prose, are cut at runs of line breaks, leaving no empty sentence for a blank line', () => {
    const statement = 'n boxes stand in a row.\n\neach holds a_i coins';
    expect(sentencesOf(statement)).toEqual(['n boxes stand in a row.', '', 'each holds a_i coins']);
    const prose = proseSentencesOf(statement);
    expect(prose).toEqual(['n boxes stand in a row.', 'each holds a_i coins']);
    expect(proseSentencesOf(`${statement}`)).toBe(prose);
  });
});
