import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import { PROVIDER_KINDS } from '../../llm/providers';
import { defineMessage } from '../define';

/**
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
