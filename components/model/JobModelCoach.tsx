import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { AnswerView } from './AnswerView';
import { ChatView } from './ChatView';
import type { AnswerControls } from './ProblemModelCoach';

export interface JobModelCoachProps extends AnswerControls {
  onPrepare(): void;
  chat: ChatTurn[];
  onChat(message: string): void;
}

/** The model's preparation for a posting: a tailored brief, then a chat about the role. */
export function JobModelCoach(props: JobModelCoachProps) {
  const slot = (name: string) => ({
    answer: props.answers[name],
    onStop: () => props.onStop(name),
    onRetry: () => props.onRetry(name),
    onRegenerate: () => props.onRegenerate(name),
  });
  return (
    <article className="model-coach" aria-label="Model coach">
      <section aria-labelledby="model-prep">
        <h2 id="model-prep">Tailored preparation</h2>
        {!props.answers['job-prep'] && (
          <button type="button" onClick={props.onPrepare}>
            Prepare me for this role
          </button>
        )}
        <AnswerView {...slot('job-prep')} />
      </section>
      <ChatView turns={props.chat} onSend={props.onChat} {...slot('chat')} />
    </article>
  );
}
