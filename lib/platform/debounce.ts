export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

/** Ask for a run `delay` ms after the last request, but no later than `maxWait` after the first. */
export type Debounced = (delay?: number) => void;

/**
 * A debounce with a maximum wait. A page whose DOM changes more often than `wait` (a clock, a
 * timer, a live counter) would otherwise push the run back forever, and the panel would say
 * "Reading the page…" for good.
 */
export function debounce(
  run: () => void,
  { wait, maxWait }: { wait: number; maxWait: number },
  timers: Timers,
): Debounced {
  let timer: unknown;
  /** When the oldest request still waiting was made; null when none is. */
  let firstAskedAt: number | null = null;
  const fire = () => {
    timer = undefined;
    firstAskedAt = null;
    run();
  };
  return (delay = wait) => {
    const now = timers.now();
    firstAskedAt ??= now;
    if (timer !== undefined) timers.clearTimeout(timer);
    const due = Math.min(now + delay, firstAskedAt + maxWait);
    timer = timers.setTimeout(fire, Math.max(0, due - now));
  };
}
