import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { AnswerView } from './AnswerView';
import { ChatView } from './ChatView';
import { type AnswerControls, answerProps } from './ProblemModelCoach';

export interface JobModelCoachProps extends AnswerControls {
  onPrepare(): void;
  chat: ChatTurn[];
  onChat(message: string): void;
}

/** The model's preparation for a posting: a tailored brief, then a chat about the role. */
export function JobModelCoach(props: JobModelCoachProps) {
  const prep = answerProps(props, { flow: 'job-prep' });
  return (
    <article className="model-coach" aria-label="Model coach">
      <section aria-labelledby="model-prep">
        <h2 id="model-prep">Tailored preparation</h2>
        {!prep.answer && (
          <button type="button" onClick={props.onPrepare}>
            Prepare me for this role
          </button>
        )}
        <AnswerView {...prep} />
      </section>
      <ChatView turns={props.chat} onSend={props.onChat} {...answerProps(props, { flow: 'chat' })} />
    </article>
  );
}
