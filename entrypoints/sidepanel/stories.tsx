import { useState } from 'react';
import { StoryBank } from '@/components/mock/StoryBank';
import { StoryForm } from '@/components/mock/StoryForm';
import type { BehavioralPrompt } from '@/lib/coach/job';
import {
  dueStories,
  editStory,
  matchStories,
  newStory,
  rehearsalQuestion,
  rehearse,
  reviewStory,
  type Story,
  type StoryFields,
  storyGaps,
  suggestCompetencies,
} from '@/lib/mock/stories';
import { useStoryBank } from './mock-state';

const BLANK: StoryFields = { title: '', situation: '', task: '', action: '', result: '', competencies: [] };

/** The story bank beside a posting: its prompts matched to the user's stories, gaps, rehearsal. */
export function PostingStories({ prompts }: { prompts: readonly BehavioralPrompt[] }) {
  const bank = useStoryBank();
  const [editing, setEditing] = useState<Story | 'new' | null>(null);
  const unsaved = bank.saveError ? (
    <p role="alert" className="status-error">
      {bank.saveError}
    </p>
  ) : null;

  const now = Date.now();
  const due = dueStories(bank.stories, now);
  const next = due[0];
  return (
    <>
      {unsaved}
      <StoryBank
        stories={bank.stories}
        matches={matchStories(prompts, bank.stories)}
        gaps={storyGaps(prompts, bank.stories)}
        rehearsal={next ? { story: next, question: rehearsalQuestion(next), due: due.length } : null}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
        onDelete={(gone) => bank.save(bank.stories.filter((story) => story.id !== gone.id))}
        form={
          editing === null ? null : (
            <>
              <h3>{editing === 'new' ? 'A new story' : `Editing “${editing.title}”`}</h3>
              <StoryForm
                initial={editing === 'new' ? BLANK : editing}
                notesFor={reviewStory}
                suggestFor={suggestCompetencies}
                onCancel={() => setEditing(null)}
                onSave={(fields) => {
                  const now = Date.now();
                  bank.save(
                    editing === 'new'
                      ? [...bank.stories, newStory(fields, now)]
                      : bank.stories.map((story) =>
                          story.id === editing.id ? editStory(story, fields, now) : story,
                        ),
                  );
                  setEditing(null);
                }}
              />
            </>
          )
        }
        onRehearsed={(told, grade) =>
          bank.save(
            bank.stories.map((story) => (story.id === told.id ? rehearse(story, grade, Date.now()) : story)),
          )
        }
      />
    </>
  );
}
