import { TOPIC_LABELS, TOPICS, type Topic } from '@/lib/quiz/topics';

export interface TopicPickerProps {
  chosen: readonly Topic[];
  onToggle(topic: Topic): void;
}

export function TopicPicker({ chosen, onToggle }: TopicPickerProps) {
  return (
    <details className="quiz-topics">
      <summary>
        Topics ({chosen.length}/{TOPICS.length})
      </summary>
      <fieldset>
        <legend className="visually-hidden">Ask questions on</legend>
        {TOPICS.map((topic) => {
          const checked = chosen.includes(topic);
          return (
            <label key={topic}>
              <input
                type="checkbox"
                name="topic"
                value={topic}
                checked={checked}
                // The last topic cannot be turned off: a quiz on nothing would have nothing to ask.
                disabled={checked && chosen.length === 1}
                onChange={() => onToggle(topic)}
              />
              {TOPIC_LABELS[topic]}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
