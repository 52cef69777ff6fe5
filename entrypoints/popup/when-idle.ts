/**
 * Run work the question on screen need not wait for (the lazy views, the scheduler's code, the
 * bank the next question may need) once the browser is idle after painting it. Each such import
 * adds link elements and starts fetches in the page: measured in a trace, 10 to 20 ms of the main
 * thread on a loaded machine, which held back the first question. The timeout keeps the work
 * coming when idle time never does (a busy machine, a hidden page).
 */
export function whenIdle(task: () => void): void {
  requestIdleCallback(task, { timeout: 500 });
}
