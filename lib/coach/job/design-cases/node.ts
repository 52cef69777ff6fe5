import { readdirSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { caseIndexItem, type DesignCaseIndexItem } from './index-item';
import { DesignCase } from './schema';

const CASES = new URL('./cases/', import.meta.url);

export interface NodeCaseLibrary {
  readonly index: readonly DesignCaseIndexItem[];
  readonly cases: ReadonlyMap<string, DesignCase>;
}

/**
 * The design-case library for Node (the CLI, the bench, tests): every case read from the directory
 * once and validated, where the panel loads the same files lazily through Vite. A missing
 * directory is an empty library.
 */
export function loadDesignCases(dir: URL = CASES): NodeCaseLibrary {
  const cases = new Map<string, DesignCase>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return { index: [], cases };
  }
  for (const file of files.sort()) {
    const parsed = z.parse(DesignCase, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    cases.set(parsed.id, parsed);
  }
  return { index: [...cases.values()].map(caseIndexItem), cases };
}
