import { formatBound } from './complexity';
import { type ConstraintFacts, collectionName } from './constraints';
import { isElementValue, isLinkOrOperationCount, linkOrOperation } from './counts';
import type { Trap } from './knowledge/traps';
import { overflowTrap } from './overflow';
import { escaped } from './query-kinds';
import { statedTraps } from './stated-traps';
import type { InputKind, TechniqueId } from './types';

/**
 * What a parameter of 0 means, read from the role the statement gives it: a slack ("at most k",
 * "up to k") that then allows none, a repetition ("k times", "by k places") that then moves nothing
 * and past one cycle wraps round, an amount each listed operation carries that then changes
 * nothing. Where the statement gives it none of these there is no line: the answer at 0 is no more
 * "usually empty" than it is the input unchanged, and "k may be 0" alone tells the reader nothing.
 */
export function zeroParameterLine(k: string, body: string): string | undefined {
  const name = escaped(k);
  const slack = new RegExp(String.raw`\b(at most|up to|no more than|not more than|within) ${name}\b`).exec(
    body,
  );
  // Quoted in the page's letter: the body is lower-cased, the name is not.
  if (slack) return `${k} = 0, where "${slack[1]} ${k}" leaves no slack at all`;
  if (
    new RegExp(String.raw`\b${name} times\b|\bby ${name} (?:places|positions|steps|cells|spots)\b`).test(body)
  )
    return `${k} = 0, where nothing moves, and ${k} past one full cycle, where the moves come round again`;
  if (new RegExp(String.raw`\b(?:next|following) \w+ lines\b[^.]{0,60}\b${name}\b`).test(body))
    return `${k} = 0 in an operation, which then changes nothing`;
  return undefined;
}

/** Cases the bounds themselves point at: empty input, one element, negatives, overflow, k at its ends. */
export function casesFromBounds(
  facts: ConstraintFacts,
  body: string,
  kinds: readonly InputKind[],
  lead: TechniqueId | undefined,
): Trap[] {
  const traps: Trap[] = [];
  const name = collectionName(facts);
  const sizes = facts.variables.filter((v) => (v.role === 'size' || v.role === 'dimension') && !v.boundedBy);
  // The main collection empty is an empty input; a count of links or operations at 0 (no edges,
  // no queries), or one list empty while another is promised, is a case of its own.
  const items = sizes.filter((v) => !isLinkOrOperationCount(facts, v, body));
  const main = (items.length > 0 ? items : sizes).reduce<(typeof sizes)[number] | undefined>(
    (best, v) => (best && (best.upper ?? 0) >= (v.upper ?? 0) ? best : v),
    undefined,
  );
  for (const v of sizes.filter((size) => size.lower === 0)) {
    const name = v.names[0] ?? '';
    const othersPromised = sizes.some((other) => other !== v && (other.lower ?? 0) >= 1);
    const noun =
      facts.usage.nouns.get(name.toLowerCase())?.find((word) => word !== 'lines') ??
      /^([a-z]\w*)\.(?:length|size)/i.exec(name)?.[1] ??
      linkOrOperation(facts, v, body);
    if (v === main && !othersPromised)
      traps.push({ text: `Empty input: ${name} can be 0`, unless: ['non-empty'] });
    else traps.push({ text: noun ? `${name} can be 0: no ${noun} at all` : `${name} can be 0` });
  }
  // One element is possible only where the collection's own bound allows it: "1 <= n" beside
  // "2 <= logs.length" speaks of something else.
  const own = name
    ? sizes.find((v) => v.names.some((n) => n.toLowerCase() === `${name.toLowerCase()}.length`))
    : undefined;
  if (
    !sizes.some((v) => v.lower === 0) &&
    (own ? own.lower === 1 : sizes.some((v) => v.lower === 1)) &&
    name &&
    kinds[0] === 'array'
  )
    traps.push({ text: `A single element in ${name}`, unless: ['min-two'] });
  const elements = facts.variables.filter(isElementValue);
  const negative = elements.find((v) => (v.lower ?? 0) < 0);
  if (negative) {
    traps.push({
      text: `Negative values (${negative.names[0]} can be as low as ${formatBound(negative.lower ?? 0)})`,
      unless: ['non-negative', 'positive'],
    });
  }
  if (
    elements.some((v) => (v.lower ?? 1) <= 0 && (v.upper ?? 0) >= 0) &&
    // "Multiple answers" is no multiplication.
    // "Divided into pairs" shares items out; it divides no value.
    /\bproducts?\b|\bmultipl(?:y|ies|ied|ying|ication)\b|\bdivi(?:de|des|ded|ding)\b(?! (?:\w+ ){0,3}into\b)|\bdivision\b/.test(
      body,
    )
  ) {
    traps.push({ text: 'Zeros, which wipe out a product or break a division', unless: ['positive'] });
  }
  const overflow = overflowTrap(facts, body, lead === 'shortest-path');
  if (overflow) traps.push(overflow);
  const parameter = facts.variables.find((v) => v.role === 'param' && v.lower !== undefined);
  const k = parameter?.names[0];
  if (parameter?.boundedBy) {
    traps.push({
      text: `${k} at both ends of its range: ${k} = ${parameter.lower} and ${k} = ${parameter.boundedTo ?? parameter.boundedBy}`,
    });
  } else if (parameter?.lower === 0 && k) {
    const zero = zeroParameterLine(k, body);
    if (zero) traps.push({ text: zero });
  }
  traps.push(...statedTraps(body));
  // A formula keeps nothing from one test to the next, and a table it precomputes (a sieve, the
  // factorials) is shared by every test: clearing it would be the mistake.
  if (facts.multiTest && lead !== 'math')
    traps.push({ text: 'Many test cases: reset every table and counter between them' });
  return traps;
}
