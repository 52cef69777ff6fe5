import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  raw: number;
  gzip: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
/** `import(`./chunk.js`)` as Rolldown writes a lazy import (any quote). */
const LAZY_IMPORT = /\bimport\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g;

/**
 * A script and every chunk it imports statically; with `lazyChunks`, also the lazy `import()`
 * chunks whose file name starts with one of them, and what those import in turn.
 */
function closure(
  outDir: string,
  entry: string,
  seen: Set<string>,
  lazyChunks: readonly string[],
): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(outDir, entry), 'utf8');
  const resolve = (spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(entry), spec));
  for (const match of code.matchAll(STATIC_IMPORT))
    closure(outDir, resolve(match[1] as string), seen, lazyChunks);
  for (const match of code.matchAll(LAZY_IMPORT)) {
    const spec = match[1] as string;
    if (lazyChunks.some((name) => path.posix.basename(spec).startsWith(`${name}-`))) {
      closure(outDir, resolve(spec), seen, lazyChunks);
    }
  }
  return seen;
}

/**
 * What a page or script loads before first paint, its scripts and stylesheets, raw and gzipped
 * (per file, summed); with `lazyChunks` (chunk names such as "coach"), plus the scripts it loads
 * lazily to show those.
 */
export function bundleSize(outDir: string, entry: string, lazyChunks: readonly string[] = []): BundleSize {
  let scripts: string[];
  const files = new Set<string>();
  if (entry.endsWith('.html')) {
    const html = readFileSync(path.join(outDir, entry), 'utf8');
    scripts = [
      ...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g),
      ...html.matchAll(/<link[^>]+modulepreload[^>]+href="\/?([^"]+)"/g),
    ].map((m) => m[1] as string);
    for (const [, sheet] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+)"/g)) {
      files.add(sheet as string);
    }
  } else {
    scripts = [entry];
  }
  for (const script of scripts) closure(outDir, script, files, lazyChunks);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(path.join(outDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: [...files], raw, gzip };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
