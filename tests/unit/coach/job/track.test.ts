import { describe, expect, it } from 'vitest';
import { analyzeJob } from '@/lib/coach/job';
import { posting } from './posting';

const trackOf = (title: string, description = '', requirements: string[] = []) =>
  analyzeJob(posting({ title, description, requirements })).track;

describe('role track', () => {
  it.each([
    ['Senior Backend Engineer', 'backend'],
    ['Frontend Developer (Angular)', 'frontend'],
    ['Full-Stack Engineer', 'fullstack'],
    ['Senior Android Developer', 'mobile'],
    ['Analytics Engineer', 'data'],
    ['Applied Scientist, Search Ranking', 'ml'],
    ['DevOps Engineer', 'infra'],
    ['Site Reliability Engineer II', 'infra'],
    ['Offensive Security Engineer', 'security'],
    ['Firmware Engineer, Power Systems', 'embedded'],
    ['Software Development Engineer in Test', 'qa'],
    ['Engineering Manager, Checkout', 'management'],
    ['VP of Engineering', 'management'],
    ['Chief Technology Officer', 'management'],
    ['Head of Data', 'management'],
    ['Security Analyst', 'security'],
    ['Business Intelligence Developer', 'data'],
  ])('reads “%s” as %s from the title', (title, track) => {
    expect(trackOf(title)).toBe(track);
  });

  it('reads the role before the team it names', () => {
    expect(trackOf('Staff Backend Engineer, Cloud Infrastructure')).toBe('backend');
    expect(trackOf('Staff Software Engineer, Cloud Infrastructure')).toBe('infra');
    expect(trackOf('Software Engineer, Data Platform')).toBe('data');
    expect(trackOf('Software Engineer, ML Platform')).toBe('ml');
  });

  it.each([
    ['Account Executive, Enterprise'],
    ['Product Marketing Manager, Developer Platform'],
    ['Senior Technical Recruiter'],
    ['Technical Writer, APIs'],
    ['UX Designer'],
    ['Group Product Manager, Payments'],
    ['Director of Sales Engineering Partnerships'],
    ['Head of Product'],
    ['VP of People'],
    ['Chief Operating Officer'],
    ['Scrum Master'],
  ])('reads “%s” as a role outside engineering, whatever its posting says about engineers', (title) => {
    expect(
      trackOf(title, 'You will work with our engineers on Kubernetes, Kafka and Python APIs every day.'),
    ).toBe('non-engineering');
  });

  it('keeps a role with an engineering noun in engineering, except pre-sales engineering', () => {
    expect(trackOf('Product Security Engineer')).toBe('security');
    expect(trackOf('Design Systems Engineer')).toBe('frontend');
    expect(trackOf('Content Platform Engineer')).toBe('infra');
    expect(trackOf('Senior Sales Engineer')).toBe('non-engineering');
  });

  it('reads a general title from the required work: devices, both sides of the web, else the server', () => {
    expect(
      trackOf(
        'Software Engineer',
        'You will write firmware for our sensors and bring up new hardware boards.',
      ),
    ).toBe('embedded');
    expect(
      trackOf('Software Engineer', '', ['React and TypeScript in the browser', 'Django and PostgreSQL']),
    ).toBe('fullstack');
    expect(trackOf('Software Engineer', '', ['Java and Spring Boot services', 'PostgreSQL and Kafka'])).toBe(
      'backend',
    );
    expect(
      trackOf('Software Engineer', '', [
        'Swift, SwiftUI and Core Data',
        'Kotlin and Jetpack Compose on Android',
      ]),
    ).toBe('mobile');
  });

  it('ignores the nice-to-have section when reading a general title', () => {
    const analysis = analyzeJob(
      posting({
        title: 'Software Engineer',
        description: '- Java and Spring Boot services\n- PostgreSQL\n- Some React for internal tools',
        requirements: ['Java and Spring Boot services', 'PostgreSQL'],
        niceToHave: ['Some React for internal tools'],
      }),
    );
    expect(analysis.track).toBe('backend');
  });

  it('gives a manager of engineers the management track and says which specialism', () => {
    const analysis = analyzeJob(posting({ title: 'Engineering Manager, iOS' }));
    expect(analysis.track).toBe('management');
    expect(analysis.trackReason).toMatch(/iOS/);
  });
});
