import type { TechnologyGroup } from './types';

export const TESTING: TechnologyGroup = {
  group: 'testing',
  label: 'Testing',
  technologies: [
    { name: 'Jest', exact: ['Jest'] },
    { name: 'Vitest' },
    { name: 'Mocha', exact: ['Mocha'], needsContext: true },
    { name: 'Cypress', exact: ['Cypress'], needsContext: true },
    { name: 'Playwright' },
    { name: 'Selenium' },
    { name: 'Testing Library', aliases: ['React Testing Library'] },
    { name: 'JUnit' },
    { name: 'Mockito' },
    { name: 'pytest', aliases: ['PyTest'] },
    { name: 'RSpec' },
    { name: 'XCTest' },
    { name: 'Espresso', exact: ['Espresso'], needsContext: true },
    { name: 'k6', exact: ['k6'] },
    { name: 'JMeter', aliases: ['Apache JMeter'] },
    { name: 'Postman', exact: ['Postman'] },
  ],
};
