/** Evaluates `2 * 10^5`, `10^9 + 7`, `2^31 - 1`, `-10^9`, `1000*(1000-1)/2`; undefined when it names a variable. */
export function evaluate(expression: string): number | undefined {
  const source = expression.replace(/\s+/g, '').replace(/\.$/, '');
  if (!/^[-+*/^().\d]+$/.test(source)) return undefined;
  let at = 0;
  const peek = () => source[at];
  // Grammar: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
  // unary := '-' unary | power; power := atom ('^' unary)?; atom := '(' sum ')' | number.
  // The minus binds looser than the power, so -10^4 is -(10^4).
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-')
      value = source[at++] === '+' ? value + product() : value - product();
    return value;
  };
  const product = (): number => {
    let value = unary();
    while (peek() === '*' || peek() === '/') value = source[at++] === '*' ? value * unary() : value / unary();
    return value;
  };
  const unary = (): number => {
    if (peek() === '-') {
      at++;
      return -unary();
    }
    return power();
  };
  const power = (): number => {
    const base = atom();
    if (peek() !== '^') return base;
    at++;
    return base ** unary();
  };
  const atom = (): number => {
    if (peek() === '(') {
      at++;
      const value = sum();
      if (peek() === ')') at++;
      return value;
    }
    const digits = /^\d+(?:\.\d+)?/.exec(source.slice(at))?.[0];
    if (!digits) return Number.NaN;
    at += digits.length;
    return Number(digits);
  };
  const value = sum();
  return at === source.length && Number.isFinite(value) ? value : undefined;
}
