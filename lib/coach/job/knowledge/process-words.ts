import type { RoundKind } from '../tracks';

/**
 * How postings name each kind of interview. An item (one bullet, sentence or clause) is one
 * interview: it takes one design kind at most, the one it names first ("a mobile system design
 * interview" is mobile design; "a frontend design interview: design the API of a table" is
 * frontend design).
 */
export const KIND_PATTERNS: readonly [RoundKind, RegExp][] = [
  [
    'take-home',
    /\btake[- ]home\b|\b(?:exercise|assignment|project|task)s? (?:done )?at home\b|\bhome assignment\b|\breview of your (?:write[- ]up|submission|exercise|project)\b/i,
  ],
  ['pair-programming', /\bpair[- ]programming\b|\bpair(?:ing)? (?:with|on)\b|\byou pair\b/i],
  [
    'debugging',
    /\bdebug(?:ging)?\b|\btroubleshoot(?:ing)?\b|\bfailing tests\b|\bbugs? (?:we|that we) planted\b|\bproduction-like bug\b/i,
  ],
  ['presentation', /\bpresent(?:ation|s|ing)?\b|\bportfolio review\b|\bproject deep[- ]dive\b|\bdemo\b/i],
  [
    'people-management',
    /\bpeople (?:management|leadership)\b|\bperformance (?:case|scenario|conversation)\b|\bmanaging (?:people|a team|managers)\b|\bhow you (?:hire|grow a team)\b/i,
  ],
  [
    'mobile-design',
    /\bmobile (?:system |app )?(?:design|architecture)\b|\b(?:iOS|Android) (?:system )?(?:design|architecture)\b/i,
  ],
  [
    'frontend-design',
    /\b(?:front[- ]?end|UI|client[- ]side|web app) (?:system )?(?:design|architecture)\b|\bdesign (?:the|a) [\w\s]{0,40}\bcomponent\b/i,
  ],
  ['ml-design', /\b(?:ML|machine learning) (?:system )?design\b|\bdesign an? (?:\w+ )?model\b/i],
  [
    'data-design',
    /\b(?:data|data[- ]pipeline|pipeline) (?:design|architecture)\b|\bdata model(?:l)?ing (?:interview|exercise|round)\b|\bdesign (?:the )?tables\b/i,
  ],
  ['api-design', /\bAPI design\b|\bdesign (?:the|an?) (?:\w+ )?API\b/i],
  [
    'system-design',
    /\bsystems? design\b|\barchitecture\b|\bdesign (?:discussion|interview|round|exercise|conversation|session)s?\b|\bdesign (?:a|an|the) (?:[\w-]+ ){0,3}(?:system|service|feature)\b|(?<=[(,:]\s*|\band )design\b(?! (?:system|doc|review|team|partners?|tokens))/i,
  ],
  [
    'coding',
    /\bcoding\b|\bcode (?:interview|exercise|challenge|test)\b|\bprogramming (?:exercise|interview|test)\b|\bSQL (?:exercise|interview|test|questions)\b|\bSQL and \w+ exercises\b|\balgorithms?\b|\bdata structures\b|\bonline assessment\b/i,
  ],
  [
    'domain',
    /\bfundamentals\b|\btesting exercise\b|\bexploratory testing\b|\bcase study\b|\bstatistics\b|\bproduct sense\b|\bdomain (?:knowledge|interview)\b/i,
  ],
];
/** "A technical interview" says only that it is technical: coding unless the item says more. */
export const TECHNICAL = /\btechnical (?:screen|interview|exercise|round|assessment|test|challenge)\b/i;
/** Named behavioural rounds count beside technical ones in the same item ("algorithms, design, behavioural"). */
export const BEHAVIORAL = /\bbehaviou?ral\b|\bvalues\b|\bculture(?: fit)?\b/i;
export const CONVERSATION =
  /\bconversation\b|\bbehaviou?ral\b|\bvalues\b|\bculture\b|\bleadership\b|\bcollaborat|\bpartnership\b|\bmeet the team\b|\bchat\b|\bhiring manager\b|\blunch\b|\bwith (?:our|the|both|two) (?:[\w-]+ ){0,3}(?:CTO|CEO|VP|founders?|director|head|manager|lead|chief|team)\b/i;
/** Screens that decide nothing about the craft: the recruiter's call is not a round to prepare. */
export const SCREEN =
  /\brecruit(?:er|ing)\b|\btalent (?:partner|team)\b|\bhead of talent\b|\bintro(?:ductory)? call\b/i;

export const NEGATION = /\b(?:no|not|don['’]t|do not|never|without|nor)\b/i;
/** A negation counts within its own clause: "no puzzles: you will clean data" does not negate coding. */
export const CLAUSE_BREAK = /[,;:.!?]|\band\b|\bbut\b/gi;
/** Sentences about the loop: only there does "no system design" rule a round out. */
export const ABOUT_INTERVIEWS =
  /\b(?:interview|round|questions?|test|take[- ]home|exercise|assessment|loop)s?\b/i;

/** A heading about the candidate's process. */
export const PROCESS_HEADING =
  /\binterview|\bhiring (?:process|steps)\b|\bhow we hire\b|\b(?:selection|recruitment|application) process\b/i;
/** "Our process", "Next steps": about hiring only when what follows is (it may be how the team ships). */
export const MAYBE_PROCESS_HEADING =
  /^(?:our|the) process$|^next steps$|^what to expect$|^(?:the )?(?:stages|steps)$/i;
/** Words that make a section or paragraph about the hiring process rather than the work. */
export const ABOUT_HIRING =
  /\b(?:interview|recruit|hiring|candidate|apply|application|offer)\w*|\b\d+[- ]minute|\b(?:conversation|call) with\b/i;
export const PROCESS_PARAGRAPH =
  /^(?:our|the) (?:interview |hiring )?process\b|^(?:hiring|interview|recruitment|selection) process\b|^(?:the )?interviews? (?:consists?|includes?|is made up)\b|^(?:our|the) interviews?\b|\byou will have (?:\w+ )?(?:onsite |on-site |virtual )?interviews\b|^how we (?:interview|hire)\b/i;
