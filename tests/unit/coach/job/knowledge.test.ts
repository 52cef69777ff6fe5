import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalSkill, SKILL_GROUPS, TAXONOMY } from '@/lib/coach/job';
import { COMPETENCIES } from '@/lib/coach/job/knowledge/competencies';
import { TRACK_LOOPS } from '@/lib/coach/job/knowledge/loops';
import { STAR_PROMPTS } from '@/lib/coach/job/knowledge/prompts';
import { TECHNOLOGIES } from '@/lib/coach/job/taxonomy';
import { DESIGN_KINDS, TRACKS } from '@/lib/coach/job/tracks';

describe('taxonomy', () => {
  it('has at least 150 technologies, every group populated', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(150);
    for (const group of SKILL_GROUPS) {
      expect(
        TECHNOLOGIES.some((technology) => technology.group === group),
        group,
      ).toBe(true);
    }
  });

  it('keeps every spelling unique across technologies, ignoring case', () => {
    const owner = new Map<string, string>();
    for (const technology of TECHNOLOGIES) {
      const forms = new Set(
        [technology.name, ...(technology.aliases ?? []), ...(technology.exact ?? [])].map((form) =>
          form.toLowerCase(),
        ),
      );
      for (const form of forms) {
        expect(owner.get(form), `"${form}" of ${technology.name}`).toBeUndefined();
        owner.set(form, technology.name);
      }
    }
  });

  it('resolves every name and alias to its canonical name', () => {
    for (const technology of TECHNOLOGIES) {
      for (const form of [technology.name, ...(technology.aliases ?? []), ...(technology.exact ?? [])]) {
        expect(canonicalSkill(form), form).toBe(technology.name);
      }
    }
  });

  it('keeps guards and context rules on short, ambiguous names only', () => {
    for (const technology of TECHNOLOGIES) {
      if (technology.needsContext || technology.notBefore || technology.notAfter) {
        expect(technology.exact?.length ?? 0, technology.name).toBeGreaterThan(0);
      }
    }
  });

  it('keeps each data module under 300 lines', () => {
    const root = new URL('../../../../lib/coach/job/', import.meta.url);
    for (const folder of ['', 'taxonomy/', 'knowledge/', 'design-cases/']) {
      for (const file of readdirSync(new URL(folder, root)).filter((name) => name.endsWith('.ts'))) {
        const lines = readFileSync(new URL(folder + file, root), 'utf8').split('\n').length;
        expect(lines, folder + file).toBeLessThan(300);
      }
    }
  });
});

describe('taxonomy groups', () => {
  it('lists groups in the same order as the taxonomy', () => {
    expect(TAXONOMY.map((group) => group.group)).toEqual([...SKILL_GROUPS]);
  });
});

describe('track loops', () => {
  it('gives every engineering track a design round of a design kind, and a specialist round that says what it covers', () => {
    for (const track of TRACKS.filter(
      (candidate) => candidate !== 'management' && candidate !== 'non-engineering',
    )) {
      const loop = TRACK_LOOPS[track as keyof typeof TRACK_LOOPS];
      expect(DESIGN_KINDS, track).toContain(loop.designKind);
      expect(loop.designCovers.length, track).toBeGreaterThanOrEqual(2);
      if (loop.specialist) expect(loop.specialist.covers.length, track).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('STAR prompts', () => {
  it('duplicates no prompt', () => {
    expect(new Set(STAR_PROMPTS.map((prompt) => prompt.id)).size).toBe(STAR_PROMPTS.length);
    expect(new Set(STAR_PROMPTS.map((prompt) => prompt.question.toLowerCase())).size).toBe(
      STAR_PROMPTS.length,
    );
  });

  it('gives every competency a prompt for any level, with all four STAR parts written', () => {
    for (const competency of COMPETENCIES) {
      expect(
        STAR_PROMPTS.some((prompt) => prompt.competency === competency && prompt.audience === 'any'),
      ).toBe(true);
    }
    for (const prompt of STAR_PROMPTS) {
      for (const part of [prompt.situation, prompt.task, prompt.action, prompt.result]) {
        expect(part.length, prompt.id).toBeGreaterThan(15);
      }
    }
  });

  it('lets a role outside engineering and a manager answer every competency', () => {
    for (const competency of COMPETENCIES) {
      expect(
        STAR_PROMPTS.some((prompt) => prompt.competency === competency && !prompt.engineering),
        competency,
      ).toBe(true);
    }
    for (const competency of ['hiring', 'mentoring', 'prioritisation'] as const) {
      expect(
        STAR_PROMPTS.some((prompt) => prompt.competency === competency && prompt.audience === 'manager'),
        competency,
      ).toBe(true);
    }
  });
});
