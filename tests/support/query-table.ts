import type { QueryTable } from '@/lib/coach/query';

/** A table with only an id column: enough for tests whose ideas come from what the page asks. */
export const idOnlyTable = (name: string): QueryTable => ({
  name,
  columns: [{ name: 'id', type: 'int' }],
  primaryKey: 'id',
  foreignKeys: [],
  rowMeaning: null,
});
