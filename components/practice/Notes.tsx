import { useEffect, useId, useState } from 'react';
import { SafeMarkdown } from '@/components/SafeMarkdown';
import { MAX_NOTE_CHARS } from '@/lib/storage/history';
import './practice.css';

export interface NotesProps {
  /** The saved note ('' for none). */
  text: string;
  /** Open and shown first: the problem is back for review and these are the user's notes on it. */
  forReview: boolean;
  onSave(text: string): void;
}

/**
 * The user's notes on the problem, in Markdown, rendered as model answers are (no raw HTML, only
 * http(s) links, no images). Written here beside the coach; shown first when the problem comes
 * back for review.
 */
export function Notes({ text, forReview, onSave }: NotesProps) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [editing, setEditing] = useState(text === '');
  useEffect(() => {
    setDraft(text);
    setEditing(text === '');
  }, [text]);
  const changed = draft !== text;

  return (
    <details className="practice-notes" open={forReview || text !== ''} data-testid="notes">
      <summary>{forReview && text ? 'Your notes from last time' : 'Your notes'}</summary>
      {text && !editing ? (
        <>
          <SafeMarkdown text={text} />
          <button type="button" onClick={() => setEditing(true)}>
            Edit notes
          </button>
        </>
      ) : (
        <>
          <label htmlFor={id}>
            Notes in Markdown: the key idea, what tripped you up, what to try next time
          </label>
          <textarea
            id={id}
            rows={5}
            maxLength={MAX_NOTE_CHARS}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="button" disabled={!changed} onClick={() => onSave(draft.trim())}>
            Save notes
          </button>
          {text && (
            <button
              type="button"
              onClick={() => {
                setDraft(text);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          )}
        </>
      )}
    </details>
  );
}
