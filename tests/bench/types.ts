/** One printed figure of `npm run bench`. */
export interface BenchRow {
  /** Which part of the product it measures, e.g. "extraction" or "bundle". */
  section: string;
  metric: string;
  /** Already formatted with its unit, e.g. "2.3 KB" or "0.91". */
  value: string;
  /** The budget or aim from the issue, e.g. "≤ 12 KB". */
  aim?: string;
}

export type BenchModule = () => Promise<BenchRow[]>;
