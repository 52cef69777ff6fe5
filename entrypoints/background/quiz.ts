import { createQuizService } from '@/lib/llm/quiz-service';
import { transportFor } from '@/lib/llm/transports';
import { generatedItem, loadTargetRole } from '@/lib/storage/quiz';
import { ledger, loadProvider } from './provider';

/** "More questions like this" and "Questions for my target role", written and stored here. */
export const quizService = createQuizService({
  loadProvider,
  transportFor: (provider) => transportFor(provider),
  ledger,
  loadTargetRole,
  generated: {
    read: () => generatedItem.getValue(),
    write: (questions) => generatedItem.setValue(questions),
  },
});
