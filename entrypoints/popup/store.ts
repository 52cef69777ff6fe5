import { create } from 'zustand';
import { loadBank } from '@/lib/quiz/bank';
import { type LoadedTopic, withPart } from '@/lib/quiz/loaded-bank';
import type { QuizPrefs } from '@/lib/quiz/prefs';
import { type Progress, recordAnswer } from '@/lib/quiz/progress';
import {
  type BankPart,
  type LoadedParts,
  newLeftToday,
  nextBankToLoad,
  nextQuestion,
  partKey,
} from '@/lib/quiz/queue';
import type { Grade } from '@/lib/quiz/scheduler';
import { type QuizStats, quizStats } from '@/lib/quiz/stats';
import type { TargetRole } from '@/lib/quiz/target-role';
import type { Question, Topic } from '@/lib/quiz/topics';
import type { QuizView } from '@/lib/quiz/view';
import { getValues } from '@/lib/storage/get-values';
import {
  generatedItem,
  progressItem,
  quizPrefsItem,
  saveProgress,
  saveQuizPrefs,
  targetRoleItem,
} from '@/lib/storage/quiz';
import { whenIdle } from './when-idle';

/** ts-fsrs is needed only once an answer is given, so it stays out of the first paint. */
const loadScheduler = () => import('@/lib/quiz/scheduler');
type Scheduler = Awaited<ReturnType<typeof loadScheduler>>;

/** How many more unseen questions "Study more" allows today, each time it is pressed. */
export const STUDY_MORE = 10;

interface QuizState {
  view: QuizView;
  stats: QuizStats | null;
  prefs: QuizPrefs | null;
  start(now?: Date): Promise<void>;
  /** Re-read the banks (new generated questions landed) and pick the next question again. */
  reload(): Promise<void>;
  select(choice: number): void;
  submit(): void;
  flip(): void;
  /** Self-grade a flipped card: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  grade(key: number): void;
  next(): void;
  toggleTopic(topic: Topic): Promise<void>;
  setNewPerDay(count: number): Promise<void>;
  /** Past today's new-question limit: allow STUDY_MORE more, while this popup is open. */
  studyMore(): Promise<void>;
}

/** What the popup holds beyond the view: everything the queue needs, plus pending writes. */
interface Session {
  /** What the queue works on: each loaded topic's bank questions, then its generated ones. */
  bank: Question[];
  /** Each topic's bank questions loaded so far, and which parts of the bank they came from. */
  banks: Map<Topic, LoadedTopic>;
  /** Questions a model wrote for this user, all topics, read with the other items. */
  generated: Question[];
  /** Bank parts being fetched or fetched (`topic:partKey`), so none is fetched twice. */
  loading: Map<string, Promise<void>>;
  progress: Progress;
  role: TargetRole | null;
  /** New questions allowed today beyond the user's limit, by "Study more". */
  extraNew: number;
  /** When the current question appeared: fast right answers are graded Easy. */
  shownAt: number;
  /** Answers are saved in order, each on top of the last. */
  saving: Promise<void>;
}

const session: Session = {
  bank: [],
  banks: new Map(),
  generated: [],
  loading: new Map(),
  progress: { cards: {}, days: {} },
  role: null,
  extraNew: 0,
  shownAt: 0,
  saving: Promise.resolve(),
};

function ensureBank(topic: Topic, part: BankPart): Promise<void> {
  const key = `${topic}:${partKey(part)}`;
  const known = session.loading.get(key);
  if (known) return known;
  const loading = loadBank(topic, part).then(
    (questions) => {
      session.banks.set(topic, withPart(session.banks.get(topic), part, questions, session.progress));
      session.bank = [...session.banks].flatMap(([loaded, bank]) => [
        ...bank.questions,
        ...session.generated.filter((question) => question.topic === loaded),
      ]);
    },
    (error: unknown) => {
      // Asked for again by the next question that needs it.
      session.loading.delete(key);
      throw error;
    },
  );
  session.loading.set(key, loading);
  return loading;
}

/** Which part of each topic's bank is loaded, as the queue asks. */
function loadedParts(): LoadedParts {
  return new Map([...session.banks].map(([topic, { parts }]) => [topic, parts]));
}

/** The prefs the queue works with: the user's, plus what "Study more" allowed today. */
function effective(prefs: QuizPrefs): QuizPrefs {
  return { ...prefs, newPerDay: prefs.newPerDay + session.extraNew };
}

function queueInput(prefs: QuizPrefs, now: Date) {
  return { bank: session.bank, progress: session.progress, prefs: effective(prefs), role: session.role, now };
}

/**
 * Fetch, one at a time, the bank parts the next question may come from (nextBankToLoad): never
 * all six banks at once. `skipId` is the question on screen, which the next pick passes over.
 */
async function loadWhatNextNeeds(prefs: QuizPrefs, now: Date, skipId?: string): Promise<void> {
  for (;;) {
    const next = nextBankToLoad(queueInput(prefs, now), loadedParts(), skipId);
    if (next === null) return;
    await ensureBank(next.topic, next.part);
  }
}

export const useQuiz = create<QuizState>((set, get) => {
  /** Move to the next question, or to "all done"; `skipId` keeps the one just answered from repeating. */
  const advance = async (prefs: QuizPrefs, now = new Date(), skipId?: string) => {
    try {
      await loadWhatNextNeeds(prefs, now, skipId);
    } catch (error) {
      set({ view: { kind: 'error', message: `The quiz could not load: ${(error as Error).message}` } });
      return;
    }
    const pick = nextQuestion(queueInput(prefs, now), skipId);
    const stats = quizStats(session.progress, prefs.topics, now);
    session.shownAt = Date.now();
    if (pick) {
      set({ view: { kind: 'question', pick, selected: null, answered: null, flipped: false }, stats, prefs });
      // While the user thinks, fetch the bank the question after this one will likely need.
      whenIdle(() => void loadWhatNextNeeds(prefs, now, pick.question.id).catch(() => undefined));
    } else {
      const newLimitReached = newLeftToday(session.progress, effective(prefs), now) === 0;
      set({ view: { kind: 'done', nextDueAt: stats.nextDueAt, newLimitReached }, stats, prefs });
    }
  };

  /** Schedule and save one answer; the view has already moved on, so this never blocks the user. */
  const record = (question: Question, grade: (scheduler: Scheduler) => Grade) => {
    session.saving = session.saving.then(async () => {
      const scheduler = await loadScheduler();
      const now = new Date();
      const card = scheduler.review(
        session.progress.cards[question.id],
        question.topic,
        grade(scheduler),
        now,
      );
      session.progress = recordAnswer(session.progress, question.id, card, now);
      const prefs = get().prefs;
      if (prefs) set({ stats: quizStats(session.progress, prefs.topics, now) });
      await saveProgress(session.progress);
    });
    // A failed write must not wedge the queue of later answers; the user is told instead.
    session.saving = session.saving.catch((error: unknown) => {
      set({
        view: { kind: 'error', message: `Your answer could not be saved: ${(error as Error).message}` },
      });
    });
    return session.saving;
  };

  /** After an answer is saved: the next question, unless saving failed. */
  const moveOn = (prefs: QuizPrefs, answeredId: string) =>
    session.saving.then(() => {
      if (get().view.kind !== 'error') return advance(prefs, new Date(), answeredId);
    });

  return {
    view: { kind: 'loading' },
    stats: null,
    prefs: null,

    async reload() {
      session.bank = [];
      session.banks = new Map();
      session.loading = new Map();
      await get().start();
    },

    async start(now = new Date()) {
      try {
        // One storage call for everything the first question may need, generated questions too.
        const [progress, prefs, role, generated] = await getValues(
          progressItem,
          quizPrefsItem,
          targetRoleItem,
          generatedItem,
        );
        // Marked as generated whatever they say: the queue tells them from a bank's first questions by it.
        const ours = generated.map((question) => ({ ...question, generated: true }));
        Object.assign(session, { progress, role, generated: ours });
        await advance(prefs, now);
      } catch (error) {
        set({ view: { kind: 'error', message: `The quiz could not load: ${(error as Error).message}` } });
        return;
      }
      // Needed at the first answer: fetched while the user reads the question.
      whenIdle(() => void loadScheduler().catch(() => undefined));
    },

    select(choice) {
      const { view } = get();
      if (view.kind !== 'question' || view.answered || view.pick.question.type !== 'choice') return;
      if (choice < 0 || choice >= view.pick.question.choices.length) return;
      set({ view: { ...view, selected: choice } });
    },

    submit() {
      const { view } = get();
      if (view.kind !== 'question' || view.answered || view.selected === null) return;
      const { question } = view.pick;
      if (question.type !== 'choice') return;
      const correct = view.selected === question.answer;
      const elapsed = Date.now() - session.shownAt;
      set({ view: { ...view, answered: { correct } } });
      void record(question, (scheduler) => scheduler.gradeChoice(correct, elapsed));
    },

    flip() {
      const { view } = get();
      if (view.kind !== 'question' || view.pick.question.type !== 'card' || view.flipped) return;
      set({ view: { ...view, flipped: true } });
    },

    grade(key) {
      const { view, prefs } = get();
      if (key < 1 || key > 4) return;
      if (view.kind !== 'question' || !view.flipped || view.answered || !prefs) return;
      const { question } = view.pick;
      set({ view: { ...view, answered: { correct: key >= 3 } } });
      void record(question, (scheduler) => scheduler.gradeFromKey(key) ?? scheduler.Rating.Good);
      void moveOn(prefs, question.id);
    },

    next() {
      const { view, prefs } = get();
      if (view.kind !== 'question' || !view.answered || !prefs) return;
      void moveOn(prefs, view.pick.question.id);
    },

    async toggleTopic(topic) {
      const { prefs, view } = get();
      if (!prefs) return;
      const chosen = prefs.topics.includes(topic);
      // The last topic stays: a quiz on nothing would only ever say "all done".
      if (chosen && prefs.topics.length === 1) return;
      const topics = chosen ? prefs.topics.filter((t) => t !== topic) : [...prefs.topics, topic];
      const next = await saveQuizPrefs({ topics });
      const stale =
        view.kind !== 'question' ||
        (!view.answered && !view.flipped && !next.topics.includes(view.pick.question.topic));
      if (stale) await advance(next);
      else set({ prefs: next, stats: quizStats(session.progress, next.topics, new Date()) });
    },

    async setNewPerDay(count) {
      const next = await saveQuizPrefs({ newPerDay: count });
      // A question on screen stays; "all done" may no longer be.
      if (get().view.kind === 'done') await advance(next);
      else set({ prefs: next });
    },

    async studyMore() {
      const { prefs, view } = get();
      if (!prefs || view.kind !== 'done' || !view.newLimitReached) return;
      session.extraNew += STUDY_MORE;
      await advance(prefs);
    },
  };
});
