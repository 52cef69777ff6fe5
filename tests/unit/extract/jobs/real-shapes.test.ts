import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import type { JobContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

const FIXTURES = join(__dirname, '../../../fixtures');

/**
 * Postings shaped as real ones are (the headings, prose and plain text seen on the boards, one
 * a real page), labelled by hand: what each one requires. A requirement is in the right list when
 * it is among the requirements and in no other list.
 */
const POSTINGS: { page: string; requirements: string[] }[] = [
  {
    page: 'greenhouse/real-anthropic-classic',
    requirements: [
      'Have 2+ years of software engineering experience',
      'Like working on systems and tools that make other people more productive',
      'Are results-oriented, with a bias towards flexibility and impact',
      'Pick up slack, even if it goes outside your job description',
      'Enjoy pair programming (we love to pair!)',
      'Want to learn more about machine learning research',
      'Care about the societal impacts of your work',
    ],
  },
  {
    page: 'greenhouse/job-boards-good-fit',
    requirements: [
      'Have 4+ years building and operating backend systems in production',
      'Write clear, well-tested Python or Rust',
      'Have debugged latency problems across a whole request path',
      'Like owning what you ship, including the on-call that comes with it',
    ],
  },
  {
    page: 'lever/ideally-actually-do',
    requirements: [
      '3+ years writing backend services in Kotlin, Java or Go',
      'Solid SQL and a feel for data models that survive five years of change',
      'Experience with payments, ledgers or anything where money must add up',
    ],
  },
  {
    page: 'ashby/thrive-in-this-role',
    requirements: [
      'Have 8+ years of frontend engineering, several of them leading large codebases',
      'Know browser rendering well enough to explain a slow frame',
      'Care about accessibility as a requirement, not a polish step',
    ],
  },
  {
    page: 'workday/internal-location-legal-entity',
    requirements: [
      '2+ years of professional experience in C++ or C#',
      'A degree in computer science, engineering or mathematics, or equivalent experience',
      'Knowledge of computational geometry or optimisation algorithms',
      'Experience writing unit and integration tests for a desktop application',
    ],
  },
  {
    page: 'generic-job/json-ld-minimum-qualifications-inline',
    requirements: [
      "Bachelor's degree in Computer Science or equivalent practical experience.",
      '3 years of experience running Linux systems in production.',
      'Experience with one of Go, Python or Java.',
    ],
  },
  {
    page: 'generic-job/deep/careers-about-you-prose',
    requirements: [
      'You have spent five or more years building data pipelines that other teams rely on.',
      'You write production Python and SQL every day, and you have run Spark or Flink jobs at scale.',
      'You explain trade-offs clearly to people who are not engineers.',
    ],
  },
  {
    page: 'linkedin/seniority-entry-level',
    requirements: [
      'A degree in a numerate subject, or a year of hands-on data work',
      'Working Python and SQL',
      'Curiosity about how physical infrastructure fails',
    ],
  },
];

function read(page: string): JobContext | null {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${page}.expected.json`), 'utf8')) as {
    url: string;
  };
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8')), url);
  return context.kind === 'job' ? context : null;
}

function rightList(context: JobContext | null, requirements: string[]): boolean {
  if (!context) return false;
  const elsewhere = [...context.responsibilities, ...context.niceToHave];
  return requirements.every((item) => context.requirements.includes(item) && !elsewhere.includes(item));
}

describe('requirements land in the right list on real-shaped postings', () => {
  it.each(POSTINGS)('$page', ({ page, requirements }) => {
    const context = read(page);
    expect(context?.requirements).toEqual(expect.arrayContaining(requirements));
    expect([...(context?.responsibilities ?? []), ...(context?.niceToHave ?? [])]).not.toEqual(
      expect.arrayContaining([requirements[0]]),
    );
  });

  it('on at least 7 of the 8', () => {
    const right = POSTINGS.filter(({ page, requirements }) => rightList(read(page), requirements));
    expect(right.length).toBeGreaterThanOrEqual(7);
  });
});
