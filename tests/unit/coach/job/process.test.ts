import { describe, expect, it } from 'vitest';
import { readProcess } from '@/lib/coach/job/process';

const kinds = (text: string) => readProcess(text).stated.map((round) => round.kind);

describe('the loop a posting describes', () => {
  it('reads a bulleted process under its heading, one interview per bullet, recruiter calls left out', () => {
    const process = readProcess(`We build tools for bakeries.

**Our interview process**

- A 30-minute call with our recruiter
- A 60-minute coding interview in Kotlin
- A 75-minute system design interview: a booking service for a chain of bakeries
- A 45-minute conversation with the hiring manager about a project you led

**Benefits**

- Free bread`);
    expect(process.stated.map((round) => [round.kind, round.minutes])).toEqual([
      ['coding', 60],
      ['system-design', 75],
      ['behavioral', 45],
    ]);
    expect(process.stated[1]?.quote).toMatch(/^A 75-minute system design interview/);
  });

  it('reads running prose split at its semicolons and sentences', () => {
    expect(
      kinds(
        'Our process has three steps: a phone screen with a recruiter; a take-home exercise of about three hours; and a 60-minute debugging session with two engineers. The last step is lunch with the team.',
      ),
    ).toEqual(['take-home', 'debugging', 'behavioral']);
  });

  it('names each kind of interview postings describe', () => {
    const process = readProcess(`How we interview:
- Pair programming on a small feature (60 minutes)
- A portfolio review where you present two projects
- People leadership (60 minutes): a performance scenario and how you hire
- A mobile architecture interview: offline sync for a notes app
- A frontend design interview: design the API of a date-picker component
- An ML system design interview: a spam classifier from labels to monitoring
- A data modelling interview: tables for a subscription business
- API design (60 minutes): resources, errors and pagination for invoices
- A conversation about statistics fundamentals`);
    expect(process.stated.map((round) => round.kind)).toEqual([
      'pair-programming',
      'presentation',
      'people-management',
      'mobile-design',
      'frontend-design',
      'ml-design',
      'data-design',
      'api-design',
      'domain',
    ]);
  });

  it('takes a technical interview that names pairing as pairing, and an unnamed one as coding', () => {
    expect(
      kinds('Our process: one technical interview in which you pair with an engineer on a small exercise.'),
    ).toEqual(['pair-programming']);
    expect(kinds('Our process: a technical interview, then a chat with the founders.')).toEqual([
      'coding',
      'behavioral',
    ]);
  });

  it('rules out what the posting says it does not do, anywhere in the posting', () => {
    const process = readProcess(`## The interview
- Coding (45 minutes)
- A conversation with the team

We do not run system design interviews for new graduates, and there is no take-home.`);
    expect(process.ruledOut).toEqual(expect.arrayContaining(['system-design', 'take-home']));
    expect(process.stated.map((round) => round.kind)).toEqual(['coding', 'behavioral']);
    expect(readProcess('We do not give engineering managers a coding test.').ruledOut).toEqual(['coding']);
    expect(readProcess('There is no ML system design round for interns.').ruledOut).toEqual(['ml-design']);
  });

  it('keeps a negation inside its clause: “no puzzles: you will write code” still states coding', () => {
    expect(
      kinds('Our interviews:\n- A coding interview in Python. No puzzles: you will clean two datasets.'),
    ).toEqual(['coding']);
  });

  it('counts the time of repeated interviews and gives the number of interviews promised', () => {
    const process = readProcess(`## Our interview process
After a recruiter call, you will have four onsite interviews:
- System design (two interviews of 60 minutes): one general, one on our domain
- Coding (60 minutes)`);
    expect(process.stated[0]).toMatchObject({ kind: 'system-design', minutes: 120 });
    expect(process.interviews).toBe(4);
  });

  it('states nothing when the posting describes no process, and ignores the company’s words elsewhere', () => {
    const process = readProcess(
      'We design systems that present data to clinicians. You will debug production issues and pair with product managers.',
    );
    expect(process.stated).toEqual([]);
    expect(process.ruledOut).toEqual([]);
  });

  it('reads the shapes postings write a loop in: plain headings, numbered steps, arrows, hours and lists', () => {
    expect(
      kinds(
        'Interview Process\n1. Phone screen (30 min)\n2. Technical interview (live coding, 60 min)\n3. System design (60 min)\n4. Culture fit with the team',
      ),
    ).toEqual(['coding', 'system-design', 'behavioral']);
    expect(
      readProcess(
        'Hiring process: intro call → technical screen → virtual onsite (coding, design, values) → offer',
      ).stated.map((round) => round.kind),
    ).toEqual(['coding', 'coding', 'system-design', 'behavioral']);
    expect(
      kinds('The interview consists of a take-home project followed by a review and a meeting with the CTO.'),
    ).toEqual(['take-home', 'behavioral']);
    expect(
      readProcess('Our interviews:\n- Onsite: three 1 hr sessions on algorithms and system design').stated[0],
    ).toMatchObject({
      kind: 'coding',
      minutes: 60,
    });
    expect(
      kinds(
        'Stages\n- Recruiter screen\n- Technical assessment (online)\n- Final panel: system design and behavioural',
      ),
    ).toEqual(['coding', 'system-design', 'behavioral']);
  });

  it('does not take how the team works for how it interviews', () => {
    expect(
      kinds('## Our process\n- We pair program most days\n- We present our work at a demo every Friday'),
    ).toEqual([]);
    expect(
      kinds('How we work:\n- Pair programming on hard problems\n- Debugging production together'),
    ).toEqual([]);
    expect(kinds('Our process is lightweight: we pair a lot, debug together and ship daily.')).toEqual([]);
  });

  it('ends a listed process at the paragraph after it', () => {
    expect(
      kinds('How we interview:\n- A coding interview\n\nWe offer lunch every day and a conversation budget.'),
    ).toEqual(['coding']);
  });
});
