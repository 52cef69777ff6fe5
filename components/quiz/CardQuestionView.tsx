import type { CardQuestion } from '@/lib/quiz/topics';

export interface CardQuestionViewProps {
  question: CardQuestion;
  flipped: boolean;
  graded: boolean;
  onFlip(): void;
  onGrade(key: number): void;
}

const GRADES = ['Again', 'Hard', 'Good', 'Easy'] as const;

export function CardQuestionView({ question, flipped, graded, onFlip, onGrade }: CardQuestionViewProps) {
  if (!flipped) {
    return (
      <button type="button" data-quiz-key className="quiz-primary" onClick={onFlip}>
        Show answer <kbd>Space</kbd>
      </button>
    );
  }
  return (
    <>
      <p className="quiz-model-answer" data-testid="model-answer">
        {question.answer}
      </p>
      <p className="quiz-explanation" data-testid="explanation">
        {question.explanation}
      </p>
      <fieldset className="quiz-grades" disabled={graded}>
        <legend>How well did you recall it?</legend>
        {GRADES.map((grade, index) => (
          <button type="button" data-quiz-key key={grade} onClick={() => onGrade(index + 1)}>
            <kbd>{index + 1}</kbd> {grade}
          </button>
        ))}
      </fieldset>
    </>
  );
}
