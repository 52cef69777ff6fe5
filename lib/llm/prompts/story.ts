import type { StoryBrief } from '../../mock/brief';
import { type BuiltPrompt, block, system } from './shared';

export const version = 'story-feedback@1';

const STORY_BUDGET = 1_500;

const INSTRUCTIONS = `Task: give feedback on one behavioural-interview story the user wrote in STAR form, as an interviewer who has heard hundreds of them would.
Judge two things:
- Structure: the situation is short (two or three sentences); the task is the user's own; the action is the longest part, in the first person, with the decisions taken and why; the result lands with a measure and what changed.
- Specificity: numbers, the systems and people involved, the user's own decisions. Flag vague words ("helped", "worked on", "we", "improved") and say what detail would replace each.
Also say whether it answers the question given, if there is one, and which of its tagged competencies it shows best.
Write "What works" and "What to fix" as short bullet points (eight at most in all), then one rewritten sentence for the weakest line. Never invent facts about the story; where a detail is missing, ask for it.`;

export function buildStoryFeedbackPrompt(brief: StoryBrief): BuiltPrompt {
  const { story } = brief;
  const text = [
    `Title: ${story.title}`,
    `Competencies tagged: ${story.competencies.join(', ') || 'none'}`,
    `Situation: ${story.situation}`,
    `Task: ${story.task}`,
    `Action: ${story.action}`,
    `Result: ${story.result}`,
  ].join('\n');
  return {
    flow: 'story-feedback',
    version,
    messages: [
      system(INSTRUCTIONS),
      {
        role: 'user',
        content: [
          brief.question
            ? `The question it should answer: ${brief.question}`
            : 'No particular question: judge it as a story to keep.',
          `The story:\n${block('user_text', text, STORY_BUDGET)}`,
        ].join('\n\n'),
      },
    ],
  };
}
