import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApproachPrompt } from '@/lib/llm/prompts/approach';
import { buildChatPrompt } from '@/lib/llm/prompts/chat';
import {
  buildHintPrompt,
  HINT_PROMPT_TOKEN_LIMIT,
  type HintInput,
  hintPromptTokens,
  SolutionNotConfirmedError,
} from '@/lib/llm/prompts/hint';
import { buildJobPrepPrompt } from '@/lib/llm/prompts/job-prep';
import { buildQuizPrompt } from '@/lib/llm/prompts/quiz';
import { buildReviewPrompt } from '@/lib/llm/prompts/review';
import { BUDGET, COMMON_RULES } from '@/lib/llm/prompts/shared';
import { estimateTokens } from '@/lib/llm/tokens';
import { userText } from '../../support/prompt-text';
import { backendJob, longStatement, twoSum, twoSumAnalysis } from './fixtures';

/** The prompts every model flow builds: their token budgets, the hint ladder's levels, and the prefix a provider can cache. */

describe('budgets', () => {
  it('cuts a huge statement to about 1,500 tokens, keeping its head and tail', () => {
    const prompt = buildHintPrompt({ problem: { ...twoSum, statement: longStatement(20_000) }, level: 1 });
    const user = userText(prompt.messages);
    const page = user.slice(user.indexOf('<untrusted_page>'), user.indexOf('</untrusted_page>'));
    expect(estimateTokens(page)).toBeLessThanOrEqual(BUDGET.problemPage + 10);
    expect(page).toContain('word0 word1');
    expect(page).toContain('[… cut to fit the length budget …]');
  });

  it('keeps every hint request within 2,000 prompt tokens, whatever the page', () => {
    const huge = {
      ...twoSum,
      statement: longStatement(50_000),
      constraints: Array(500).fill('1 <= n <= 10^5'),
    };
    const manyPatterns = {
      ...twoSumAnalysis,
      edgeCases: Array(100).fill('an edge case that is long enough'),
    };
    for (const level of [1, 2, 3] as const) {
      expect(hintPromptTokens({ problem: huge, analysis: manyPatterns, level })).toBeLessThanOrEqual(
        HINT_PROMPT_TOKEN_LIMIT,
      );
    }
    expect(
      hintPromptTokens({
        problem: huge,
        analysis: manyPatterns,
        level: 4,
        confirmedSolution: true,
        language: 'Python',
      }),
    ).toBeLessThanOrEqual(HINT_PROMPT_TOKEN_LIMIT);
  });

  it('keeps any statement within the hint limit (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 12_000 }),
        fc.integer({ min: 1, max: 3 }),
        (statement, level) => {
          const tokens = hintPromptTokens({ problem: { ...twoSum, statement }, level: level as 1 | 2 | 3 });
          expect(tokens).toBeLessThanOrEqual(HINT_PROMPT_TOKEN_LIMIT);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('counts CJK statements (leetcode.cn) conservatively and still fits', () => {
    const chinese = { ...twoSum, statement: '给定一个整数数组 nums 和一个整数目标值 target。'.repeat(2_000) };
    expect(hintPromptTokens({ problem: chinese, level: 1 })).toBeLessThanOrEqual(HINT_PROMPT_TOKEN_LIMIT);
  });
});

describe('hint levels', () => {
  it('asks for exactly the requested level', () => {
    for (const level of [1, 2, 3] as const) {
      const last = buildHintPrompt({ problem: twoSum, level }).messages.at(-1)?.content ?? '';
      expect(last).toMatch(new RegExp(`Give a level ${level} hint`));
    }
  });

  it('builds the full solution only with an explicit confirmation', () => {
    const unconfirmed = { problem: twoSum, level: 4 } as unknown as HintInput;
    expect(() => buildHintPrompt(unconfirmed)).toThrow(SolutionNotConfirmedError);
    const falsy = { problem: twoSum, level: 4, confirmedSolution: 'yes' } as unknown as HintInput;
    expect(() => buildHintPrompt(falsy)).toThrow(SolutionNotConfirmedError);
    const confirmed = buildHintPrompt({ problem: twoSum, level: 4, confirmedSolution: true, language: 'Go' });
    expect(confirmed.messages.at(-1)?.content).toMatch(/explicitly confirmed.*full solution.*in Go/s);
  });

  it('rejects levels outside the ladder', () => {
    expect(() => buildHintPrompt({ problem: twoSum, level: 5 } as unknown as HintInput)).toThrow(RangeError);
  });
});

describe('stable prefix', () => {
  it('sends a system message identical across problems and levels of a flow', () => {
    const a = buildHintPrompt({ problem: twoSum, level: 1 }).messages[0];
    const b = buildHintPrompt({ problem: { ...twoSum, title: 'Other', statement: 'x' }, level: 3 })
      .messages[0];
    expect(a).toEqual(b);
  });

  it('starts every flow with the same common rules', () => {
    const prompts = [
      buildHintPrompt({ problem: twoSum, level: 1 }),
      buildApproachPrompt({ problem: twoSum, approach: 'hash map' }),
      buildReviewPrompt({ problem: twoSum, code: 'return []' }),
      buildChatPrompt({ subject: { kind: 'problem', problem: twoSum }, history: [], message: 'why?' }),
      buildJobPrepPrompt({ job: backendJob }),
      buildQuizPrompt({ kind: 'target-role', role: 'SRE' }),
    ];
    for (const prompt of prompts) {
      expect(prompt.messages[0]?.content.startsWith(COMMON_RULES)).toBe(true);
      expect(prompt.version).toMatch(new RegExp(`^${prompt.flow}@\\d+$`));
    }
  });

  it('keeps the page-dependent messages identical across hint levels, so the level is the only suffix change', () => {
    const one =
      buildHintPrompt({ problem: twoSum, analysis: twoSumAnalysis, level: 1 }).messages[1]?.content ?? '';
    const two =
      buildHintPrompt({ problem: twoSum, analysis: twoSumAnalysis, level: 2 }).messages[1]?.content ?? '';
    const shared = one.slice(0, one.lastIndexOf('\n\n'));
    expect(two.startsWith(shared)).toBe(true);
  });
});
