import { describe, expect, it } from 'vitest';
import { type TraceEvent, WORKER_THREAD_NAME, wasColdStart, workerThreadCpu } from '../../bench/worker-trace';

const WORKER = { pid: 7, tid: 70 };
const PAGE = { pid: 8, tid: 80 };

const threadName = (thread: { pid: number; tid: number }, name: string): TraceEvent => ({
  ph: 'M',
  name: 'thread_name',
  ts: 0,
  ...thread,
  args: { name },
});

/** A complete event: start and wall duration in ms, CPU time in ms. */
const task = (
  thread: { pid: number; tid: number },
  name: string,
  startMs: number,
  wallMs: number,
  cpuMs: number,
): TraceEvent => ({ ph: 'X', name, ...thread, ts: startMs * 1000, dur: wallMs * 1000, tdur: cpuMs * 1000 });

describe('service worker start-up CPU from a trace', () => {
  it("sums the CPU of the worker thread's top-level tasks, not their nested events or other threads", () => {
    const figure = workerThreadCpu([
      threadName(WORKER, WORKER_THREAD_NAME),
      threadName(PAGE, 'CrRendererMain'),
      task(WORKER, 'RunTask', 0, 30, 12),
      task(WORKER, 'EvaluateScript', 1, 20, 9),
      task(WORKER, 'v8.compile', 1, 5, 3),
      task(WORKER, 'RunTask', 50, 4, 2),
      task(WORKER, 'Receive mojo message', 50, 3, 1),
      task(PAGE, 'RunTask', 0, 100, 80),
    ]);
    expect(figure).toEqual({ totalMs: 14, evaluateMs: 9 });
  });

  it('counts a parent once when a nested event starts at the same moment', () => {
    const figure = workerThreadCpu([
      threadName(WORKER, WORKER_THREAD_NAME),
      task(WORKER, 'EvaluateScript', 0, 20, 9),
      task(WORKER, 'RunTask', 0, 25, 11),
    ]);
    expect(figure.totalMs).toBe(11);
  });

  it('refuses a trace in which the worker was already running (no script evaluated)', () => {
    expect(() =>
      workerThreadCpu([threadName(WORKER, WORKER_THREAD_NAME), task(WORKER, 'RunTask', 0, 4, 2)]),
    ).toThrow(/not a cold start/);
  });

  it('tells a wake that started the worker from one that found it running, so the bench can retry', () => {
    const started = [threadName(WORKER, WORKER_THREAD_NAME), task(WORKER, 'EvaluateScript', 0, 20, 9)];
    const running = [threadName(WORKER, WORKER_THREAD_NAME), task(WORKER, 'RunTask', 0, 4, 2)];
    expect(wasColdStart(started)).toBe(true);
    expect(wasColdStart(running)).toBe(false);
  });

  it('refuses a trace with no service worker thread', () => {
    expect(() =>
      workerThreadCpu([threadName(PAGE, 'CrRendererMain'), task(PAGE, 'RunTask', 0, 4, 2)]),
    ).toThrow(/no service worker thread/);
  });
});
