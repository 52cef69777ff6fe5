/**
 * Concepts a posting asks for that are not products: they shape the rounds and the checklist but
 * never appear among the skill chips. Patterns are case-insensitive unless the short form is also
 * an English word ("REST", "ML").
 */
export interface Topic {
  readonly name: string;
  readonly pattern: RegExp;
}

export const TOPICS: readonly Topic[] = [
  { name: 'Microservices', pattern: /\bmicro-?services?\b/i },
  { name: 'Distributed systems', pattern: /\bdistributed (systems?|computing|architectures?|databases?)\b/i },
  { name: 'REST', pattern: /\b(REST(ful)?|Restful)\b/ },
  { name: 'API design', pattern: /\b(API design|design(ing)? (APIs|interfaces)|public APIs?|API-first)\b/i },
  { name: 'CI/CD', pattern: /\bCI\s*\/\s*CD\b|\bcontinuous (integration|delivery|deployment)\b/i },
  { name: 'Event-driven architecture', pattern: /\bevent[- ]driven\b|\bevent sourcing\b|\bCQRS\b/i },
  { name: 'Message queues', pattern: /\bmessage (queues?|queu(e)?ing|brokers?|bus)\b|\bpub\s*\/\s*sub\b/i },
  {
    name: 'Stream processing',
    pattern: /\b(stream(ing)? processing|real[- ]time (data|pipelines|analytics)|event streaming)\b/i,
  },
  { name: 'Caching', pattern: /\bcach(e|es|ing)\b/i },
  { name: 'Observability', pattern: /\b(observability|monitoring|distributed tracing|telemetry)\b/i },
  {
    name: 'Scalability',
    pattern: /\b(scalab(le|ility)|at scale|high[- ]scale|millions of (users|requests))\b/i,
  },
  {
    name: 'High availability',
    pattern: /\b(high availability|highly available|fault[- ]toleran(t|ce)|resilien(t|ce)|reliability)\b/i,
  },
  {
    name: 'Performance optimisation',
    pattern: /\b(performance (tuning|optimi[sz]ation)|low[- ]latency|latency[- ]sensitive|profiling)\b/i,
  },
  {
    name: 'Concurrency',
    pattern: /\b(concurren(cy|t)|multi-?thread(ed|ing)|parallel (programming|processing))\b/i,
  },
  { name: 'Data structures and algorithms', pattern: /\b(data structures|algorithms)\b/i },
  {
    name: 'Object-oriented design',
    pattern: /\b(object[- ]oriented|OOP|OOD|design patterns|SOLID principles)\b/,
  },
  { name: 'Functional programming', pattern: /\bfunctional programming\b/i },
  { name: 'Relational databases', pattern: /\b(relational databases?|RDBMS|SQL databases?)\b/i },
  { name: 'NoSQL', pattern: /\bNoSQL\b/i },
  { name: 'Data modelling', pattern: /\b(data model(l)?ing|schema design)\b/i },
  { name: 'Data pipelines', pattern: /\b(ETL|ELT|data pipelines?|data ingestion|batch processing)\b/i },
  { name: 'Data warehousing', pattern: /\b(data warehous(e|es|ing)|data lakes?|lakehouse)\b/i },
  { name: 'Machine learning', pattern: /\b(machine learning|ML)\b|\bMLOps\b/ },
  { name: 'Deep learning', pattern: /\b(deep learning|neural networks?)\b/i },
  {
    name: 'LLMs',
    pattern: /\b(LLMs?|large language models?|generative AI|GenAI|RAG|retrieval[- ]augmented)\b/,
  },
  { name: 'NLP', pattern: /\b(NLP|natural language processing)\b/i },
  { name: 'Computer vision', pattern: /\bcomputer vision\b/i },
  {
    name: 'Recommender systems',
    pattern: /\b(recommend(er|ation) systems?|personali[sz]ation|ranking models?)\b/i,
  },
  { name: 'Experimentation', pattern: /\b(A\/B test(s|ing)?|experimentation)\b/i },
  {
    name: 'Security',
    pattern:
      /\b(application security|secure coding|OWASP|threat model(l)?ing|security engineering|vulnerabilit(y|ies)|penetration testing)\b/i,
  },
  {
    name: 'Authentication',
    pattern:
      /\b(OAuth\s*2?(\.0)?|OIDC|OpenID Connect|SAML|SSO|single sign-on|authentication|authori[sz]ation)\b/i,
  },
  { name: 'Infrastructure as code', pattern: /\b(infrastructure as code|IaC)\b/ },
  { name: 'Containers', pattern: /\bcontaineri[sz](ation|ed)\b|\bcontainers\b/i },
  { name: 'Serverless', pattern: /\bserverless\b/i },
  { name: 'Site reliability engineering', pattern: /\b(SRE|site reliability)\b/ },
  { name: 'Incident response', pattern: /\b(on-?call|incident (response|management)|post-?mortems?)\b/i },
  { name: 'DevOps', pattern: /\bDevOps\b/i },
  {
    name: 'Automated testing',
    pattern:
      /\b(TDD|test[- ]driven|unit tests?|integration tests?|automated testing|test automation|end-to-end tests?)\b/i,
  },
  { name: 'Agile', pattern: /\b(agile|scrum|kanban)\b/i },
  { name: 'Accessibility', pattern: /\b(accessibility|a11y|WCAG)\b/i },
  { name: 'Web performance', pattern: /\b(web performance|core web vitals|page load|bundle size)\b/i },
  { name: 'Responsive design', pattern: /\bresponsive (design|layouts?|web)\b/i },
  {
    name: 'Real-time communication',
    pattern: /\b(WebSockets?|WebRTC|server-sent events|real[- ]time (collaboration|messaging|updates))\b/i,
  },
  {
    name: 'Networking',
    pattern: /\b(TCP\/IP|networking protocols?|HTTP\/[23]|DNS|load balanc(er|ers|ing))\b/i,
  },
  { name: 'Embedded systems', pattern: /\b(embedded (systems|software)|firmware|RTOS|microcontrollers?)\b/i },
  {
    name: 'Payments',
    pattern: /\b(payments? (processing|systems|infrastructure|platform)|ledgers?|billing systems?)\b/i,
  },
  {
    name: 'Search',
    pattern: /\b(search (relevance|ranking|infrastructure|engine)|information retrieval)\b/i,
  },
  { name: 'Offline-first', pattern: /\boffline[- ](first|support|mode)\b/i },
];

/** The concepts a text names, each once, in order of first mention. */
export function findTopics(text: string): string[] {
  return TOPICS.map((topic) => ({ name: topic.name, index: text.search(topic.pattern) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)
    .map(({ name }) => name);
}
