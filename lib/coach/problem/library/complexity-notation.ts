/**
 * The big-O notation every library entry (and the coach) writes in, so that two spellings of one
 * bound never disagree in a comparison: `O(n log n)`, `O(m * n)`, `O((n + m) log n)`,
 * `O(log(m + n))`, `O(n * 2^n)`, `O(V + E)`, `O(amount * coins)`.
 *
 * Rules: ` + ` between terms; ` * ` between factors, except that a factor may be followed by
 * `log …` with a single space (`n log n`); `log x` for a name or number, `log(…)` for anything
 * longer; `^` with no spaces; `sqrt(…)`, `min(a, b)`, `max(a, b)`; names are words or letters.
 */

type Node =
  | { kind: 'atom'; text: string }
  | { kind: 'call'; name: 'log' | 'sqrt' | 'min' | 'max'; args: Node[] }
  | { kind: 'group'; body: Node }
  | { kind: 'power'; base: Node; exponent: Node }
  | { kind: 'factorial'; base: Node }
  | { kind: 'product'; factors: Node[] }
  | { kind: 'sum'; terms: Node[] };

const FUNCTIONS = new Set(['log', 'sqrt', 'min', 'max']);

class Parser {
  private index = 0;
  private readonly tokens: string[];

  constructor(text: string) {
    this.tokens = text.match(/[A-Za-z][A-Za-z0-9]*|\d+|[-+*^!(),]/g) ?? [];
    const rebuilt = this.tokens.join('');
    if (rebuilt !== text.replace(/\s+/g, '')) throw new Error(`unexpected character in "${text}"`);
  }

  parse(): Node {
    const node = this.sum();
    if (this.index !== this.tokens.length) throw new Error(`unexpected "${this.tokens[this.index]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.index];
  }

  private take(expected?: string): string {
    const token = this.tokens[this.index];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(`expected ${expected ?? 'a term'}, found ${token ?? 'the end'}`);
    }
    this.index++;
    return token;
  }

  private sum(): Node {
    const terms = [this.product()];
    while (this.peek() === '+') {
      this.take('+');
      terms.push(this.product());
    }
    return terms.length === 1 ? (terms[0] as Node) : { kind: 'sum', terms };
  }

  private product(): Node {
    const factors = [this.power()];
    for (;;) {
      if (this.peek() === '*') {
        this.take('*');
        factors.push(this.power());
      } else if (this.peek() === 'log') {
        factors.push(this.power());
      } else break;
    }
    return factors.length === 1 ? (factors[0] as Node) : { kind: 'product', factors };
  }

  private power(): Node {
    let base = this.primary();
    if (this.peek() === '^') {
      this.take('^');
      base = { kind: 'power', base, exponent: this.primary() };
    }
    if (this.peek() === '!') {
      this.take('!');
      base = { kind: 'factorial', base };
    }
    return base;
  }

  private primary(): Node {
    const token = this.take();
    if (token === '(') {
      const body = this.sum();
      this.take(')');
      return { kind: 'group', body };
    }
    if (FUNCTIONS.has(token)) {
      const name = token as 'log' | 'sqrt' | 'min' | 'max';
      if (name === 'log' && this.peek() !== '(') return { kind: 'call', name, args: [this.power()] };
      this.take('(');
      const args = [this.sum()];
      while (this.peek() === ',') {
        this.take(',');
        args.push(this.sum());
      }
      this.take(')');
      return { kind: 'call', name, args };
    }
    // "nlogn" would otherwise read as one name and pass as canonical.
    if (/^[A-Za-z0-9]+$/.test(token) && !/.(?:log|sqrt)|^(?:log|sqrt)./i.test(token)) {
      return { kind: 'atom', text: token };
    }
    throw new Error(`unexpected "${token}"`);
  }
}

function print(node: Node): string {
  switch (node.kind) {
    case 'atom':
      return node.text;
    case 'group':
      return `(${print(node.body)})`;
    case 'power':
      return `${print(node.base)}^${print(node.exponent)}`;
    case 'factorial':
      return `${print(node.base)}!`;
    case 'sum':
      return node.terms.map(print).join(' + ');
    case 'product':
      return node.factors
        .map(
          (factor, i) =>
            (i === 0 ? '' : factor.kind === 'call' && factor.name === 'log' ? ' ' : ' * ') + print(factor),
        )
        .join('');
    case 'call': {
      const [first] = node.args;
      if (node.name === 'log' && node.args.length === 1 && first?.kind === 'atom') return `log ${first.text}`;
      return `${node.name}(${node.args.map(print).join(', ')})`;
    }
  }
}

/** `O(...)` in canonical spelling, or null when `text` is not big-O notation this grammar reads. */
export function canonicalComplexity(text: string): string | null {
  const match = /^\s*O\s*\((.*)\)\s*$/.exec(text);
  if (!match?.[1]?.trim()) return null;
  try {
    return `O(${print(new Parser(match[1]).parse())})`;
  } catch {
    return null;
  }
}

export function isCanonicalComplexity(text: string): boolean {
  return canonicalComplexity(text) === text;
}

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
    case 'call': {
      const args = node.args.map((arg) => stepsIn(arg, values));
      if (node.name === 'log') return Math.max(1, Math.log2(Math.max(2, args[0] ?? 2)));
      if (node.name === 'sqrt') return Math.sqrt(args[0] ?? 0);
      return node.name === 'min' ? Math.min(...args) : Math.max(...args);
    }
  }
}

/**
 * The number of steps a complexity stands for at the given sizes (log is log2, at least 1), or
 * null when it is not notation this grammar reads or names a letter with no value.
 */
export function stepsOf(text: string, values: Readonly<Record<string, number>>): number | null {
  const match = /^\s*O\s*\((.*)\)\s*$/.exec(text);
  if (!match?.[1]?.trim()) return null;
  try {
    return stepsIn(new Parser(match[1]).parse(), values);
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
      const [p, q] = [stepsOf(x, values), stepsOf(y, values)];
      return p !== null && q !== null && Math.abs(p - q) <= 1e-9 * Math.max(Math.abs(p), Math.abs(q));
    }),
  );
}
