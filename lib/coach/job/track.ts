import type { Seniority } from './seniority';
import type { SkillMatch } from './skills';
import type { Track } from './tracks';

/** An engineering specialism: every track but the two that describe who, not what, is built. */
export type EngineeringTrack = Exclude<Track, 'management' | 'non-engineering'>;

export interface TrackReading {
  readonly track: Track;
  /**
   * What is built, for a manager too: an engineering manager of a mobile team is interviewed on
   * mobile architecture. Undefined only for a role outside engineering.
   */
  readonly specialism?: EngineeringTrack;
  /** Analysts and product data scientists: interviewed on SQL, statistics and experiments. */
  readonly analytics: boolean;
  /** What decided it, in words the panel can show. */
  readonly reason: string;
}

/**
 * Jobs that are not engineering even when the posting is full of engineering words: a recruiter
 * for engineers, a writer of API docs, a product manager of a developer platform. Read from the
 * role part of the title only ("Product Marketing Manager, Developer Platform" is marketing).
 */
const NON_ENGINEERING_ROLE =
  /\b(account executive|account manager|sales|business development|SDR|BDR|market(ing|er)|recruit(er|ing|ment)|talent|sourcer|designer|product manager|product owner|program manager|project manager|writer|copywriter|content|editor|strateg(y|ist)|consultant|customer success|support specialist|community|partnerships?|finance|financial|accountant|controller|legal|counsel|paralegal|HR|human resources|people partner|office manager|operations manager|business analyst|communications|public relations|brand|researcher, ux|UX researcher|scrum master|agile coach|delivery manager)\b/i;
/** A leader's title names the function led: a head of engineering is a manager of engineers, a head of product is not. */
const LEADER = /\b(head of|VP|vice president|director|chief [a-z]+ officer|C[A-Z]O)\b/i;
const ENGINEERING_FUNCTION =
  /\b(engineering|technology|technical|software|platform|infrastructure|data|security|ML|AI|machine learning|mobile|QA|quality|reliability|SRE|DevOps|cloud|IT|architecture|developer|R&D|CTO|CISO)\b/i;
/** Pre-sales engineers demo and scope deals: their loops are discovery calls and demos, not code. */
const SALES_ENGINEERING = /\b(sales|solutions|pre-?sales) engineer(ing)?\b/i;
/** A role noun that makes a title engineering whatever the words around it say. */
const ENGINEERING_NOUN =
  /\b(engineer(ing)?|developer|programmer|SWE|SDE|SDET|architect|scientist|SRE|DevOps|technologist)\b/i;

/**
 * The specialisms a title can name, most specific first: "Data Infrastructure" is data, "ML
 * Platform" is ML, "Full-Stack" is neither frontend nor backend.
 */
const TITLE_TRACKS: readonly [EngineeringTrack, RegExp][] = [
  [
    'ml',
    /\b(ML|AI|MLOps|LLMs?|NLP|machine learning|deep learning|applied scientist|research (engineer|scientist)|computer vision|perception)\b/i,
  ],
  [
    'security',
    /\b(security|appsec|infosec|penetration|detection|threat|cryptograph(y|er)|offensive|red team)\b/i,
  ],
  [
    'data',
    /\b(data (engineer(ing)?|scien(ce|tist)|platform|infrastructure|warehouse|pipelines?)|analytics|(data|BI|product|analytics) analyst|ETL|big data|BI developer|business intelligence)\b/i,
  ],
  ['qa', /\b(QA|SDET|quality|test(ing)?|software development engineer in test|automation engineer)\b/i],
  ['embedded', /\b(embedded|firmware|hardware|robotics|FPGA|electrical|BMS|kernel|drivers?)\b/i],
  ['mobile', /\b(iOS|Android|mobile|React Native|Flutter)\b/i],
  ['fullstack', /\bfull[- ]?stack\b/i],
  ['frontend', /\b(front[- ]?end|UI|web developer|design systems?|JavaScript|React|Vue(\.js)?|Angular)\b/i],
  [
    'infra',
    /\b(SRE|site reliability|reliability|DevOps|platform|infrastructure|cloud|production engineer|systems administrator|network engineer|build|release)\b/i,
  ],
  [
    'backend',
    /\b(back[- ]?end|API|server|services|distributed systems|payments?|PHP|Java|Golang|Ruby|Rails|Django|Node(\.js)?|Scala|Elixir)\b|\.NET\b|\bC#/i,
  ],
];

/** A title's role first ("Staff Backend Engineer"), then the team it names (", Data Infrastructure"). */
function titleParts(title: string): string[] {
  const [role = '', ...rest] = title.split(/\s*(?:,|\(|\)|\s[-–—|]\s|\/\s)\s*/);
  return [role, rest.join(' ')].filter((part) => part.trim());
}

function fromTitle(title: string): { track: EngineeringTrack; word: string } | undefined {
  for (const part of titleParts(title)) {
    for (const [track, pattern] of TITLE_TRACKS) {
      const match = part.match(pattern);
      if (match) return { track, word: match[0] };
    }
  }
  return undefined;
}

const EMBEDDED_WORK =
  /\b(embedded|firmware|microcontrollers?|RTOS|robots?|robotics|hardware|device drivers?|ROS|FPGA|bare[- ]metal|JTAG|oscilloscope|sensors?|motion[- ]planning|CAN bus|PCB)\b/gi;

/** Distinct cue words, so one word repeated is still one piece of evidence. */
const distinct = (text: string, pattern: RegExp) =>
  new Set([...text.matchAll(pattern)].map((match) => match[0].toLowerCase())).size;

/**
 * A title with no specialism ("Software Engineer", "Associate Software Engineer") is read from the
 * work in the required part of the posting: work on devices, a specialism the stack centres on,
 * both sides of the web, and otherwise server-side work, which is what such titles usually mean.
 */
function fromContent(requiredText: string, skills: readonly SkillMatch[]): EngineeringTrack {
  if (distinct(requiredText, EMBEDDED_WORK) >= 2) return 'embedded';
  const required = skills.filter((skill) => skillIn(requiredText, skill.name));
  const count = (...groups: SkillMatch['group'][]) =>
    required.filter((skill) => groups.includes(skill.group)).length;
  const server = count('backend', 'api', 'datastore', 'messaging');
  const specialisms: [EngineeringTrack, number][] = [
    ['mobile', count('mobile')],
    ['ml', count('ml')],
    ['data', count('data')],
  ];
  for (const [track, score] of specialisms) if (score >= 3 && score > server) return track;
  const client = count('frontend');
  if (client > 0 && server > 0) return 'fullstack';
  if (client >= 2) return 'frontend';
  return 'backend';
}

function skillIn(text: string, name: string): boolean {
  return text.toLowerCase().includes(name.toLowerCase());
}

/**
 * The kind of role: the title first (it is what the company chose to call the job), then the
 * work the posting describes. Roles outside engineering are recognised before anything else, and
 * people managers of engineers keep the specialism of the team they lead.
 */
export function readTrack(
  title: string,
  seniority: Seniority,
  requiredText: string,
  skills: readonly SkillMatch[],
): TrackReading {
  const [role = ''] = titleParts(title);
  const nonEngineering = role.match(NON_ENGINEERING_ROLE);
  if (nonEngineering && (!ENGINEERING_NOUN.test(role) || SALES_ENGINEERING.test(role))) {
    return {
      track: 'non-engineering',
      analytics: false,
      reason: `the title says “${nonEngineering[0]}”, a role outside engineering`,
    };
  }
  const leader = title.match(LEADER);
  if (leader && !ENGINEERING_FUNCTION.test(title)) {
    return {
      track: 'non-engineering',
      analytics: false,
      reason: `a “${leader[0]}” title over a function outside engineering`,
    };
  }
  const named = fromTitle(title);
  const specialism = named?.track ?? fromContent(requiredText, skills);
  const analytics =
    specialism === 'data' &&
    /\b(data scien(ce|tist)|analyst|analytics)\b/i.test(title) &&
    !/\bengineer/i.test(title);
  if (seniority === 'manager') {
    return {
      track: 'management',
      specialism,
      analytics,
      reason: `a people-manager title${named ? ` over ${named.word} engineering` : ''}`,
    };
  }
  return {
    track: specialism,
    specialism,
    analytics,
    reason: named
      ? `the title says “${named.word}”`
      : 'a general title, read from the work the posting describes',
  };
}
