import { readFileSync } from 'node:fs';
import { readAsExtension } from '../extract/pipeline';
import { parsePage } from './parse';

/**
 * `npm run -s extract -- --url <URL> <file.html>`: the PageContext of a saved page as one JSON
 * object, read exactly as the extension reads it. How a contributor debugs a page and how new
 * fixtures get their expected result.
 */
const USAGE = 'usage: extract --url <URL> <file.html>';

function fail(message: string): never {
  process.stderr.write(`extract: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { url: string; file: string } {
  let url = '';
  let file = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (!file) file = arg;
    else fail(`unexpected argument ${arg}; ${USAGE}`);
  }
  if (!url || !file) fail(USAGE);
  return { url, file };
}

const { url, file } = parseArgs(process.argv.slice(2));
let href: string;
try {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol)) throw new Error();
  href = parsed.href;
} catch {
  fail(`not an http(s) URL: ${url}`);
}
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
process.stdout.write(`${JSON.stringify(readAsExtension(parsePage(html), href))}\n`);
