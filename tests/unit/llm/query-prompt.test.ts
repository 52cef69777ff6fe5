import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { promptAnalysisSchema } from '@/lib/llm/prompts/analysis';
import { promptAnalysis } from '@/lib/llm/prompts/findings';
import { buildHintPrompt } from '@/lib/llm/prompts/hint';
import { buildInterviewerPrompt } from '@/lib/llm/prompts/interviewer';
import { savedContext } from '../../support/query-labels';

describe('the model is told a database problem is SQL, with the tables the panel read', () => {
  const context = savedContext('leetcode/sql-second-highest-salary');
  const result = analyze(context);
  if (result?.kind !== 'problem') throw new Error('not a problem');
  const findings = promptAnalysis(result);

  it('sends the tables and ideas within the bounds the background accepts', () => {
    expect(promptAnalysisSchema().safeParse(findings).success).toBe(true);
    if (findings.kind !== 'problem') throw new Error('not a problem');
    expect(findings.analysis.query?.tables[0]).toEqual({
      name: 'Employee',
      columns: [
        { name: 'id', type: 'int' },
        { name: 'salary', type: 'int' },
      ],
      primaryKey: 'id',
    });
  });

  it('the hint prompt says SQL, carries the tables, the ideas and the traps, and no big-O', () => {
    if (findings.kind !== 'problem') throw new Error('not a problem');
    const prompt = buildHintPrompt({
      level: 1,
      problem: context,
      analysis: findings.analysis,
    });
    const text = prompt.messages.map((message) => message.content).join('\n');
    expect(text).toContain('This is a SQL (database) problem');
    expect(text).toContain('Tables: Employee (id int, salary int; key id)');
    expect(text).toContain('The n-th distinct value');
    expect(text).toContain('one row holding null');
    expect(text).not.toContain('Expected complexity');
  });

  it("the mock interviewer's notes probe the query's plan, not a big-O figure", () => {
    if (findings.kind !== 'problem') throw new Error('not a problem');
    const prompt = buildInterviewerPrompt({
      problem: context,
      analysis: findings.analysis,
      brief: {
        kind: 'coding',
        stage: 'approach',
        elapsedMin: 5,
        roundMin: 30,
        stageMin: 2,
        stageBudgetMin: 6,
        followUps: [],
        followUpsAsked: 0,
        transcript: [],
        code: null,
      },
    });
    const text = prompt.messages.map((message) => message.content).join('\n');
    expect(text).toContain('A SQL problem over Employee');
    expect(text).not.toContain("Complexity the constraints allow (Sparring's estimate): .");
    // The offline round plans the query instead of a brute force; the model's round agrees.
    expect(text).toContain('ask for no brute force: have them plan the query');
  });
});

describe('the model is told a pandas problem is pandas', () => {
  const grid = [
    '```',
    '+-------------+--------+',
    '| Column Name | Type   |',
    '+-------------+--------+',
    '| visit_id    | int    |',
    '| email       | object |',
    '+-------------+--------+',
    '```',
  ].join('\n');
  const context = {
    ...savedContext('leetcode/sql-second-highest-salary'),
    statement: `DataFrame \`visits\`\n\n${grid}\n\nSome rows have missing values in the email column. Write a solution to remove them.`,
  };
  const result = analyze(context);
  if (result?.kind !== 'problem') throw new Error('not a problem');
  const findings = promptAnalysis(result);

  it('in the hint prompt: pandas terms and pandas names, no SQL', () => {
    expect(promptAnalysisSchema().safeParse(findings).success).toBe(true);
    if (findings.kind !== 'problem') throw new Error('not a problem');
    expect(findings.analysis.query?.dialect).toBe('pandas');
    const prompt = buildHintPrompt({ level: 1, problem: context, analysis: findings.analysis });
    const text = prompt.messages.map((message) => message.content).join('\n');
    expect(text).toContain('This is a pandas problem');
    expect(text).toContain('DataFrames: visits');
    expect(text).toContain('pandas ideas it needs: Missing values: isna / notna, dropna');
    expect(text).not.toContain('SQL (database) problem');
  });
});
