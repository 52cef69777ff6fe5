import { describe, expect, it, vi } from 'vitest';
import { debounce } from '@/lib/platform/debounce';

function fakeTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  return {
    timers: {
      setTimeout: (run: () => void, ms: number) => {
        const id = nextId++;
        pending.set(id, { at: now + ms, run });
        return id;
      },
      clearTimeout: (id: unknown) => void pending.delete(id as number),
      now: () => now,
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
  };
}

describe('debounce with a maximum wait', () => {
  it('runs once after a burst goes quiet', () => {
    const clock = fakeTimers();
    const run = vi.fn();
    const schedule = debounce(run, { wait: 120, maxWait: 1_000 }, clock.timers);
    for (let i = 0; i < 5; i++) {
      schedule();
      clock.advance(50);
    }
    expect(run).not.toHaveBeenCalled();
    clock.advance(120);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs, at the maximum wait, while changes keep coming faster than the quiet time', () => {
    const clock = fakeTimers();
    const run = vi.fn();
    const schedule = debounce(run, { wait: 120, maxWait: 1_000 }, clock.timers);
    // A clock ticking every 100 ms for 3.5 s.
    for (let t = 0; t < 3_500; t += 100) {
      schedule();
      clock.advance(100);
    }
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('honours a shorter delay asked for later, and a longer one only up to the maximum wait', () => {
    const clock = fakeTimers();
    const run = vi.fn();
    const schedule = debounce(run, { wait: 120, maxWait: 1_000 }, clock.timers);
    schedule(2_000);
    clock.advance(10);
    schedule(0);
    clock.advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    schedule(2_000);
    clock.advance(999);
    expect(run).toHaveBeenCalledTimes(1);
    clock.advance(1);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
