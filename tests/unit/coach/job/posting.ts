import type { JobContext } from '@/lib/extract/context';

/** A job context as an extractor would produce it, with only the fields a test cares about set. */
export function posting(fields: Partial<JobContext> = {}): JobContext {
  return {
    kind: 'job',
    site: 'generic',
    url: 'https://example.com/jobs/1',
    id: '1',
    title: 'Software Engineer',
    company: 'Acme',
    description: '',
    requirements: [],
    responsibilities: [],
    niceToHave: [],
    source: 'test',
    ...fields,
  };
}

export const MONDAY = new Date(2025, 2, 3);
