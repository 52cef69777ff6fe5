import type { Competency } from '../coach/job/knowledge/competencies';

/**
 * How a story shows a competency, in the words candidates tell stories in ("I pushed back", "we
 * missed the date", "I onboarded two new hires"). The posting cues (knowledge/competencies.ts) are
 * how a posting asks for one; these suggest tags for a story the user wrote, never set them.
 */
export const STORY_CUES: Record<Competency, RegExp> = {
  ownership:
    /\b(I (took (it )?on|took ownership|owned|volunteered|stepped (up|in)|drove|led)|nobody (owned|was responsible)|no one (owned|was responsible)|on[- ]call|fell between (the )?teams)\b/i,
  ambiguity:
    /\b(unclear|ambiguous|ambiguity|no (spec|requirements|clear owner)|vague|nobody knew|no one knew|from scratch|unknowns?|uncertain(ty)?|changing requirements)\b/i,
  mentoring:
    /\b(mentor(ed|ing)?|coach(ed|ing)|onboard(ed|ing)|junior|intern|new hires?|taught|pair(ed)? with|grew (into|as)|career)\b/i,
  'cross-team':
    /\b(another team|other teams?|partner teams?|product managers?|designers?|stakeholders?|cross[- ](team|functional)|legal|sales|support team|customers? success|vendor)\b/i,
  conflict:
    /\b(disagree(d|ment)?|pushed back|push back|conflict|argued|convinced|persuaded|tension|objected|objection|compromise|changed (their|his|her|my) mind)\b/i,
  impact:
    /(\b\d+(\.\d+)?\s?(%|percent|x\b|ms\b|seconds?|minutes?|hours?|days?|weeks?|users|customers|engineers|k\b|million|billion)|[$€£]\s?\d|\b(revenue|latency|saved|reduced|cut|increased|grew|doubled|halved)\b)/i,
  failure:
    /\b(fail(ed|ure)?|mistake|broke|outage|incident|missed (the|our) (date|deadline)|post-?mortem|wrong|learned|lesson|regret)\b/i,
  hiring:
    /\b(hired|hiring|interview(ed|ing|s)? (candidates|engineers)|recruit(ed|ing)?|headcount|made (an|the) offer|sourc(ed|ing))\b/i,
  prioritisation:
    /\b(prioriti[sz](e|ed|ing|ation)|trade-?offs?|deadline|descoped|cut (the )?scope|roadmap|said no|backlog|competing)\b/i,
};
