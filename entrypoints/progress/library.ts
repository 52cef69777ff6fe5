import type { LibraryPracticeItem } from '@/lib/coach/problem/library/lookup';

// Each library entry's level, techniques and related problems (not its prose): what "practise
// next" suggests from, about 60 KB gz, so the page loads it after the table. See library/vite-index.ts.
export const LIBRARY: readonly LibraryPracticeItem[] = Object.values(
  import.meta.glob<LibraryPracticeItem>('/lib/coach/problem/library/entries/*.json', {
    eager: true,
    query: '?library-practice',
    import: 'default',
  }),
);
