import * as z from 'zod/mini';
import { pageContextSchema } from '../extract/context';
import { lazy } from '../lazy';
import { PANEL_FLOWS } from '../llm/flow-ids';
import { promptAnalysisSchema } from '../llm/prompts/analysis';
import { hintAttemptSchema } from '../llm/prompts/attempt';
import { PROVIDER_KINDS } from '../llm/providers';
import { mockBriefSchema } from '../mock/brief';
import { TOPICS } from '../quiz/topics';
import { defineMessage } from './define';

/**
 * Every message between content script, background and UI. A new message is declared here and
 * nowhere else; senders and receivers import the definition. Schemas are given as builders and the
 * ones shared between messages are `lazy`: the worker builds a schema when a message first needs it.
 */

/**
 * Content script → background: the page's context changed (load, SPA move, DOM change).
 * `settling`: the URL just changed and the page has not rendered what it points to yet.
 */
export const ContextReport = defineMessage({
  type: 'context/report',
  request: () => z.object({ context: pageContextSchema(), settling: z.optional(z.boolean()) }),
  response: () => z.null(),
  from: ['content'],
});

/** UI → background: the last context known for a tab (null when the tab has none). */
export const ContextGet = defineMessage({
  type: 'context/get',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.nullable(pageContextSchema()),
  from: ['extension'],
});

/** Background → content script: extract the page now and answer with its context. */
export const ContextExtract = defineMessage({
  type: 'context/extract',
  request: () => z.object({}),
  response: () => pageContextSchema(),
  from: ['background'],
});

/** What "This page was read wrong" saves: the URL, what was read, the page's main content. */
const pageSnapshotSchema = lazy(() =>
  z.object({
    url: z.string(),
    savedAt: z.string(),
    context: pageContextSchema(),
    html: z.string(),
  }),
);

/** Background → content script: a snapshot of the page, its markup as it stands (the panel cleans it). */
export const SnapshotTake = defineMessage({
  type: 'page/snapshot',
  request: () => z.object({}),
  response: () => pageSnapshotSchema(),
  from: ['background'],
});

/** UI → background: a snapshot of a tab's page, through its content script (null where none runs). */
export const SnapshotRead = defineMessage({
  type: 'snapshot/read',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.nullable(pageSnapshotSchema()),
  from: ['extension'],
});

/** Background → extension pages: a tab's context changed. */
export const ContextChanged = defineMessage({
  type: 'context/changed',
  request: () =>
    z.object({
      tabId: z.number().check(z.int()),
      context: pageContextSchema(),
      settling: z.optional(z.boolean()),
    }),
  response: () => z.null(),
  from: ['background'],
});

/** UI → background: the user pasted a problem or posting; it becomes the tab's context. */
export const ContextPaste = defineMessage({
  type: 'context/paste',
  request: () => z.object({ tabId: z.number().check(z.int()), context: pageContextSchema() }),
  response: () => z.null(),
  from: ['extension'],
});

/** Background → content script: the code in the page's editor (null where none can be read). */
export const EditorCode = defineMessage({
  type: 'editor/code',
  request: () => z.object({}),
  response: () => z.object({ code: z.nullable(z.string()) }),
  from: ['background'],
});

/** UI → background: read the code in a tab's editor, through its content script. */
export const EditorRead = defineMessage({
  type: 'editor/read',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.object({ code: z.nullable(z.string()) }),
  from: ['extension'],
});

/**
 * Content script → background: whether to show the launcher. Content scripts cannot read
 * storage.local themselves (the background restricts it to trusted contexts: the API key is there).
 */
export const LauncherGet = defineMessage({
  type: 'settings/launcher',
  request: () => z.object({}),
  response: () => z.object({ showLauncher: z.boolean() }),
  from: ['content'],
});

/**
 * Content script (launcher) → background: open the side panel on the sender's tab. The background
 * must call sidePanel.open() synchronously in its handler to keep the user gesture.
 */
export const PanelOpen = defineMessage({
  type: 'panel/open',
  request: () => z.object({}),
  response: () => z.null(),
  from: ['content'],
});

/**
 * Content script → background: the judge's verdict on one of the user's submissions appeared on
 * the page (or changed from "judging" to a verdict while the page was open). The background
 * applies it to that problem's practice record, if it has one.
 */
export const PracticeVerdict = defineMessage({
  type: 'practice/verdict',
  request: () =>
    z.object({
      /** The judge's site id and its problem id: the practice record `<site>:<problem>`. */
      site: z.string().check(z.minLength(1), z.maxLength(40)),
      problem: z.string().check(z.minLength(1), z.maxLength(300)),
      accepted: z.boolean(),
      submission: z.optional(z.string().check(z.maxLength(100))),
    }),
  response: () => z.null(),
  from: ['content'],
});

/** Content script → background: the problem's tab went out of sight or came back (the timer pauses). */
export const PracticeVisibility = defineMessage({
  type: 'practice/visibility',
  request: () => z.object({ hidden: z.boolean() }),
  response: () => z.null(),
  from: ['content'],
});

/** A request to a site's own API, as `withKeptAnswers` spells it: method, URL and body. */
const fetchKeySchema = lazy(() => z.string().check(z.minLength(1), z.maxLength(4_000)));

/** The largest answer kept: a problem's tags and hints take a few hundred bytes. */
export const KEPT_ANSWER_MAX_CHARS = 32_000;

function smallJson(value: unknown): boolean {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= KEPT_ANSWER_MAX_CHARS;
  } catch {
    return false;
  }
}

/**
 * Content script → background: the answer a site's API gave this request on an earlier visit,
 * if it is still fresh (null otherwise).
 */
export const KeptAnswerGet = defineMessage({
  type: 'kept-answer/get',
  request: () => z.object({ key: fetchKeySchema() }),
  response: () => z.object({ json: z.unknown() }),
  from: ['content'],
});

/** Content script → background: keep this answer, so the next visit need not ask the site again. */
export const KeptAnswerPut = defineMessage({
  type: 'kept-answer/put',
  request: () => z.object({ key: fetchKeySchema(), json: z.unknown().check(z.refine(smallJson)) }),
  response: () => z.null(),
  from: ['content'],
});

/* ------------------------------------------------------------------------------------------------
 * Model provider (options page ↔ background). The key goes in and never comes back out: the UI
 * only learns whether one is set.
 */

const providerKindSchema = lazy(() => z.enum(PROVIDER_KINDS));

const secondsSchema = lazy(() => z.number().check(z.int(), z.positive()));

const providerViewSchema = lazy(() =>
  z.object({
    kind: providerKindSchema(),
    baseURL: z.string(),
    model: z.string(),
    hasKey: z.boolean(),
    /** The origin the saved key was entered for ("" without a key): the form asks again for any other. */
    keyOrigin: z.string(),
    dailyTokenCap: z.nullable(z.number()),
    /** The user's first-word timeout, or null for the server's default. */
    firstTokenTimeoutSec: z.nullable(secondsSchema()),
  }),
);
export type ProviderView = z.infer<ReturnType<typeof providerViewSchema>>;

export const ProviderGet = defineMessage({
  type: 'provider/get',
  request: () => z.object({}),
  response: () => providerViewSchema(),
  from: ['extension'],
});

const providerDraftSchema = lazy(() =>
  z.object({
    kind: providerKindSchema(),
    baseURL: z.string(),
    model: z.string(),
    /**
     * A new key; an empty string clears it. Omitted keeps the saved key, but only for the origin it
     * was entered for: a draft pointing elsewhere has no key unless one is typed for it.
     */
    apiKey: z.optional(z.string()),
    dailyTokenCap: z.nullable(z.number().check(z.int(), z.nonnegative())),
    firstTokenTimeoutSec: z.nullable(secondsSchema()),
  }),
);
export type ProviderDraft = z.infer<ReturnType<typeof providerDraftSchema>>;

export const ProviderSave = defineMessage({
  type: 'provider/save',
  request: () => providerDraftSchema(),
  response: () => providerViewSchema(),
  from: ['extension'],
});

const testResultSchema = lazy(() =>
  z.object({ ok: z.boolean(), message: z.string(), models: z.array(z.string()) }),
);
export type TestResult = z.infer<ReturnType<typeof testResultSchema>>;

/** Try the draft settings (unsaved) against the provider: list its models, or say precisely why not. */
export const ProviderTest = defineMessage({
  type: 'provider/test',
  request: () => providerDraftSchema(),
  response: () => testResultSchema(),
  from: ['extension'],
});

/* ------------------------------------------------------------------------------------------------
 * Model answers (side panel ↔ background) stream over a long-lived port named LLM_PORT, so closing
 * the panel disconnects it and aborts the request.
 */

export const LLM_PORT = 'sparring/llm';

const flowSchema = lazy(() => z.enum(PANEL_FLOWS));
export type Flow = z.infer<ReturnType<typeof flowSchema>>;

const usageSchema = lazy(() =>
  z.object({
    promptTokens: z.number(),
    completionTokens: z.number(),
    totalTokens: z.number(),
    estimated: z.optional(z.boolean()),
  }),
);

const askRequestSchema = lazy(() =>
  z.object({
    requestId: z.string().check(z.minLength(1)),
    tabId: z.number().check(z.int()),
    flow: flowSchema(),
    /** Hint level 1–4; 4 (the full solution) only with `confirmedSolution`. */
    level: z.optional(z.number().check(z.int(), z.gte(1), z.lte(4))),
    confirmedSolution: z.optional(z.boolean()),
    /** The user's approach, code or chat message. */
    input: z.optional(z.string().check(z.maxLength(100_000))),
    /**
     * The offline coach's findings, which the panel has already: the worker does not load the coach.
     * They quote the page, so the prompts treat them as untrusted text.
     */
    analysis: z.optional(promptAnalysisSchema()),
    /** For a hint: the code the user asked Sparring to read and their last approach check, untrusted text. */
    attempt: z.optional(hintAttemptSchema()),
    /** An answer cut off at its token limit, to continue from (the "Continue" button). */
    continuation: z.optional(z.string().check(z.maxLength(100_000))),
    /** Skip the cache (the "Regenerate" button). */
    regenerate: z.optional(z.boolean()),
    /** A mock's round as it stands: the interviewer's, the scorecard's, the debrief's and a story's flows read it. */
    mock: z.optional(mockBriefSchema()),
  }),
);
export type AskRequest = z.infer<ReturnType<typeof askRequestSchema>>;

export const portToBackgroundSchema = lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ask'), data: askRequestSchema() }),
    z.object({ type: z.literal('stop'), data: z.object({ requestId: z.string() }) }),
  ]),
);
export type PortToBackground = z.infer<ReturnType<typeof portToBackgroundSchema>>;

export const portToPanelSchema = lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('token'), data: z.object({ requestId: z.string(), delta: z.string() }) }),
    /** A structured answer being written: how much has arrived, as it cannot be shown before it is whole. */
    z.object({
      type: z.literal('progress'),
      data: z.object({ requestId: z.string(), tokens: z.number() }),
    }),
    z.object({
      type: z.literal('done'),
      data: z.object({
        requestId: z.string(),
        text: z.string(),
        cached: z.boolean(),
        usage: z.nullable(usageSchema()),
        /** Tokens used today across answers, and the cap if the user set one. */
        today: z.object({ total: z.number(), cap: z.nullable(z.number()) }),
        /** Said beside the answer, e.g. that the model's Markdown is shown instead of the structure. */
        notice: z.optional(z.string()),
        /** "length": the answer hit its token limit and was cut off. */
        finishReason: z.optional(z.string()),
      }),
    }),
    z.object({
      type: z.literal('error'),
      data: z.object({
        requestId: z.string(),
        code: z.string(),
        message: z.string(),
        retryable: z.boolean(),
        /** Whatever had streamed before the failure; the panel keeps showing it. */
        partial: z.string(),
        /** A rate limit's wait: Retry stays disabled until it is over. */
        retryAfterMs: z.optional(z.number()),
        /** What the failed request was counted as (what was sent, and any partial answer). */
        usage: z.optional(usageSchema()),
      }),
    }),
  ]),
);
export type PortToPanel = z.infer<ReturnType<typeof portToPanelSchema>>;

/* ------------------------------------------------------------------------------------------------
 * Quiz (popup ↔ background): new questions written by the configured model.
 */

/** The question on screen, as a sample for "More questions like this" (never its answer). */
const quizSampleSchema = lazy(() =>
  z.object({
    topic: z.enum(TOPICS),
    type: z.enum(['choice', 'card']),
    prompt: z.string().check(z.maxLength(4_000)),
    tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(12)),
  }),
);

/**
 * Written and stored by the background, so closing the popup mid-request loses nothing. A failure
 * is an answer too (`ok: false`), its message already free of the key, never a thrown error.
 */
export const QuizGenerate = defineMessage({
  type: 'quiz/generate',
  request: () =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('more-like'), sample: quizSampleSchema() }),
      z.object({ kind: z.literal('target-role') }),
    ]),
  response: () =>
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), added: z.number(), message: z.string() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  from: ['extension'],
});
