import { isObject, type JsonObject, readJsonScript, str, textOf, titleOf } from '../dom';
import { descriptionElement, firstOf } from '../jobs/body';
import { readJob } from '../jobs/build';
import { employmentType, employmentTypeIn, type JobFields, toArray, unique } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

const JOB_PATH = /\/jobs\/(\d+)/;

/** Apollo's normalised cache: `{"JobListing:123": {…, startup: {__ref: "Startup:9"}}}`. */
function apolloCache(doc: Document): JsonObject {
  const data = readJsonScript(doc, '#__NEXT_DATA__');
  const props = isObject(data) && isObject(data.props) ? data.props : {};
  const pageProps = isObject(props.pageProps) ? props.pageProps : {};
  const state = isObject(pageProps.apolloState) ? pageProps.apolloState : {};
  return isObject(state.data) ? state.data : state;
}

function deref(cache: JsonObject, value: unknown): JsonObject {
  if (!isObject(value)) return {};
  const key = str(value.__ref) || str(value.id);
  const target = key ? cache[key] : undefined;
  return isObject(target) ? target : value;
}

/** Apollo stores JSON scalars either as the array itself or as `{type: "json", json: [...]}`. */
function names(value: unknown): string[] {
  const list = isObject(value) ? value.json : value;
  return toArray(list).map((item) => str(isObject(item) ? item.name : item));
}

function apolloFields(doc: Document, cache: JsonObject, id: string): JobFields {
  const listing = Object.entries(cache).find(
    ([key, value]) =>
      /^JobListing/.test(key) && isObject(value) && (key.endsWith(`:${id}`) || str(value.id) === id),
  )?.[1];
  if (!isObject(listing)) return {};
  const startup = deref(cache, listing.startup ?? listing.company);
  const remote = listing.remote === true ? ['Remote'] : [];
  return {
    title: str(listing.title),
    company: str(startup.name),
    location: unique([...names(listing.locationNames), ...remote]).join('; '),
    employmentType: employmentType(listing.jobType ?? listing.employmentType),
    salary: str(listing.compensation),
    body: descriptionElement(doc, str(listing.description)),
  };
}

/** Last resort: the page's own structure, since styled-components hash every class name. */
function domFields(doc: Document): JobFields {
  const heading = firstOf(doc, ['main h1', 'h1']);
  // <title> is "<title> at <company> • <location> | Wellfound".
  const titled = /^.+ at (.+?) • (.+?) \| Wellfound$/.exec(titleOf(doc));
  // The facts row ("$1k – $2k • 1.0% – 5.0%", "Remote", "5 years of exp") sits beside the
  // heading, or right after the block that holds it.
  const wrapper = heading?.parentElement;
  const facts = [wrapper, wrapper?.nextElementSibling]
    .flatMap((block) => [...(block?.querySelectorAll('li') ?? [])])
    .map((li) => textOf(li));
  return {
    title: textOf(heading),
    company: textOf(doc.querySelector('main a[href^="/company/"]')) || titled?.[1],
    location: titled?.[2],
    employmentType: facts.map(employmentTypeIn).find(Boolean),
    salary: facts.find((fact) => /[$€£]\s?\d/.test(fact)),
    body: firstOf(doc, ['main [class*="description"]', 'main article']),
  };
}

export const wellfound: SiteExtractor = {
  id: 'wellfound',
  name: 'Wellfound',
  // The whole site: it is a single-page app, a job is often reached without a page load.
  matches: ['https://wellfound.com/*'],
  handles: (url) => /^(www\.)?wellfound\.com$/.test(url.hostname),
  pageId: (url) => JOB_PATH.exec(url.pathname)?.[1],
  extract(doc, url) {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    if (!id) return null;
    const dom = domFields(doc);
    const jsonLd = jsonLdFields(doc);
    return readJob('wellfound', url, id, [
      ['next-data', apolloFields(doc, apolloCache(doc), id)],
      // The pay as the page shows it, equity included, over the JSON-LD's bare range.
      ['json-ld', { ...jsonLd, salary: dom.salary || jsonLd.salary }],
      ['dom', dom],
    ]);
  },
  fallback: readJobFallback,
};
