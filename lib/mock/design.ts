import { elapsedMs, type MockClock, pauseClock, startedClock } from './clock';
import {
  CHECK_VERDICTS,
  type CheckVerdict,
  DESIGN_SECTIONS,
  type DesignSection,
  MAX_NOTES_CHARS,
  SECTION_TITLES,
} from './names';
import { addTurn, type MockTurn } from './transcript';

export { CHECK_VERDICTS, type CheckVerdict, DESIGN_SECTIONS, type DesignSection, MAX_NOTES_CHARS };

/*
 * The design mock: one case from the library, worked through in a structured notes area within
 * the round's time, then scored against the case's own checklist. The sections follow the order a
 * candidate takes in the room, each with its share of the time and the question an interviewer
 * asks when it is thin.
 */

export interface SectionSpec {
  title: string;
  share: number;
  /** What to write there, as the notes area's placeholder. */
  guide: string;
  /** What the offline interviewer asks when this is the weakest part. */
  probe: string;
}

export const SECTIONS: Record<DesignSection, SectionSpec> = {
  requirements: {
    title: SECTION_TITLES.requirements,
    share: 0.12,
    guide:
      'What users must be able to do in the first version, what you leave out, then scale, latency, consistency and availability.',
    probe:
      'Before we go further: what exactly must this do in the first version, and what are you leaving out on purpose?',
  },
  estimates: {
    title: SECTION_TITLES.estimates,
    share: 0.08,
    guide:
      'The few numbers that size it: users, peak requests per second, data written per day, storage after a few years.',
    probe:
      'How big is this? Give me peak requests per second and the storage after a year, and show me the arithmetic.',
  },
  api: {
    title: SECTION_TITLES.api,
    share: 0.12,
    guide:
      'The calls clients make, each with what it takes and returns, and whether reads or writes dominate.',
    probe: 'Show me the calls a client makes, with what each one takes and returns.',
  },
  'data-model': {
    title: SECTION_TITLES['data-model'],
    share: 0.12,
    guide: 'The entities, their keys and relations, and the store each lives in, with why that store.',
    probe: 'What do you store, keyed by what, and in which kind of store? Why that one?',
  },
  architecture: {
    title: SECTION_TITLES.architecture,
    share: 0.28,
    guide:
      'A first design end to end: clients, services, stores, queues and caches, with one request traced through it.',
    probe: 'Walk me through one request end to end: which box does what, in what order?',
  },
  'deep-dives': {
    title: SECTION_TITLES['deep-dives'],
    share: 0.28,
    guide:
      'Where it breaks first as it grows and how you fix that; the trade-offs you chose and what they cost.',
    probe: 'Where does this break first when traffic grows tenfold, and what would you change?',
  },
};

export type DesignNotes = Record<DesignSection, string>;

export const EMPTY_NOTES: DesignNotes = {
  requirements: '',
  estimates: '',
  api: '',
  'data-model': '',
  architecture: '',
  'deep-dives': '',
};

export type CaseLevel = 'junior' | 'mid' | 'senior' | 'staff' | 'manager';

/** A staff engineer's or a manager's design round runs an hour; the others 45 minutes. */
export function designRoundMinutes(level: CaseLevel | null | undefined): number {
  return level === 'staff' || level === 'manager' ? 60 : 45;
}

export interface DesignMock {
  kind: 'design';
  id: string;
  /** The posting's canonical key (`<site>:<id>`). */
  contextKey: string;
  company: string;
  role: string;
  caseId: string;
  caseTitle: string;
  level: CaseLevel | null;
  roundMinutes: number;
  startedAt: number;
  usedAt: number;
  phase: 'working' | 'review';
  clock: MockClock;
  notes: DesignNotes;
  transcript: MockTurn[];
  withModel: boolean;
}

export interface DesignMockStart {
  contextKey: string;
  posting: { company: string; role: string };
  designCase: { id: string; title: string; prompt: string };
  level: CaseLevel | null;
  withModel: boolean;
  now: number;
}

export function startDesignMock(start: DesignMockStart): DesignMock {
  const { contextKey, posting, designCase, level, withModel, now } = start;
  return {
    kind: 'design',
    id: `${contextKey}@${now.toString(36)}`,
    contextKey,
    company: posting.company,
    role: posting.role,
    caseId: designCase.id,
    caseTitle: designCase.title,
    level,
    roundMinutes: designRoundMinutes(level),
    startedAt: now,
    usedAt: now,
    phase: 'working',
    clock: startedClock(now),
    notes: { ...EMPTY_NOTES },
    transcript: [
      {
        speaker: 'interviewer',
        phase: 'requirements',
        text: `${designCase.prompt} Take it from the requirements; I'll stop you where I want more.`,
        at: 0,
      },
    ],
    withModel,
  };
}

export function withNotes(mock: DesignMock, section: DesignSection, text: string, now: number): DesignMock {
  return { ...mock, usedAt: now, notes: { ...mock.notes, [section]: text.slice(0, MAX_NOTES_CHARS) } };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The section the clock says the candidate should be in: each gets its share, in order. */
export function sectionDue(mock: Pick<DesignMock, 'clock' | 'roundMinutes'>, now: number): DesignSection {
  const fraction = elapsedMs(mock.clock, now) / (mock.roundMinutes * 60_000);
  let share = 0;
  for (const section of DESIGN_SECTIONS) {
    share += SECTIONS[section].share;
    if (fraction < share) return section;
  }
  return 'deep-dives';
}

/**
 * The weakest part so far: of the sections the clock has reached, the one with the fewest words
 * (the earlier one on a tie), because an interviewer probes what is missing before polishing
 * what is there.
 */
export function weakestSection(
  mock: Pick<DesignMock, 'clock' | 'roundMinutes' | 'notes'>,
  now: number,
): DesignSection {
  const due = DESIGN_SECTIONS.indexOf(sectionDue(mock, now));
  const reached = DESIGN_SECTIONS.slice(0, due + 1);
  let weakest: DesignSection = reached[0] ?? 'requirements';
  for (const section of reached) {
    if (words(mock.notes[section]) < words(mock.notes[weakest])) weakest = section;
  }
  return weakest;
}

/** What the offline interviewer asks: the weakest part, or a deep dive the case names once the notes reach it. */
export function offlineProbe(
  mock: DesignMock,
  deepDiveTopics: readonly string[],
  now: number,
): { section: DesignSection; question: string } {
  const section = weakestSection(mock, now);
  const asked = mock.transcript.filter((turn) => turn.speaker === 'interviewer').map((turn) => turn.text);
  if (section === 'deep-dives') {
    const topic = deepDiveTopics.find((candidate) => !asked.some((text) => text.includes(candidate)));
    if (topic)
      return { section, question: `Let's go deeper on ${topic}. What breaks first, and what would you do?` };
  }
  return { section, question: SECTIONS[section].probe };
}

export function addDesignTurn(
  mock: DesignMock,
  speaker: MockTurn['speaker'],
  text: string,
  section: DesignSection,
  now: number,
): DesignMock {
  return {
    ...mock,
    usedAt: now,
    transcript: addTurn(mock.transcript, { speaker, phase: section, text, at: elapsedMs(mock.clock, now) }),
  };
}

export function endDesignRound(mock: DesignMock, now: number): DesignMock {
  return { ...mock, phase: 'review', usedAt: now, clock: pauseClock(mock.clock, now) };
}

/**
 * Which of the posting's chosen cases to practise: the first one never practised, else the one
 * practised longest ago.
 */
export function pickCase(
  caseIds: readonly string[],
  practised: readonly { caseId: string; endedAt: number }[],
): string | null {
  const last = new Map<string, number>();
  for (const { caseId, endedAt } of practised) last.set(caseId, Math.max(last.get(caseId) ?? 0, endedAt));
  const fresh = caseIds.find((id) => !last.has(id));
  if (fresh) return fresh;
  return [...caseIds].sort((a, b) => (last.get(a) ?? 0) - (last.get(b) ?? 0))[0] ?? null;
}
