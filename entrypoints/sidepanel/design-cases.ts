import { useEffect, useState } from 'react';
import type { DesignCasePick } from '@/lib/coach/job';
import type { DesignCaseIndexItem } from '@/lib/coach/job/design-cases/index-item';
import type { DesignCase } from '@/lib/coach/job/design-cases/schema';

// Every case's index item (what choosing a case takes) is bundled with the coach; a case's prose
// is its own chunk, fetched only when the coach picks it. See design-cases/vite-index.ts.
export const DESIGN_CASE_INDEX: readonly DesignCaseIndexItem[] = Object.values(
  import.meta.glob<DesignCaseIndexItem>('/lib/coach/job/design-cases/cases/*.json', {
    eager: true,
    query: '?design-case-index',
    import: 'default',
  }),
);
const CASES = import.meta.glob<DesignCase>('/lib/coach/job/design-cases/cases/*.json', { import: 'default' });

/** The picked cases' content by id, filled in as each chunk arrives; a case that fails to load stays out. */
export function usePickedCases(picks: readonly DesignCasePick[]): ReadonlyMap<string, DesignCase> {
  const ids = picks.map((pick) => pick.id).join(' ');
  const [cases, setCases] = useState<ReadonlyMap<string, DesignCase>>(new Map());
  useEffect(() => {
    let live = true;
    for (const id of ids.split(' ').filter(Boolean)) {
      const load = CASES[`/lib/coach/job/design-cases/cases/${id}.json`];
      void load?.().then(
        (designCase) => live && setCases((previous) => new Map(previous).set(id, designCase)),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [ids]);
  return cases;
}
