import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { defineFamily } from './item';
import { instantSchema, listOf, parseOr } from './repair';

/**
 * What the user did with the offline coach on one problem or posting (hints opened, techniques
 * revealed, checklist ticks, interview date), kept per canonical id (contextKey) so it survives
 * reloads. `usedAt` is when it was last opened or changed: old state is pruned least recently used
 * first (lib/storage/prune.ts).
 */
export interface CoachState {
  hintsShown: number;
  techniquesShown: boolean;
  ticked: string[];
  /** YYYY-MM-DD, or null for the default six-week plan. */
  interviewDate: string | null;
  /** Epoch milliseconds; 0 for state stored before version 2. */
  usedAt: number;
}

export const EMPTY_COACH_STATE: CoachState = {
  hintsShown: 0,
  techniquesShown: false,
  ticked: [],
  interviewDate: null,
  usedAt: 0,
};

/** Each field falls back on its own: a broken date loses the date, not the ticks. */
const storedCoachStateSchema = lazy(() =>
  z.object({
    hintsShown: z.catch(z.number().check(z.int(), z.nonnegative()), 0),
    techniquesShown: z.catch(z.boolean(), false),
    ticked: listOf(z.string()),
    interviewDate: z.catch(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
    usedAt: instantSchema(),
  }),
);

export const coachStateFamily = defineFamily<CoachState>('local', 'coach:', {
  version: 2,
  migrations: {
    // Version 2 adds `usedAt`; what was stored before counts as used long ago.
    2: (value) =>
      typeof value === 'object' && value !== null && !('usedAt' in value) ? { ...value, usedAt: 0 } : value,
  },
  fallback: EMPTY_COACH_STATE,
  repair: (raw) => parseOr(storedCoachStateSchema(), raw, EMPTY_COACH_STATE),
});

export function coachStateItem(contextKey: string) {
  return coachStateFamily.item(contextKey);
}

/** Whether the user did anything on this problem (an untouched state is not worth keeping). */
export function hasProgress(state: CoachState): boolean {
  return (
    state.hintsShown > 0 || state.techniquesShown || state.ticked.length > 0 || state.interviewDate !== null
  );
}
