import type { RoundKind } from '../tracks';

/** The specialist round of a track: what the interviewers of that craft test beyond coding. */
export interface SpecialistRound {
  readonly kind: Extract<RoundKind, 'domain' | 'debugging'>;
  readonly title: string;
  readonly covers: readonly string[];
  /** Drills that prepare for it, in the order to do them. */
  readonly practice: readonly string[];
}

export const SPECIALISTS = {
  frontend: {
    kind: 'domain',
    title: 'Frontend fundamentals',
    covers: [
      'JavaScript: closures, the event loop, promises, this, modules',
      'The browser: rendering pipeline, layout and paint, what makes a page janky',
      'CSS layout (flexbox, grid), semantic HTML and keyboard and screen-reader access',
    ],
    practice: [
      'Build an accessible autocomplete in plain JavaScript: debounced requests, keyboard support, stale responses dropped',
      'Explain the event loop aloud with one example that mixes a promise, a setTimeout and a click handler',
      'Profile a slow page in the browser’s performance panel and name the long task and its cause',
    ],
  },
  mobile: {
    kind: 'domain',
    title: 'Mobile platform',
    covers: [
      'App and view lifecycle, the main thread, memory and leaks',
      'Concurrency on the device: coroutines or Swift concurrency, cancellation',
      'Storage, networking on poor connections, battery and app size',
    ],
    practice: [
      'Build a paginated list screen with images, loading and error states on the platform you interview for',
      'Find and fix a leak or a main-thread stall in a small app with the platform’s profiler',
      'Explain what happens to your screen’s state on rotation, backgrounding and process death',
    ],
  },
  data: {
    kind: 'domain',
    title: 'SQL and data fundamentals',
    covers: [
      'SQL: joins, window functions, gaps and islands, de-duplication',
      'Batch versus streaming, exactly-once effects, late and corrected data',
      'Modelling for analytics: facts and dimensions, slowly changing dimensions',
    ],
    practice: [
      'Write the backfill of one pipeline: idempotent reruns, late data, and how you check the result',
      'Model one business process as facts and dimensions, including one slowly changing dimension',
      'Solve three gaps-and-islands or de-duplication questions in SQL, timed',
    ],
  },
  ml: {
    kind: 'domain',
    title: 'ML fundamentals',
    covers: [
      'Bias and variance, overfitting and regularisation, leakage',
      'Choosing and reading a metric: precision and recall, calibration, ranking metrics',
      'Training/serving skew, drift, and what to monitor once a model is live',
    ],
    practice: [
      'Explain precision, recall and calibration for one product problem, and which you would optimise and why',
      'Write a feature list for a churn model and find the feature that leaks the label',
      'Plan the monitoring of a live model: what drifts, what you alert on, when you retrain',
    ],
  },
  infra: {
    kind: 'debugging',
    title: 'Live troubleshooting',
    covers: [
      'A degraded host or service: narrow it down with Linux tools, networking and metrics, thinking aloud',
      'Mitigate first, then find the cause; say what you would check next and why',
      'Containers and orchestration when things go wrong: scheduling, limits, DNS, certificates',
    ],
    practice: [
      'Break a Linux VM on purpose (a full disk, a dead DNS resolver, a port already taken) and fix it while narrating each command',
      'Read a service’s metrics during a load test and find the saturated resource from latency, errors and utilisation',
      'Walk through a Kubernetes pod that will not start: events, image pulls, limits, probes, DNS',
      'Write a past incident up as a blameless postmortem: the timeline, the trigger, the follow-ups',
    ],
  },
  security: {
    kind: 'domain',
    title: 'Security fundamentals',
    covers: [
      'Web vulnerabilities (injection, XSS, CSRF, SSRF, broken access control) and their fixes',
      'OAuth and OpenID Connect flows, sessions and tokens, secrets handling',
      'Detection and response: what to log, how to triage an alert, containment first',
    ],
    practice: [
      'Review a small web app for the OWASP Top 10 and write up each finding with its fix and severity',
      'Threat-model a feature you know in 30 minutes: assets, attackers, trust boundaries, mitigations',
      'Walk through an OAuth authorisation-code flow with PKCE and say where each token lives',
    ],
  },
  embedded: {
    kind: 'domain',
    title: 'Embedded fundamentals',
    covers: [
      'C and memory: pointers, volatile, alignment, fixed-size buffers',
      'Interrupts, RTOS tasks, priority inversion and race conditions on a device',
      'Buses and tools: I2C, SPI, UART, reading a datasheet, a logic analyser or a scope trace',
    ],
    practice: [
      'Write a fixed-size ring buffer in C with tests, then make it safe to fill from an interrupt',
      'Read a sensor’s datasheet and write down the register sequence to start a reading',
      'Explain volatile, memory barriers and priority inversion aloud, with one example each',
    ],
  },
  qa: {
    kind: 'domain',
    title: 'Testing exercise',
    covers: [
      'Test a feature live: risks first, then cases, then exploratory charters',
      'Automation choices: the right level for each check, and the causes of flaky tests',
      'A bug report a developer can act on: steps, expected, actual, evidence',
    ],
    practice: [
      'Explore a web app you do not know for 40 minutes with a charter, logging bugs as you go',
      'Turn your three most important findings into bug reports a developer could fix from',
      'Write a test plan for one feature: risks first, then cases at the right level',
    ],
  },
} satisfies Record<string, SpecialistRound>;

/** Analysts and product data scientists: SQL, statistics and experiments, not system design. */
export const ANALYTICS_SPECIALIST: SpecialistRound = {
  kind: 'domain',
  title: 'Statistics and experiments',
  covers: [
    'SQL for product questions: funnels, cohorts, retention, window functions',
    'Statistics: hypothesis tests, power and sample size, confidence intervals, multiple comparisons',
    'An experiment case: the metric, the guardrails, and the pitfalls (peeking, novelty, interference)',
  ],
  practice: [
    'Work an experiment case aloud: the metric, the guardrails, the sample size, and what would make you stop early',
    'Explain a surprising result in a dashboard: three causes you would check and in what order',
  ],
};

/** How analysts and product data scientists are asked to code: data questions, not puzzles. */
export const ANALYTICS_CODING: readonly string[] = [
  'SQL under time pressure: joins, aggregates, window functions, on a schema you are given',
  'Python with pandas on a small data set, then what the numbers mean for the product',
];
