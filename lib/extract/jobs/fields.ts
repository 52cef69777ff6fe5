import { isObject, type JsonObject, squash, str } from '../dom';

/** What one strategy read about a posting; the first strategy that names the job leads. */
export interface JobFields {
  id?: string;
  title?: string;
  company?: string;
  location?: string;
  employmentType?: string;
  salary?: string;
  /** The posting's body (not yet cleaned: `jobContext` clones it before removing noise). */
  body?: Element | null;
  /** A level the board states beside the description ("Entry level"), told in it as the board does. */
  level?: string;
}

export function toArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function unique(values: string[]): string[] {
  return [...new Set(values.map(squash).filter(Boolean))];
}

const EMPLOYMENT: [RegExp, string][] = [
  [/^full/, 'Full-time'],
  [/^part/, 'Part-time'],
  [/^contract/, 'Contract'],
  [/^temp/, 'Temporary'],
  [/^intern/, 'Internship'],
];

/** "FULL_TIME", "FullTime", "Full time" and "full-time" all read "Full-time"; lists joined. */
export function employmentType(value: unknown): string | undefined {
  const names = toArray(value)
    .flatMap((item) => str(item).split(/\s*[,/|]\s*/))
    .map((item) => {
      const key = item.toLowerCase().replace(/[^a-z]/g, '');
      const known = EMPLOYMENT.find(([pattern]) => pattern.test(key))?.[1];
      // Other schema.org values ("PER_DIEM", "VOLUNTEER") read as words.
      if (known || !/^[A-Z_]+$/.test(item)) return known ?? item;
      const words = item.toLowerCase().replace(/_/g, ' ');
      return words.charAt(0).toUpperCase() + words.slice(1);
    });
  return unique(names).join(', ') || undefined;
}

/** The employment type named inside free text ("Hybrid · Full-time"), if any. */
export function employmentTypeIn(text: string): string | undefined {
  const match = /\b(full[- ]?time|part[- ]?time|contract(or)?|temporary|internship)\b/i.exec(text);
  return match ? employmentType(match[0]) : undefined;
}

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const UNIT: Record<string, string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

function money(value: unknown, currency: string): string {
  const n = typeof value === 'number' ? value : Number(str(value).replace(/,/g, ''));
  const amount = Number.isFinite(n) && str(value) ? n.toLocaleString('en-US') : str(value);
  if (!amount) return '';
  const symbol = SYMBOL[currency];
  if (symbol) return `${symbol}${amount}`;
  return currency ? `${amount} ${currency}` : amount;
}

/** schema.org `baseSalary` (a MonetaryAmount, its QuantitativeValue, or plain text) as one line. */
export function salaryText(value: unknown): string | undefined {
  for (const item of toArray(value)) {
    if (!isObject(item)) {
      if (str(item)) return squash(str(item));
      continue;
    }
    const currency = str(item.currency).toUpperCase();
    const amount = isObject(item.value) ? item.value : { value: item.value, unitText: item.unitText };
    const min = money(amount.minValue, currency);
    const max = money(amount.maxValue, currency);
    const range = min && max && min !== max ? `${min} – ${max}` : min || max || money(amount.value, currency);
    if (!range) continue;
    const unit = UNIT[str(amount.unitText).toUpperCase()];
    return unit ? `${range} ${unit}` : range;
  }
  return undefined;
}

/** Whether a part of the address already names the country ("United States" for "United States of America"). */
function namesCountry(parts: string[], country: string): boolean {
  const full = country.toLowerCase();
  return parts.some((part) => {
    const name = part.trim().toLowerCase();
    return name !== '' && (name === full || full.startsWith(`${name} `) || name.startsWith(`${full} `));
  });
}

function placeText(place: unknown): string {
  if (!isObject(place)) return squash(str(place));
  const address = place.address;
  if (!isObject(address)) return squash(str(address) || str(place.name));
  const country = str(
    isObject(address.addressCountry) ? address.addressCountry.name : address.addressCountry,
  );
  const named = [str(address.addressLocality), str(address.addressRegion)];
  // Workday writes the country into the locality too ("Round Rock, Texas, United States").
  const withCountry = namesCountry(named.join(',').split(','), country) ? named : [...named, country];
  return unique(withCountry).join(', ');
}

/** schema.org `jobLocation` (one place or several) as "Berlin, Germany; Remote". */
export function locationText(posting: JsonObject): string | undefined {
  const places = unique(toArray(posting.jobLocation).map(placeText));
  const remote = toArray(posting.jobLocationType).some((type) => str(type).toUpperCase() === 'TELECOMMUTE');
  if (remote && !places.some((place) => /remote/i.test(place))) places.push('Remote');
  return places.join('; ') || undefined;
}

const PAY_RANGE =
  /[$€£¥₹]\s?\d[\d,.]*\s?[kK]?\s*(?:[-–—]|to)\s*(?:[$€£¥₹]\s?)?\d[\d,.]*\s?[kK]?(?:\s?[A-Z]{3}\b)?/;

/** The pay range inside a block of text ("…is: $176,000 - $300,000 USD"), or the block when short. */
export function payRange(text: string): string {
  return PAY_RANGE.exec(text)?.[0] ?? (text.length <= 60 ? text : '');
}

/** "at Acme" (classic Greenhouse), "Acme logo" (an image's alt) → "Acme". */
export function cleanCompany(name: string): string {
  return squash(name)
    .replace(/^at\s+/i, '')
    .replace(/\s+logo$/i, '');
}
