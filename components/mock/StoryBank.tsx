import { type ReactNode, useState } from 'react';
import { COMPETENCY_LABELS } from '@/lib/coach/job/knowledge/competencies';
import {
  type PromptMatch,
  REHEARSAL_GRADES,
  type RehearsalGrade,
  STAR_LABELS,
  STAR_PARTS,
  type Story,
  type StoryGap,
} from '@/lib/mock/stories';

export interface StoryBankProps {
  stories: readonly Story[];
  /** The posting's behavioural prompts, each with the stories that answer it. */
  matches: readonly PromptMatch[];
  gaps: readonly StoryGap[];
  /** The story up for rehearsal now, with the question to answer; null when none is due. */
  rehearsal: { story: Story; question: string; due: number } | null;
  onAdd: () => void;
  onEdit: (story: Story) => void;
  onDelete: (story: Story) => void;
  onRehearsed: (story: Story, grade: RehearsalGrade) => void;
  /** Model feedback on a story (its button and answer), when a model is configured. */
  feedbackFor?: (story: Story) => ReactNode;
  /** A story being written or edited: shown in place of the bank until it is saved or cancelled. */
  form?: ReactNode;
}

function Rehearsal({
  rehearsal,
  onRehearsed,
}: Pick<StoryBankProps, 'onRehearsed'> & { rehearsal: NonNullable<StoryBankProps['rehearsal']> }) {
  const [shown, setShown] = useState(false);
  const { story, question, due } = rehearsal;
  return (
    <div className="story-rehearsal" data-testid="story-rehearsal">
      <h3>
        Rehearse ({due} due): {story.title}
      </h3>
      <p>{question}</p>
      <p className="mock-start-note">Tell it aloud, in two minutes, then compare.</p>
      {shown ? (
        <dl>
          {STAR_PARTS.map((part) => (
            <div key={part}>
              <dt>{STAR_LABELS[part]}</dt>
              <dd>{story[part] || '(empty)'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <button type="button" onClick={() => setShown(true)}>
          Show the story
        </button>
      )}
      <p className="mock-actions">
        {([1, 2, 3, 4] as const).map((grade) => (
          <button key={grade} type="button" onClick={() => onRehearsed(story, grade)}>
            {REHEARSAL_GRADES[grade]}
          </button>
        ))}
      </p>
    </div>
  );
}

/** The user's STAR stories against this posting's prompts: matches, gaps, and one up for rehearsal. */
export function StoryBank({
  stories,
  matches,
  gaps,
  rehearsal,
  onAdd,
  onEdit,
  onDelete,
  onRehearsed,
  feedbackFor,
  form,
}: StoryBankProps) {
  return (
    // Closed until opened, as the coach's sections are: the posting's panel opens on its summary.
    <details className="job-section" data-section="stories" data-testid="story-bank">
      <summary>
        <h2>Your stories</h2>
        <span className="job-count">{stories.length}</span>
      </summary>
      <div className="job-section-body">
        {form ?? (
          <>
            {gaps.length > 0 && (
              <ul className="story-gaps" data-testid="story-gaps">
                {gaps.map((gap) => (
                  <li key={gap.competency} className="story-gap">
                    {gap.message}
                  </li>
                ))}
              </ul>
            )}
            {matches.length > 0 && (
              <ul className="story-matches" data-testid="story-matches">
                {matches.map(({ prompt, stories: answers }) => (
                  <li key={prompt.id}>
                    <span className="job-competency">{prompt.competencyLabel}</span> {prompt.question}{' '}
                    <strong>{answers[0] ? `→ ${answers[0].title}` : '→ no story yet'}</strong>
                  </li>
                ))}
              </ul>
            )}
            {rehearsal && <Rehearsal rehearsal={rehearsal} onRehearsed={onRehearsed} />}
            {stories.length > 0 && (
              <ul className="story-list" data-testid="story-list">
                {stories.map((story) => (
                  <li key={story.id}>
                    <strong>{story.title}</strong>{' '}
                    <span className="mock-start-note">
                      {story.competencies.map((competency) => COMPETENCY_LABELS[competency]).join(', ') ||
                        'no competency yet'}
                    </span>{' '}
                    <button type="button" onClick={() => onEdit(story)} aria-label={`Edit ${story.title}`}>
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => onDelete(story)}
                      aria-label={`Delete ${story.title}`}
                    >
                      Delete
                    </button>
                    {feedbackFor?.(story)}
                  </li>
                ))}
              </ul>
            )}
            <button type="button" onClick={onAdd}>
              Add a story
            </button>
          </>
        )}
      </div>
    </details>
  );
}
