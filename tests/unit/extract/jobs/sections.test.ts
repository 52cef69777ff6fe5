import { describe, expect, it } from 'vitest';
import { classifyHeading, splitSections } from '@/lib/extract/jobs/sections';
import { page } from './helpers';

const split = (html: string) => splitSections(page(html).body);

describe('section headings', () => {
  it.each([
    ['Requirements', 'requirements'],
    ['Minimum Qualifications:', 'requirements'],
    ['What you’ll need', 'requirements'],
    ["What we're looking for", 'requirements'],
    ['About you', 'requirements'],
    ['Responsibilities', 'responsibilities'],
    ["What you'll do", 'responsibilities'],
    ['The Role', 'responsibilities'],
    ['In this role, you will:', 'responsibilities'],
    ['You will:', 'responsibilities'],
    ['You’ll', 'responsibilities'],
    ['As a Pilot Scientist you will:', 'responsibilities'],
    ['You will have:', 'requirements'],
    ['Nice to have', 'niceToHave'],
    ['Preferred qualifications', 'niceToHave'],
    ['Bonus points', 'niceToHave'],
    ['Benefits', null],
    ['About us', null],
    ['What we offer', null],
  ])('%s → %s', (heading, bucket) => {
    expect(classifyHeading(heading)).toBe(bucket);
  });

  it('ignores long prose that happens to mention requirements', () => {
    expect(
      classifyHeading(`${'We care about quality and the requirements of our customers. '.repeat(3)}`),
    ).toBeNull();
  });
});

describe('splitting a posting into lists', () => {
  it('files each bullet under the heading above it, whatever the heading markup', () => {
    const sections = split(`
      <h2>What you'll do</h2><ul><li>Build APIs</li><li>Run on-call</li></ul>
      <p><strong>Requirements</strong></p><ul><li>Go</li></ul>
      <b>Nice to have:</b><br><ul><li>Rust</li></ul>`);
    expect(sections).toEqual({
      responsibilities: ['Build APIs', 'Run on-call'],
      requirements: ['Go'],
      niceToHave: ['Rust'],
    });
  });

  it('stops collecting at an unrelated bold heading or a benefits line', () => {
    const sections = split(`
      <h3>Requirements</h3><ul><li>SQL</li></ul>
      <p><b>Perks</b></p><ul><li>Gym</li></ul>
      <h3>Qualifications</h3><ul><li>Python</li></ul>
      <p>Benefits:</p><ul><li>Pension</li></ul>`);
    expect(sections.requirements).toEqual(['SQL', 'Python']);
  });

  it('files a requirement the posting itself calls a plus as nice-to-have', () => {
    const sections = split(`
      <h3>You might thrive in this role if you</h3>
      <ul><li>Know PyTorch</li><li>Experience with search relevance or LLMs is a plus.</li>
      <li>Kubernetes would be an advantage</li><li>Have shipped a plus-one feature to millions</li>
      <li>Very good English; German is a plus</li></ul>`);
    expect(sections.requirements).toEqual([
      'Know PyTorch',
      'Have shipped a plus-one feature to millions',
      'Very good English; German is a plus',
    ]);
    expect(sections.niceToHave).toEqual([
      'Experience with search relevance or LLMs is a plus.',
      'Kubernetes would be an advantage',
    ]);
  });

  it('keeps a plain intro line inside the current section', () => {
    const sections = split('<h3>Requirements</h3><p>Our stack:</p><ul><li>Kotlin</li></ul>');
    expect(sections.requirements).toEqual(['Kotlin']);
  });

  it('reads bullets written as text lines between <br>s', () => {
    const sections = split(
      '<p><b>Responsibilities:</b><br>• Ship features<br>- Review code<br>1. Mentor</p>',
    );
    expect(sections.responsibilities).toEqual(['Ship features', 'Review code', 'Mentor']);
  });

  it('gives nested bullets their own entries and leaves them out of their parent', () => {
    const sections = split(
      '<h3>Requirements</h3><ul><li>Cloud<ul><li>AWS</li><li>GCP</li></ul></li><li>Linux</li></ul>',
    );
    expect(sections.requirements).toEqual(['Cloud', 'AWS', 'GCP', 'Linux']);
  });

  it('does not take a bold lead-in inside a paragraph for a heading', () => {
    const sections = split('<h3>Requirements</h3><p><b>Note:</b> remote is fine.</p><ul><li>Go</li></ul>');
    expect(sections.requirements).toEqual(['Go']);
  });

  it('takes a paragraph that is one Title Case line naming a section for its heading', () => {
    // Wellfound's editor: headings as plain paragraphs, each section's lines in one paragraph.
    const sections = split(`
      <p>The Role</p><p>We are hiring our first engineer.</p>
      <p>What You’ll Do</p><p>Build the API<br>Run the deploys</p>
      <p>What You Need</p><p>Go and Postgres<br>Strong communication skills<br>Music is a plus</p>
      <p>What We Offer</p><p>Equity<br>Remote work</p>`);
    expect(sections.responsibilities).toEqual(['Build the API', 'Run the deploys']);
    // A requirement written as its own line is no heading, although it names skills.
    expect(sections.requirements).toEqual(['Go and Postgres', 'Strong communication skills']);
    expect(sections.niceToHave).toEqual(['Music is a plus']);
  });

  it('leaves in the text a Title Case paragraph that names no section, or that reads as a sentence', () => {
    const sections = split(
      '<h3>Requirements</h3><p>Kubernetes And Terraform</p><p>Experience With Kafka.</p><p>Rust</p>',
    );
    expect(sections.requirements).toEqual(['Kubernetes And Terraform', 'Experience With Kafka.', 'Rust']);
  });

  it('collects nothing from bullets before any recognised heading', () => {
    expect(split('<p>Intro</p><ul><li>Free lunch</li></ul>')).toEqual({
      requirements: [],
      responsibilities: [],
      niceToHave: [],
    });
  });
});
