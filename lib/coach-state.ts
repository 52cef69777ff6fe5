import { storage } from 'wxt/utils/storage';

/**
 * What the user did with the offline coach on one problem or posting (hints opened, techniques
 * revealed, checklist ticks, interview date), kept per canonical id so it survives reloads.
 */
export interface CoachState {
  hintsShown: number;
  techniquesShown: boolean;
  ticked: string[];
  /** YYYY-MM-DD, or null for the default six-week plan. */
  interviewDate: string | null;
}

export const EMPTY_COACH_STATE: CoachState = {
  hintsShown: 0,
  techniquesShown: false,
  ticked: [],
  interviewDate: null,
};

export function coachStateItem(contextKey: string) {
  return storage.defineItem<CoachState>(`local:coach:${contextKey}`, { fallback: EMPTY_COACH_STATE });
}

/** Read a stored state, repairing fields a corrupted store got wrong rather than failing. */
export function repairCoachState(value: unknown): CoachState {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof CoachState, unknown>
  >;
  return {
    hintsShown:
      Number.isInteger(raw.hintsShown) && (raw.hintsShown as number) >= 0 ? (raw.hintsShown as number) : 0,
    techniquesShown: raw.techniquesShown === true,
    ticked: Array.isArray(raw.ticked) ? raw.ticked.filter((id): id is string => typeof id === 'string') : [],
    interviewDate:
      typeof raw.interviewDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.interviewDate)
        ? raw.interviewDate
        : null,
  };
}
