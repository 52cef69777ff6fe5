export const COMPETENCIES = [
  'ownership',
  'ambiguity',
  'mentoring',
  'cross-team',
  'conflict',
  'impact',
  'failure',
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
};

/** Phrases by which a posting asks for a competency; the match is quoted back to the user. */
export const COMPETENCY_CUES: Record<Competency, RegExp> = {
  ownership:
    /\b(ownership|own(s|ing)? (the|our|a|features?|services?|projects?|systems?)|end[- ]to[- ]end|accountab(le|ility)|take responsibility|drive (projects|features|initiatives))\b/i,
  ambiguity:
    /\b(ambigu(ity|ous)|unclear|fast[- ]paced|zero[- ]to[- ]one|0 to 1|undefined problems|changing priorities|evolving requirements|comfortable with uncertainty|early[- ]stage|startup)\b/i,
  mentoring:
    /\b(mentor(ing|ship|s)?|coach(ing)?|grow(ing)? (other|junior|the team)|develop(ing)? (engineers|talent|the team)|level up|onboard(ing)? (new )?engineers|direct reports)\b/i,
  'cross-team':
    /\b(cross[- ]functional(ly)?|cross[- ]team|collaborat(e|ion|ive)|stakeholders?|partner(ing)? (closely )?with|work(ing)? closely with|product managers?|designers)\b/i,
  conflict:
    /\b(disagree(ment)?s?|conflict|push back|influence|negotiat(e|ion)|difficult conversations|build(ing)? consensus|alignment|align (teams|stakeholders))\b/i,
  impact:
    /\b(impact(ful)?|measurable|results[- ]driven|outcomes|business value|drive results|move the needle|key metrics)\b/i,
  failure:
    /\b(learn from (mistakes|failures?)|growth mindset|blameless|post-?mortems?|resilien(t|ce)|feedback|humble|humility)\b/i,
};
