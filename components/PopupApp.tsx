import type { ReactNode } from 'react';
import type { QuizStats } from '@/lib/quiz/stats';
import { TOPIC_LABELS, type Topic } from '@/lib/quiz/topics';
import type { QuizView } from '@/lib/quiz/view';
import { AllDone } from './quiz/AllDone';
import { CardQuestionView } from './quiz/CardQuestionView';
import { ChoiceQuestionView } from './quiz/ChoiceQuestionView';
import { QuizSettings } from './quiz/QuizSettings';
import { StatsBar } from './quiz/StatsBar';

export interface QuizActions {
  select(choice: number): void;
  submit(): void;
  next(): void;
  flip(): void;
  grade(key: number): void;
  toggleTopic(topic: Topic): void;
  setNewPerDay(count: number): void;
  studyMore(): void;
}

export interface PopupAppProps {
  view: QuizView;
  stats: QuizStats | null;
  /** The quiz's settings, once loaded. */
  prefs: { topics: readonly Topic[]; newPerDay: number } | null;
  /** How many more new questions "Study more" allows. */
  studyMoreCount: number;
  actions: QuizActions;
  now: Date;
  onOpenPanel(): void;
  /** Model-generated questions, when a model is configured (loaded after first paint). */
  generate?: ReactNode;
  /** Problems due for review and the way to the progress page (loaded after first paint). */
  due?: ReactNode;
}

export function PopupApp({
  view,
  stats,
  prefs,
  studyMoreCount,
  actions,
  now,
  onOpenPanel,
  generate,
  due,
}: PopupAppProps) {
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Sparring</h1>
        <StatsBar stats={stats} />
      </header>
      <QuizBody view={view} actions={actions} now={now} studyMoreCount={studyMoreCount} />
      {generate}
      {due}
      <footer className="popup-footer">
        {prefs && (
          <QuizSettings
            chosen={prefs.topics}
            newPerDay={prefs.newPerDay}
            onToggle={actions.toggleTopic}
            onNewPerDay={actions.setNewPerDay}
          />
        )}
        <button type="button" className="popup-panel-button" onClick={onOpenPanel}>
          Open side panel
        </button>
      </footer>
    </main>
  );
}

interface QuizBodyProps {
  view: QuizView;
  actions: QuizActions;
  now: Date;
  studyMoreCount: number;
}

function QuizBody({ view, actions, now, studyMoreCount }: QuizBodyProps) {
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
      return (
        <AllDone
          nextDueAt={view.nextDueAt}
          newLimitReached={view.newLimitReached}
          now={now}
          studyMoreCount={studyMoreCount}
          onStudyMore={actions.studyMore}
        />
      );
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
