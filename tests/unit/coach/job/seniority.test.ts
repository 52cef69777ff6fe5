import { describe, expect, it } from 'vitest';
import { analyzeJob } from '@/lib/coach/job';
import { readSeniority } from '@/lib/coach/job/seniority';
import { posting } from './posting';

describe('seniority from the title', () => {
  it.each([
    ['Software Engineering Intern', 'intern'],
    ['Summer Internship – Backend', 'intern'],
    ['Software Engineer, New Grad 2026', 'junior'],
    ['Junior Frontend Developer', 'junior'],
    ['Associate Software Engineer', 'junior'],
    ['Software Engineer I', 'junior'],
    ['Software Engineer II', 'mid'],
    ['SDE 2, Payments', 'mid'],
    ['Site Reliability Engineer III', 'senior'],
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Data Engineer', 'senior'],
    ['Lead .NET Developer', 'senior'],
    ['Staff Software Engineer, Platform', 'staff'],
    ['Senior Staff Engineer', 'staff'],
    ['Principal Security Engineer', 'principal'],
    ['Engineering Manager, Payments', 'manager'],
    ['Senior Engineering Manager', 'manager'],
    ['Manager, Software Engineering', 'manager'],
    ['Head of Engineering', 'manager'],
    ['Director of Engineering', 'manager'],
    ['Tech Lead Manager, Search', 'manager'],
    ['Senior Product Manager', 'senior'],
    ['Principal Product Manager', 'principal'],
    ['Group Product Manager', 'manager'],
    ['Internal Tools Engineer', 'mid'],
  ])('%s → %s', (title, level) => {
    expect(readSeniority(title, '').seniority).toBe(level);
  });

  it('does not make a product or program manager a people manager', () => {
    expect(readSeniority('Product Manager', 'Work with engineering and design.').seniority).toBe('mid');
    expect(readSeniority('Technical Program Manager', '').seniority).toBe('mid');
  });

  it('makes a bare manager title a people manager when the posting talks about reports', () => {
    expect(readSeniority('Manager, Payments Platform', 'You will have six direct reports.').seniority).toBe(
      'manager',
    );
  });

  it('lets the title win over the years asked for', () => {
    expect(readSeniority('Junior Developer', '5+ years of experience').seniority).toBe('junior');
  });
});

describe('seniority without a level in the title', () => {
  it.each([
    ['Seniority level\nEntry level', 'junior'],
    ['Seniority level: Internship', 'intern'],
    ['Seniority level: Director', 'manager'],
    ['Seniority level: Mid-Senior level', 'mid'],
    ['Seniority level: Mid-Senior level\n6+ years of experience building backends', 'senior'],
    ['Open to new grads and recent graduates.', 'junior'],
    ['Requirements:\n- 1+ year of professional experience', 'junior'],
    ['- 3-5 years of experience in backend development', 'mid'],
    ['- Two or more years of experience with Python', 'mid'],
    ['- 5+ years of software engineering experience', 'senior'],
    ['- 8+ years of experience\n- Set technical direction across multiple teams', 'staff'],
    ['- 10+ years of experience writing software', 'senior'],
    ['- 12+ years of experience, with company-wide impact', 'principal'],
    ['We were founded 20 years ago and have 300 customers.', 'mid'],
    ['', 'mid'],
  ])('%j → %s', (text, level) => {
    expect(readSeniority('Software Engineer', text).seniority).toBe(level);
  });

  it('takes the main requirement, not a sub-skill, when several years are named', () => {
    expect(
      readSeniority('Backend Engineer', '- 6+ years of backend experience\n- 2+ years with Kubernetes')
        .seniority,
    ).toBe('senior');
  });

  it('ignores years asked for in the nice-to-haves', () => {
    const analysis = analyzeJob(
      posting({
        title: 'Software Engineer',
        description:
          '## Requirements\n- 2+ years of experience with Python\n## Nice to have\n- 8+ years of experience in fintech',
        requirements: ['2+ years of experience with Python'],
        niceToHave: ['8+ years of experience in fintech'],
      }),
    );
    expect(analysis.seniority).toBe('mid');
    expect(analysis.seniorityReason).toMatch(/2\+ years/);
  });
});
