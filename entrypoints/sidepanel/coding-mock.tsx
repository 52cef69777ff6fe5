import { type ReactNode, useEffect, useRef } from 'react';
import { type Browser, browser } from 'wxt/browser';
import { CodingRound } from '@/components/mock/CodingRound';
import { MockHistory } from '@/components/mock/MockHistory';
import { SelfReview } from '@/components/mock/SelfReview';
import type { LibraryMatch } from '@/lib/coach/problem/library/lookup';
import type { ProblemAnalysis } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';
import type { ScorecardOutput } from '@/lib/llm/prompts/interviewer';
import { EditorRead, sendMessage } from '@/lib/messaging';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';
import {
  addCandidateTurn,
  addInterviewerTurn,
  advance,
  askFollowUp,
  type CodingMock,
  countFollowUp,
  endRound,
  isStage,
  opensOffline,
  stageClock,
  startCodingMock,
  withCode,
} from '@/lib/mock/coding';
import { codingBrief } from '@/lib/mock/coding-brief';
import { STAGES } from '@/lib/mock/coding-stages';
import { codingFacts } from '@/lib/mock/evidence';
import { codingResult } from '@/lib/mock/results';
import { buildScorecard, DIMENSIONS, isScore, type Score } from '@/lib/mock/rubric';
import type { MockTurn } from '@/lib/mock/transcript';
import { type MockModel, modelScoringOf, pendingOf, useFinishedAnswer } from './mock-model';
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
  /**
   * The notes' insight and follow-ups as the panel shows them, in the page's own letters (CodeChef's
   * K, CSES's x): the round asks what the user read. Null where the library does not know the page.
   */
  notes: Pick<ProblemAnalysis, 'keyInsight' | 'followUps'> | null;
  /**
   * On a SQL problem, the SQL coach's questions about the query: the round is then about the query
   * (its joins, grouping, NULLs and ties) and these are its follow-ups. Null on any other problem.
   */
  queryQuestions: readonly string[] | null;
  /** The model's interviewer, when a model is configured. */
  model: MockModel | null;
  /** The coach: shown when no round is under way (its hints would give the problem away). */
  children: ReactNode;
}

/**
 * The coding mock on the open problem: the five stages on the clock, the library's follow-ups, and
 * the scorecard saved to the history; with a model, the model plays the interviewer and scores the
 * round, with the self-review as the way out when it fails. While the round runs, the coach steps
 * aside and the page's giveaways are hidden.
 */
export function ProblemMock({
  tabId,
  context,
  contextKey,
  library,
  notes: pageNotes,
  queryQuestions,
  model,
  children,
}: ProblemMockProps) {
  const { mock, ready, saveError, start, update } = useActiveMock<CodingMock>(contextKey, 'coding');
  const history = useMockResults();
  const underWay = mock !== null && isStage(mock.phase);
  const now = useNow(underWay);
  const voice = useMockVoice(mock?.transcript ?? NO_TURNS);
  // A mock started with a model keeps it; one started without stays offline even if a model appears.
  const interviewer = mock?.withModel ? model : null;
  const entry = library?.entry;
  const notes = entry
    ? {
        complexity: `${entry.complexity.time} time, ${entry.complexity.space} space`,
        keyInsight: pageNotes?.keyInsight ?? entry.keyInsight,
      }
    : undefined;
  const askInterviewer = (next: CodingMock, opening = false) =>
    interviewer?.ask('interviewer', codingBrief(next, Date.now(), { opening, ...(notes ? { notes } : {}) }));

  // The interviewer's finished turn joins the transcript; in the follow-ups stage it is one asked.
  useFinishedAnswer(interviewer, 'interviewer', (text) =>
    update((current, at) => {
      if (!isStage(current.phase)) return current;
      const said = addInterviewerTurn(current, text, at);
      return current.phase === 'follow-ups' ? countFollowUp(said) : said;
    }),
  );
  useFinishedAnswer(interviewer, 'mock-scorecard', (text) => {
    if (mock?.phase !== 'review') return;
    const scored = parseScorecard(text);
    if (!scored) return;
    const scorecard = buildScorecard(scored.dimensions, scored.summary, 'model');
    void history.add(codingResult(mock, scorecard, Date.now())).then(() => update(() => null));
  });

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
          interviewer={pendingOf(interviewer?.answer('interviewer'))}
          onRetryInterviewer={() => interviewer?.retry('interviewer')}
          voice={voice}
          onSay={(text) =>
            update((current, at) => {
              const next = addCandidateTurn(current, text, at);
              askInterviewer(next);
              return next;
            })
          }
          onNextStage={() => update((current, at) => moveOn(current, at))}
          onDoneCoding={() =>
            void sendMessage(EditorRead, { tabId }).then(
              (read) => update((current, at) => moveOn(withCode(current, read.code), at)),
              () => update((current, at) => moveOn(current, at)),
            )
          }
          onNextFollowUp={() => update((current, at) => askFollowUp(current, at))}
          onEnd={() => update((current, at) => endRound(current, at))}
        />
      </>
    );
  }

  /** On to the next stage; a stage the model opens is opened by it. */
  function moveOn(current: CodingMock, at: number): CodingMock {
    const next = advance(current, at);
    if (isStage(next.phase) && next.phase !== current.phase && !opensOffline(next, next.phase))
      askInterviewer(next, true);
    return next;
  }

  if (mock) {
    const facts = codingFacts(mock, now);
    return (
      <>
        {unsaved}
        <SelfReview
          facts={facts}
          modelScoring={modelScoringOf(interviewer, 'mock-scorecard', () =>
            codingBrief(mock, Date.now(), notes ? { notes } : {}),
          )}
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
                round: queryQuestions ? 'query' : 'code',
                followUps: queryQuestions ?? pageNotes?.followUps ?? null,
                withModel: model !== null,
                now: Date.now(),
              }),
            )
          }
        >
          Start a mock interview
        </button>{' '}
        <span className="mock-start-note">
          {difficulty ? `${difficulty}: ` : ''}a timed round in five stages, from “
          {STAGES.clarify.title.toLowerCase()}” to follow-ups; the page's hints and solutions are hidden until
          it ends.
        </span>
      </section>
      <MockHistory results={history.results.filter((result) => result.contextKey === contextKey)} />
      {children}
    </>
  );
}

/** The model's scorecard, as the flow's schema validated it; null for anything else. */
function parseScorecard(text: string): {
  dimensions: { dimension: (typeof DIMENSIONS)[number]; score: Score; evidence: string[] }[];
  summary: string;
} | null {
  try {
    const data = JSON.parse(text) as ScorecardOutput;
    const dimensions = data.dimensions.flatMap((entry) =>
      isScore(entry.score)
        ? [{ dimension: entry.dimension, score: entry.score, evidence: entry.evidence }]
        : [],
    );
    return { dimensions, summary: data.summary };
  } catch {
    return null;
  }
}
