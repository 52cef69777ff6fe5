import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SENIORITIES } from '@/lib/coach/job/seniority';
import { canonicalSkill } from '@/lib/coach/job/taxonomy';
import { DESIGN_KINDS, ROUND_KINDS, TRACKS } from '@/lib/coach/job/tracks';
import { contextForCoach } from '@/lib/coach/page';

const DIR = 'tests/fixtures/coach/jobs';
/** A posting's file name starts with its board; company careers pages are read as `generic`. */
const BOARD_SITE: Record<string, string> = {
  greenhouse: 'greenhouse',
  lever: 'lever',
  ashby: 'ashby',
  workday: 'workday',
  linkedin: 'linkedin',
  indeed: 'indeed',
  wellfound: 'wellfound',
  careers: 'generic',
};

interface PostingLabels {
  url: string;
  seniority: string;
  skills: string[];
  track: string;
  designRound: boolean;
  statedRounds: string[];
  noRounds: string[];
  why: string;
}

const names = readdirSync(DIR)
  .filter((file) => file.endsWith('.labels.json'))
  .map((file) => file.replace(/\.labels\.json$/, ''))
  .sort();
const labelled = names.map((name) => ({
  name,
  labels: JSON.parse(readFileSync(`${DIR}/${name}.labels.json`, 'utf8')) as PostingLabels,
}));

describe('the labelled job postings', () => {
  it('cover every track, level and board, with non-engineering roles and stated loops', () => {
    const all = labelled.map(({ labels }) => labels);
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const track of TRACKS) expect(all.filter((l) => l.track === track).length).toBeGreaterThanOrEqual(2);
    for (const level of SENIORITIES) expect(all.map((l) => l.seniority)).toContain(level);
    expect(new Set(names.map((name) => name.split('-')[0]))).toEqual(new Set(Object.keys(BOARD_SITE)));
    expect(all.filter((l) => l.track === 'non-engineering').length).toBeGreaterThanOrEqual(5);
    expect(all.filter((l) => l.statedRounds.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((l) => l.noRounds.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(labelled)('$name is labelled in the coach vocabulary, consistently', ({ labels }) => {
    expect(Object.keys(labels).sort()).toEqual(
      ['designRound', 'noRounds', 'seniority', 'skills', 'statedRounds', 'track', 'url', 'why'].sort(),
    );
    expect(SENIORITIES).toContain(labels.seniority);
    expect(TRACKS).toContain(labels.track);
    for (const kind of [...labels.statedRounds, ...labels.noRounds]) expect(ROUND_KINDS).toContain(kind);
    expect(labels.statedRounds.filter((kind) => labels.noRounds.includes(kind))).toEqual([]);
    expect(new Set(labels.statedRounds).size).toBe(labels.statedRounds.length);
    // A design round the posting states is a design round; a non-engineering role has none at all.
    if (labels.statedRounds.some((kind) => (DESIGN_KINDS as readonly string[]).includes(kind)))
      expect(labels.designRound).toBe(true);
    if (labels.track === 'non-engineering') {
      expect(labels.designRound).toBe(false);
      expect(labels.statedRounds).not.toContain('coding');
    }
    // Skills use the taxonomy's spelling when it knows the skill ("Kubernetes", never "k8s").
    for (const skill of labels.skills) expect([skill, undefined]).toContain(canonicalSkill(skill));
    expect(labels.why.length).toBeGreaterThan(30);
  });

  it.each(labelled)(
    '$name is read by its board as a job with a title, company and description',
    ({ name, labels }) => {
      const { document } = parseHTML(readFileSync(`${DIR}/${name}.html`, 'utf8'));
      const context = contextForCoach(document as unknown as Document, labels.url);
      expect(context.kind).toBe('job');
      if (context.kind !== 'job') return;
      expect(context.site).toBe(BOARD_SITE[name.split('-')[0] ?? '']);
      expect(context.source).not.toBe('text');
      expect(context.title.length).toBeGreaterThan(3);
      expect(context.company.length).toBeGreaterThan(1);
      expect(context.description.split(/\s+/).length).toBeGreaterThan(60);
    },
  );
});
