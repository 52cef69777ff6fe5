import type { Competency } from './competencies';
import { LEADERSHIP_PROMPTS } from './prompts-leadership';

/** Who a prompt suits: every level, experienced engineers (senior and above), or managers. */
export type PromptAudience = 'any' | 'senior' | 'manager';

export interface StarPrompt {
  readonly id: string;
  readonly competency: Competency;
  readonly audience: PromptAudience;
  /** Only an engineer can answer it (a production incident, a technical disagreement). */
  readonly engineering?: boolean;
  readonly question: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
}

const CRAFT_PROMPTS: readonly StarPrompt[] = [
  {
    id: 'ownership-beyond-scope',
    competency: 'ownership',
    audience: 'any',
    question: 'Tell me about a time you took responsibility for something nobody had asked you to own.',
    situation: 'The gap: what was falling between teams or people, and what it was costing.',
    task: 'Why you decided it was yours to fix, and what done looked like.',
    action: 'The concrete steps you took, including the unglamorous ones, and how you kept others informed.',
    result: 'What changed, with a number if you have one, and who owns it now.',
  },
  {
    id: 'ownership-production-issue',
    competency: 'ownership',
    audience: 'any',
    engineering: true,
    question:
      'Describe a production problem you saw through from first alert to the fix that stopped it recurring.',
    situation: 'The system, the symptom users saw, and how you found out.',
    task: 'Your role in the response and the outcome you were driving towards.',
    action: 'How you diagnosed it, what you mitigated first, and the lasting fix you pushed through.',
    result: 'Time to recovery, what the follow-up prevented, and what you changed in how the team works.',
  },
  {
    id: 'ownership-long-project',
    competency: 'ownership',
    audience: 'senior',
    question:
      'Walk me through a multi-month project you led where you were accountable for the outcome, not just the code.',
    situation: 'The goal, the team, and why it was hard.',
    task: 'What you were accountable for and how success was measured.',
    action: 'How you planned, cut scope, tracked risks, and what you did when it slipped.',
    result: 'The outcome against the original goal, and what you would plan differently.',
  },
  {
    id: 'ambiguity-unclear-problem',
    competency: 'ambiguity',
    audience: 'any',
    question: 'Tell me about a time you had to start work before the requirements were clear.',
    situation: 'What was unknown and why it could not simply be asked.',
    task: 'What you had to deliver and by when.',
    action:
      'How you narrowed it down: the questions, the prototype or spike, the assumptions you wrote down and checked.',
    result: 'What shipped, which assumptions turned out wrong, and how you adjusted.',
  },
  {
    id: 'ambiguity-changing-priorities',
    competency: 'ambiguity',
    audience: 'any',
    question: 'Describe a time priorities changed in the middle of your work.',
    situation: 'What you were building and what changed.',
    task: 'What you had to decide: stop, adapt or finish.',
    action: 'How you wound down or redirected the work and what you preserved.',
    result: 'What the change cost, what it gained, and how you made the next change cheaper.',
  },
  {
    id: 'ambiguity-set-direction',
    competency: 'ambiguity',
    audience: 'senior',
    engineering: true,
    question:
      'Tell me about a time you turned a vague goal into a technical plan other people could execute.',
    situation: 'The goal as it was handed to you, and who was waiting on it.',
    task: 'The decision or plan you had to produce.',
    action: 'How you gathered input, compared options, wrote it down and got agreement.',
    result: 'Whether the plan held up, and what the team delivered with it.',
  },
  {
    id: 'mentoring-helped-grow',
    competency: 'mentoring',
    audience: 'any',
    question: 'Tell me about someone you helped become more effective.',
    situation: 'Who they were, where they were struggling, and how you came to help.',
    task: 'What growth you were aiming for together.',
    action: 'What you did: pairing, reviews, giving them a stretch task, feedback, and how often.',
    result: 'What they can do now that they could not before, in their terms.',
  },
  {
    id: 'mentoring-raise-bar',
    competency: 'mentoring',
    audience: 'senior',
    engineering: true,
    question: 'Describe how you raised the engineering bar of a team without being its manager.',
    situation: 'The practice that was weak: reviews, testing, design docs, on-call.',
    task: 'The standard you wanted and why it mattered.',
    action: 'How you led by example, made it easy, and brought people along rather than imposing it.',
    result: 'What changed in the team’s output, with evidence, and whether it lasted.',
  },
  {
    id: 'mentoring-underperformer',
    competency: 'mentoring',
    audience: 'manager',
    question: 'Tell me about a report who was underperforming and what you did.',
    situation: 'The gap between expectations and what was happening, and how you noticed.',
    task: 'Your responsibility to the person and to the team.',
    action: 'The conversations, the clear expectations and support you put in place, and the timeline.',
    result: 'How it ended, for them and the team, and what you learned about catching it earlier.',
  },
  {
    id: 'cross-team-dependency',
    competency: 'cross-team',
    audience: 'any',
    question: 'Tell me about a project that depended on another team that had different priorities.',
    situation: 'The dependency and why their priorities differed from yours.',
    task: 'What you needed from them and by when.',
    action: 'How you made the case, what you offered in return, and how you kept it moving.',
    result: 'What was delivered and how the relationship was afterwards.',
  },
  {
    id: 'cross-team-non-engineers',
    competency: 'cross-team',
    audience: 'any',
    engineering: true,
    question:
      'Describe working closely with product, design or another non-engineering partner on something hard.',
    situation: 'The feature, the partner, and where your views differed.',
    task: 'What you were responsible for in the partnership.',
    action: 'How you explained technical constraints, offered options with trade-offs, and decided together.',
    result: 'The shipped outcome and what each side learned.',
  },
  {
    id: 'cross-team-alignment',
    competency: 'cross-team',
    audience: 'senior',
    engineering: true,
    question: 'Tell me about a technical change you had to land across several teams.',
    situation: 'The change, the teams affected, and what they stood to lose.',
    task: 'Your role and the deadline or risk driving it.',
    action: 'How you got buy-in, sequenced the migration, and supported the teams doing the work.',
    result: 'Adoption achieved, the time it took, and what you would do differently.',
  },
  {
    id: 'conflict-technical-disagreement',
    competency: 'conflict',
    audience: 'any',
    engineering: true,
    question: 'Tell me about a time you disagreed with a teammate on a technical decision.',
    situation: 'The decision and the two positions, stated fairly.',
    task: 'What needed deciding and why it mattered.',
    action: 'How you understood their view, brought evidence, and agreed how to decide.',
    result: 'What was decided, whether you turned out right, and how you worked together after.',
  },
  {
    id: 'conflict-push-back',
    competency: 'conflict',
    audience: 'any',
    question: 'Describe a time you pushed back on a deadline or a request from someone more senior.',
    situation: 'The request and why you thought it was wrong or risky.',
    task: 'What you owed them and what you owed the users or the team.',
    action: 'How you raised it, the alternatives you offered, and what you did once a decision was made.',
    result: 'The outcome and what it did for trust in both directions.',
  },
  {
    id: 'conflict-team-tension',
    competency: 'conflict',
    audience: 'manager',
    question: 'Tell me about tension between two people or teams that you had to resolve.',
    situation: 'Who was involved and how the conflict showed up in the work.',
    task: 'Your role and what resolution had to achieve.',
    action: 'How you heard each side, separated facts from feelings, and agreed a way forward.',
    result: 'How the work and the relationships changed, and what you put in place to prevent it recurring.',
  },
  {
    id: 'impact-proudest',
    competency: 'impact',
    audience: 'any',
    question: 'What is the piece of work you are proudest of, and what difference did it make?',
    situation: 'The problem and who had it.',
    task: 'Your part, separated from the team’s.',
    action: 'The two or three decisions that made it work.',
    result: 'The measurable change: users, revenue, latency, cost or time saved.',
  },
  {
    id: 'impact-prioritised',
    competency: 'impact',
    audience: 'any',
    question:
      'Tell me about a time you chose to work on something because it mattered most, not because it was asked for.',
    situation: 'The options in front of you.',
    task: 'How you judged what mattered.',
    action: 'How you made the case and what you dropped to do it.',
    result: 'The effect, and whether the bet paid off.',
  },
  {
    id: 'impact-org-level',
    competency: 'impact',
    audience: 'senior',
    engineering: true,
    question: 'Describe work of yours that changed how other teams build, not just what your team shipped.',
    situation: 'The shared problem across teams.',
    task: 'What you set out to change.',
    action: 'The platform, standard or tool you built and how you drove adoption.',
    result: 'How many teams use it and what it saves them.',
  },
  {
    id: 'failure-mistake',
    competency: 'failure',
    audience: 'any',
    question: 'Tell me about a mistake you made at work that had real consequences.',
    situation: 'What happened, without shifting the blame.',
    task: 'What you were responsible for when it went wrong.',
    action: 'How you owned it, fixed the damage and told the people affected.',
    result: 'What you changed so it cannot happen again, and what you learned about yourself.',
  },
  {
    id: 'failure-project-failed',
    competency: 'failure',
    audience: 'any',
    question: 'Describe a project that did not succeed.',
    situation: 'The goal and how it fell short.',
    task: 'Your role in it.',
    action: 'The signals you missed or acted on late, and what you did once it was clear.',
    result: 'What was salvaged and how it changed the way you start projects.',
  },
  {
    id: 'failure-hard-feedback',
    competency: 'failure',
    audience: 'any',
    question: 'Tell me about the hardest feedback you have received and what you did with it.',
    situation: 'The feedback and who gave it.',
    task: 'What you had to change.',
    action: 'The specific things you did differently afterwards.',
    result: 'How you know it worked, ideally through someone else noticing.',
  },
];

export const STAR_PROMPTS: readonly StarPrompt[] = [...CRAFT_PROMPTS, ...LEADERSHIP_PROMPTS];
