import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DesignCase } from '@/lib/coach/job/design-cases/schema';
import { technology } from '@/lib/coach/job/taxonomy';

const DIR = 'lib/coach/job/design-cases/cases';
const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();
const cases = files.map((file) => ({
  file,
  raw: JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as unknown,
}));

describe('the design-case library', () => {
  it('holds only JSON cases, the four reviewed first among them', () => {
    expect(readdirSync(DIR).filter((file) => !file.endsWith('.json'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'collaborative-editor.json',
        'payments-ledger.json',
        'recommendations.json',
        'scaling-a-team.json',
      ]),
    );
  });

  it.each(cases)('$file parses, is named by its id and names only known skills', ({ file, raw }) => {
    const parsed = z.safeParse(DesignCase, raw);
    expect(parsed.error?.issues ?? []).toEqual([]);
    if (!parsed.success) return;
    const designCase = parsed.data;
    expect(`${designCase.id}.json`).toBe(file);
    for (const skill of designCase.stack) expect(technology(skill)?.name).toBe(skill);
    // A dive is offered for the stack the case hosts; a skill only a dive names would never select it.
    for (const dive of designCase.deepDives) {
      for (const skill of dive.stack ?? []) expect(designCase.stack).toContain(skill);
    }
    // Each level the case is offered at says what that level should reach, and no other level does.
    expect(Object.keys(designCase.levelNotes).sort()).toEqual([...designCase.levels].sort());
    expect(new Set(designCase.levels).size).toBe(designCase.levels.length);
  });

  it('gives every case its own id and title', () => {
    const parsed = cases.map(({ raw }) => z.parse(DesignCase, raw));
    expect(new Set(parsed.map((c) => c.id)).size).toBe(parsed.length);
    expect(new Set(parsed.map((c) => c.title)).size).toBe(parsed.length);
  });
});
