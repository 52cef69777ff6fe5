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

/** Job-board readers, site-specific first, schema.org JSON-LD on any site last. */
export const JOB_EXTRACTORS: readonly SiteExtractor[] = [
  greenhouse,
  lever,
  ashby,
  workday,
  linkedin,
  indeed,
  wellfound,
  careers,
];

/** Where the job-posting content script runs. */
export const JOB_MATCHES: string[] = matchesOf(JOB_EXTRACTORS);
