/*
 * A mock's clock: the time the round has run, kept in storage so it survives the panel closing or
 * the browser restarting. It runs only while the mock is on screen: the panel banks the running
 * time every few seconds (a checkpoint), so a closed panel stops the clock at its last checkpoint,
 * never counting the hours until the mock is opened again.
 */

export interface MockClock {
  /** Time banked, in milliseconds. */
  elapsedMs: number;
  /** When the current run began (epoch ms); null while paused. */
  runningSince: number | null;
}

export function startedClock(now: number): MockClock {
  return { elapsedMs: 0, runningSince: now };
}

/** The clock's reading at `now`. */
export function elapsedMs(clock: MockClock, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return clock.elapsedMs + running;
}

export function pauseClock(clock: MockClock, now: number): MockClock {
  return { elapsedMs: elapsedMs(clock, now), runningSince: null };
}

/** The running time banked, the clock still running: what the panel stores every few seconds. */
export function checkpoint(clock: MockClock, now: number): MockClock {
  return clock.runningSince === null ? clock : { elapsedMs: elapsedMs(clock, now), runningSince: now };
}

/**
 * A stored clock as a panel opening the mock again finds it: what was banked at the last
 * checkpoint, running again from now if it was running. The gap while no panel showed it is not
 * the candidate's time.
 */
export function reopenedClock(clock: MockClock, now: number): MockClock {
  return clock.runningSince === null ? clock : { elapsedMs: clock.elapsedMs, runningSince: now };
}

/** "12:05" for minutes and seconds; hours show as more minutes ("75:00"). */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
