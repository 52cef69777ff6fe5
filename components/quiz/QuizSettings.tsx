import { useId } from 'react';
import { MAX_NEW_PER_DAY } from '@/lib/quiz/prefs';
import { TOPIC_LABELS, TOPICS, type Topic } from '@/lib/quiz/topics';

export interface QuizSettingsProps {
  chosen: readonly Topic[];
  newPerDay: number;
  onToggle(topic: Topic): void;
  onNewPerDay(count: number): void;
}

/** Which topics the quiz asks, and how many unseen questions it introduces a day. */
export function QuizSettings({ chosen, newPerDay, onToggle, onNewPerDay }: QuizSettingsProps) {
  const newPerDayId = useId();
  return (
    <details className="quiz-settings">
      <summary>
        Settings
        <span className="quiz-settings-now">
          {chosen.length} of {TOPICS.length} topics · {newPerDay} new a day
        </span>
      </summary>
      <fieldset className="quiz-topics">
        <legend>Ask questions on</legend>
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
      <div className="quiz-new-per-day">
        <label htmlFor={newPerDayId}>New questions a day</label>
        <input
          id={newPerDayId}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_NEW_PER_DAY}
          defaultValue={newPerDay}
          // Enter closes the field, and the quiz has its keys again.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
          onChange={(event) => {
            const count = event.currentTarget.valueAsNumber;
            if (Number.isInteger(count) && count >= 0 && count <= MAX_NEW_PER_DAY) onNewPerDay(count);
          }}
        />
      </div>
    </details>
  );
}
