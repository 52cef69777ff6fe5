import { isObject, type JsonObject, parseJson, squash, str } from '../dom';
import { decodeEntities, descriptionElement } from './body';
import { employmentType, type JobFields, locationText, salaryText, toArray } from './fields';

function isJobPosting(node: JsonObject): boolean {
  return toArray(node['@type']).some((type) => /(^|[/:])JobPosting$/.test(str(type)));
}

/** Raw line breaks and tabs inside JSON strings (invalid, yet common in JSON-LD) escaped. */
export function escapeRawControls(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (inString && ch === '\\') {
      out += ch + (json[++i] ?? '');
      continue;
    }
    if (ch === '"') inString = !inString;
    if (inString && ch === '\n') out += '\\n';
    else if (inString && ch === '\t') out += '\\t';
    else if (!(inString && ch === '\r')) out += ch;
  }
  return out;
}

/**
 * The page's schema.org JobPosting. Read here rather than with the shared JSON-LD reader because
 * boards ship raw line breaks inside strings: a second attempt escapes them, keeping the lines.
 */
export function findJobPosting(doc: Document): JsonObject | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    const data = parseJson(text) ?? parseJson(escapeRawControls(text));
    const stack = toArray(data);
    for (let seen = 0; stack.length && seen < 200; seen++) {
      const node = stack.shift();
      if (Array.isArray(node)) stack.push(...node);
      else if (isObject(node)) {
        if (isJobPosting(node)) return node;
        if (node['@graph']) stack.push(node['@graph']);
      }
    }
  }
  return undefined;
}

function identifier(value: unknown): string {
  const first = toArray(value)[0];
  return isObject(first) ? str(first.value) || str(first['@id']) : str(first);
}

/** Everything a JobPosting says, in the form the job context wants. */
export function jsonLdFields(doc: Document, posting = findJobPosting(doc)): JobFields {
  if (!posting) return {};
  const org = toArray(posting.hiringOrganization)[0];
  const text = (value: unknown) => squash(decodeEntities(doc, str(value)));
  return {
    id: identifier(posting.identifier),
    title: text(posting.title),
    company: text(isObject(org) ? org.name : org),
    location: locationText(posting),
    employmentType: employmentType(posting.employmentType),
    salary: salaryText(posting.baseSalary ?? posting.estimatedSalary),
    body: descriptionElement(doc, str(posting.description)),
  };
}
