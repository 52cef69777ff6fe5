import { useEffect, useRef, useState } from 'react';
import type { VoiceProps } from '@/components/mock/VoiceControls';
import type { MockTurn } from '@/lib/mock/transcript';

/*
 * Voice for the mocks, where the browser has it: speech recognition to answer aloud, speech
 * synthesis to hear the interviewer. Recognition is used only where it runs on the device
 * (`processLocally`): a recogniser that streams the microphone to its vendor's server would take
 * the user's voice out of the browser, which Sparring never does. Where either is missing, the
 * panel says so and typing carries the round.
 */

interface RecognitionResultList {
  length: number;
  [index: number]: { isFinal: boolean; [index: number]: { transcript: string } };
}

interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((event: { resultIndex: number; results: RecognitionResultList }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

type RecognitionConstructor = (new () => Recognition) & {
  /** Whether recognition in these languages can run as asked (here, on the device). */
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<Availability>;
};

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

type LocalRecognition = { create: () => Recognition } | { reason: string };

const CHECKING: LocalRecognition = {
  reason: 'Checking whether this browser can recognise speech on the device…',
};

/** A recogniser that runs on this device for the user's language, or the reason there is none. */
async function localRecognition(lang: string): Promise<LocalRecognition> {
  const Constructor = recognitionConstructor();
  if (!Constructor) return { reason: 'This browser has no speech recognition: type your answers.' };
  const availability = await Constructor.available?.({ langs: [lang], processLocally: true }).catch(
    () => 'unavailable' as const,
  );
  if (availability === undefined)
    return {
      reason:
        "This browser's speech recognition would send your voice to its vendor's server, so Sparring does not use it: type your answers.",
    };
  if (availability !== 'available')
    return {
      reason: `On-device speech recognition for ${lang} is not installed in this browser: type your answers.`,
    };
  return {
    create: () => {
      const recognition = new Constructor();
      recognition.processLocally = true;
      return recognition;
    },
  };
}

export interface Voice {
  /** Why answering aloud is not offered; null when it is. */
  listenUnavailable: string | null;
  listening: boolean;
  /** Start dictating; `onText` gets the whole dictation so far (final and interim words). */
  listen(onText: (text: string) => void): void;
  stopListening(): void;
  /** Why the interviewer cannot be heard; null when a voice is there. */
  speakUnavailable: string | null;
  speak(text: string): void;
}

function useVoice(): Voice {
  const [recognition, setRecognition] = useState<LocalRecognition>(CHECKING);
  const [voices, setVoices] = useState(() => (window.speechSynthesis?.getVoices().length ?? 0) > 0);
  const [listening, setListening] = useState(false);
  const active = useRef<Recognition | null>(null);

  // Voices load after the page: Chrome fills the list later and says so.
  useEffect(() => {
    const synthesis = window.speechSynthesis;
    if (!synthesis) return;
    const update = () => setVoices(synthesis.getVoices().length > 0);
    synthesis.addEventListener('voiceschanged', update);
    return () => {
      synthesis.removeEventListener('voiceschanged', update);
      synthesis.cancel();
    };
  }, []);
  useEffect(() => {
    let live = true;
    void localRecognition(navigator.language).then((found) => live && setRecognition(found));
    return () => {
      live = false;
      active.current?.stop();
    };
  }, []);

  return {
    listenUnavailable: 'reason' in recognition ? recognition.reason : null,
    listening,
    listen(onText) {
      if (!('create' in recognition) || active.current) return;
      const session = recognition.create();
      session.lang = navigator.language;
      session.continuous = true;
      session.interimResults = true;
      session.onresult = (event) => {
        let text = '';
        for (let index = 0; index < event.results.length; index += 1)
          text += event.results[index]?.[0]?.transcript ?? '';
        onText(text.trim());
      };
      const end = () => {
        active.current = null;
        setListening(false);
      };
      session.onend = end;
      session.onerror = end;
      active.current = session;
      setListening(true);
      session.start();
    },
    stopListening() {
      active.current?.stop();
    },
    speakUnavailable: voices ? null : 'This browser has no voice to read the interviewer aloud.',
    speak(text) {
      const synthesis = window.speechSynthesis;
      if (!synthesis || !voices) return;
      synthesis.cancel();
      synthesis.speak(new SpeechSynthesisUtterance(text));
    },
  };
}

/**
 * The voice controls of a round: dictation into the answer box, and each new interviewer turn
 * read aloud while the user has asked for it (never the turns said before the panel opened).
 */
export function useMockVoice(turns: readonly MockTurn[]): VoiceProps {
  const voice = useVoice();
  const [readAloud, setReadAloud] = useState(false);
  const heard = useRef(turns.length);
  const last = turns.at(-1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new turn is the trigger; speak is the same function each render.
  useEffect(() => {
    if (turns.length > heard.current && last?.speaker === 'interviewer' && readAloud) voice.speak(last.text);
    heard.current = turns.length;
  }, [turns.length, last, readAloud]);
  return { ...voice, readAloud, onReadAloudChange: setReadAloud };
}
