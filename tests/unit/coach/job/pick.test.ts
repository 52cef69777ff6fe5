import { describe, expect, it } from 'vitest';
import { analyzeJob, type DesignCaseIndexItem } from '@/lib/coach/job';
import { loadDesignCases } from '@/lib/coach/job/design-cases/node';
import { posting } from './posting';

const item = (
  fields: Partial<DesignCaseIndexItem> & Pick<DesignCaseIndexItem, 'id' | 'track'>,
): DesignCaseIndexItem => ({
  title: fields.id.replace(/-/g, ' '),
  domains: [],
  stack: [],
  levels: ['mid', 'senior', 'staff'],
  dives: [],
  ...fields,
});

/** A small library of our own: enough cases per track to choose between. */
const INDEX: readonly DesignCaseIndexItem[] = [
  item({
    id: 'ledger',
    track: 'backend',
    domains: ['payments', 'banking'],
    stack: ['PostgreSQL', 'Kafka'],
    dives: [
      { topic: 'Exactly-once postings', stack: ['Kafka'] },
      { topic: 'Reconciliation', stack: [] },
    ],
  }),
  item({ id: 'rate-limiter', track: 'backend', stack: ['Redis'] }),
  item({ id: 'notifications', track: 'backend', domains: ['messaging'] }),
  item({ id: 'job-scheduler', track: 'backend' }),
  item({ id: 'chat', track: 'backend', domains: ['messaging', 'social'] }),
  item({ id: 'news-feed', track: 'backend', domains: ['social'] }),
  item({ id: 'deploy-platform', track: 'infra', stack: ['Kubernetes'] }),
  item({ id: 'editor-client', track: 'frontend', domains: ['documents'], stack: ['React'] }),
  item({ id: 'infinite-feed', track: 'frontend', domains: ['social'] }),
  item({ id: 'design-system', track: 'frontend' }),
  item({ id: 'offline-sync', track: 'mobile', domains: ['logistics'] }),
  item({ id: 'image-feed', track: 'mobile', domains: ['social'] }),
  item({ id: 'push', track: 'mobile' }),
  item({ id: 'new-grad-url-shortener', track: 'backend', levels: ['junior'] }),
  item({ id: 'scaling-a-team', track: 'management', levels: ['manager'] }),
  item({ id: 'failing-project', track: 'management', levels: ['manager'] }),
];

const picks = (title: string, description: string) =>
  analyzeJob(posting({ title, description }), { designCases: INDEX }).designCases;

describe('design cases', () => {
  it('picks three to five cases of the track, the company’s domain and stack first, each with its why', () => {
    const chosen = picks(
      'Senior Backend Engineer',
      'Copperline runs payments for 900 platforms and their banking partners.\n\n- Build the ledger on PostgreSQL and Kafka',
    );
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    expect(chosen.length).toBeLessThanOrEqual(5);
    expect(chosen[0]?.id).toBe('ledger');
    expect(chosen[0]?.why).toMatch(/payments/);
    expect(chosen[0]?.why).toMatch(/PostgreSQL and Kafka/);
    expect(chosen[0]?.deepDives).toEqual([{ topic: 'Exactly-once postings', because: ['Kafka'] }]);
    expect(chosen.every((pick) => ['backend', 'infra'].includes(pick.track))).toBe(true);
    for (const pick of chosen) expect(pick.why.length).toBeGreaterThan(20);
  });

  it('picks by the design round: a mobile loop gets mobile cases, a frontend loop frontend ones', () => {
    expect(
      picks('Senior Android Engineer', 'Couriers use our app to deliver parcels.').map((pick) => pick.track),
    ).toEqual(['mobile', 'mobile', 'mobile']);
    expect(picks('Senior Android Engineer', 'Couriers use our app to deliver parcels.')[0]?.id).toBe(
      'offline-sync',
    );
    expect(picks('Frontend Engineer', 'We build a documents editor in React.')[0]?.id).toBe('editor-client');
  });

  it('offers only cases pitched at the level when the library has them', () => {
    const junior = picks(
      'Junior Backend Engineer',
      'Our interview process:\n- A coding interview\n- A small system design interview',
    );
    expect(junior[0]?.id).toBe('new-grad-url-shortener');
  });

  it('gives a manager a management case and an architecture case', () => {
    const tracks = picks('Engineering Manager, Payments', 'Hire and grow a team of six.').map(
      (pick) => pick.track,
    );
    expect(tracks).toContain('management');
    expect(tracks).toContain('backend');
  });

  it('picks none when the loop has no design round or the library is empty', () => {
    expect(picks('Junior Frontend Developer', 'React.')).toEqual([]);
    expect(picks('Account Executive', 'Sell our payments platform.')).toEqual([]);
    expect(analyzeJob(posting({ title: 'Senior Backend Engineer' })).designCases).toEqual([]);
  });

  it('reads an empty or missing case directory as an empty library', () => {
    expect(loadDesignCases(new URL('file:///nonexistent/cases/')).index).toEqual([]);
  });
});
