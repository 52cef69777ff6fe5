import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import type { DesignBrief } from '../../mock/brief';
import { CHECK_VERDICTS, DESIGN_SECTIONS, type DesignSection, SECTION_TITLES } from '../../mock/names';
import type { PromptMessage } from '../tokens';
import { fitRound, roundSoFar } from './mock-round';
import { type BuiltPrompt, block, system } from './shared';

export const version = 'design-interviewer@2';
const debriefVersion = 'design-debrief@2';

/** The candidate's notes, all sections together. */
const NOTES_BUDGET = 900;
/** The conversation never gets less than this, even beside full notes. */
const MIN_TRANSCRIPT = 200;

const INTERVIEWER = `Task: you are the interviewer in a mock system-design interview on the case given. The user is the candidate, practising: they write structured notes (requirements, estimates, API, data model, architecture, deep dives) and talk to you. Run it one turn at a time as a senior interviewer at a company that builds such systems would.
How you run it:
- One turn of one to four sentences with one question, then stop. Never write the candidate's lines.
- Probe the weakest part first. The round's state names the section Sparring reads as weakest for the time gone; if the notes there are sound, probe the most consequential gap you see against the case's checklist.
- Ask about their design, not yours: "what happens when…", "how many…", "why that store…". Push for numbers in the estimates and for the failure mode of each component.
- Never design it for them, never list or quote the checklist, never name what they missed. A hint is a question that points at the gap.
- Keep to time: if they are well behind (no architecture past the middle of the round), tell them to move on.
- Pitch it at the level note when there is one.`;

const DEBRIEFER = `Task: the mock system-design interview below has ended. Write the interviewer's debrief as structured data matching the schema, against the case's own checklist.
- items: one entry per checklist item, by its number (index, from 0): "covered" when the notes or the conversation show it specifically, "partly" when touched without the specifics the item asks for, "missed" otherwise; evidence quotes or points to the notes section that shows it, or says what was missing.
- strengths and gaps: up to three each, specific to this design, never generic advice.
- score: 4 strong hire at the case's level, 3 hire, 2 no hire, 1 strong no hire.
Judge only what the notes and the transcript show.`;

function sectionName(phase: string): string {
  return (DESIGN_SECTIONS as readonly string[]).includes(phase)
    ? SECTION_TITLES[phase as DesignSection]
    : phase;
}

function caseText(brief: DesignBrief, withChecklist: boolean): string {
  const { case: designCase } = brief;
  const lines = [`Case: ${designCase.title}`, `Prompt: ${designCase.prompt}`];
  if (designCase.levelNote) lines.push(`Level note: ${designCase.levelNote}`);
  if (designCase.deepDives.length > 0)
    lines.push(`Deep dives this case invites: ${designCase.deepDives.join('; ')}`);
  if (withChecklist)
    lines.push(
      'Checklist (what a strong answer covers; for you only):',
      ...designCase.checklist.map((item, index) => `${index}. ${item}`),
    );
  return lines.join('\n');
}

function notesBlock(brief: DesignBrief): string {
  const text = DESIGN_SECTIONS.map(
    (section) => `## ${SECTION_TITLES[section]}\n${brief.notes[section].trim() || '(empty)'}`,
  ).join('\n\n');
  return `The candidate's notes:\n${block('user_text', text, NOTES_BUDGET)}`;
}

function roundState(brief: DesignBrief): string {
  const time = `${Math.round(brief.elapsedMin)} of ${brief.roundMin} minutes gone`;
  return brief.phase === 'review'
    ? `Round state: over, ${time}.`
    : `Round state: ${time}; the weakest part so far: ${SECTION_TITLES[brief.weakest]}.`;
}

export function buildDesignInterviewerPrompt(brief: DesignBrief): BuiltPrompt {
  const build = (transcript: string): PromptMessage[] => [
    system(INTERVIEWER),
    { role: 'user', content: caseText(brief, true) },
    {
      role: 'user',
      content: [
        roundState(brief),
        notesBlock(brief),
        roundSoFar('The conversation so far', transcript),
        'Reply as the interviewer with your next question.',
      ].join('\n\n'),
    },
  ];
  return {
    flow: 'design-interviewer',
    version,
    messages: fitRound(build, brief.transcript, sectionName, MIN_TRANSCRIPT),
  };
}

export const debriefSchema = lazy(() =>
  z.object({
    items: z
      .array(
        z.object({
          index: z.number().check(z.int(), z.gte(0), z.lte(13)),
          verdict: z.enum(CHECK_VERDICTS),
          evidence: z.string(),
        }),
      )
      .check(z.maxLength(14)),
    strengths: z.array(z.string().check(z.minLength(1))).check(z.maxLength(3)),
    gaps: z.array(z.string().check(z.minLength(1))).check(z.maxLength(3)),
    score: z.number().check(z.int(), z.gte(1), z.lte(4)),
  }),
);
export type DebriefOutput = z.infer<ReturnType<typeof debriefSchema>>;

export function buildDebriefPrompt(brief: DesignBrief): BuiltPrompt {
  const build = (transcript: string): PromptMessage[] => [
    system(DEBRIEFER),
    {
      role: 'user',
      content: [
        caseText(brief, true),
        roundState(brief),
        notesBlock(brief),
        roundSoFar('The conversation so far', transcript),
      ].join('\n\n'),
    },
  ];
  return {
    flow: 'design-debrief',
    version: debriefVersion,
    messages: fitRound(build, brief.transcript, sectionName, MIN_TRANSCRIPT),
  };
}
