import { useState } from 'react';
import { formatClock } from '@/lib/mock/clock';
import { CODING_STAGES, type CodingMock, type StageClock } from '@/lib/mock/coding';
import { stagesOf } from '@/lib/mock/coding-stages';
import { InterviewerStatus, type InterviewerTurn } from './InterviewerStatus';
import { MockTranscript } from './MockTranscript';
import { VoiceControls, type VoiceProps } from './VoiceControls';

export interface CodingRoundProps {
  mock: CodingMock;
  clock: StageClock;
  interviewer?: InterviewerTurn | null;
  onRetryInterviewer?: () => void;
  voice: VoiceProps;
  onSay: (text: string) => void;
  onNextStage: () => void;
  /** Done coding: the panel reads the page's editor, then moves on to testing. */
  onDoneCoding: () => void;
  onNextFollowUp: () => void;
  onEnd: () => void;
}

/** A coding round under way: the stage, its clock, what the interviewer said, and the answer box. */
export function CodingRound({
  mock,
  clock,
  interviewer,
  onRetryInterviewer,
  voice,
  onSay,
  onNextStage,
  onDoneCoding,
  onNextFollowUp,
  onEnd,
}: CodingRoundProps) {
  const [draft, setDraft] = useState('');
  const stage = clock.stage;
  const spec = stagesOf(mock.round)[stage];
  const overStage = clock.spentMs > clock.budgetMs;
  const followUpsLeft = mock.followUps.length - mock.followUpsAsked;
  const say = () => {
    if (!draft.trim()) return;
    voice.stopListening();
    onSay(draft);
    setDraft('');
  };
  return (
    <section className="mock" aria-label="Mock interview" data-testid="coding-mock">
      <p className="mock-stage" data-testid="mock-stage">
        Stage {CODING_STAGES.indexOf(stage) + 1} of {CODING_STAGES.length}: <strong>{spec.title}</strong>
      </p>
      <p className="mock-clock" data-testid="mock-clock">
        <span className={overStage ? 'mock-over' : undefined}>
          {formatClock(clock.spentMs)} of {formatClock(clock.budgetMs)} for this stage
        </span>{' '}
        ·{' '}
        {clock.roundLeftMs >= 0
          ? `${formatClock(clock.roundLeftMs)} left`
          : `${formatClock(-clock.roundLeftMs)} over`}{' '}
        of {mock.roundMinutes} minutes
      </p>
      <MockTranscript transcript={mock.transcript} />
      <InterviewerStatus
        turn={interviewer}
        {...(onRetryInterviewer ? { onRetry: onRetryInterviewer } : {})}
      />
      <details className="mock-listens">
        <summary>What the interviewer listens for</summary>
        <ul>
          {spec.listensFor.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <label htmlFor="mock-answer">Your answer (type what you would say aloud)</label>
      <textarea
        id="mock-answer"
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) say();
        }}
      />
      <VoiceControls voice={voice} onText={setDraft} />
      <p className="mock-actions">
        <button type="button" onClick={say} disabled={!draft.trim()}>
          Answer
        </button>
        {stage === 'code' ? (
          <button type="button" onClick={onDoneCoding}>
            {mock.round === 'query' ? "I'm done with the query" : "I'm done coding"}
          </button>
        ) : stage === 'follow-ups' ? (
          <>
            {followUpsLeft > 0 && !mock.withModel && (
              <button type="button" onClick={onNextFollowUp}>
                Next follow-up
              </button>
            )}
            <button type="button" onClick={onNextStage}>
              Finish the round
            </button>
          </>
        ) : (
          <button type="button" onClick={onNextStage}>
            Next stage
          </button>
        )}
        {stage !== 'follow-ups' && (
          <button type="button" className="mock-end" onClick={onEnd}>
            End the round now
          </button>
        )}
      </p>
    </section>
  );
}
