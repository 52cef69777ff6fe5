import type { ReactNode } from 'react';
import type { QuizStats } from '@/lib/quiz/stats';
import { TOPIC_LABELS, type Topic } from '@/lib/quiz/topics';
import type { QuizView } from '@/lib/quiz/view';
import { AllDone } from './quiz/AllDone';
import { CardQuestionView } from './quiz/CardQuestionView';
import { ChoiceQuestionView } from './quiz/ChoiceQuestionView';
import { StatsBar } from './quiz/StatsBar';
import { TopicPicker } from './quiz/TopicPicker';

export interface QuizActions {
  select(choice: number): void;
  submit(): void;
  next(): void;
  flip(): void;
  grade(key: number): void;
  toggleTopic(topic: Topic): void;
}

export interface PopupAppProps {
  view: QuizView;
  stats: QuizStats | null;
  topics: readonly Topic[] | null;
  actions: QuizActions;
  now: Date;
  onOpenPanel(): void;
  /** Model-generated questions, when a model is configured (loaded after first paint). */
  generate?: ReactNode;
  /** Problems due for review and the way to the progress page (loaded after first paint). */
  due?: ReactNode;
}

export function PopupApp({ view, stats, topics, actions, now, onOpenPanel, generate, due }: PopupAppProps) {
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Sparring</h1>
        <StatsBar stats={stats} />
      </header>
      <QuizBody view={view} actions={actions} now={now} />
      {generate}
      {due}
      <footer className="popup-footer">
        {topics && <TopicPicker chosen={topics} onToggle={actions.toggleTopic} />}
        <button type="button" onClick={onOpenPanel}>
          Open side panel
        </button>
      </footer>
    </main>
  );
}

function QuizBody({ view, actions, now }: { view: QuizView; actions: QuizActions; now: Date }) {
  switch (view.kind) {
    case 'loading':
      return <p className="quiz-status">Loading your next question…</p>;
    case 'error':
      return (
        <p className="quiz-status" role="alert">
          {view.message}
        </p>
      );
    case 'done':
      return <AllDone nextDueAt={view.nextDueAt} newLimitReached={view.newLimitReached} now={now} />;
    case 'question': {
      const { question, reason } = view.pick;
      return (
        <section
          className="quiz-question"
          data-testid="question"
          data-question-id={question.id}
          data-type={question.type}
          aria-live="polite"
        >
          <p className="quiz-meta">
            {TOPIC_LABELS[question.topic]} · {reason === 'due' ? 'Review' : 'New'}
            {question.generated && ' · Generated'}
          </p>
          <h2 className="quiz-prompt">{question.prompt}</h2>
          {question.type === 'choice' ? (
            <ChoiceQuestionView
              question={question}
              selected={view.selected}
              answered={view.answered}
              onSelect={actions.select}
              onSubmit={actions.submit}
              onNext={actions.next}
            />
          ) : (
            <CardQuestionView
              question={question}
              flipped={view.flipped}
              graded={view.answered !== null}
              onFlip={actions.flip}
              onGrade={actions.grade}
            />
          )}
        </section>
      );
    }
  }
}
