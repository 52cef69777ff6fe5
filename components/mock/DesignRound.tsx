import { useState } from 'react';
import { formatClock } from '@/lib/mock/clock';
import { DESIGN_SECTIONS, type DesignMock, type DesignSection, SECTIONS } from '@/lib/mock/design';
import { InterviewerStatus, type InterviewerTurn } from './InterviewerStatus';
import { MockTranscript } from './MockTranscript';
import { VoiceControls, type VoiceProps } from './VoiceControls';

export interface DesignRoundProps {
  mock: DesignMock;
  elapsedMs: number;
  /** The section the clock says the candidate should be in. */
  due: DesignSection;
  interviewer?: InterviewerTurn | null;
  onRetryInterviewer?: () => void;
  voice: VoiceProps;
  onNotes: (section: DesignSection, text: string) => void;
  onAsk: () => void;
  onSay: (text: string) => void;
  onEnd: () => void;
}

/** A design round under way: the clock, the conversation, and notes in the order of the room. */
export function DesignRound({
  mock,
  elapsedMs,
  due,
  interviewer,
  onRetryInterviewer,
  voice,
  onNotes,
  onAsk,
  onSay,
  onEnd,
}: DesignRoundProps) {
  const [draft, setDraft] = useState('');
  const leftMs = mock.roundMinutes * 60_000 - elapsedMs;
  return (
    <section className="mock" aria-label="Mock design interview" data-testid="design-mock">
      <p className="mock-stage">
        <strong>{mock.caseTitle}</strong>
      </p>
      <p className="mock-clock" data-testid="mock-clock">
        {formatClock(elapsedMs)} of {mock.roundMinutes} minutes
        {leftMs < 0 ? `, ${formatClock(-leftMs)} over` : ''} · by now: <strong>{SECTIONS[due].title}</strong>
      </p>
      <MockTranscript transcript={mock.transcript} />
      <InterviewerStatus
        turn={interviewer}
        {...(onRetryInterviewer ? { onRetry: onRetryInterviewer } : {})}
      />
      <label htmlFor="design-answer">Your answer to the interviewer</label>
      <textarea
        id="design-answer"
        rows={2}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <VoiceControls voice={voice} onText={setDraft} />
      <p className="mock-actions">
        <button
          type="button"
          disabled={!draft.trim()}
          onClick={() => {
            voice.stopListening();
            onSay(draft);
            setDraft('');
          }}
        >
          Answer
        </button>
        <button type="button" onClick={onAsk}>
          Ask me a question
        </button>
        <button type="button" className="mock-end" onClick={onEnd}>
          End the round
        </button>
      </p>
      {DESIGN_SECTIONS.map((section) => (
        <label key={section} className={section === due ? 'mock-section-due' : undefined}>
          {SECTIONS[section].title}
          <textarea
            rows={section === 'architecture' || section === 'deep-dives' ? 5 : 3}
            placeholder={SECTIONS[section].guide}
            value={mock.notes[section]}
            onChange={(event) => onNotes(section, event.target.value)}
          />
        </label>
      ))}
    </section>
  );
}
