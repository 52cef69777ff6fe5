import { useState } from 'react';
import { COMPETENCIES, COMPETENCY_LABELS, type Competency } from '@/lib/coach/job/knowledge/competencies';
import { STAR_LABELS, STAR_PARTS, type StoryFields, type StoryNote } from '@/lib/mock/stories';

export interface StoryFormProps {
  initial: StoryFields;
  /** The offline read of the story as it stands (structure and specificity). */
  notesFor: (fields: StoryFields) => StoryNote[];
  /** Competencies the story's own words suggest. */
  suggestFor: (fields: StoryFields) => Competency[];
  onSave: (fields: StoryFields) => void;
  onCancel: () => void;
}

const GUIDES: Record<(typeof STAR_PARTS)[number], string> = {
  situation: 'Two or three sentences of context: where, when, what was at stake.',
  task: 'What was yours to do, and why it was hard.',
  action: 'What you did yourself, step by step, in the first person. The longest part.',
  result: 'How it ended, with a number; for a failure, what you do differently since.',
};

/** A STAR story, written or edited, with its competencies and the interviewer's read of it. */
export function StoryForm({ initial, notesFor, suggestFor, onSave, onCancel }: StoryFormProps) {
  const [fields, setFields] = useState<StoryFields>(initial);
  const set = (patch: Partial<StoryFields>) => setFields((previous) => ({ ...previous, ...patch }));
  const suggested = suggestFor(fields).filter((competency) => !fields.competencies.includes(competency));
  const notes = notesFor(fields);
  return (
    <form
      className="story-form"
      aria-label="Story"
      onSubmit={(event) => {
        event.preventDefault();
        if (fields.title.trim()) onSave(fields);
      }}
    >
      <label>
        Title <input value={fields.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
      {STAR_PARTS.map((part) => (
        <label key={part}>
          {STAR_LABELS[part]}
          <textarea
            rows={3}
            placeholder={GUIDES[part]}
            value={fields[part]}
            onChange={(event) => set({ [part]: event.target.value })}
          />
        </label>
      ))}
      <fieldset>
        <legend>What it shows</legend>
        {COMPETENCIES.map((competency) => (
          <label key={competency}>
            <input
              type="checkbox"
              checked={fields.competencies.includes(competency)}
              onChange={(event) =>
                set({
                  competencies: event.target.checked
                    ? [...fields.competencies, competency]
                    : fields.competencies.filter((kept) => kept !== competency),
                })
              }
            />{' '}
            {COMPETENCY_LABELS[competency]}
          </label>
        ))}
        {suggested.length > 0 && (
          <p className="mock-start-note" data-testid="story-suggested">
            Your words suggest{' '}
            {suggested.map((competency) => COMPETENCY_LABELS[competency].toLowerCase()).join(', ')}.
          </p>
        )}
      </fieldset>
      {notes.length > 0 && (
        <ul className="mock-facts" data-testid="story-notes" aria-label="How an interviewer would hear it">
          {notes.map((note) => (
            <li key={note.text} data-level={note.level}>
              {note.level === 'fix' ? 'Fix: ' : 'Good: '}
              {note.text}
            </li>
          ))}
        </ul>
      )}
      <p className="mock-actions">
        <button type="submit" disabled={!fields.title.trim()}>
          Save the story
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
