import { describe, expect, it } from 'vitest';
import { readAssignedJson } from '@/lib/extract/jobs/script-data';
import { appDataFields } from '@/lib/extract/sites/ashby';
import { page } from './helpers';

const withScript = (script: string) => page(`<script>${script}</script>`);

describe('window.__appData', () => {
  it('is cut out of the script by bracket matching, braces inside strings included', () => {
    const doc = withScript(
      'window.__ashbyBaseUrl = "x"; window.__appData = {"posting": {"title": "SWE {backend}", "d": "a \\"}\\" b"}}; init();',
    );
    expect(readAssignedJson(doc, 'window.__appData')).toEqual({
      posting: { title: 'SWE {backend}', d: 'a "}" b' },
    });
  });

  it('skips a mention that is not the assignment and finds the real one', () => {
    const doc = withScript('if (window.__appData) {}\nwindow.__appData = {"a": 1};');
    expect(readAssignedJson(doc, 'window.__appData')).toEqual({ a: 1 });
  });

  it('is undefined when the literal is not JSON or is cut short, and nothing is run', () => {
    expect(
      readAssignedJson(withScript('window.__appData = {a: alert(1)};'), 'window.__appData'),
    ).toBeUndefined();
    expect(
      readAssignedJson(withScript('window.__appData = {"a": [1, 2'), 'window.__appData'),
    ).toBeUndefined();
    expect(readAssignedJson(page(''), 'window.__appData')).toBeUndefined();
  });

  it('gives the posting fields Ashby serves', () => {
    const fields = appDataFields(page(''), {
      organization: { name: 'Quill' },
      posting: {
        title: 'SWE',
        locationName: 'NYC',
        workplaceType: 'Remote',
        employmentType: 'FullTime',
        compensationTierSummary: '$1 – $2',
        descriptionHtml: '<p>Body</p>',
      },
    });
    expect(fields).toMatchObject({
      title: 'SWE',
      company: 'Quill',
      location: 'NYC; Remote',
      employmentType: 'Full-time',
      salary: '$1 – $2',
    });
    expect(fields.body?.textContent).toBe('Body');
  });

  it('gives nothing for app data without a posting', () => {
    expect(appDataFields(page(''), { organization: { name: 'Quill' } })).toEqual({});
    expect(appDataFields(page(''), 'nonsense')).toEqual({});
  });
});
