import { parseHTML } from 'linkedom';

/**
 * A saved page as a browser would parse it. A saved fragment (a statement copied on its own) gets
 * the <html> and <body> a browser puts around it: linkedom would otherwise make its first element
 * the document element, and a reader looking for the body would read something else.
 */
export function parsePage(html: string): Document {
  const whole = /<html[\s>]|<body[\s>]/i.test(html.slice(0, 5000));
  const { document } = parseHTML(
    whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
  );
  return document as unknown as Document;
}
