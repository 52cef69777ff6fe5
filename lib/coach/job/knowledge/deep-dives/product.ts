import type { DeepDive } from './types';

/** Clients, services, languages, machine learning and testing. */
export const PRODUCT_DIVES: readonly DeepDive[] = [
  {
    id: 'dive-frontend-architecture',
    title: 'Frontend architecture: rendering and state',
    detail:
      'Client-side, server-side or static rendering per page and what hydration costs; server state (fetched, cached, revalidated) kept apart from UI state; code splitting by route; optimistic updates and how they roll back; caching pages at the CDN.',
    skills: [
      'React',
      'Next.js',
      'Nuxt',
      'Remix',
      'Gatsby',
      'Angular',
      'Vue.js',
      'Svelte',
      'SolidJS',
      'Ember.js',
      'Redux',
      'MobX',
    ],
    fallbackFor: 'frontend',
  },
  {
    id: 'dive-web-performance',
    title: 'Web performance and UI systems',
    detail:
      'Core Web Vitals and a performance budget; bundle size and what tooling enforces it; virtualised long lists; a shared component library with accessibility built in; progressive enhancement when scripts fail.',
    skills: [
      'Webpack',
      'Vite',
      'jQuery',
      'HTML',
      'CSS',
      'Sass',
      'Tailwind CSS',
      'styled-components',
      'Storybook',
      'D3.js',
      'Three.js',
      'WebAssembly',
    ],
  },
  {
    id: 'dive-mobile-client',
    title: 'Mobile client: offline sync and old app versions',
    detail:
      'A local store as the source of truth for the UI and a sync protocol with conflict rules; pagination and image caching; push notifications and what happens when they are late or lost; the API must serve app versions released months ago; background limits and battery.',
    skills: [
      'iOS',
      'Android',
      'React Native',
      'Flutter',
      'SwiftUI',
      'UIKit',
      'Jetpack Compose',
      'Kotlin Multiplatform',
      'Xamarin',
      'Expo',
      'Core Data',
    ],
    fallbackFor: 'mobile',
  },
  {
    id: 'dive-service-internals',
    title: 'Inside one service: pools, timeouts and background work',
    detail:
      'The request lifecycle through middleware; database pool size times instance count against the database connection limit; a timeout on every outbound call; ORM pitfalls (N+1, long transactions); background jobs for slow work; graceful shutdown.',
    skills: [
      'Node.js',
      'Express',
      'NestJS',
      'Deno',
      'Bun',
      'Django',
      'Flask',
      'FastAPI',
      'Spring Boot',
      'Spring',
      'Hibernate',
      'Quarkus',
      'Micronaut',
      'Ktor',
      'Ruby on Rails',
      'Sinatra',
      'Laravel',
      'Symfony',
      '.NET',
      'ASP.NET',
      'Entity Framework',
      'Phoenix',
      'Gin',
      'Actix',
      'Tokio',
    ],
    fallbackFor: 'backend',
  },
  {
    id: 'dive-concurrency',
    title: 'Concurrency in your service language',
    detail:
      'How one instance serves many requests at once in the language you will use (event loop, threads, goroutines, async tasks or processes); where it blocks; shared state and its locks; back-pressure when downstream is slow.',
    skills: [],
    fallbackFor: 'language',
  },
  {
    id: 'dive-go-concurrency',
    title: 'Go: goroutines, channels and cancellation',
    detail:
      'Goroutines are cheap but leak when nothing stops them; pass context for deadlines and cancellation through every call; bounded worker pools; channels versus mutexes; the race detector.',
    skills: ['Go'],
  },
  {
    id: 'dive-jvm-concurrency',
    title: 'JVM: threads, pools and garbage collection',
    detail:
      'Thread pools sized for blocking work, or virtual threads and coroutines; what happens when a pool is exhausted; garbage-collection pauses in the latency tail; heap sizing in containers.',
    skills: ['Java', 'Kotlin', 'Scala', 'Clojure', 'Groovy'],
  },
  {
    id: 'dive-python-concurrency',
    title: 'Python: the GIL, asyncio and processes',
    detail:
      'The GIL lets one thread run Python at a time, so threads help I/O, not CPU; asyncio needs every call on the path to be non-blocking; processes or native extensions for CPU-bound work; worker counts under a WSGI or ASGI server.',
    skills: ['Python'],
  },
  {
    id: 'dive-event-loop',
    title: 'JavaScript: keep the event loop free',
    detail:
      'One event loop per process: CPU-heavy work blocks every request, so move it to worker threads or another service; promise concurrency limits; streaming large payloads instead of buffering them.',
    skills: ['JavaScript', 'TypeScript'],
  },
  {
    id: 'dive-systems-languages',
    title: 'Systems languages: memory, threads and async',
    detail:
      'Ownership of memory across threads; lock-free structures only where measured; async runtimes and blocking calls inside them; allocation on hot paths; tail latency from contention.',
    skills: ['Rust', 'C', 'C++', 'Zig'],
  },
  {
    id: 'dive-ml-serving',
    title: 'Model serving: latency, batching and rollout',
    detail:
      'The latency budget per prediction; dynamic batching to use the GPU well; model versions served side by side with shadow or canary traffic; quantisation and distillation when the budget is tight; fallbacks when the model is slow or down.',
    skills: ['PyTorch', 'TensorFlow', 'Keras', 'JAX', 'ONNX', 'TensorRT', 'vLLM', 'CUDA', 'OpenCV'],
    fallbackFor: 'ml',
  },
  {
    id: 'dive-ml-pipeline',
    title: 'Training pipeline: features, skew and drift',
    detail:
      'One feature definition for training and serving to avoid skew; point-in-time correct training data; offline metrics versus online experiments; reproducible runs with tracked data and parameters; monitoring input drift and prediction quality after launch.',
    skills: [
      'scikit-learn',
      'XGBoost',
      'LightGBM',
      'MLflow',
      'Kubeflow',
      'SageMaker',
      'Vertex AI',
      'Ray',
      'spaCy',
    ],
  },
  {
    id: 'dive-llm-application',
    title: 'LLM applications: retrieval, evaluation and guardrails',
    detail:
      'Chunking, embeddings and re-ranking for retrieval; an evaluation set before changing prompts or models; latency and cost per request, and caching; treating retrieved and user text as untrusted (prompt injection); what the product does when the model is wrong.',
    skills: ['LangChain', 'LlamaIndex', 'Hugging Face'],
  },
  {
    id: 'dive-testing-design',
    title: 'Proving the design works',
    detail:
      'Contract tests between services; a load test that checks the capacity estimate; failure injection for the dependencies you claim to survive; which end-to-end tests are worth their flakiness.',
    skills: [
      'Jest',
      'Vitest',
      'Mocha',
      'Cypress',
      'Playwright',
      'Selenium',
      'Testing Library',
      'JUnit',
      'Mockito',
      'pytest',
      'RSpec',
      'XCTest',
      'Espresso',
      'k6',
      'JMeter',
    ],
    fallbackFor: 'testing',
  },
];
