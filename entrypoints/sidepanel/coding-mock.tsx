import { type ReactNode, useEffect, useRef } from 'react';
import { type Browser, browser } from 'wxt/browser';
import { CodingRound } from '@/components/mock/CodingRound';
import { MockHistory } from '@/components/mock/MockHistory';
import { SelfReview } from '@/components/mock/SelfReview';
import type { LibraryMatch } from '@/lib/coach/problem/library/lookup';
import type { ProblemContext } from '@/lib/extract/context';
import { EditorRead, sendMessage } from '@/lib/messaging';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';
import {
  addCandidateTurn,
  advance,
  askFollowUp,
  type CodingMock,
  endRound,
  isStage,
  STAGES,
  stageClock,
  startCodingMock,
  withCode,
} from '@/lib/mock/coding';
import { codingFacts } from '@/lib/mock/evidence';
import { codingResult } from '@/lib/mock/results';
import { buildScorecard, DIMENSIONS } from '@/lib/mock/rubric';
import type { MockTurn } from '@/lib/mock/transcript';
import { useActiveMock, useMockResults, useNow } from './mock-state';
import { useMockVoice } from './voice';

const NO_TURNS: readonly MockTurn[] = [];

/** A port to the tab's content script that keeps the page's giveaways hidden while it is open. */
function holdConcealed(tabId: number): Browser.runtime.Port {
  const port = browser.tabs.connect(tabId, { name: PAGE_CONCEAL_PORT });
  // A page without the content script (yet) closes it at once: nothing was hidden there.
  port.onDisconnect.addListener(() => void browser.runtime.lastError);
  return port;
}

export interface ProblemMockProps {
  tabId: number;
  context: ProblemContext;
  contextKey: string;
  library: LibraryMatch | null;
  /** The coach: shown when no round is under way (its hints would give the problem away). */
  children: ReactNode;
}

/**
 * The coding mock on the open problem, offline: the five stages on the clock, the library's
 * follow-ups, a self-review on the rubric, the scorecard saved to the history. While the round
 * runs, the coach steps aside and the page's giveaways are hidden.
 */
export function ProblemMock({ tabId, context, contextKey, library, children }: ProblemMockProps) {
  const { mock, ready, saveError, start, update } = useActiveMock<CodingMock>(contextKey, 'coding');
  const history = useMockResults();
  const underWay = mock !== null && isStage(mock.phase);
  const now = useNow(underWay);
  const voice = useMockVoice(mock?.transcript ?? NO_TURNS);
  // Hide the page's difficulty, tags, hints and solutions while the round runs, holding a port
  // open to the page (again after each read of the page, so a reload is hidden too). The port
  // closes when the round ends, the panel moves on or the panel itself closes. The new port opens
  // before the old one closes, so a re-read never flashes the giveaways.
  const held = useRef<Browser.runtime.Port | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new read of the page is the trigger.
  useEffect(() => {
    const previous = held.current;
    held.current = underWay ? holdConcealed(tabId) : null;
    previous?.disconnect();
  }, [tabId, underWay, context]);
  useEffect(() => () => held.current?.disconnect(), []);

  if (!ready) return null;
  const unsaved = saveError ? (
    <p role="alert" className="status-error">
      {saveError}
    </p>
  ) : null;

  if (mock && isStage(mock.phase)) {
    const clock = stageClock(mock, now);
    if (!clock) return null;
    return (
      <>
        {unsaved}
        <CodingRound
          mock={mock}
          clock={clock}
          voice={voice}
          onSay={(text) => update((current, at) => addCandidateTurn(current, text, at))}
          onNextStage={() => update((current, at) => advance(current, at))}
          onDoneCoding={() =>
            void sendMessage(EditorRead, { tabId }).then(
              (read) => update((current, at) => advance(withCode(current, read.code), at)),
              () => update((current, at) => advance(current, at)),
            )
          }
          onNextFollowUp={() => update((current, at) => askFollowUp(current, at))}
          onEnd={() => update((current, at) => endRound(current, at))}
        />
      </>
    );
  }

  if (mock) {
    const facts = codingFacts(mock, now);
    return (
      <>
        {unsaved}
        <SelfReview
          facts={facts}
          onDiscard={() => update(() => null)}
          onSubmit={(scores, summary) => {
            const at = Date.now();
            const scorecard = buildScorecard(
              DIMENSIONS.map((dimension) => ({
                dimension,
                score: scores[dimension],
                evidence: facts[dimension],
              })),
              summary,
              'self',
            );
            void history.add(codingResult(mock, scorecard, at)).then(() => update(() => null));
          }}
        />
      </>
    );
  }

  const difficulty = context.difficulty ?? library?.entry.difficulty;
  return (
    <>
      {unsaved}
      <section className="mock-start" aria-label="Mock interview">
        <button
          type="button"
          onClick={() =>
            start(
              startCodingMock({
                contextKey,
                problem: { site: context.site, title: context.title, url: context.url, difficulty },
                followUps: library?.entry.followUps ?? null,
                now: Date.now(),
              }),
            )
          }
        >
          Start a mock interview
        </button>{' '}
        <span className="mock-start-note">
          {difficulty ? `${difficulty}: ` : ''}a timed round in five stages, from “
          {STAGES.clarify.title.toLowerCase()}” to follow-ups
          {context.site === 'leetcode' ? "; the page's hints and solutions are hidden until it ends" : ''}.
        </span>
      </section>
      <MockHistory results={history.results.filter((result) => result.contextKey === contextKey)} />
      {children}
    </>
  );
}
