import type { DeepDive } from './types';

/** Infrastructure, cloud and observability. */
export const PLATFORM_DIVES: readonly DeepDive[] = [
  {
    id: 'dive-kubernetes',
    title: 'Running on Kubernetes',
    detail:
      'Readiness versus liveness probes; resource requests and limits; horizontal autoscaling on the right signal; rolling updates with disruption budgets; graceful shutdown that stops taking traffic before the process exits.',
    skills: ['Kubernetes', 'EKS', 'GKE', 'AKS', 'OpenShift', 'Helm', 'Nomad'],
    fallbackFor: 'infrastructure',
  },
  {
    id: 'dive-proxies',
    title: 'Proxies, L4/L7 load balancing and the mesh',
    detail:
      'L4 balancing moves connections, L7 understands requests and can route, retry and time out per call; mutual TLS between services; outlier detection ejects bad hosts; retries at the proxy must respect a budget.',
    skills: ['Nginx', 'HAProxy', 'Envoy', 'Istio', 'Linkerd', 'Traefik'],
  },
  {
    id: 'dive-iac',
    title: 'Infrastructure as code',
    detail:
      'State files and locking; drift between code and reality; reviewing the plan before applying; reusable modules; immutable images instead of patching servers; secrets kept out of the code and the state.',
    skills: [
      'Terraform',
      'OpenTofu',
      'Pulumi',
      'CloudFormation',
      'AWS CDK',
      'Ansible',
      'Chef',
      'Puppet',
      'Packer',
      'Vault',
    ],
  },
  {
    id: 'dive-release',
    title: 'Build and release safely',
    detail:
      'Reproducible container images; canary or blue-green releases with automatic rollback on error rate; database migrations in expand-then-contract steps so old and new code both work; feature flags to decouple deploy from release.',
    skills: [
      'Docker',
      'Podman',
      'Jenkins',
      'GitHub Actions',
      'GitLab CI',
      'Azure DevOps',
      'CircleCI',
      'Buildkite',
      'Argo CD',
      'Spinnaker',
      'Bazel',
      'Gradle',
      'Maven',
      'Git',
      'Linux',
    ],
  },
  {
    id: 'dive-serverless',
    title: 'Serverless functions',
    detail:
      'Cold starts and provisioned concurrency; concurrency limits that can exhaust a database connection pool (use a proxy or pooled connections); handlers must be idempotent because the platform retries; hard execution timeouts move long work to queues.',
    skills: ['Lambda', 'Cloud Run', 'Azure Functions', 'Fargate'],
  },
  {
    id: 'dive-cloud-footprint',
    title: 'Cloud footprint: zones, regions and cost',
    detail:
      'Spread across availability zones by default, across regions only when the availability or latency target demands it and with a plan for data; managed services versus running your own; least-privilege IAM; cost drivers such as cross-zone and egress traffic; service quotas.',
    skills: ['AWS', 'GCP', 'Azure', 'EC2', 'ECS', 'DigitalOcean', 'OpenStack', 'Heroku'],
    fallbackFor: 'cloud',
  },
  {
    id: 'dive-edge',
    title: 'Object storage and the CDN',
    detail:
      'Clients upload straight to object storage with short-lived signed URLs and multipart uploads; the CDN caches by a deliberate cache key; versioned file names instead of purging; origin shielding to protect the origin.',
    skills: ['S3', 'CloudFront', 'Cloudflare', 'Vercel', 'Netlify', 'Firebase', 'MinIO', 'Ceph'],
  },
  {
    id: 'dive-observability',
    title: 'Observability: signals, cardinality and SLOs',
    detail:
      'Rate, errors and duration per service, utilisation and saturation per resource; metric label cardinality drives cost; sample traces but keep the slow and failed ones; log retention by value; alerts on SLO burn rate with an owner and a runbook.',
    skills: [
      'Prometheus',
      'Grafana',
      'Datadog',
      'New Relic',
      'Splunk',
      'OpenTelemetry',
      'Jaeger',
      'Kibana',
      'Logstash',
      'Sentry',
      'PagerDuty',
      'Honeycomb',
      'Loki',
    ],
    fallbackFor: 'observability',
  },
];
