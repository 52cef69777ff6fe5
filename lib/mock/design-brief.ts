import type { DesignBrief } from './brief';
import { elapsedMs } from './clock';
import { type DesignMock, weakestSection } from './design';

/*
 * A design mock as the interviewer's model request carries it: the case (with its checklist, for
 * the interviewer's eyes), the notes and the conversation. Apart from the brief's schema so the
 * worker never loads this.
 */

export interface CaseForBrief {
  title: string;
  prompt: string;
  checklist: readonly string[];
  deepDives: readonly { topic: string }[];
  levelNotes: Partial<Record<string, string>>;
}

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

export function designBrief(mock: DesignMock, designCase: CaseForBrief, now: number): DesignBrief {
  const levelNote = mock.level ? designCase.levelNotes[mock.level] : undefined;
  return {
    kind: 'design',
    phase: mock.phase,
    case: {
      title: designCase.title,
      prompt: designCase.prompt,
      checklist: designCase.checklist.slice(0, 14),
      deepDives: designCase.deepDives.map((dive) => dive.topic).slice(0, 8),
      ...(levelNote ? { levelNote } : {}),
    },
    notes: mock.notes,
    elapsedMin: minutes(elapsedMs(mock.clock, now)),
    roundMin: mock.roundMinutes,
    weakest: weakestSection(mock, now),
    transcript: mock.transcript.map(({ speaker, phase, text }) => ({ speaker, phase, text })),
  };
}
