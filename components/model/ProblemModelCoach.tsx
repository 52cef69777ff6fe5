import { useId, useState } from 'react';
import { type FlowRequest, slotOf } from '@/lib/llm/flows';
import type { HintAttempt } from '@/lib/llm/prompts/attempt';
import { attemptInputs } from '@/lib/llm/prompts/attempt-inputs';
import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { type Answer, AnswerView } from './AnswerView';
import { ChatView } from './ChatView';

export interface AnswerControls {
  /** By slot: the flow registry names each (slotOf). */
  answers: Record<string, Answer>;
  onStop(slot: string): void;
  onRetry(slot: string): void;
  onRegenerate(slot: string): void;
  onContinue(slot: string): void;
  onOpenOptions(): void;
  /** Empty this page's chat (its history is what makes a request too long). */
  onClearChat(): void;
}

/** The props of one answer slot's view. */
export function answerProps(props: AnswerControls, request: FlowRequest) {
  const slot = slotOf(request);
  return {
    answer: props.answers[slot],
    onStop: () => props.onStop(slot),
    onRetry: () => props.onRetry(slot),
    onRegenerate: () => props.onRegenerate(slot),
    onContinue: () => props.onContinue(slot),
    onOpenOptions: props.onOpenOptions,
    ...(request.flow === 'chat' ? { onClearChat: props.onClearChat } : {}),
  };
}

export interface ProblemModelCoachProps extends AnswerControls {
  /** `attempt`: where the user is, for a hint that builds on it (absent when there is nothing). */
  onHint(level: 1 | 2 | 3 | 4, confirmedSolution: boolean, attempt?: HintAttempt): void;
  /** The approach last sent to "Check my approach" on this problem, which the next hint builds on. */
  lastApproach?: HintAttempt['approach'];
  onApproach(approach: string): void;
  onReview(code: string): void;
  /** Reads the code from the page's editor; absent where the page has none Sparring can read. */
  onReadCode?: () => Promise<string | null>;
  chat: ChatTurn[];
  onChat(message: string): void;
}

const LEVEL_NAMES = ['Nudge', 'Approach', 'Outline', 'Full solution'] as const;
const NO_EDITOR = 'No editor Sparring can read on this page: paste your code instead.';

/** "Using your code and your last approach", for a hint that was built on them. */
function UsedInputs({ attempt }: { attempt: HintAttempt | undefined }) {
  const used = attemptInputs(attempt);
  return used ? (
    <p className="note" data-testid="hint-inputs">
      Using {used}
    </p>
  ) : null;
}

/** The model's help on a problem: the hint ladder, approach check, code review and chat. */
export function ProblemModelCoach(props: ProblemModelCoachProps) {
  const ids = { approach: useId(), code: useId() };
  const [approach, setApproach] = useState('');
  const [code, setCode] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [codeNote, setCodeNote] = useState('');
  // The code the next hint builds on: read only when the user presses the hint section's button.
  const [hintCode, setHintCode] = useState<string | null>(null);
  const [hintCodeNote, setHintCodeNote] = useState('');
  const hint = (level: number) => props.answers[slotOf({ flow: 'hint', level })];
  const levelsAsked = ([1, 2, 3, 4] as const).filter((level) => hint(level));
  const next = (levelsAsked.length + 1) as 1 | 2 | 3 | 4;
  // One level at a time: a click while a level is still being written would skip ahead.
  const writing = levelsAsked.some((level) => hint(level)?.status === 'streaming');
  const attempt: HintAttempt = {
    ...(hintCode ? { code: hintCode } : {}),
    ...(props.lastApproach ? { approach: props.lastApproach } : {}),
  };
  const nextUses = attemptInputs(attempt);
  const askHint = (level: 1 | 2 | 3 | 4, confirmed: boolean) =>
    props.onHint(level, confirmed, nextUses ? attempt : undefined);
  const readForHint = () => {
    setHintCodeNote('');
    void props.onReadCode?.().then((read) => {
      if (read?.trim()) setHintCode(read);
      else setHintCodeNote(NO_EDITOR);
    });
  };

  return (
    <article className="model-coach" aria-label="Model coach">
      <section aria-labelledby="model-hints">
        <h2 id="model-hints">Hints from the model</h2>
        {levelsAsked.map((level) => (
          <div key={level} className="hint-level">
            <h3>
              Level {level}: {LEVEL_NAMES[level - 1]}
            </h3>
            <UsedInputs attempt={hint(level)?.request.attempt} />
            <AnswerView {...answerProps(props, { flow: 'hint', level })} />
          </div>
        ))}
        {next <= 4 && (props.onReadCode || nextUses) && (
          <p>
            {props.onReadCode && (
              <button type="button" onClick={readForHint}>
                {hintCode ? 'Read my code again' : 'Read my code for hints'}
              </button>
            )}{' '}
            {hintCode && (
              <button type="button" onClick={() => setHintCode(null)}>
                Leave my code out
              </button>
            )}
            {nextUses && <span className="note"> The next hint starts from {nextUses}.</span>}
            {hintCodeNote && <span className="note"> {hintCodeNote}</span>}
          </p>
        )}
        {next <= 3 && (
          <button type="button" disabled={writing} onClick={() => askHint(next, false)}>
            Next hint
          </button>
        )}
        {next === 4 && !confirming && (
          <button type="button" disabled={writing} onClick={() => setConfirming(true)}>
            Show the full solution…
          </button>
        )}
        {next === 4 && confirming && (
          <fieldset className="confirm">
            <legend>This shows complete code and ends the exercise.</legend>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                askHint(4, true);
              }}
            >
              Yes, show the full solution
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </fieldset>
        )}
      </section>

      <section aria-labelledby="model-approach">
        <h2 id="model-approach">Check my approach</h2>
        <label htmlFor={ids.approach}>Your approach</label>
        <textarea
          id={ids.approach}
          rows={4}
          value={approach}
          onChange={(e) => setApproach(e.currentTarget.value)}
        />
        <button type="button" disabled={!approach.trim()} onClick={() => props.onApproach(approach)}>
          Check my approach
        </button>
        <AnswerView {...answerProps(props, { flow: 'approach' })} />
      </section>

      <section aria-labelledby="model-review">
        <h2 id="model-review">Review my code</h2>
        <label htmlFor={ids.code}>Your code</label>
        <textarea
          id={ids.code}
          rows={8}
          spellCheck={false}
          className="code-input"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        {props.onReadCode && (
          <button
            type="button"
            onClick={() => {
              setCodeNote('');
              void props.onReadCode?.().then((read) => {
                if (read) setCode(read);
                else setCodeNote(NO_EDITOR);
              });
            }}
          >
            Read code from the page
          </button>
        )}
        <button type="button" disabled={!code.trim()} onClick={() => props.onReview(code)}>
          Review my code
        </button>
        {codeNote && <p className="note">{codeNote}</p>}
        <AnswerView {...answerProps(props, { flow: 'review' })} />
      </section>

      <ChatView turns={props.chat} onSend={props.onChat} {...answerProps(props, { flow: 'chat' })} />
    </article>
  );
}
