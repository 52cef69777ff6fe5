import { parseHTML } from 'linkedom';

/** A document parsed the way the tests and the CLI see pages. */
export function page(html: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** A page whose head holds the given JSON-LD script bodies. */
export function withJsonLd(...scripts: string[]): Document {
  const head = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`).document;
}
