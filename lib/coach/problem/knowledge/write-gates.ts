/**
 * Writes gates.json: for each trigger (by its feature name, the hash of its pattern) the words any
 * match of its pattern holds, as all-of and any-of groups (gate-words.ts). Run after changing a trigger's pattern:
 *   npx tsx lib/coach/problem/knowledge/write-gates.ts
 * A trigger missing from the file is matched with no gate, so a stale file is slower, never wrong;
 * the trigger-gates test fails until it is rewritten.
 */

import { writeJson } from '../write-json';
import { type Gate, gateOf } from './gate-words';
import { TRIGGERS, triggerFeature } from './index';

export function gatesOfTriggers(): Record<string, Gate> {
  const entries = TRIGGERS.flatMap((trigger) => {
    const gate = gateOf(trigger.pattern);
    return gate ? [[triggerFeature(trigger), gate] as const] : [];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const out = new URL('./gates.json', import.meta.url).pathname;
  writeJson(out, gatesOfTriggers());
  process.stderr.write(`wrote ${out}\n`);
}
