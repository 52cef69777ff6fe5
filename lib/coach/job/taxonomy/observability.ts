import type { TechnologyGroup } from './types';

export const OBSERVABILITY: TechnologyGroup = {
  group: 'observability',
  label: 'Observability',
  technologies: [
    { name: 'Prometheus', exact: ['Prometheus'] },
    { name: 'Grafana' },
    { name: 'Datadog' },
    { name: 'New Relic', aliases: ['NewRelic'] },
    { name: 'Splunk' },
    { name: 'OpenTelemetry', aliases: ['OTel'] },
    { name: 'Jaeger', exact: ['Jaeger'] },
    { name: 'Kibana' },
    { name: 'Logstash' },
    { name: 'Sentry', exact: ['Sentry'] },
    { name: 'PagerDuty' },
    { name: 'Honeycomb', exact: ['Honeycomb'], needsContext: true },
    { name: 'Loki', exact: ['Loki'], needsContext: true },
  ],
};
