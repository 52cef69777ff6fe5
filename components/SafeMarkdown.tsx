/** Languages a coding answer is likely to use; highlight.js's full set would triple the panel. */
import bash from 'highlight.js/lib/languages/bash';
import cpp from 'highlight.js/lib/languages/cpp';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import type { AnchorHTMLAttributes } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import { boundMarkdown } from '@/lib/render/bounds';
import { safeHref } from '@/lib/render/links';
import './SafeMarkdown.css';

const LANGUAGES = { bash, cpp, go, java, javascript, json, python, rust, sql, typescript };

function ExternalLink({ href, children }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * Model output is untrusted. Raw HTML in it is never rendered (react-markdown escapes it without
 * rehype-raw), links survive only as http(s) and open in a new tab, images are not loaded, and
 * what nests deeper or runs longer than any answer should is shown as plain text (see bounds.ts).
 */
export function SafeMarkdown({ text }: { text: string }) {
  const { markdown, plain } = boundMarkdown(text);
  return (
    <div className="markdown">
      {markdown && (
        <ReactMarkdown
          skipHtml={false}
          urlTransform={safeHref}
          rehypePlugins={[[rehypeHighlight, { languages: LANGUAGES, detect: false }]]}
          components={{ a: ExternalLink, img: ({ alt }) => <span>{alt}</span> }}
        >
          {markdown}
        </ReactMarkdown>
      )}
      {plain && (
        <pre className="markdown-overflow" data-testid="markdown-overflow">
          {plain}
        </pre>
      )}
    </div>
  );
}
