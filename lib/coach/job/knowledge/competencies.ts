export const COMPETENCIES = [
  'ownership',
  'ambiguity',
  'mentoring',
  'cross-team',
  'conflict',
  'impact',
  'failure',
  'hiring',
  'prioritisation',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, string> = {
  ownership: 'Ownership',
  ambiguity: 'Ambiguity',
  mentoring: 'Mentoring',
  'cross-team': 'Cross-team work',
  conflict: 'Conflict and influence',
  impact: 'Impact',
  failure: 'Failure and learning',
  hiring: 'Hiring',
  prioritisation: 'Prioritisation',
};

/** Phrases by which a posting asks the candidate for a competency; the sentence is quoted back. */
export const COMPETENCY_CUES: Record<Competency, RegExp> = {
  ownership:
    /\b(ownership|(?<!\b(your|their|my|our|its|his|her) )own(s|ing)? (the|our|a|features?|services?|projects?|systems?)|end[- ]to[- ]end(?![- ](tests?|testing|encrypt\w*|latency))|accountab(le|ility)|take responsibility|drive (projects|features|initiatives))\b/i,
  ambiguity:
    /\b(ambigu(ity|ous)|unclear|fast[- ]paced|zero[- ]to[- ]one|0 to 1|undefined problems|changing priorities|evolving requirements|comfortable with uncertainty|early[- ]stage|startup)\b/i,
  mentoring:
    /\b(mentor(ing|ship|s)?|coach(ing)?|grow(ing)? (other|junior|the team)|develop(ing)? (engineers|talent|the team)|level up|onboard(ing)? (new )?engineers|direct reports)\b/i,
  'cross-team':
    /\b(cross[- ]functional(ly)?|cross[- ]team|collaborat(e|ion|ive)|stakeholders?|partner(ing)? (closely )?with|work(ing)? closely with|product managers?|designers)\b/i,
  conflict:
    /\b(disagree(ment)?s?|(?<!merge |sync |edit )conflicts?(?! (handling|detection|resolution (for|in|of) (data|edits|sync)))|push back|influence|negotiat(e|es|ing|ion)|difficult conversations|build(ing)? consensus|alignment|align (teams|stakeholders))\b/i,
  impact:
    /\b(impact(ful)?|measurable|results[- ]driven|outcomes|business value|drive results|move the needle|key metrics)\b/i,
  failure:
    /\b(learn(ing)? from (mistakes|failures?)|growth mindset|blameless|post-?mortems?|resilien(t|ce)|(open to|seek(s|ing)?|welcom(e|es|ing)|act(s|ing)? on|tak(e|es|ing)) (\w+ )?feedback|humble|humility)\b/i,
  hiring:
    /\b(hir(e|es|ing)(?! managers?)|recruit(ing)? (engineers|the team)|build (out )?(the|a|your) team|grow the (team|group|org(anisation|anization)?) to|interview loops?)\b/i,
  prioritisation:
    /\b(prioriti[sz](e|es|ing|ation)|roadmaps?|say no|trade-?offs between|competing (priorities|demands)|what (not )?to build)\b/i,
};
