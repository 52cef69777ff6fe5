import { FUNCTIONS, type Node, parsed } from './complexity-notation';

/*
 * What a bound in the notation (complexity-notation.ts) stands for: its steps at given sizes, the
 * letters it counts in, and whether two spellings say the same thing.
 */

function stepsIn(node: Node, values: Readonly<Record<string, number>>): number {
  switch (node.kind) {
    case 'atom': {
      if (/^\d+$/.test(node.text)) return Number(node.text);
      const value = values[node.text];
      if (value === undefined) throw new Error(`no value for ${node.text}`);
      return value;
    }
    case 'group':
      return stepsIn(node.body, values);
    case 'power':
      return stepsIn(node.base, values) ** stepsIn(node.exponent, values);
    case 'factorial': {
      let product = 1;
      for (let i = 2; i <= stepsIn(node.base, values) && product < 1e300; i++) product *= i;
      return product;
    }
    case 'sum':
      return node.terms.reduce((total, term) => total + stepsIn(term, values), 0);
    case 'product':
      return node.factors.reduce((total, factor) => total * stepsIn(factor, values), 1);
    case 'inverse':
      return 1 / stepsIn(node.body, values);
    case 'call': {
      const args = node.args.map((arg) => stepsIn(arg, values));
      if (node.name === 'log') return Math.max(1, Math.log2(Math.max(2, args[0] ?? 2)));
      if (node.name === 'sqrt') return Math.sqrt(args[0] ?? 0);
      return node.name === 'min' ? Math.min(...args) : Math.max(...args);
    }
  }
}

/**
 * The natural log of `stepsIn`, worked in logs throughout: at the sizes two bounds are compared at,
 * `2^n` and `n!` overflow a double, and Infinity would make `O(n * 2^n)` differ from `O(2^n * n)`.
 */
function logStepsIn(node: Node, values: Readonly<Record<string, number>>): number {
  switch (node.kind) {
    case 'atom':
    case 'group':
      return node.kind === 'group' ? logStepsIn(node.body, values) : Math.log(stepsIn(node, values));
    case 'power':
      return Math.exp(logStepsIn(node.exponent, values)) * logStepsIn(node.base, values);
    case 'factorial': {
      let total = 0;
      const last = Math.min(Math.exp(logStepsIn(node.base, values)), 1e7);
      for (let i = 2; i <= last; i++) total += Math.log(i);
      return total;
    }
    case 'sum': {
      const logs = node.terms.map((term) => logStepsIn(term, values));
      const top = Math.max(...logs);
      return top === Number.NEGATIVE_INFINITY
        ? top
        : top + Math.log(logs.reduce((total, log) => total + Math.exp(log - top), 0));
    }
    case 'product':
      return node.factors.reduce((total, factor) => total + logStepsIn(factor, values), 0);
    case 'inverse':
      return -logStepsIn(node.body, values);
    case 'call': {
      const logs = node.args.map((arg) => logStepsIn(arg, values));
      if (node.name === 'log') return Math.log(Math.max(1, (logs[0] ?? 0) / Math.LN2));
      if (node.name === 'sqrt') return (logs[0] ?? Number.NEGATIVE_INFINITY) / 2;
      return node.name === 'min' ? Math.min(...logs) : Math.max(...logs);
    }
  }
}

/**
 * The number of steps a complexity stands for at the given sizes (log is log2, at least 1), or
 * null when it is not notation this grammar reads or names a letter with no value.
 */
export function stepsOf(text: string, values: Readonly<Record<string, number>>): number | null {
  return evaluated(text, values, stepsIn);
}

/** `evaluate` over the bound's expression, or null when it is unreadable or names a letter with no value. */
function evaluated(
  text: string,
  values: Readonly<Record<string, number>>,
  evaluate: (node: Node, values: Readonly<Record<string, number>>) => number,
): number | null {
  const node = parsed(text);
  if (!node) return null;
  try {
    return evaluate(node, values);
  } catch {
    return null;
  }
}

/** The letters the coach counts in (n, m, q, k, V, E, A): each names one kind of size. */
const COACH_LETTERS = ['n', 'm', 'q', 'k', 'V', 'E', 'A'] as const;
const NOT_LETTERS = new Set(['O', ...FUNCTIONS]);
/** Two unrelated assignments: a formula that agrees at both is the same formula. */
const SAMPLES: readonly Record<(typeof COACH_LETTERS)[number], number>[] = [
  { n: 7919, m: 104_729, q: 1299, k: 17, V: 313, E: 4099, A: 65_537 },
  { n: 31, m: 523, q: 86_028, k: 2111, V: 7001, E: 613, A: 1_000_003 },
];

export function lettersIn(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])].filter((name) => !NOT_LETTERS.has(name));
}

/** Every way to give each of `names` a distinct coach letter. */
function assignments(names: readonly string[], free: readonly string[]): Record<string, string>[] {
  const [first, ...rest] = names;
  if (first === undefined) return [{}];
  return free.flatMap((letter) =>
    assignments(
      rest,
      free.filter((other) => other !== letter),
    ).map((tail) => ({ [first]: letter, ...tail })),
  );
}

/**
 * Whether two big-O strings say the same thing: equal at two unrelated assignments of their
 * letters, so `O(m * n)` and `O(n·m)` agree and `O(n + m)` and `O(n + q)` do not. With `rename`,
 * a letter outside the coach's own (the `L`, `S` or `N` a library note names its sizes with) may
 * stand for any coach letter, one for one, so `O(L)` agrees with `O(m)` and `O(N log k)` with
 * `O(n log k)`; the coach's own letters always keep their meaning.
 */
export function sameBigO(a: string, b: string, rename = false): boolean {
  const [x, y] = [a, b].map((text) => text.replace(/\s*[·×]\s*/g, ' * ').trim()) as [string, string];
  if (x === y) return true;
  const foreign = lettersIn(`${x} ${y}`).filter(
    (name) => !(COACH_LETTERS as readonly string[]).includes(name),
  );
  if (foreign.length > 0 && !rename) return false;
  return assignments(foreign, COACH_LETTERS).some((mapping) =>
    SAMPLES.every((sample) => {
      const values: Record<string, number> = { ...sample };
      for (const [name, letter] of Object.entries(mapping)) values[name] = values[letter] ?? 1;
      const [p, q] = [evaluated(x, values, logStepsIn), evaluated(y, values, logStepsIn)];
      return (
        p !== null &&
        q !== null &&
        (p === q || Math.abs(p - q) <= 1e-9 * Math.max(1, Math.abs(p), Math.abs(q)))
      );
    }),
  );
}
