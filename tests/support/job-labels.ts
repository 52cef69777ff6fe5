import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeJob, type JobAnalysis, type RoundKind } from '@/lib/coach/job';
import { loadDesignCases } from '@/lib/coach/job/design-cases/node';
import { canonicalSkill } from '@/lib/coach/job/taxonomy';
import { DESIGN_KINDS } from '@/lib/coach/job/tracks';
import { contextForCoach } from '@/lib/coach/page';

const DIR = 'tests/fixtures/coach/jobs';
/** A Monday, so plans and their weeks read the same on every run. */
const TODAY = new Date(2025, 0, 6);

/** A posting's hand labels (format: tests/fixtures/coach/jobs/README.md). */
export interface PostingLabels {
  url: string;
  seniority: string;
  skills: string[];
  track: string;
  designRound: boolean;
  statedRounds: RoundKind[];
  noRounds: RoundKind[];
  why: string;
}

export interface JobCoachFigures {
  total: number;
  read: number;
  trackAccuracy: number;
  statedRecall: number;
  seniorityAccuracy: number;
  skillsPrecision: number;
  skillsRecall: number;
  /** Postings whose loop has a design round and that got at least three design cases. */
  designCaseCoverage: number;
  meanMs: number;
  misses: { track: string[]; stated: string[]; nonEngineering: string[]; design: string[] };
}

export function labelledPostings(): { name: string; html: string; labels: PostingLabels }[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.labels.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.labels\.json$/, '');
      return {
        name,
        html: readFileSync(path.join(DIR, `${name}.html`), 'utf8'),
        labels: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as PostingLabels,
      };
    });
}

const skillKey = (skill: string) => (canonicalSkill(skill) ?? skill).toLowerCase();

/**
 * The job coach measured on the labelled postings: the gates (track, stated rounds, no coding or
 * design outside engineering, no design round where the loop has none) and the older figures.
 */
export function measureJobCoach(): JobCoachFigures {
  const { index } = loadDesignCases();
  const all = labelledPostings();
  const misses: JobCoachFigures['misses'] = { track: [], stated: [], nonEngineering: [], design: [] };
  let read = 0;
  let trackRight = 0;
  let seniorityRight = 0;
  let statedWanted = 0;
  let statedFound = 0;
  let skillsTrue = 0;
  let skillsPredicted = 0;
  let skillsWanted = 0;
  let designLoops = 0;
  let designCovered = 0;
  let elapsed = 0;
  for (const { name, html, labels } of all) {
    const { document } = parseHTML(html);
    const context = contextForCoach(document as unknown as Document, labels.url);
    statedWanted += labels.statedRounds.length;
    skillsWanted += labels.skills.length;
    if (context.kind !== 'job') continue;
    read++;
    const started = performance.now();
    const analysis: JobAnalysis = analyzeJob(context, { today: TODAY, designCases: index });
    elapsed += performance.now() - started;

    if (analysis.track === labels.track) trackRight++;
    else misses.track.push(`${name}: ${analysis.track}, labelled ${labels.track}`);
    if (analysis.seniority === labels.seniority) seniorityRight++;
    const fromPosting = new Set(
      analysis.rounds.filter((round) => round.source === 'posting').map((round) => round.kind),
    );
    const missing = labels.statedRounds.filter((kind) => !fromPosting.has(kind));
    statedFound += labels.statedRounds.length - missing.length;
    if (missing.length > 0) misses.stated.push(`${name}: missed ${missing.join(', ')}`);
    const kinds = analysis.rounds.map((round) => round.kind);
    const design = kinds.filter((kind) => DESIGN_KINDS.includes(kind));
    if (labels.track === 'non-engineering' && (kinds.includes('coding') || design.length > 0))
      misses.nonEngineering.push(`${name}: ${kinds.join(', ')}`);
    if (!labels.designRound && design.length > 0) misses.design.push(`${name}: ${design.join(', ')}`);
    if (design.length > 0) {
      designLoops++;
      if (analysis.designCases.length >= 3) designCovered++;
    }
    const wanted = new Set(labels.skills.map(skillKey));
    const got = new Set(analysis.skills.map(skillKey));
    skillsTrue += [...got].filter((skill) => wanted.has(skill)).length;
    skillsPredicted += got.size;
  }
  return {
    total: all.length,
    read,
    trackAccuracy: trackRight / all.length,
    statedRecall: statedFound / Math.max(1, statedWanted),
    seniorityAccuracy: seniorityRight / all.length,
    skillsPrecision: skillsTrue / Math.max(1, skillsPredicted),
    skillsRecall: skillsTrue / Math.max(1, skillsWanted),
    designCaseCoverage: designCovered / Math.max(1, designLoops),
    meanMs: elapsed / Math.max(1, read),
    misses,
  };
}
