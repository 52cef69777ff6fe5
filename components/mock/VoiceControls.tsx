export interface VoiceProps {
  /** Why answering aloud is not offered; null when it is. */
  listenUnavailable: string | null;
  listening: boolean;
  listen(onText: (text: string) => void): void;
  stopListening(): void;
  /** Why the interviewer cannot be heard; null when a voice is there. */
  speakUnavailable: string | null;
  readAloud: boolean;
  onReadAloudChange(on: boolean): void;
}

/** Answer aloud and hear the interviewer where the browser can; otherwise say why, and typing carries on. */
export function VoiceControls({ voice, onText }: { voice: VoiceProps; onText: (text: string) => void }) {
  return (
    <div className="mock-voice" data-testid="mock-voice">
      {voice.listenUnavailable === null ? (
        <button
          type="button"
          aria-pressed={voice.listening}
          onClick={() => (voice.listening ? voice.stopListening() : voice.listen(onText))}
        >
          {voice.listening ? 'Stop listening' : 'Answer aloud'}
        </button>
      ) : (
        <p className="mock-start-note" data-testid="listen-unavailable">
          {voice.listenUnavailable}
        </p>
      )}
      {voice.speakUnavailable === null ? (
        <label>
          <input
            type="checkbox"
            checked={voice.readAloud}
            onChange={(event) => voice.onReadAloudChange(event.target.checked)}
          />{' '}
          Read the interviewer aloud
        </label>
      ) : (
        <p className="mock-start-note" data-testid="speak-unavailable">
          {voice.speakUnavailable}
        </p>
      )}
    </div>
  );
}
