/** Simple steps a judge runs in about a second; a little slack so 500^3 and (10^4)^2 count as fitting. */
export const STEPS_PER_SECOND = 1e8;
export const BUDGET = 1.3 * STEPS_PER_SECOND;

export const log2 = (n: number) => Math.max(1, Math.log2(Math.max(2, n)));

export function factorial(n: number): number {
  let product = 1;
  for (let i = 2; i <= n && product < 1e300; i++) product *= i;
  return product;
}

/** A power of ten with at most three significant digits in front, as a person writes it: "2 * 10^5", "10^6". */
function roundFigure(value: number): { value: number; text: string } {
  const exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toPrecision(3));
  let power = exponent;
  if (mantissa >= 10) {
    mantissa /= 10;
    power += 1;
  }
  return {
    value: mantissa * 10 ** power,
    text: mantissa === 1 ? `10^${power}` : `${mantissa} * 10^${power}`,
  };
}

/** The offset a setter adds to a round bound: the prime 10^9 + 7, an array of 10^5 + 5. */
const MAX_OFFSET = 100;

/**
 * A bound as a person writes it: 200000 → "2 * 10^5", 999999 (read from "n < 10^6") → "10^6",
 * 1000000007 → "10^9 + 7", 2147483647 → "2^31 - 1", 1000 → "1000", 998244353 → "998244353".
 */
export function formatBound(value: number): string {
  if (value < 0) return `-${formatBound(-value)}`;
  if (value === 2 ** 31 - 1) return '2^31 - 1';
  if (value === 2 ** 31) return '2^31';
  if (value < 10_000 || !Number.isInteger(value)) return String(value);
  const round = roundFigure(value);
  // Past 2^53 the digits are the float's, not the page's.
  if (value > Number.MAX_SAFE_INTEGER) return round.text;
  const offset = value - Math.round(round.value);
  // A strict bound ("n < 10^6") is read as one less: the page wrote the round figure.
  if (offset === 0 || offset === -1) return round.text;
  if (Math.abs(offset) <= MAX_OFFSET) return `${round.text} ${offset > 0 ? '+' : '-'} ${Math.abs(offset)}`;
  return String(value);
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
