import { describe, expect, it } from 'vitest';
import { analyzeJob, type ChecklistItem } from '@/lib/coach/job';
import { CHECKLIST_SECTIONS } from '@/lib/coach/job/knowledge/checklist';
import { posting } from './posting';

const checklistFor = (description: string) => analyzeJob(posting({ description })).checklist;
const dives = (items: readonly ChecklistItem[]) => items.filter((item) => item.section === 'deep-dives');

describe('system-design checklist', () => {
  it('starts with requirements and follows the answer order', () => {
    const items = checklistFor('Go and Kafka.');
    expect(items.slice(0, 3).map((item) => item.id)).toEqual([
      'req-functional',
      'req-scale',
      'req-constraints',
    ]);
    const order = items.map((item) => CHECKLIST_SECTIONS.indexOf(item.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(items.map((item) => item.section))).toEqual(new Set(CHECKLIST_SECTIONS));
  });

  it('covers what interviewers listen for', () => {
    const text = checklistFor('')
      .filter((item) => item.section === 'non-functional')
      .map((item) => `${item.title} ${item.detail}`)
      .join(' ')
      .toLowerCase();
    for (const idea of [
      'round-robin',
      'consistent hashing',
      'shard',
      'replicate',
      'invalidat',
      'queue',
      'partition',
      'consistency',
      'idempotency',
      'retries',
      'monitoring',
      'logs',
      'alerting',
      'degradation',
    ]) {
      expect(text, idea).toContain(idea);
    }
  });

  it('picks deep dives by the stack', () => {
    const kafka = dives(checklistFor('Events on Kafka.'));
    expect(kafka[0]?.id).toBe('dive-log-delivery');
    expect(kafka[0]?.detail).toMatch(/at-least-once/);
    expect(kafka[0]?.detail).toMatch(/order/);
    expect(kafka[0]?.because).toEqual(['Kafka']);

    const redis = dives(checklistFor('Caching in Redis.'));
    expect(redis[0]?.title).toMatch(/invalidation and stampedes/);

    const postgres = dives(checklistFor('Data in Postgres.'));
    expect(postgres[0]?.title).toMatch(/indexing, query plans and replication/);
  });

  it('orders data and messaging dives before tooling and caps their number', () => {
    const items = dives(
      checklistFor(
        'Go, Java, Python, React, Kubernetes, Terraform, Docker, AWS, Datadog, Jest, PostgreSQL, Redis, Kafka, RabbitMQ, Elasticsearch, GraphQL, Spark.',
      ),
    );
    expect(items.length).toBe(6);
    expect(items.slice(0, 2).map((item) => item.id)).toEqual(['dive-log-delivery', 'dive-broker-acks']);
  });

  it('falls back to the common dives when the posting names no stack', () => {
    expect(dives(checklistFor('We build great software.')).map((item) => item.id)).toEqual([
      'dive-relational',
      'dive-cache',
    ]);
  });

  it('keeps item ids unique and the same whatever the stack, so ticks persist', () => {
    const a = checklistFor('Kafka and Postgres.');
    const b = checklistFor('Swift and Firebase.');
    expect(new Set(a.map((item) => item.id)).size).toBe(a.length);
    const core = (items: readonly ChecklistItem[]) =>
      items.filter((item) => item.section !== 'deep-dives').map((item) => item.id);
    expect(core(a)).toEqual(core(b));
  });
});
