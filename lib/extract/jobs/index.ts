import { matchesOf } from '../core';
import { ashby } from '../sites/ashby';
import { careers } from '../sites/careers';
import { greenhouse } from '../sites/greenhouse';
import { indeed } from '../sites/indeed';
import { lever } from '../sites/lever';
import { linkedin } from '../sites/linkedin';
import { wellfound } from '../sites/wellfound';
import { workday } from '../sites/workday';
import type { SiteExtractor } from '../types';

/** Applicant-tracking systems: a company's own postings. */
const ATS_SITES: readonly SiteExtractor[] = [greenhouse, lever, ashby, workday];
/** Job boards and aggregators. */
const BOARD_SITES: readonly SiteExtractor[] = [linkedin, indeed, wellfound];

/**
 * One content script per group keeps each page's script small (no page loads the other group's
 * readers); each group ends with the schema.org JSON-LD reader, as the family does.
 */
export const ATS_EXTRACTORS: readonly SiteExtractor[] = /* @__PURE__ */ ATS_SITES.concat(careers);
export const BOARD_EXTRACTORS: readonly SiteExtractor[] = /* @__PURE__ */ BOARD_SITES.concat(careers);

/** Job-board readers, site-specific first, schema.org JSON-LD on any site last. */
// Pure calls, so a content script importing one group bundles no other group's readers.
export const JOB_EXTRACTORS: readonly SiteExtractor[] = /* @__PURE__ */ ATS_SITES.concat(
  BOARD_SITES,
  careers,
);

/** Where the job-posting content scripts run (both groups). */
export const JOB_MATCHES: string[] = /* @__PURE__ */ matchesOf(JOB_EXTRACTORS);
