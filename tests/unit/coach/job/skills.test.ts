import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJob, canonicalSkill } from '@/lib/coach/job';
import { findSkills } from '@/lib/coach/job/skills';
import { posting } from './posting';

const skillsIn = (text: string, title = 'Software Engineer') =>
  findSkills(title, text).map((skill) => skill.name);

describe('skills: traps that are not technologies', () => {
  it.each([
    ['We are a good team and we go to great lengths for customers.', 'Go'],
    ['Our Go-to-market team doubled. Go above and beyond for users.', 'Go'],
    ['Go-getters welcome.', 'Go'],
    ['Strong JavaScript and TypeScript skills.', 'Java'],
    ['We just closed our Series C and report to the C-level.', 'C'],
    ['Work with C-suite stakeholders on the roadmap.', 'C'],
    ['Our R&D group sits in Boston.', 'R'],
    ['Respond swiftly to incidents; we act swiftly.', 'Swift'],
    ['Customers trust us with their data.', 'Rust'],
    ['The launch sparked a wave of signups.', 'Spark'],
    ['Active TS/SCI clearance required.', 'TypeScript'],
    ['Our office is in Phoenix, AZ, three days a week.', 'Phoenix'],
    ['Join our Spring 2026 internship cohort.', 'Spring'],
    ['React quickly to customer feedback.', 'React'],
    ['We partner with American Express on rewards.', 'Express'],
    ['Help us put guard rails around deployments.', 'Ruby on Rails'],
  ])('%s does not name %s', (text, absent) => {
    expect(skillsIn(text)).not.toContain(absent);
  });
});

describe('skills: real mentions', () => {
  it('reads the languages the traps resemble when they are meant', () => {
    expect(skillsIn('Backend services written in Go, Rust and C; statistics in R.')).toEqual(
      expect.arrayContaining(['Go', 'Rust', 'C', 'R']),
    );
    expect(skillsIn('Java and JavaScript')).toEqual(['Java', 'JavaScript']);
    expect(skillsIn('iOS apps in Swift and SwiftUI')).toEqual(['iOS', 'Swift', 'SwiftUI']);
  });

  it('takes “a plus” on a requirement line as context', () => {
    expect(skillsIn('Java required. Go is a plus.')).toEqual(['Java', 'Go']);
  });

  it('takes a bare list item as context', () => {
    expect(skillsIn('Our stack:\n- Go\n- Rust')).toEqual(['Go', 'Rust']);
  });

  it('takes the title as context for a language named there', () => {
    expect(findSkills('Senior Go Engineer', 'We move fast.').map((skill) => skill.name)).toEqual(['Go']);
  });

  it.each([
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['Golang', 'Go'],
    ['JS', 'JavaScript'],
    ['Amazon Web Services', 'AWS'],
    ['Google Cloud Platform', 'GCP'],
    ['C#', 'C#'],
    ['C++', 'C++'],
    ['.NET Core', '.NET'],
    ['NodeJS', 'Node.js'],
    ['React.js', 'React'],
    ['NextJS', 'Next.js'],
    ['Vue', 'Vue.js'],
    ['SpringBoot', 'Spring Boot'],
    ['Apache Kafka', 'Kafka'],
    ['RabbitMQ', 'RabbitMQ'],
    ['Elastic Search', 'Elasticsearch'],
    ['PySpark', 'Spark'],
    ['Service Bus', 'Azure Service Bus'],
    ['Azure Pipelines', 'Azure DevOps'],
  ])('reads the alias %s as %s', (alias, canonical) => {
    expect(skillsIn(`Experience with ${alias} is required.`)).toEqual([canonical]);
  });

  it('reads TS as TypeScript with context and C/C++ as two languages', () => {
    expect(skillsIn('Frontend in TS and React.')).toEqual(['TypeScript', 'React']);
    expect(skillsIn('Strong C/C++ programming.')).toEqual(['C', 'C++']);
  });

  it('prefers the longer name: React Native is not React, ASP.NET is not .NET', () => {
    expect(skillsIn('Apps in React Native.')).toEqual(['React Native']);
    expect(skillsIn('APIs in ASP.NET Core.')).toEqual(['ASP.NET']);
    expect(skillsIn('Services in Spring Boot.')).toEqual(['Spring Boot']);
  });

  it('lists each technology once, in order of first mention', () => {
    expect(skillsIn('Redis, then Postgres, then Redis again and PostgreSQL.')).toEqual([
      'Redis',
      'PostgreSQL',
    ]);
  });
});

describe('skills and topics', () => {
  it('keeps concepts out of skills and puts them in topics', () => {
    const analysis = analyzeJob(
      posting({
        description:
          'Build microservices behind REST and GraphQL APIs, with gRPC between them. CI/CD, distributed systems, event-driven design and machine learning.',
      }),
    );
    expect(analysis.skills).toEqual(['GraphQL', 'gRPC']);
    expect(analysis.topics).toEqual(
      expect.arrayContaining([
        'Microservices',
        'REST',
        'CI/CD',
        'Distributed systems',
        'Event-driven architecture',
        'Machine learning',
      ]),
    );
  });

  it('includes the nice-to-haves', () => {
    const analysis = analyzeJob(posting({ description: 'Python.', niceToHave: ['Terraform and Datadog'] }));
    expect(analysis.skills).toEqual(['Python', 'Terraform', 'Datadog']);
  });

  it('only ever reports canonical taxonomy names, once each, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 60 }), (body, title) => {
        const names = findSkills(title, body).map((skill) => skill.name);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(canonicalSkill(name)).toBe(name);
      }),
    );
  });
});
