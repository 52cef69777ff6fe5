import type { ChoiceQuestion } from '@/lib/quiz/topics';

export interface ChoiceQuestionViewProps {
  question: ChoiceQuestion;
  selected: number | null;
  answered: { correct: boolean } | null;
  onSelect(choice: number): void;
  onSubmit(): void;
  onNext(): void;
}

export function ChoiceQuestionView({
  question,
  selected,
  answered,
  onSelect,
  onSubmit,
  onNext,
}: ChoiceQuestionViewProps) {
  const mark = (index: number) => {
    if (!answered) return index === selected ? 'selected' : '';
    if (index === question.answer) return 'correct';
    return index === selected ? 'wrong' : '';
  };
  return (
    <>
      <ol className="quiz-choices">
        {question.choices.map((choice, index) => (
          <li key={choice}>
            <button
              type="button"
              data-quiz-key
              className={`quiz-choice ${mark(index)}`}
              aria-pressed={index === selected}
              disabled={answered !== null}
              onClick={() => onSelect(index)}
            >
              <kbd>{index + 1}</kbd> {choice}
            </button>
          </li>
        ))}
      </ol>
      {answered ? (
        <>
          <p className={`quiz-verdict ${answered.correct ? 'correct' : 'wrong'}`} data-testid="verdict">
            {answered.correct ? 'Right.' : `Not quite: the answer is ${question.answer + 1}.`}
          </p>
          <p className="quiz-explanation" data-testid="explanation">
            {question.explanation}
          </p>
          <button type="button" data-quiz-key className="quiz-primary" onClick={onNext}>
            Next <kbd>Enter</kbd>
          </button>
        </>
      ) : (
        <button
          type="button"
          data-quiz-key
          className="quiz-primary"
          disabled={selected === null}
          onClick={onSubmit}
        >
          Check <kbd>Enter</kbd>
        </button>
      )}
    </>
  );
}
