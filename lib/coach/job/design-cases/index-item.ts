import type { DesignCase } from './schema';

/**
 * What choosing a case takes, and nothing else: the panel bundles this for every case (a few
 * hundred bytes each) and fetches a case's prose only when the case is shown.
 */
export interface DesignCaseIndexItem {
  readonly id: string;
  readonly title: string;
  readonly track: DesignCase['track'];
  readonly domains: readonly string[];
  readonly stack: readonly string[];
  readonly levels: DesignCase['levels'];
  readonly dives: readonly { readonly topic: string; readonly stack: readonly string[] }[];
}

export function caseIndexItem(designCase: DesignCase): DesignCaseIndexItem {
  return {
    id: designCase.id,
    title: designCase.title,
    track: designCase.track,
    domains: designCase.domains,
    stack: designCase.stack,
    levels: designCase.levels,
    dives: designCase.deepDives.map((dive) => ({ topic: dive.topic, stack: dive.stack ?? [] })),
  };
}
