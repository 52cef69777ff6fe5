import { BOARD_EXTRACTORS } from '@/lib/extract/jobs';
import { jobContentScript } from '@/lib/platform/job-script';

/** Job boards: LinkedIn, Indeed, Wellfound. */
export default jobContentScript(BOARD_EXTRACTORS);
