import { describe, expect, it } from 'vitest';
import type { JobAnalysis } from '@/lib/coach/job';
import type { ProblemAnalysis } from '@/lib/coach/problem/types';
import { buildApproachPrompt } from '@/lib/llm/prompts/approach';
import { buildChatPrompt, recentTurns } from '@/lib/llm/prompts/chat';
import { buildJobPrepPrompt } from '@/lib/llm/prompts/job-prep';
import { buildQuizPrompt } from '@/lib/llm/prompts/quiz';
import { buildReviewPrompt } from '@/lib/llm/prompts/review';
import { BUDGET, type OfflineJobAnalysis, type OfflineProblemAnalysis } from '@/lib/llm/prompts/shared';
import { estimateTokens } from '@/lib/llm/tokens';
import type { Question } from '@/lib/quiz/topics';
import { occurrences, userText } from '../../support/prompt-text';
import { backendJob, PAGE_INJECTION, twoSum, twoSumAnalysis } from './fixtures';

/**
 * The prompts of the flows beside the hints (approach, review, chat, quiz, job preparation), and
 * the offline analyses they carry.
 */

describe('other flows', () => {
  it('approach check delimits the user approach and asks for correctness, complexity, edge cases', () => {
    const prompt = buildApproachPrompt({
      problem: twoSum,
      analysis: twoSumAnalysis,
      approach: 'Sort then two pointers',
    });
    expect(prompt.messages[0]?.content).toMatch(/Correctness[\s\S]*Complexity[\s\S]*Edge cases/);
    expect(userText(prompt.messages)).toContain('<user_text>\nSort then two pointers\n</user_text>');
  });

  it('code review forbids a rewrite unless asked', () => {
    expect(buildReviewPrompt({ problem: twoSum, code: 'x' }).messages.at(-1)?.content).toMatch(
      /Do not rewrite/,
    );
    expect(buildReviewPrompt({ problem: twoSum, code: 'x', rewrite: true }).messages.at(-1)?.content).toMatch(
      /corrected rewrite/,
    );
  });

  it('code review truncates huge code to its budget', () => {
    const prompt = buildReviewPrompt({ problem: twoSum, code: 'x = 1\n'.repeat(50_000) });
    const user = userText(prompt.messages);
    const code = user.slice(user.indexOf('<user_code>'), user.indexOf('</user_code>'));
    expect(estimateTokens(code)).toBeLessThanOrEqual(BUDGET.code + 10);
  });

  it('chat keeps the newest turns within budget and never starts history with a reply', () => {
    const history = Array.from({ length: 200 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `turn ${index} ${'words '.repeat(40)}`,
    }));
    const kept = recentTurns(history);
    expect(kept.at(-1)?.content).toContain('turn 199');
    expect(kept[0]?.role).toBe('user');
    expect(kept.reduce((sum, turn) => sum + estimateTokens(turn.content), 0)).toBeLessThanOrEqual(
      BUDGET.chatHistory,
    );
    const prompt = buildChatPrompt({
      subject: { kind: 'job', job: backendJob },
      history,
      message: 'And Kafka?',
    });
    expect(prompt.messages.at(-1)).toEqual({ role: 'user', content: 'And Kafka?' });
    expect(prompt.messages[1]?.content).toContain('Company: Acme');
  });

  it('job prep puts the posting in an untrusted block and passes the interview date', () => {
    const prompt = buildJobPrepPrompt({
      job: { ...backendJob, description: PAGE_INJECTION },
      interviewDate: '2025-07-01',
    });
    const user = userText(prompt.messages);
    expect(occurrences(user, '</untrusted_page>')).toBe(1);
    expect(user).toContain('2025-07-01');
  });

  it('quiz for a target role passes its rounds and skills, delimited', () => {
    const prompt = buildQuizPrompt({
      kind: 'target-role',
      targetRole: { rounds: [{ kind: 'system-design', weight: 2 }], skills: ['kafka'] },
    });
    const user = userText(prompt.messages);
    expect(user).toMatch(
      /<user_text>\nInterview rounds by weight: system-design \(2\)\nSkills: kafka\n<\/user_text>/,
    );
    expect(prompt.messages[0]?.content).toContain('algorithms, system-design');
  });

  it('quiz "more like this" sends the samples delimited, not their answers', () => {
    const sample: Question = {
      id: 'q1',
      topic: 'algorithms',
      type: 'card',
      prompt: 'Cost of heap push?',
      answer: 'SECRET-ANSWER',
      explanation: 'log n',
      difficulty: 1,
      tags: ['heap'],
    };
    const prompt = buildQuizPrompt({ kind: 'more-like', count: 3, samples: [sample] });
    const user = userText(prompt.messages);
    expect(user).toContain('<quiz_sample>');
    expect(user).toContain('Cost of heap push?');
    expect(user).not.toContain('SECRET-ANSWER');
    expect(user).toContain('Write 3 new questions');
  });
});

describe('offline analyses', () => {
  it("accept the offline coaches' own results as they are", () => {
    const fromProblemCoach = (analysis: ProblemAnalysis): OfflineProblemAnalysis => analysis;
    const fromJobCoach = (analysis: JobAnalysis): OfflineJobAnalysis => analysis;
    expect(fromProblemCoach).toBeTypeOf('function');
    expect(fromJobCoach).toBeTypeOf('function');
  });

  it('summarise the job analysis: seniority, stack and weighted rounds', () => {
    const prompt = buildJobPrepPrompt({
      job: backendJob,
      analysis: {
        seniority: 'senior',
        skills: ['Go', 'PostgreSQL'],
        rounds: [{ kind: 'system-design', title: 'System design', weight: 0.4 }],
      },
    });
    const user = userText(prompt.messages);
    expect(user).toContain('Seniority: senior');
    expect(user).toContain('Stack: Go, PostgreSQL');
    expect(user).toContain('System design (40%)');
  });
});
