import { useId, useState } from 'react';
import { SafeMarkdown } from '@/components/SafeMarkdown';
import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { AnswerView, type AnswerViewProps } from './AnswerView';

export interface ChatViewProps extends AnswerViewProps {
  turns: ChatTurn[];
  onSend(message: string): void;
}

/** The follow-up chat of one problem or posting; the answer being written shows below it. */
export function ChatView({ turns, onSend, ...answer }: ChatViewProps) {
  const [confirmClear, setConfirmClear] = useState(false);
  const inputId = useId();
  const [message, setMessage] = useState('');
  // An exchange not yet saved (being written, stopped or failed) shows below the saved turns,
  // question included: only finished answers become turns.
  const unsaved = answer.answer && answer.answer.status !== 'done' ? answer.answer : undefined;
  const send = () => {
    if (!message.trim()) return;
    onSend(message.trim());
    setMessage('');
  };
  return (
    <section aria-labelledby="model-chat" className="chat">
      <h2 id="model-chat">Follow-up chat</h2>
      <ol className="chat-turns" data-testid="chat-turns">
        {turns.map((turn, index) => (
          // Turns are append-only, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={index} className={`chat-turn chat-${turn.role}`}>
            {turn.role === 'user' ? <p>{turn.content}</p> : <SafeMarkdown text={turn.content} />}
          </li>
        ))}
      </ol>
      {unsaved && (
        <div className="chat-unsaved" data-testid="chat-unsaved">
          {unsaved.request.input && <p className="chat-turn chat-user">{unsaved.request.input}</p>}
          <AnswerView {...answer} />
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <label htmlFor={inputId}>Ask a follow-up</label>
        <textarea
          id={inputId}
          rows={2}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              send();
            }
          }}
        />
        <button type="submit">Send</button>
      </form>
      {turns.length > 0 && answer.onClearChat && !confirmClear && (
        <button type="button" onClick={() => setConfirmClear(true)}>
          Clear the chat history
        </button>
      )}
      {confirmClear && (
        <fieldset className="confirm">
          <legend>Delete this page’s {turns.length} chat messages?</legend>
          <button
            type="button"
            onClick={() => {
              setConfirmClear(false);
              answer.onClearChat?.();
            }}
          >
            Yes, clear the chat
          </button>{' '}
          <button type="button" onClick={() => setConfirmClear(false)}>
            Keep it
          </button>
        </fieldset>
      )}
    </section>
  );
}
