/**
 * The big-O notation every library entry (and the coach) writes in, so that two spellings of one
 * bound never disagree in a comparison: `O(n log n)`, `O(m * n)`, `O((n + m) log n)`,
 * `O(log(m + n))`, `O(n * 2^n)`, `O(V + E)`, `O(amount * coins)`.
 *
 * Rules: ` + ` between terms; ` * ` between factors, except that a factor may be followed by
 * `log …` with a single space (`n log n`); `log x` for a name or number, `log(…)` for anything
 * longer; `^` with no spaces; `sqrt(…)`, `min(a, b)`, `max(a, b)`; names are words or letters.
 */

export type Node =
  | { kind: 'atom'; text: string }
  | { kind: 'call'; name: 'log' | 'sqrt' | 'min' | 'max'; args: Node[] }
  | { kind: 'group'; body: Node }
  | { kind: 'power'; base: Node; exponent: Node }
  | { kind: 'factorial'; base: Node }
  | { kind: 'product'; factors: Node[] }
  | { kind: 'inverse'; body: Node }
  | { kind: 'sum'; terms: Node[] };

export const FUNCTIONS = new Set(['log', 'sqrt', 'min', 'max']);

class Parser {
  private index = 0;
  private readonly tokens: string[];

  constructor(text: string) {
    this.tokens = text.match(/[A-Za-z][A-Za-z0-9]*|\d+|[-+*/^!(),]/g) ?? [];
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
      } else if (this.peek() === '/') {
        // A meet-in-the-middle bound halves an exponent: `2^(n / 2)`.
        this.take('/');
        factors.push({ kind: 'inverse', body: this.power() });
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
            (i === 0
              ? ''
              : (factor.kind === 'call' && factor.name === 'log') || factor.kind === 'inverse'
                ? ' '
                : ' * ') + print(factor),
        )
        .join('');
    case 'inverse':
      return `/ ${print(node.body)}`;
    case 'call': {
      const [first] = node.args;
      if (node.name === 'log' && node.args.length === 1 && first?.kind === 'atom') return `log ${first.text}`;
      return `${node.name}(${node.args.map(print).join(', ')})`;
    }
  }
}

/** `O(...)` in canonical spelling, or null when `text` is not big-O notation this grammar reads. */
export function canonicalComplexity(text: string): string | null {
  const node = parsed(text);
  return node ? `O(${print(node)})` : null;
}

export function isCanonicalComplexity(text: string): boolean {
  return canonicalComplexity(text) === text;
}

/** The expression inside `O(...)`, or null when it is not notation this grammar reads. */
export function parsed(text: string): Node | null {
  const match = /^\s*O\s*\((.*)\)\s*$/.exec(text);
  if (!match?.[1]?.trim()) return null;
  try {
    return new Parser(match[1]).parse();
  } catch {
    return null;
  }
}
