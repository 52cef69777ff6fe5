import { readFileSync } from 'node:fs';
import { analyze, analyzeText } from '@/lib/coach';
import { loadDesignCases } from '@/lib/coach/job/design-cases/node';
import { contextForCoach } from '@/lib/coach/page';
import { parsePage } from './parse';

const USAGE = 'usage: npm run -s coach -- --url <URL> <file.html> | --text <file.txt>';

/** `npm run -s coach`: prints `{context, analysis}` for a saved page or a pasted text as one JSON object. */
function main(args: string[]): string {
  const urlAt = args.indexOf('--url');
  const textAt = args.indexOf('--text');
  if (textAt >= 0) {
    const file = args[textAt + 1];
    if (!file) throw new Error(USAGE);
    const { context, result } = analyzeText(readFileSync(file, 'utf8'), {
      designCases: loadDesignCases().index,
    });
    return JSON.stringify({ context, analysis: result.analysis }, null, 2);
  }
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((arg, index) => !arg.startsWith('--') && index !== urlAt + 1);
  if (!url || !file) throw new Error(USAGE);
  if (!URL.canParse(url)) throw new Error(`not a URL: ${url}`);
  const context = contextForCoach(parsePage(readFileSync(file, 'utf8')), url);
  const analysis = analyze(context, { designCases: loadDesignCases().index })?.analysis ?? null;
  return JSON.stringify({ context, analysis }, null, 2);
}

try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`coach: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
