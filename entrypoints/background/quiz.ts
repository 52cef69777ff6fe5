import { createQuizService } from '@/lib/llm/quiz-service';
import { transportFor } from '@/lib/llm/transports';
import { generatedItem } from '@/lib/quiz/generated-store';
import { loadTargetRole } from '@/lib/quiz/target-role';
import { ledger, loadProvider } from './provider';

/** "More questions like this" and "Questions for my target role", written and stored here. */
export const quizService = createQuizService({
  loadProvider,
  transportFor: (provider) => transportFor(provider),
  ledger,
  loadTargetRole,
  generated: {
    read: async () => {
      const stored = await generatedItem.getValue();
      return Array.isArray(stored) ? stored : [];
    },
    write: (questions) => generatedItem.setValue(questions),
  },
});
