import { readFileSync } from 'node:fs';
import { analyze, contextFromText } from '@/lib/coach';
import { loadDesignCases } from '@/lib/coach/job/design-cases/node';
import { contextForCoach } from '@/lib/coach/page';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { PageContext } from '@/lib/extract/context';
import { parsePage } from './parse';

const USAGE = 'usage: npm run -s coach -- --url <URL> <file.html> | --text <file.txt>';

/**
 * The knowledge the panel loads lazily, read from its directories: the problem library's entry for
 * a problem page, and the design cases' index for a posting.
 */
function optionsFor(context: PageContext) {
  return {
    designCases: loadDesignCases().index,
    library: context.kind === 'problem' ? loadLibrary().match(context) : null,
  };
}

/** `npm run -s coach`: prints `{context, analysis}` for a saved page or a pasted text as one JSON object. */
function main(args: string[]): string {
  const urlAt = args.indexOf('--url');
  const textAt = args.indexOf('--text');
  if (textAt >= 0) {
    const file = args[textAt + 1];
    if (!file) throw new Error(USAGE);
    const context = contextFromText(readFileSync(file, 'utf8'));
    const analysis = analyze(context, optionsFor(context))?.analysis ?? null;
    return JSON.stringify({ context, analysis }, null, 2);
  }
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((arg, index) => !arg.startsWith('--') && index !== urlAt + 1);
  if (!url || !file) throw new Error(USAGE);
  if (!URL.canParse(url)) throw new Error(`not a URL: ${url}`);
  const context = contextForCoach(parsePage(readFileSync(file, 'utf8')), url);
  const analysis = analyze(context, optionsFor(context))?.analysis ?? null;
  return JSON.stringify({ context, analysis }, null, 2);
}

try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`coach: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
