/**
 * The system-design answer in the order interviewers expect it. Ids are stable: the panel stores
 * ticks under them, so rewording an item must keep its id.
 */
export const CHECKLIST_SECTIONS = [
  'requirements',
  'api',
  'data-model',
  'architecture',
  'deep-dives',
  'non-functional',
] as const;
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

export const SECTION_TITLES: Record<ChecklistSection, string> = {
  requirements: 'Requirements first',
  api: 'API',
  'data-model': 'Data model',
  architecture: 'High-level architecture',
  'deep-dives': 'Deep dives for this stack',
  'non-functional': 'What interviewers listen for',
};

export interface ChecklistEntry {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
}

export const CORE_CHECKLIST: Readonly<
  Record<Exclude<ChecklistSection, 'deep-dives'>, readonly ChecklistEntry[]>
> = {
  requirements: [
    {
      id: 'req-functional',
      title: 'Functional requirements',
      detail:
        'Name the three or four core use cases out loud, agree which are in scope, and park the rest explicitly.',
    },
    {
      id: 'req-scale',
      title: 'Scale estimates',
      detail:
        'Daily active users, peak versus average requests per second, read/write ratio, object sizes and storage growth over a few years. Round numbers are fine; show the arithmetic.',
    },
    {
      id: 'req-constraints',
      title: 'Constraints and targets',
      detail:
        'Latency target (p99, not the mean), availability target, how fresh reads must be, and any cost, compliance or data-residency limits.',
    },
  ],
  api: [
    {
      id: 'api-operations',
      title: 'Main operations',
      detail:
        'Write the handful of calls the clients make, with inputs, outputs and errors. Cover pagination for lists and how the API is versioned.',
    },
    {
      id: 'api-auth-limits',
      title: 'Who may call it, how often',
      detail: 'Authentication, authorisation per resource, and rate limits per caller.',
    },
  ],
  'data-model': [
    {
      id: 'data-entities',
      title: 'Entities and access patterns',
      detail:
        'List the entities and their relations, then the queries each use case needs, before choosing a store.',
    },
    {
      id: 'data-store-choice',
      title: 'Store choice, justified',
      detail:
        'Relational when you need transactions and flexible queries; key-value or wide-column when the access pattern is known and the volume is large; say which consistency you give up.',
    },
    {
      id: 'data-keys',
      title: 'Keys and indexes',
      detail:
        'Primary and partition keys that spread load evenly, and the secondary indexes the queries need.',
    },
  ],
  architecture: [
    {
      id: 'arch-diagram',
      title: 'Boxes and arrows',
      detail:
        'Clients, load balancer, stateless services, stores, caches and queues. Walk one read path and one write path end to end.',
    },
    {
      id: 'arch-bottlenecks',
      title: 'Bottlenecks and single points of failure',
      detail:
        'Point at the component that breaks first as traffic grows and what removes each single point of failure.',
    },
  ],
  'non-functional': [
    {
      id: 'nfr-load-balancing',
      title: 'Load balancing',
      detail:
        'Round-robin or least-connections for stateless services; consistent hashing when requests must stick to the node that owns the data, so adding a node moves only a small share of keys. Health checks take bad nodes out.',
    },
    {
      id: 'nfr-sharding-replication',
      title: 'Sharding and replication',
      detail:
        'Shard by a key that spreads writes evenly and keeps related rows together; plan for hot keys and resharding. Replicate for durability and read scale, and say whether replication is synchronous or asynchronous and what a failover loses.',
    },
    {
      id: 'nfr-caching',
      title: 'Caching and invalidation',
      detail:
        'Where the cache sits (client, CDN, service, in front of the store), cache-aside versus write-through, TTLs, and how a write invalidates stale entries.',
    },
    {
      id: 'nfr-queues',
      title: 'Message queues',
      detail:
        'Move slow or bursty work off the request path, absorb spikes, and decouple producers from consumers. Say what happens when consumers fall behind.',
    },
    {
      id: 'nfr-consistency',
      title: 'CAP and consistency models',
      detail:
        'During a network partition you choose availability or consistency. Name the model each part needs: strong, read-your-writes, causal or eventual, and where you accept staleness.',
    },
    {
      id: 'nfr-idempotency-retries',
      title: 'Idempotency and retries',
      detail:
        'Idempotency keys on writes so a retried request is applied once; timeouts on every call; retries with exponential backoff and jitter; circuit breakers so retries do not amplify an outage.',
    },
    {
      id: 'nfr-monitoring',
      title: 'Monitoring',
      detail:
        'Service-level indicators (latency, errors, traffic, saturation) with objectives, and dashboards per component.',
    },
    {
      id: 'nfr-logging',
      title: 'Logging and tracing',
      detail:
        'Structured logs with a request or correlation id, and distributed traces to follow one request across services.',
    },
    {
      id: 'nfr-alerting',
      title: 'Alerting',
      detail:
        'Page on user-visible symptoms and error-budget burn, not on every cause; every alert has an owner and a runbook.',
    },
    {
      id: 'nfr-degradation',
      title: 'Graceful degradation',
      detail:
        'Rate limiting and load shedding under overload, fallbacks (stale cache, reduced features) when a dependency fails, and feature flags to switch parts off.',
    },
  ],
};
