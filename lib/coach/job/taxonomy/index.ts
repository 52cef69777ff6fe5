import { API } from './api';
import { BACKEND } from './backend';
import { CLOUD } from './cloud';
import { DATA } from './data';
import { DATASTORES } from './datastores';
import { FRONTEND } from './frontend';
import { INFRASTRUCTURE } from './infrastructure';
import { LANGUAGES } from './languages';
import { MESSAGING } from './messaging';
import { ML } from './ml';
import { MOBILE } from './mobile';
import { OBSERVABILITY } from './observability';
import { TESTING } from './testing';
import type { SkillGroup, Technology, TechnologyGroup } from './types';

export type { SkillGroup, Technology, TechnologyGroup } from './types';
export { SKILL_GROUPS } from './types';

export const TAXONOMY: readonly TechnologyGroup[] = [
  LANGUAGES,
  FRONTEND,
  BACKEND,
  API,
  MOBILE,
  DATASTORES,
  MESSAGING,
  CLOUD,
  INFRASTRUCTURE,
  OBSERVABILITY,
  DATA,
  ML,
  TESTING,
];

export interface TaxonomyEntry extends Technology {
  readonly group: SkillGroup;
}

export const TECHNOLOGIES: readonly TaxonomyEntry[] = TAXONOMY.flatMap(({ group, technologies }) =>
  technologies.map((technology) => ({ ...technology, group })),
);

const BY_NAME = new Map(TECHNOLOGIES.map((entry) => [entry.name, entry]));
const BY_FORM = new Map<string, TaxonomyEntry>();
for (const entry of TECHNOLOGIES) {
  for (const form of [entry.name, ...(entry.aliases ?? []), ...(entry.exact ?? [])]) {
    BY_FORM.set(form.toLowerCase(), entry);
  }
}

export function technology(name: string): TaxonomyEntry | undefined {
  return BY_NAME.get(name);
}

/**
 * The canonical name for any spelling the taxonomy knows ("k8s" → "Kubernetes"), ignoring case;
 * undefined for anything else. Lets a benchmark compare hand labels written with other spellings.
 */
export function canonicalSkill(spelling: string): string | undefined {
  return BY_FORM.get(spelling.trim().toLowerCase())?.name;
}
