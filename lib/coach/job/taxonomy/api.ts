import type { TechnologyGroup } from './types';

/** Interface technologies. REST is a style rather than a product, so it lives in the topics. */
export const API: TechnologyGroup = {
  group: 'api',
  label: 'APIs',
  technologies: [
    { name: 'GraphQL' },
    { name: 'Apollo', aliases: ['Apollo Client', 'Apollo Server'], exact: ['Apollo'], needsContext: true },
    { name: 'gRPC' },
    { name: 'Protocol Buffers', aliases: ['protobuf', 'protobufs'] },
    { name: 'OpenAPI', aliases: ['Swagger'] },
    { name: 'tRPC' },
    { name: 'Thrift', aliases: ['Apache Thrift'] },
    { name: 'Avro', aliases: ['Apache Avro'] },
  ],
};
