import type { Trigger } from './trigger';

/**
 * Each position's answer combines every other position but its own: the product of the others,
 * their gcd, their largest. What lies before it and what lies after it, combined once each way.
 */
const ALL_BUT_ITS_OWN =
  /\b(?:among|of) the rest\b|\bthe rest of the\b|\ball (?:of )?the (?:remaining|rest|others)\b|\b(?:alone|only) (?:were|was|is) (?:\w+ ){0,2}(?:off|removed|excluded|ignored|left out|taken away)\b|\b(?:all|every|each of) (?:the )?other\b|\bexcept (?:for )?(?:itself\b|its own\b|\w+\[i\](?! ?=)|(?:the )?\w+ i itself\b|that one\b)|\bj ?!= ?i\b|\bother than (?:\w+\[i\]|itself\b|its own\b)|\b(?:were|is|was) (?:set aside|left out|removed|taken out)\b/;
const COMBINES =
  /\b(?:fastest|slowest|best|worst|strongest|weakest|tallest|shortest)\b|\bbitwise\b|\bproducts?\b|\bmultipl\w*\b|\bgcd\b|\bgreatest common divisor\b|\bcommon divisor\b|\blcm\b|\b(?:largest|highest|maximum|smallest|lowest|minimum)\b|\bxor\b/;

/** The most items that overlap at one moment: each item opens and closes, and the count is swept. */
const MOST_AT_ONCE =
  /\b(?:largest|maximum|greatest|most|peak|highest)\b (?:number of )?(?:\w+ ){0,5}(?:(?:at|during|in|on) the same (?:time|moment|minute|hour|day|night|second|instant)|at once|simultaneously|on (?:any |a |one )?(?:single |one )?(?:day|night|minute|hour|moment|second|date)|at any (?:one |single )?(?:time|moment|point)|at the same moment)\b|\b(?:at the same (?:time|moment)|simultaneously|at once)\b[^.]{0,40}\b(?:largest|maximum|most|peak)\b/;
/** The length covered by a union of spans: sorted by start, the spans merge as they are swept. */
const COVERED_LENGTH =
  /\b(?:counting|count|counted) (?:each|every) \w+ (?:only )?once\b[^.]{0,60}\bhowever many\b|\bhowever many\b[^.]{0,60}\b(?:cover|reach|overlap|wet|paint|light)\w*\b|\btotal (?:length|number of \w+|area|time|distance)\b[^.]{0,80}\b(?:covered|at least once|(?:by )?at least one)\b|\b(?:covered|resurfaced|painted|lit|watered|visited) (?:at least once|by at least one)\b/;
/** Items given by where they start and end. */
const SPANS =
  /\bbe?g[ai]n\w*\b[^.]{0,120}\bend\w*\b|\bopen\w*\b[^.]{0,120}\bclos\w*\b|\bfrom (?:\w+ ){0,2}\w+(?:\[i\]|_i)? (?:up )?to\b|\[\s*\w+\s*,\s*\w+\s*\]|\bstart\w*\b[^.]{0,120}\bend\w*\b|\barriv\w+\b[^.]{0,120}\b(?:leave|leaves|depart\w*)\b/;

/** Each position's answer asks for everything else combined: the answer indexed by position. */
const PER_POSITION =
  /\b(?:for (?:each|every)|(?:i|k)-?th (?:entry|element|value|position))\b|\b(?:answer|result|output|res|ans)\[i\] (?:is|equals|should be|=)/;

/** Every position's answer combines all the others but its own. */
export const allButItsOwn = (body: string) =>
  ALL_BUT_ITS_OWN.test(body) && COMBINES.test(body) && PER_POSITION.test(body);

export const SWEEP_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'prefix-sum',
    pattern: ALL_BUT_ITS_OWN,
    weight: 3.5,
    why: 'each answer combines everything before the position with everything after it: one pass from each end keeps both, so no division and no rescan',
    when: (scene) => allButItsOwn(scene.body) && !scene.grid && scene.shape !== 'graph' && !scene.design,
  },
  {
    technique: 'line-sweep',
    pattern: MOST_AT_ONCE,
    weight: 3.5,
    why: 'every item opens (+1) and closes (-1): sorted by time, a running count over the events peaks at the answer',
    when: (scene) => SPANS.test(scene.body) && !scene.design,
    also: ['sorting'],
  },
  {
    technique: 'sorting',
    pattern: COVERED_LENGTH,
    weight: 3.5,
    why: 'sorted by start, overlapping spans merge as they are swept, and each merged block adds its length once',
    when: (scene) => SPANS.test(scene.body) && !scene.design && !scene.grid,
    also: ['line-sweep'],
  },
];
