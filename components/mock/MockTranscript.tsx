import type { MockTurn } from '@/lib/mock/transcript';

/** What was said in the round so far, read out as it grows. */
export function MockTranscript({ transcript }: { transcript: readonly MockTurn[] }) {
  return (
    <ol className="mock-transcript" data-testid="mock-transcript" aria-live="polite">
      {transcript.map((turn, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: turns are only ever appended, so the index is stable.
        <li key={index} data-speaker={turn.speaker}>
          <strong>{turn.speaker === 'interviewer' ? 'Interviewer' : 'You'}:</strong> {turn.text}
        </li>
      ))}
    </ol>
  );
}
