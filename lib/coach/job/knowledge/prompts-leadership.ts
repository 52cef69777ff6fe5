import type { StarPrompt } from './prompts';

/**
 * Hiring and prioritisation: the questions every manager loop asks, and the ones anybody who
 * plans their own work can answer.
 */
export const LEADERSHIP_PROMPTS: readonly StarPrompt[] = [
  {
    id: 'hiring-built-team',
    competency: 'hiring',
    audience: 'manager',
    question: 'Tell me about a team you built or grew: how you decided who to hire and how you ran the loop.',
    situation: 'The team, the gap in it, and the time you had.',
    task: 'The roles you had to fill and the bar you set for them.',
    action:
      'How you wrote the role, ran and calibrated the interviews, and closed the candidates you wanted.',
    result: 'Who joined, how they did a year on, and what you changed in the loop afterwards.',
  },
  {
    id: 'hiring-wrong-hire',
    competency: 'hiring',
    audience: 'manager',
    question: 'Tell me about a hire that did not work out. What did you miss, and what did you do?',
    situation: 'The role and what the interviews told you at the time.',
    task: 'What you owed the person and the team once it was clear.',
    action: 'The support and the conversations, and how you decided when to stop.',
    result: 'How it ended, and the signal you now look for in interviews.',
  },
  {
    id: 'hiring-interviewer',
    competency: 'hiring',
    audience: 'any',
    question: 'Tell me about your part in hiring someone: how you judged them and what you recommended.',
    situation: 'The role and your place in the loop.',
    task: 'What you were asked to find out.',
    action: 'The questions you asked, the evidence you wrote down and how you argued in the debrief.',
    result: 'The decision, and how the person did once they joined.',
  },
  {
    id: 'prioritisation-more-than-time',
    competency: 'prioritisation',
    audience: 'any',
    question: 'Tell me about a time you had more to do than time to do it. What did you drop?',
    situation: 'Everything on your plate, and the deadline that made it impossible.',
    task: 'What had to be true at the end for the work to count as a success.',
    action: 'How you ranked the work, who you told, and what you deliberately left undone.',
    result: 'What was delivered, what the dropped work cost, and whether you would choose the same.',
  },
  {
    id: 'prioritisation-said-no',
    competency: 'prioritisation',
    audience: 'manager',
    question: 'Describe a time you said no to a senior stakeholder to protect what your team was doing.',
    situation: 'The request, who made it, and what the team was committed to.',
    task: 'The decision you had to make and who it affected.',
    action: 'How you weighed it, what you offered instead, and how you explained it to both sides.',
    result: 'What happened to the request and to the relationship.',
  },
  {
    id: 'prioritisation-debt-versus-features',
    competency: 'prioritisation',
    audience: 'senior',
    engineering: true,
    question:
      'Tell me about a time you argued for fixing the foundations instead of shipping the next feature.',
    situation: 'The debt or risk, and the feature it competed with.',
    task: 'The case you had to make and to whom.',
    action: 'The evidence you gathered (incidents, lead time, cost) and the plan you proposed.',
    result: 'What was decided, and what the numbers looked like afterwards.',
  },
  {
    id: 'ownership-team-slipping',
    competency: 'ownership',
    audience: 'manager',
    question: 'Tell me about a project your team was going to miss. When did you know, and what did you do?',
    situation: 'The commitment, the team, and the first signal that it was slipping.',
    task: 'What you owed the people depending on it.',
    action: 'How you re-planned, what you cut or added, and when and how you told stakeholders.',
    result: 'What shipped and when, and what you now do at the start of every project.',
  },
  {
    id: 'impact-set-strategy',
    competency: 'impact',
    audience: 'manager',
    question:
      'Tell me about a strategy you set for your team or group: what you chose not to do, and how you knew it was working.',
    situation: 'Where the group was, and what the business needed from it.',
    task: 'The direction you were responsible for setting, and who had to agree.',
    action: 'How you chose, what you said no to, how you explained it, and the measures you tracked.',
    result: 'What changed in the numbers and in how the teams worked, and what you revised along the way.',
  },
];
