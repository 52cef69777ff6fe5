import { AnswerView, type AnswerViewProps } from './AnswerView';

export interface StoryFeedbackProps {
  title: string;
  onAsk(): void;
  /** The feedback answer when it is this story's; null for the bank's other stories. */
  view: AnswerViewProps | null;
}

/** A story's "Feedback on this story": the model's feedback streamed under it, with Stop and Retry. */
export function StoryFeedback({ title, onAsk, view }: StoryFeedbackProps) {
  const busy = view?.answer?.status === 'streaming';
  return (
    <>
      {' '}
      <button type="button" onClick={onAsk} disabled={busy} aria-label={`Feedback on ${title}`}>
        Feedback on this story
      </button>
      {view?.answer && (
        <section className="story-feedback" data-testid="story-feedback" aria-label={`Feedback on ${title}`}>
          <AnswerView {...view} />
        </section>
      )}
    </>
  );
}
