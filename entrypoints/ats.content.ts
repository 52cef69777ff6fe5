import { ATS_EXTRACTORS } from '@/lib/extract/jobs';
import { jobContentScript } from '@/lib/platform/job-script';

/** Applicant-tracking systems: Greenhouse, Lever, Ashby, Workday. */
export default jobContentScript(ATS_EXTRACTORS);
