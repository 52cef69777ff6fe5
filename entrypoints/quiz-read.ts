import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarly } from '@/lib/storage/early-read';
import { QUIZ_KEYS } from '@/lib/storage/quiz-keys';

/**
 * The popup's first script, a classic one popup.html loads `async`: it asks storage for the
 * quiz's items while the popup's modules still load and run, so the answer is there when the
 * store starts (getValues takes it up) instead of one storage round trip later.
 */
export default defineUnlistedScript(() => readEarly('local', Object.values(QUIZ_KEYS)));
