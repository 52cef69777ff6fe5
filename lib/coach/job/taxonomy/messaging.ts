import type { TechnologyGroup } from './types';

/** Brokers and streams. The generic ideas ("message queues", "pub/sub") are topics. */
export const MESSAGING: TechnologyGroup = {
  group: 'messaging',
  label: 'Messaging',
  technologies: [
    { name: 'Kafka', aliases: ['Apache Kafka', 'Confluent Kafka', 'Kafka Connect'] },
    { name: 'Kafka Streams', aliases: ['ksqlDB'] },
    { name: 'RabbitMQ', aliases: ['Rabbit MQ'] },
    { name: 'SQS', aliases: ['Amazon SQS', 'AWS SQS'] },
    { name: 'SNS', aliases: ['Amazon SNS', 'AWS SNS'] },
    { name: 'Kinesis', aliases: ['Amazon Kinesis', 'AWS Kinesis'] },
    { name: 'Google Pub/Sub', aliases: ['Cloud Pub/Sub', 'GCP Pub/Sub'] },
    { name: 'Pulsar', aliases: ['Apache Pulsar'] },
    { name: 'NATS', exact: ['NATS'] },
    { name: 'ActiveMQ', aliases: ['Apache ActiveMQ'] },
    { name: 'ZeroMQ', aliases: ['ZMQ'] },
    { name: 'Azure Service Bus', exact: ['Service Bus'] },
    { name: 'Debezium' },
    { name: 'EventBridge', aliases: ['Amazon EventBridge'] },
    { name: 'Redpanda' },
  ],
};
