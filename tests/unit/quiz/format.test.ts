import { describe, expect, it } from 'vitest';
import { describeDue } from '@/lib/quiz/format';

const NOW = new Date(2025, 2, 3, 10, 0);
const later = (minutes: number) => NOW.getTime() + minutes * 60_000;

describe('describeDue', () => {
  it('says how soon the next review is, from minutes to days', () => {
    expect(describeDue(later(0.5), NOW)).toBe('in a minute');
    expect(describeDue(later(25), NOW)).toBe('in 25 minutes');
    expect(describeDue(later(4 * 60 + 30), NOW, 'en-GB')).toBe('at 14:30');
    expect(describeDue(later(23 * 60), NOW, 'en-GB')).toBe('tomorrow at 09:00');
    expect(describeDue(later(5 * 24 * 60), NOW, 'en-GB')).toBe('on 8 Mar');
  });
});
