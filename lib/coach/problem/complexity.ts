/** Simple steps a judge runs in about a second; a little slack so 500^3 and (10^4)^2 count as fitting. */
export const STEPS_PER_SECOND = 1e8;
export const BUDGET = 1.3 * STEPS_PER_SECOND;

export const log2 = (n: number) => Math.max(1, Math.log2(Math.max(2, n)));

export function factorial(n: number): number {
  let product = 1;
  for (let i = 2; i <= n && product < 1e300; i++) product *= i;
  return product;
}

/** 200000 → "2 * 10^5", 2147483647 → "2^31 - 1", 1000 → "1000". */
export function formatBound(value: number): string {
  if (value === 2 ** 31 - 1) return '2^31 - 1';
  if (value === 2 ** 31) return '2^31';
  if (Math.abs(value) < 10_000) return String(value);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = Number((value / 10 ** exponent).toPrecision(3));
  return mantissa === 1 ? `10^${exponent}` : `${mantissa} * 10^${exponent}`;
}

/** A step count as a reader takes it in: "3 * 10^7", "far too many". */
export function formatSteps(steps: number): string {
  if (!Number.isFinite(steps) || steps > 1e300) return 'far too many';
  if (steps < 10_000) return String(Math.round(steps));
  const exponent = Math.floor(Math.log10(steps));
  const mantissa = Math.round(steps / 10 ** exponent);
  if (mantissa === 10) return `10^${exponent + 1}`;
  return mantissa === 1 ? `10^${exponent}` : `${mantissa} * 10^${exponent}`;
}
