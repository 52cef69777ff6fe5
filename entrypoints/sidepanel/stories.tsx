import { lazy, Suspense, useState } from 'react';
import { StoryBank } from '@/components/mock/StoryBank';
import { StoryForm } from '@/components/mock/StoryForm';
import type { AnswerViewProps } from '@/components/model/AnswerView';
import type { BehavioralPrompt } from '@/lib/coach/job';
import type { StoryBrief } from '@/lib/mock/brief';
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
  storyBrief,
  storyGaps,
  suggestCompetencies,
} from '@/lib/mock/stories';
import { useStoryBank } from './mock-state';

// It renders the answer's Markdown: fetched only when a model is configured.
const StoryFeedback = lazy(() =>
  import('@/components/model/StoryFeedback').then((module) => ({ default: module.StoryFeedback })),
);

/** The panel's model as the story bank uses it: ask for feedback, and the answer's view. */
export interface StoryModel {
  ask(brief: StoryBrief): void;
  view: AnswerViewProps;
}

const BLANK: StoryFields = { title: '', situation: '', task: '', action: '', result: '', competencies: [] };

/** The story bank beside a posting: its prompts matched to the user's stories, gaps, rehearsal. */
export function PostingStories({
  prompts,
  model,
}: {
  prompts: readonly BehavioralPrompt[];
  /** Null when no model is configured: then no feedback is offered. */
  model: StoryModel | null;
}) {
  const bank = useStoryBank();
  const [editing, setEditing] = useState<Story | 'new' | null>(null);
  // The one feedback slot answers the story it was last asked for.
  const [askedFor, setAskedFor] = useState<string | null>(null);
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
        feedbackFor={
          model
            ? (story) => (
                <Suspense fallback={null}>
                  <StoryFeedback
                    title={story.title}
                    onAsk={() => {
                      setAskedFor(story.id);
                      model.ask(storyBrief(story));
                    }}
                    view={askedFor === story.id ? model.view : null}
                  />
                </Suspense>
              )
            : undefined
        }
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
