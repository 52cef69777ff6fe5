import { addUsage, type DailyUsage, todayUsage, type Usage } from './usage';

/** Where today's totals live: storage.local in the extension, a variable in tests. */
export interface UsageStore {
  read(): Promise<DailyUsage | undefined>;
  write(daily: DailyUsage): Promise<void>;
}

export type Reservation =
  | { ok: true; release(): void; record(usage: Usage): Promise<DailyUsage> }
  | { ok: false; message: string };

/**
 * The daily token account. A request reserves what it may spend before it is sent, so two requests
 * started together cannot both slip under the cap; each answer is then recorded on its own, one
 * write after another, so answers finishing together are all counted.
 */
export class UsageLedger {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reserved = new Map<symbol, number>();

  constructor(
    private readonly store: UsageStore,
    private readonly cap: () => Promise<number | null>,
    private readonly now: () => number,
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Tokens used today, and the cap if the user set one. */
  async today(): Promise<{ total: number; cap: number | null }> {
    const [daily, cap] = await Promise.all([this.store.read(), this.cap()]);
    return { total: todayUsage(daily, this.now()).totalTokens, cap };
  }

  /**
   * Hold `tokens` (the prompt's estimate plus the answer's limit) against today's cap. Refused once
   * what is used and what is held reach the cap; with no cap, always granted.
   */
  reserve(tokens: number): Promise<Reservation> {
    return this.serial(async () => {
      const cap = await this.cap();
      const used = todayUsage(await this.store.read(), this.now()).totalTokens;
      const held = [...this.reserved.values()].reduce((sum, value) => sum + value, 0);
      if (cap && cap > 0 && used + held >= cap) {
        const busy = held > 0 ? ' (counting the answers still being written)' : '';
        return {
          ok: false,
          message: `Today's token cap (${cap.toLocaleString('en-US')}) is used up${busy}. The offline coach still works; raise the cap in Sparring's options or come back tomorrow.`,
        };
      }
      const id = Symbol('reservation');
      this.reserved.set(id, tokens);
      return {
        ok: true,
        release: () => {
          this.reserved.delete(id);
        },
        record: (usage) =>
          this.serial(async () => {
            this.reserved.delete(id);
            const next = addUsage(await this.store.read(), usage, this.now());
            await this.store.write(next);
            return next;
          }),
      };
    });
  }
}
