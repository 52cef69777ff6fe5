import type { DeepDive } from './types';

/** Messaging, interfaces and data processing. */
export const PIPE_DIVES: readonly DeepDive[] = [
  {
    id: 'dive-log-delivery',
    title: 'Partitioned logs: delivery semantics and ordering',
    detail:
      'At-most-once, at-least-once and effectively-once delivery: commit offsets after processing, idempotent producers and transactions, idempotent consumers; order holds only within a partition, so the partition key decides what stays ordered; consumer groups and rebalancing; retention and replay; consumer lag as the key metric.',
    skills: ['Kafka', 'Kafka Streams', 'Redpanda', 'Kinesis', 'Pulsar', 'Debezium'],
    fallbackFor: 'messaging',
  },
  {
    id: 'dive-broker-acks',
    title: 'Queues: acknowledgements, redelivery and dead letters',
    detail:
      'A message is redelivered until acknowledged, so consumers must be idempotent; visibility timeouts or ack deadlines longer than the processing time; prefetch limits; dead-letter queues after a few attempts and who looks at them; FIFO versus best-effort ordering and its throughput cost.',
    skills: [
      'RabbitMQ',
      'SQS',
      'SNS',
      'ActiveMQ',
      'Azure Service Bus',
      'Google Pub/Sub',
      'NATS',
      'EventBridge',
      'ZeroMQ',
      'Celery',
      'Sidekiq',
    ],
  },
  {
    id: 'dive-graphql',
    title: 'GraphQL: resolver fan-out and query cost',
    detail:
      'N+1 resolvers fixed by batching (DataLoader); limits on query depth and cost; persisted queries; HTTP caching is harder with one POST endpoint, so cache per field or per entity; evolve the schema by deprecating fields, never removing them abruptly.',
    skills: ['GraphQL', 'Apollo'],
    fallbackFor: 'api',
  },
  {
    id: 'dive-rpc-schemas',
    title: 'RPC and schema evolution',
    detail:
      'Deadlines set by the caller and propagated downstream; streaming calls; protobuf field numbers are forever, add optional fields and never reuse numbers; long-lived HTTP/2 connections defeat connection-level load balancing, so balance per request on the client or at an L7 proxy.',
    skills: ['gRPC', 'Protocol Buffers', 'Thrift', 'Avro'],
  },
  {
    id: 'dive-api-contracts',
    title: 'API contracts and compatibility',
    detail:
      'A written contract first, clients generated from it; a check in CI that flags breaking changes; versioning and a deprecation window; consistent error shapes.',
    skills: ['OpenAPI', 'tRPC', 'Postman'],
  },
  {
    id: 'dive-batch',
    title: 'Batch processing: partitioning, skew and backfills',
    detail:
      'Partition input so work spreads evenly and watch for skewed keys; shuffles are the expensive step; columnar files (Parquet) sized well, not thousands of small files; jobs that can rerun for any date and overwrite their output, so backfills are safe.',
    skills: [
      'Spark',
      'Hadoop',
      'Beam',
      'Dataflow',
      'Databricks',
      'Hive',
      'Trino',
      'Presto',
      'Athena',
      'Delta Lake',
      'Apache Iceberg',
      'pandas',
      'NumPy',
      'Polars',
    ],
    fallbackFor: 'data',
  },
  {
    id: 'dive-streaming',
    title: 'Stream processing: event time, watermarks and state',
    detail:
      'Event time versus processing time; windows and watermarks; what happens to late events; keyed state and checkpoints for recovery; exactly-once output needs transactional or idempotent sinks.',
    skills: ['Flink', 'Kafka Streams', 'Beam'],
  },
  {
    id: 'dive-orchestration',
    title: 'Pipeline orchestration and data quality',
    detail:
      'Tasks as a dependency graph; idempotent tasks keyed by the date they process; retries and SLAs; data-quality checks that stop bad data spreading; lineage so you know what a broken table affects.',
    skills: ['Airflow', 'Dagster', 'Prefect', 'dbt', 'Fivetran', 'Airbyte'],
  },
  {
    id: 'dive-warehouse',
    title: 'Warehouse modelling and query cost',
    detail:
      'Facts and dimensions (star schema); slowly changing dimensions; partitioning and clustering so queries scan less; cost per query on pay-per-scan engines; materialised views and a semantic layer so dashboards agree on one definition of a metric.',
    skills: ['Snowflake', 'BigQuery', 'Redshift', 'Tableau', 'Looker', 'Power BI'],
  },
];
