/** One event of a Chrome trace as CDP's Tracing domain reports it (times in µs). */
export interface TraceEvent {
  /** "X" a complete event with a duration, "M" metadata such as a thread's name. */
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time the thread spent in the event, where the platform measures it (Linux does). */
  tdur?: number;
  args?: { name?: string };
}

/** Chromium's name for the thread a service worker's script runs on: the worker's main thread. */
export const WORKER_THREAD_NAME = 'ServiceWorker thread';

/** Blink's event for running a classic script's top level, the worker's own start-up code. */
const EVALUATE_SCRIPT = 'EvaluateScript';

const threadKey = (event: TraceEvent) => `${event.pid}/${event.tid}`;

/** The complete events on service worker threads, parents before their children. */
function workerTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === WORKER_THREAD_NAME)
      .map(threadKey),
  );
  if (workerThreads.size === 0) throw new Error('the trace has no service worker thread: no worker started');
  // Ties on the start time put the parent (the longer event) first.
  return events
    .filter((e) => e.ph === 'X' && workerThreads.has(threadKey(e)))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * Whether the worker started within the trace: its thread ran the script's top level. A worker
 * that was already running has a thread but no evaluation.
 */
export function wasColdStart(events: readonly TraceEvent[]): boolean {
  return workerTasks(events).some((e) => e.name === EVALUATE_SCRIPT);
}

export interface WorkerCpu {
  /** CPU time of every top-level task on the worker thread, isolate creation included. */
  totalMs: number;
  /** The part spent running the worker script's top level. */
  evaluateMs: number;
}

/**
 * The CPU a service worker's thread spent in a trace that saw it start. Only top-level tasks are
 * summed (an event inside another on the same thread is already in its parent's time), and the
 * trace must hold the script's evaluation: a worker that was already running has none, and its
 * figure would be a warm one passed off as a cold start.
 */
export function workerThreadCpu(events: readonly TraceEvent[]): WorkerCpu {
  const tasks = workerTasks(events);
  const evaluations = tasks.filter((e) => e.name === EVALUATE_SCRIPT);
  if (evaluations.length === 0) throw new Error('the worker thread ran no script: it was not a cold start');
  if (tasks.every((e) => e.tdur === undefined)) throw new Error('the trace has no thread times to sum');
  const busyUntil = new Map<string, number>();
  let totalUs = 0;
  for (const task of tasks) {
    const key = threadKey(task);
    if (task.ts < (busyUntil.get(key) ?? Number.NEGATIVE_INFINITY)) continue;
    busyUntil.set(key, task.ts + (task.dur ?? 0));
    totalUs += task.tdur ?? 0;
  }
  const evaluateUs = evaluations.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return { totalMs: totalUs / 1000, evaluateMs: evaluateUs / 1000 };
}
