import type { DeepDive } from './types';

export const STORAGE_DIVES: readonly DeepDive[] = [
  {
    id: 'dive-relational',
    title: 'Relational store: indexing, query plans and replication',
    detail:
      'B-tree indexes and why column order matters in a composite index; covering indexes; reading EXPLAIN output (sequential versus index scan, row estimates); N+1 queries; isolation levels and what each allows; connection pooling; streaming replication, read replicas and replication lag; table partitioning for large tables.',
    skills: ['PostgreSQL', 'MySQL', 'MariaDB', 'SQL Server', 'Oracle Database', 'Aurora', 'SQLite', 'SQL'],
    fallbackFor: 'datastore',
  },
  {
    id: 'dive-distributed-sql',
    title: 'Distributed SQL: ranges, consensus and cross-shard transactions',
    detail:
      'Data split into ranges or shards, each replicated with Raft or Paxos; why a transaction touching several shards costs extra round trips; clock uncertainty and how it bounds consistency; keeping related rows on the same shard.',
    skills: ['CockroachDB', 'Spanner', 'Vitess'],
  },
  {
    id: 'dive-cache',
    title: 'Cache invalidation and stampedes',
    detail:
      'Cache-aside reads; deleting on write rather than updating to avoid races; TTLs with jitter so keys do not expire together; stampedes when a hot key expires, prevented by request coalescing, a short lock or early refresh; eviction policies (LRU, LFU); hot keys; the cache is never the source of truth unless persistence and failover are designed for it.',
    skills: ['Redis', 'Memcached'],
  },
  {
    id: 'dive-document',
    title: 'Document stores: modelling and shard keys',
    detail:
      'Embed data read together, reference data that changes independently; shard keys with high cardinality, and why a monotonically increasing key makes one hot shard; write and read concerns; indexes on nested and array fields.',
    skills: ['MongoDB', 'Couchbase', 'CouchDB', 'Firestore', 'Cosmos DB'],
  },
  {
    id: 'dive-wide-column',
    title: 'Partition keys, hot partitions and tunable consistency',
    detail:
      'Model one table per query; partition key for spread, clustering or sort key for order within a partition; partition size limits; quorum reads and writes (R + W > N) and what consistency they buy; secondary indexes and their cost; tombstones and compaction; adaptive capacity for hot partitions.',
    skills: ['Cassandra', 'ScyllaDB', 'HBase', 'Bigtable', 'DynamoDB'],
  },
  {
    id: 'dive-search',
    title: 'Search: inverted indexes and keeping them in sync',
    detail:
      'Inverted index and analyzers; mappings decided up front; shard and replica sizing; near-real-time refresh and its cost; reindexing behind an alias with no downtime; feeding the index from the source of truth with change data capture, and what a reader sees while it lags.',
    skills: ['Elasticsearch', 'OpenSearch', 'Solr'],
  },
  {
    id: 'dive-analytical-store',
    title: 'Columnar and time-series stores',
    detail:
      'Columnar layout and compression; partitioning by time; rollups and materialised views for dashboards; retention and downsampling; the cost of high-cardinality labels.',
    skills: ['ClickHouse', 'InfluxDB', 'TimescaleDB', 'DuckDB'],
  },
  {
    id: 'dive-graph',
    title: 'Graph data: traversals and supernodes',
    detail:
      'When relationships are the query, a graph store avoids repeated joins; bound traversal depth; supernodes with millions of edges need special handling; sharding a graph is hard, so say how big it gets.',
    skills: ['Neo4j'],
  },
  {
    id: 'dive-vector',
    title: 'Vector search: recall, latency and re-embedding',
    detail:
      'Approximate nearest-neighbour indexes (HNSW, IVF) trade recall for latency; filtering by metadata before or after the search; re-embedding everything when the model changes; combining vector and keyword results.',
    skills: ['pgvector', 'Pinecone'],
  },
  {
    id: 'dive-coordination',
    title: 'Coordination: leader election, leases and fencing',
    detail:
      'A consensus store (a Raft quorum) for small, critical state; leases with TTLs for leader election; fencing tokens so a paused old leader cannot write; why it must not sit on the hot data path.',
    skills: ['etcd', 'Consul', 'ZooKeeper'],
  },
];
