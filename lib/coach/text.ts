import type { Example, JobContext, ProblemContext } from '@/lib/extract/context';

/**
 * Pasted text (or a page no extractor knows) turned into a context, so the same analysis runs.
 * Which kind it is comes from vocabulary: statements talk about input, output and bounds,
 * postings about roles, experience and benefits.
 */
const PROBLEM_WORDS =
  /\b(?:return|input|output|constraints?|example|given an?|array|integer|string|test cases?|print|<=|≤|10\^\d)\b|<=|≤/gi;
const JOB_WORDS =
  /\b(?:responsibilities|requirements|qualifications|experience|years|team|role|salary|benefits|apply|hiring|candidate|we are|you will|you'll|engineer|remote|hybrid|equal opportunity)\b/gi;

export function looksLikeJob(text: string): boolean {
  const problem = text.match(PROBLEM_WORDS)?.length ?? 0;
  const job = text.match(JOB_WORDS)?.length ?? 0;
  return job > problem * 1.2;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function idFor(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `pasted-${(hash >>> 0).toString(36)}`;
}

const BOUND = /(?:<=|≤|>=|≥|\\le|\\ge|in the range \[)/;
const HEADING = /^(?:constraints?|examples?|example \d+|input|output|notes?|hints?|explanation)\s*:?$/i;

function examplesOf(text: string): Example[] {
  const examples: Example[] = [];
  const pattern = /Input:?\s*([\s\S]*?)\n?\s*Output:?\s*([^\n]*)(?:\n\s*Explanation:?\s*([^\n]*))?/gi;
  for (const match of text.matchAll(pattern)) {
    const example: Example = { input: (match[1] ?? '').trim(), output: (match[2] ?? '').trim() };
    if (match[3]) example.explanation = match[3].trim();
    if (example.input || example.output) examples.push(example);
  }
  return examples;
}

export function problemFromText(text: string, url = 'about:blank'): ProblemContext {
  const all = lines(text);
  const title = all.find((line) => !HEADING.test(line))?.slice(0, 120) ?? 'Pasted problem';
  const hints = all
    .filter((line) => /^hint\s*\d*\s*:/i.test(line))
    .map((line) => line.replace(/^hint\s*\d*\s*:\s*/i, ''));
  return {
    kind: 'problem',
    site: 'generic',
    url,
    id: idFor(text),
    title,
    statement: all.filter((line) => !/^hint\s*\d*\s*:/i.test(line)).join('\n'),
    examples: examplesOf(text),
    constraints: all.filter((line) => BOUND.test(line) && /\d/.test(line) && line.length < 160),
    tags: [],
    hints,
    source: 'text',
  };
}

function section(all: string[], heading: RegExp): string[] {
  const start = all.findIndex((line) => heading.test(line) && line.length < 80);
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of all.slice(start + 1)) {
    if (line.length < 60 && /:$/.test(line) && !/^[-•*]/.test(line)) break;
    if (!/^[-•*·]\s*/.test(line) && items.length > 0 && line.length < 60) break;
    items.push(line.replace(/^[-•*·]\s*/, ''));
  }
  return items;
}

export function jobFromText(text: string, url = 'about:blank'): JobContext {
  const all = lines(text);
  return {
    kind: 'job',
    site: 'generic',
    url,
    id: idFor(text),
    title: all[0]?.slice(0, 120) ?? 'Pasted posting',
    company: '',
    description: all.join('\n'),
    requirements: section(
      all,
      /requirements|qualifications|what you(?:'|’)?ll bring|you have|about you|must have/i,
    ),
    responsibilities: section(all, /responsibilities|what you(?:'|’)?ll do|the role|your impact/i),
    niceToHave: section(all, /nice to have|bonus|preferred|plus/i),
    source: 'text',
  };
}
