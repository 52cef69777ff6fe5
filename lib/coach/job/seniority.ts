import { countOf } from './wording';

export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'manager'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export interface SeniorityReading {
  readonly seniority: Seniority;
  /** What decided it, in words the panel can show ("title says “Staff”"). */
  readonly reason: string;
}

/**
 * Titles of people who manage engineers. Product, program, project and account managers are
 * individual contributors despite the word, so the word "manager" alone never decides.
 */
const PEOPLE_MANAGER_TITLE = new RegExp(
  [
    String.raw`\bhead of\b`,
    String.raw`\bdirector\b`,
    String.raw`\bVP\b`,
    String.raw`\bvice president\b`,
    String.raw`\bCTO\b`,
    String.raw`\bchief [a-z]+ officer\b`,
    String.raw`\b(engineering|software|development|technical|data|platform|infrastructure|QA|quality|security|ML|machine learning|reliability|SRE|DevOps|mobile|frontend|front-end|backend|back-end|iOS|Android|web|cloud|applications?|systems)\s+manager\b`,
    String.raw`\bmanager,?\s+(of\s+)?(software|engineering|data|platform|infrastructure|site reliability|development|applied|machine learning|ML)\b`,
    String.raw`\btech(nical)? lead manager\b`,
    String.raw`\bTLM\b`,
    String.raw`\bgroup (product|program) manager\b`,
  ].join('|'),
  'i',
);

/** A bare "Manager, Payments" is a people manager only when the posting talks about reports. */
const PEOPLE_MANAGEMENT =
  /\b(direct reports|people manage(r|ment)|manage a team|managing a team|lead a team of|hire,? (grow|develop)|hiring and (growing|developing)|performance reviews|career growth of|grow (and|&) (mentor|develop) (a|the) team)\b/i;
const NON_ENGINEERING_MANAGER =
  /\b(product|program|project|account|marketing|sales|community|office)\s+manager\b/i;

interface TitleRule {
  readonly seniority: Seniority;
  readonly pattern: RegExp;
}

/** Checked in order: the first rule that matches the title wins ("Senior Staff" is staff). */
const TITLE_RULES: readonly TitleRule[] = [
  { seniority: 'intern', pattern: /\b(intern|internship|co-?op|working student|apprentice(ship)?)\b/i },
  { seniority: 'manager', pattern: PEOPLE_MANAGER_TITLE },
  { seniority: 'principal', pattern: /\b(principal|distinguished)\b/i },
  { seniority: 'staff', pattern: /\bstaff\b/i },
  { seniority: 'senior', pattern: /\b(senior|sr\.?|lead)(?![a-z])/i },
  {
    seniority: 'junior',
    pattern:
      /\b(junior|jr\.?|entry[- ]level|new grad(uate)?|graduate|associate|early[- ]career|university grad)(?![a-z])/i,
  },
  { seniority: 'mid', pattern: /\b(mid[- ]?level|intermediate)\b/i },
];

/** Ladder numerals: Engineer I/II/III, SDE 2, L5, E6. */
const NUMERAL_LEVELS: Record<string, Seniority> = {
  I: 'junior',
  II: 'mid',
  III: 'senior',
  IV: 'staff',
  V: 'principal',
  '1': 'junior',
  '2': 'mid',
  '3': 'senior',
  '4': 'staff',
  '5': 'principal',
};
const LADDER_NUMERAL =
  /\b(?:engineer|developer|SDE|SWE|scientist|analyst)\s*,?\s*(I{1,3}|IV|V|[1-5])(?![\w+#])/i;
const BIG_TECH_LEVEL: Record<string, Seniority> = {
  '3': 'junior',
  '4': 'mid',
  '5': 'senior',
  '6': 'staff',
  '7': 'principal',
  '8': 'principal',
};
const BIG_TECH_PATTERN = /\b[LE]([3-8])\b/;

/** LinkedIn's criteria list and similar "level" blocks some boards print under the description. */
const LEVEL_BLOCKS: readonly [RegExp, Seniority | 'mid-senior'][] = [
  [/\binternship\b/i, 'intern'],
  [/\bentry[- ]level\b/i, 'junior'],
  [/\bassociate\b/i, 'junior'],
  [/\bmid[- ]senior\b/i, 'mid-senior'],
  [/\b(director|executive)\b/i, 'manager'],
  [/\bsenior\b/i, 'senior'],
  [/\bmid[- ]?level\b|\bintermediate\b|\bexperienced\b/i, 'mid'],
  [/\bjunior\b/i, 'junior'],
];
const LEVEL_BLOCK = /\b(?:seniority|experience|career|job)\s+level\s*[:\n]?\s*([A-Za-z][A-Za-z -]{2,30})/i;

const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)`;
/** "5+ years", "3-5 years", "at least three years", "8 or more years", with the lower bound captured. */
const YEARS = new RegExp(
  String.raw`(?:at least|minimum(?: of)?|min\.?|over|more than)?\s*\b${COUNT}\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*\d{1,2}\s*\+?\s*)?(?:or more\s+)?(?:years?|yrs?)\b`,
  'gi',
);
/** Only years that are about the candidate's experience count, not "founded 12 years ago". */
const ABOUT_EXPERIENCE =
  /^[^.\n]{0,80}?\b(experience|exp\b|building|developing|writing|working|in (software|industry|a|the)|of (professional|industry|hands-on|relevant|software|backend|frontend|engineering))/i;
const OPTIONAL_LINE = /\b(preferred|nice to have|bonus|plus\b|ideally)/i;

const STAFF_SIGNALS =
  /\b(staff|across (multiple|several) teams|org(anization)?-wide|technical direction|technical strategy|architect(ure)? across|set(ting)? the technical vision|multi-team)\b/i;
const PRINCIPAL_SIGNALS = /\b(principal|company-wide|industry-leading|across the company|distinguished)\b/i;
const DESCRIPTION_CUES: readonly [RegExp, Seniority][] = [
  [
    /\b(this|our|a|the|paid|summer|fall|spring|winter)\s+internship\b|\bintern(s)? (will|program)\b/i,
    'intern',
  ],
  [
    /\b(new grad(uate)?s?|recent graduates?|entry[- ]level|early[- ]career|graduating (in|this))\b/i,
    'junior',
  ],
];

function yearsAsked(requiredText: string): number | undefined {
  let most: number | undefined;
  for (const line of requiredText.split('\n')) {
    if (OPTIONAL_LINE.test(line)) continue;
    for (const match of line.matchAll(YEARS)) {
      const years = countOf(match[1] ?? '');
      if (!Number.isFinite(years) || years > 25) continue;
      const rest = line.slice(match.index + match[0].length);
      if (!ABOUT_EXPERIENCE.test(rest) && !/\bexperience\b/i.test(line)) continue;
      most = most === undefined ? years : Math.max(most, years);
    }
  }
  return most;
}

function fromYears(years: number, text: string): Seniority {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years >= 12 && PRINCIPAL_SIGNALS.test(text)) return 'principal';
  if (years >= 8 && STAFF_SIGNALS.test(text)) return 'staff';
  return 'senior';
}

/**
 * The level of the role: the title first (it is what the company chose to print), then an explicit
 * level block, then cues like "new grad", then the years of experience asked for, else mid.
 * `requiredText` is the posting without its nice-to-have section.
 */
export function readSeniority(title: string, requiredText: string): SeniorityReading {
  for (const rule of TITLE_RULES) {
    const match = title.match(rule.pattern);
    if (match) return { seniority: rule.seniority, reason: `the title says “${match[0].trim()}”` };
  }
  const numeral = title.match(LADDER_NUMERAL);
  const numeralLevel = numeral?.[1] ? NUMERAL_LEVELS[numeral[1].toUpperCase()] : undefined;
  if (numeral && numeralLevel) return { seniority: numeralLevel, reason: `the title says “${numeral[0]}”` };
  const bigTech = title.match(BIG_TECH_PATTERN);
  const bigTechLevel = bigTech?.[1] ? BIG_TECH_LEVEL[bigTech[1]] : undefined;
  if (bigTech && bigTechLevel)
    return { seniority: bigTechLevel, reason: `the title says level ${bigTech[0]}` };
  if (
    /\bmanager\b/i.test(title) &&
    !NON_ENGINEERING_MANAGER.test(title) &&
    PEOPLE_MANAGEMENT.test(requiredText)
  ) {
    return { seniority: 'manager', reason: 'a manager title with direct reports' };
  }

  const years = yearsAsked(requiredText);
  const block = requiredText.match(LEVEL_BLOCK);
  if (block?.[1]) {
    const level = LEVEL_BLOCKS.find(([pattern]) => pattern.test(block[1] ?? ''))?.[1];
    if (level === 'mid-senior') {
      const seniority = years !== undefined && years >= 5 ? fromYears(years, requiredText) : 'mid';
      return {
        seniority,
        reason: `the level block says “${block[1].trim()}”${years !== undefined ? ` and ${years}+ years are asked for` : ''}`,
      };
    }
    if (level) return { seniority: level, reason: `the level block says “${block[1].trim()}”` };
  }
  for (const [cue, seniority] of DESCRIPTION_CUES) {
    const match = requiredText.match(cue);
    if (match) return { seniority, reason: `the posting mentions “${match[0]}”` };
  }
  if (years !== undefined) {
    return {
      seniority: fromYears(years, requiredText),
      reason: `${years}+ years of experience are asked for`,
    };
  }
  return { seniority: 'mid', reason: 'nothing states a level, so mid-level is the likeliest' };
}
