import { isObject, type JsonObject, parseJson, squash, str } from '../dom';
import { decodeEntities, descriptionElement } from './body';
import { employmentType, type JobFields, locationText, salaryText, toArray } from './fields';

function isJobPosting(node: JsonObject): boolean {
  return toArray(node['@type']).some((type) => /(^|[/:])JobPosting$/.test(str(type)));
}

/**
 * The page's schema.org JobPosting. Read here rather than with the shared JSON-LD reader because
 * boards ship raw newlines inside strings (invalid JSON): a second attempt blanks control characters.
 */
export function findJobPosting(doc: Document): JsonObject | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    const data = parseJson(text) ?? parseJson(text.replace(/[\n\r\t\f\v]+/g, ' '));
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
