import { create } from 'zustand';
import { loadTopic } from '@/lib/quiz/bank';
import type { QuizPrefs } from '@/lib/quiz/prefs';
import { type Progress, recordAnswer } from '@/lib/quiz/progress';
import { newLeftToday, nextQuestion, topicLoadOrder } from '@/lib/quiz/queue';
import type { Grade } from '@/lib/quiz/scheduler';
import { type QuizStats, quizStats } from '@/lib/quiz/stats';
import type { TargetRole } from '@/lib/quiz/target-role';
import type { Question, Topic } from '@/lib/quiz/topics';
import type { QuizView } from '@/lib/quiz/view';
import { loadProgress, loadQuizPrefs, loadTargetRole, saveProgress, saveQuizPrefs } from '@/lib/storage/quiz';

/** ts-fsrs is needed only once an answer is given, so it stays out of the first paint. */
const loadScheduler = () => import('@/lib/quiz/scheduler');
type Scheduler = Awaited<ReturnType<typeof loadScheduler>>;

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
}

/** What the popup holds beyond the view: everything the queue needs, plus pending writes. */
interface Session {
  bank: Question[];
  loaded: Set<Topic>;
  progress: Progress;
  role: TargetRole | null;
  /** When the current question appeared: fast right answers are graded Easy. */
  shownAt: number;
  /** Answers are saved in order, each on top of the last. */
  saving: Promise<void>;
}

const session: Session = {
  bank: [],
  loaded: new Set(),
  progress: { cards: {}, days: {} },
  role: null,
  shownAt: 0,
  saving: Promise.resolve(),
};

async function ensureTopic(topic: Topic): Promise<void> {
  if (session.loaded.has(topic)) return;
  session.loaded.add(topic);
  try {
    const questions = await loadTopic(topic);
    session.bank = [...session.bank, ...questions];
  } catch (error) {
    session.loaded.delete(topic);
    throw error;
  }
}

export const useQuiz = create<QuizState>((set, get) => {
  const queueInput = (prefs: QuizPrefs, now: Date) => ({
    bank: session.bank,
    progress: session.progress,
    prefs,
    role: session.role,
    now,
  });

  /** Move to the next question, or to "all done"; `skipId` keeps the one just answered from repeating. */
  const advance = (prefs: QuizPrefs, now = new Date(), skipId?: string) => {
    const pick = nextQuestion(queueInput(prefs, now), skipId);
    const stats = quizStats(session.progress, prefs.topics, now);
    session.shownAt = Date.now();
    if (pick) {
      set({ view: { kind: 'question', pick, selected: null, answered: null, flipped: false }, stats, prefs });
    } else {
      const newLimitReached = newLeftToday(session.progress, prefs, now) === 0;
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

  return {
    view: { kind: 'loading' },
    stats: null,
    prefs: null,

    async reload() {
      session.bank = [];
      session.loaded = new Set();
      await get().start();
    },

    async start(now = new Date()) {
      let order: Topic[];
      try {
        const [progress, prefs, role] = await Promise.all([
          loadProgress(),
          loadQuizPrefs(),
          loadTargetRole(),
        ]);
        Object.assign(session, { progress, role });
        order = topicLoadOrder(progress, prefs, role, now);
        // Load topics one by one only until one has something to ask; the rest follow in the background.
        for (const topic of order) {
          await ensureTopic(topic);
          if (nextQuestion(queueInput(prefs, now))) break;
        }
        advance(prefs, now);
      } catch (error) {
        set({ view: { kind: 'error', message: `The quiz could not load: ${(error as Error).message}` } });
        return;
      }
      // The question on screen does not depend on these; a topic that fails here is retried when
      // the user toggles it or reopens the popup.
      await Promise.allSettled([...order.map(ensureTopic), loadScheduler()]);
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
      void record(question, (scheduler) => scheduler.gradeFromKey(key) ?? scheduler.Rating.Good).then(() => {
        if (get().view.kind !== 'error') advance(prefs, new Date(), question.id);
      });
    },

    next() {
      const { view, prefs } = get();
      if (view.kind !== 'question' || !view.answered || !prefs) return;
      const { question } = view.pick;
      void session.saving.then(() => {
        if (get().view.kind !== 'error') advance(prefs, new Date(), question.id);
      });
    },

    async toggleTopic(topic) {
      const { prefs, view } = get();
      if (!prefs) return;
      const chosen = prefs.topics.includes(topic);
      // The last topic stays: a quiz on nothing would only ever say "all done".
      if (chosen && prefs.topics.length === 1) return;
      const topics = chosen ? prefs.topics.filter((t) => t !== topic) : [...prefs.topics, topic];
      const next = await saveQuizPrefs({ topics });
      await ensureTopic(topic);
      const stale =
        view.kind !== 'question' ||
        (!view.answered && !view.flipped && !next.topics.includes(view.pick.question.topic));
      if (stale) advance(next);
      else set({ prefs: next, stats: quizStats(session.progress, next.topics, new Date()) });
    },
  };
});
