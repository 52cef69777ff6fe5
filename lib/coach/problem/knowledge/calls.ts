import { lastReading } from '../last-reading';
import { MORE_DEMANDS, NUMBERED, needVetoed, OPERATION_NEEDS, type OperationNeed } from '../operations';
import { ALSO_LEAVES, CHANGED_IN_PLACE, COUNT_EXTREME, FURTHER_DEMANDS, STEPS_OF_ONE } from './call-wordings';

/**
 * What each call of a class must do, read from the call's own sentence: what it takes out, looks
 * up or moves. That, not the word "design", picks the structure and the cost per call. A stream of
 * typed operations ("1 x: add x", "3: print the minimum") is read the same way, each kind a call.
 */
export type CallDemand =
  | 'recency'
  | 'cursor'
  | 'window'
  | 'bounded'
  | 'extreme'
  | 'front'
  | 'latest'
  | 'lineExtreme'
  | 'pileExtreme'
  | 'givenRemoval'
  | 'frequency'
  | 'count'
  | 'lookup'
  | 'distinctRecent'
  | OperationNeed;

export interface CallRole {
  /** The call's name as the statement spells it ("dispatch", "ADD"), or "a call". */
  call: string;
  demand: CallDemand;
}

/**
 * What ends a call's name and arguments before its description: a colon, a dash, or a hyphen
 * after a space and before a word ("1 x -Push the element x", "add w - store the word w").
 */
const OPENS = String.raw`(?::|—|–|\x97|\x96|(?<=\s)-\s*(?=[A-Za-z]))`;
/**
 * A sentence that opens with a call (a kind's arguments may be capital letters, as AtCoder writes
 * them: `1 S X :`): `int dispatch(...)`, `ADD x:`, `open x:`, or a kind of
 * operation by its number (`1 x:`, `Type 2:`, `3 x —`).
 */
const CALL_OPENING = new RegExp(
  String.raw`^\s*(?:[-*•]\s*)?(?:(?:void|int|long|bool|boolean|[sS]tring|double|float|[lL]ist<[^>]*>|int\[\]|[sS]tring\[\])\s+)?([a-zA-Z]\w*)\s*\([^)]*\)|^\s*(?:[-*•]\s*)?([A-Z]+|[a-z]+)(?: [a-z]\w*){0,2}\s*${OPENS}|^\s*(?:[-*•]\s*)?(?:[tT]ype |[qQ]uery )?["“]?(\d)(?: (?:[a-z]\w*|[A-Z])){0,3}["”]?\s*${OPENS}|^\s*[-*•]\s*([+?!-])(?: [a-z]\w*){0,3}\s*${OPENS}`,
);
/** A kind written with an argument (`2 x:`, `Type 3 id:`): the call is about a value it is given. */
const GIVEN_ARGUMENT = new RegExp(
  String.raw`^\s*(?:[-*•]\s*)?(?:type )?(?:\d|[+?!-]) (?:[a-z]\w*)(?: [a-z]\w*){0,2}\s*${OPENS}|^\s*(?:[-*•]\s*)?(?:void |bool(?:ean)? |int )?[a-z]\w*\(\s*(?:int |long |string )?[a-z]\w*\s*\)`,
  'i',
);
/** A kind given by its number inside a sentence, as CSES writes it: `"1 k u" (shelf k ...)`. */
const QUOTED_KIND = /["“](\d)(?: [a-z]\w*){0,3}["”]\s*\(/g;
/** The statement counts operations of a few kinds: the calls of a class nobody names. */
const OPERATION_KINDS =
  /\b(?:queries|operations|events|requests|commands|instructions)\b[^.:]{0,40}?\b(?:of|in) (?:one of )?(?:the )?(?:following|two|three|four|five|\d) (?:types|forms|kinds)\b|\beach (?:of )?(?:one of )?(?:the )?(?:following|two|three|four|five|\d) (?:types|forms|kinds)\b|\beach (?:query|operation|event|request) is (?:one of|of one of)\b/;
/** A structure that "supports three calls" names its kinds by their count, as GeeksforGeeks does. */
const SUPPORTED_CALLS =
  /\bsupports? (?:the following |these )?(?:two|three|four|five|\d) (?:calls|operations|methods|queries|commands)\b/;
/** A class with methods: its calls are methods even where the statement also counts them in kinds. */
const NAMES_A_CLASS = /\bimplement (?:the |a |an )?[a-z]+ class\b|\bclass\b.{0,60}\bmethods?\b/;
/** Section headings a page writes like a call (`Note:`, `Example 1:`). */
const HEADING =
  /^(?:notes?|examples?|explanation|input|output|constraints?|returns?|function|sample|hints?|follow)$/i;
/** The statement counts its operations by a letter ("Q requests", "q queries"). */
const COUNTED_OPERATIONS = /\b[a-z] (?:queries|operations|requests|events|commands|instructions)\b/;

/** The entry left alone longest goes first: an order of use, the least recently used. */
export const RECENCY =
  /\b(?:gone|waited|sat|been|stayed) (?:\w+ ){0,2}longest without\b|\bleast recently\b|\b(?:untouched|unused|idle) (?:the )?longest\b|\b(?:last|latest) (?:\w+ ){0,2}(?:lies|is|was|came) (?:furthest|farthest|longest) (?:in the past|ago|back)\b|\b(?:used|read|requested|asked for|touched|accessed) (?:\w+ )?longest ago\b/;
/** The kept structure has a fixed room, so what it holds is evicted by an order of use: a cache. */
const BOUNDED_ROOM = /\broom for\b|\bcapacity\b|\bholds? at most\b|\b(?:is|are) (?:already )?full\b/;

/**
 * The ways a member leaves what holds it (sold, served, shipped, carried off, goes home): one table
 * for both readings. Anywhere in a statement it says the pool loses members, so its best is a
 * heap's top rather than a running value; before a named end of a line ("sells the loaf at the
 * left end") it says the line has a front.
 */
const LEAVING = String.raw`goe?s? home|sells?|sold|buys?|bought|ships?|shipped|cancel(?:s|led|ed)?|recall(?:s|ed)?|no longer (?:needed|wanted|waiting|valid)|quits?|drops? out|remove[sd]?|removing|pops?|sends? out|dispatch\w*|close[sd]?|delete[sd]?|withdraw\w*|evict\w*|collects?|serves?|release[sd]?|check(?:s|ed)? out|leaves?|taken(?: off| out| away)?|[a-z]+(?:ed|en) (?:away|off)|goes (?:in|out|first)|(?:is|are) (?:served|treated|called in)|use[sd]? up|takes? (?:\w+ )?(?:out|away)|taking|give[sn]? (?:back|away)|hands? out`;
/** An end of a line its members are named leaving from: not the front by name, but an end of it. */
const LINE_END = '(?:left|right|far|other) end';

/**
 * Work at the front of a line. A line also has a front where the statement names the end its
 * members leave from, or who waited longest ("sold the loaf at the left end").
 */
const FRONT = new RegExp(
  [
    String.raw`\b(?:at|from|of|through) the (?:front|head)(?: door)?\b|\b(?:first|earliest) in (?:line|the queue)\b|\bdequeues?\b`,
    // "Takes" alone is no leaving ("takes a free bay"); taking from an end of a line is.
    String.raw`\b(?:${LEAVING}|takes?)\b[^.;]{0,40}\b(?:at|from) the ${LINE_END}\b|\bat the ${LINE_END} (?:is|are|gets?) (?:sold|served|removed|taken|shipped)\b`,
    String.raw`\bwaited (?:the )?longest\b`,
  ].join('|'),
);

/**
 * Each demand by what its sentence says the call does, the first that fits winning: an order of
 * use, a place in a history, a stretch of the latest, an extreme under a bound, the extreme of
 * what is held, a count per key.
 */
const DEMANDS: readonly [CallDemand, RegExp][] = [
  ['recency', RECENCY],
  [
    'cursor',
    /\b(?:move|go|step|jump)s? (?:\w+ ){0,3}?(?:back|backward|backwards|forward|ahead)\b|\b(?:back|forward|ahead) (?:by )?\w+ (?:steps?|places?|entries|pages?)\b/,
  ],
  [
    'window',
    /\b(?:last|past|most recent|latest) (?:k|\d+|[a-z]) (?:\w+ )?(?:readings?|values?|numbers?|items?|events?|entries|calls?|scores?|seconds?|minutes?|hours?|days?)\b|\bin the (?:last|past) (?:\w+ )?(?:seconds?|minutes?|hours?)\b/,
  ],
  [
    'bounded',
    /\b(?:highest|largest|greatest|biggest|lowest|smallest|latest|earliest)\b[^.;]{0,60}(?:\bdoes not exceed\b|\bnot (?:above|below|exceeding|more than|less than|after|before)\b|\bat (?:most|least)\b|\b(?:at|on) or (?:before|after|below|above)\b|\bno (?:more|less|later|earlier) than\b|<=|>=)/,
  ],
  [
    'frequency',
    /\b(?:frequency|count|occurrences?) (?:is )?exactly\b|\bexactly \w+ times\b|\bmost (?:common|frequent)\b/,
  ],
  [
    'extreme',
    // What a call hands back ("returns the cheapest"), or who leaves first by a key ("the patient
    // with the most severe case goes in").
    /\b(?:returns?|hands? out|gives?|takes?|taking|removes?|pops?|serves?|sends? out|assigns?|uses?|picks?|prints?|reports?|outputs?|asks? for|(?:wants? to |to )?know|tells?)\b[^.;]{0,80}\b(?:highest|lowest|smallest|largest|earliest|soonest|cheapest|oldest|lightest|heaviest|tallest|shortest|most urgent|comes? first|minimum|maximum)\b|\bwith the (?:most|least|highest|lowest|largest|smallest|greatest) \w+(?: \w+)? (?:goes|leaves|is (?:served|called|removed|taken|treated|seen))\b|\b[a-z]+s the (?:most|least) (?!common\b|frequent\b|recent\b|recently\b|often\b)[a-z]+\b/,
  ],
  ['front', FRONT],
  [
    'latest',
    /\b(?:typed|added|pushed|put|placed|inserted|written) last\b|\blast (?:one )?(?:added|pushed|typed|placed|inserted|written|recorded|entered)\b|\bmost recently (?:added|pushed|placed|typed|inserted|written|recorded|entered|logged)\b|\btop of the (?:pile|stack)\b/,
  ],
  [
    'count',
    /\bhow many (?:different|distinct)\b|\bhow many\b[^.;]{0,60}\b(?:has|have|had|got)\b|\bhow many \w+ (?:from|of|with|for) (?:\w+ )?[a-z]\b(?! \w+ \w+ of\b)|\b(?:count|number|tally) (?:of \w+ )?(?:for|of) (?:the given |a |that |this )?(?:key|name|word|item|id)\b/,
  ],
  [
    'lookup',
    /\breturns?\b[^.;]{0,40}\b(?:of|for|under|stored (?:for|under)|hung under|kept for) (?:the given |that )?(?:[a-z]+ )?(?:key|name|id|ticket|word|user|item)(?: \w)?\b/,
  ],
];

/** A call's own sentence is as strong a reason as a trigger that names the structure. */
export const CALL_WEIGHT = 3;

/** Nothing the class holds ever leaves: the extreme so far is one value, not a heap's top. */
export const NEVER_LEAVES =
  /\b(?:are|is) never (?:removed|given back|returned|deleted|taken back)\b|\bnever (?:leave|come back|comes back)\b/;

/** Something the class holds can leave it: only then is the best of it a heap's top rather than a running value. */
const LEAVING_VERBS = new RegExp(String.raw`\b(?:${LEAVING})\b`);
const somethingLeaves = (text: string) =>
  LEAVING_VERBS.test(text) || ALSO_LEAVES.test(text) || CHANGED_IN_PLACE.test(text);

/**
 * Each call's sentences with the demand they make: a sentence that opens no call goes on with the
 * call before it; sentences before any call are read only when no call opens one.
 */
export function callRoles(statement: string): CallRole[] {
  const sentences = sentencesOf(statement);
  let current: string | undefined;
  const read: { call: string; sentence: string }[] = [];
  for (const sentence of sentences) {
    const name = callOpened(sentence);
    current = name ?? current;
    if (current) read.push({ call: current, sentence: sentence.toLowerCase() });
  }
  const calls =
    read.length > 0
      ? read
      : sentences.map((sentence) => ({ call: 'a call', sentence: sentence.toLowerCase() }));
  const lower = statement.toLowerCase();
  // A line with a front loses members there, whatever verb takes them.
  const never =
    NEVER_LEAVES.test(lower) ||
    (!somethingLeaves(lower) && !calls.some(({ sentence }) => FRONT.test(sentence)));
  const steps = STEPS_OF_ONE.test(lower);
  const demanded = calls.flatMap(
    ({ call, sentence }): { call: string; demand: CallDemand; sentence: string }[] => {
      // An operation's own need (a prefix, the middle, a range) goes before the common demands.
      const demand = [...OPERATION_NEEDS, ...FURTHER_DEMANDS, ...DEMANDS, ...MORE_DEMANDS].find(
        ([need, pattern]) => pattern.test(sentence) && !needVetoed(need, sentence),
      )?.[0];
      // A member whose key is set anew leaves its old place in the pool, whatever its arguments.
      if (
        !demand &&
        (CHANGED_IN_PLACE.test(sentence) || (somethingLeaves(sentence) && GIVEN_ARGUMENT.test(sentence)))
      )
        return [{ call, demand: 'givenRemoval', sentence }];
      // The extreme of counts that step by one, up or down, sits at an end of a list of count buckets.
      if (demand === 'extreme' && steps && COUNT_EXTREME.test(sentence))
        return [{ call, demand: 'countExtreme', sentence }];
      // The extreme of a pool nothing leaves is kept as one running value.
      if (!demand || (demand === 'extreme' && never)) return [];
      // A key's count or value set anew is asked about by key, and leaves its place in a pool.
      if ((demand === 'count' || demand === 'lookup') && CHANGED_IN_PLACE.test(sentence))
        return [
          { call, demand, sentence },
          { call, demand: 'givenRemoval', sentence },
        ];
      return [{ call, demand, sentence }];
    },
  );
  const kept = keptExtreme(demanded.map(({ demand }) => demand));
  const pool = demanded.some(({ demand }) => demand === 'extreme');
  return demanded.flatMap(({ call, demand, sentence }) =>
    // Removing a given value matters only beside a heap, which cannot reach into its middle.
    demand === 'givenRemoval' && !pool
      ? []
      : [{ call, demand: demand === 'extreme' && !somethingLeaves(sentence) ? kept : demand }],
  );
}

/**
 * What an extreme asked by a call that removes nothing is kept in, by where the structure loses
 * members: a line that loses them only at its front keeps the candidates in a monotonic queue; a
 * pile that loses them only at its top (an undo of the latest) keeps, beside each entry, the
 * extreme of itself and everything beneath it; anything else needs a heap.
 */
function keptExtreme(demands: readonly CallDemand[]): CallDemand {
  if (demands.includes('front')) return 'lineExtreme';
  if (demands.includes('latest')) return 'pileExtreme';
  return 'extreme';
}

/** Sentences, each list item its own even where a reading ran the items into one line. */
const sentencesOf = (statement: string) =>
  statement
    .replace(/[`*]/g, '')
    // A kind's number set in bold ("**1 w**:") reads as a power once the math is normalised ("^1 w^:").
    .replace(/\^(\d(?: [a-z]\w*){0,3})\^(?=\s*(?::|—|–))/gi, '$1')
    // A list item may quote its kind, as CSES does ("- "1 x": a car joins"), where the items ran together.
    .split(
      /(?<=[.;])\s+|\n+|(?<![-*•])\s+(?=[-•]\s+["“]?(?:[tT]ype )?\w+(?: [a-z]\w*){0,3}["”]?\s*(?::|—|–|\x97|\x96))/,
    );

/** The call a sentence opens, if any: its name, or "type 3" for a numbered kind. */
function callOpened(sentence: string): string | undefined {
  const name = CALL_OPENING.exec(sentence);
  if (!name) return undefined;
  const kind = name[3] ?? name[4];
  if (kind) return `type ${kind}`;
  const call = name[1] ?? name[2];
  return call && !HEADING.test(call) ? call : undefined;
}

/**
 * The input is a stream of typed operations on what earlier ones kept: at least two kinds, by
 * number or under a sentence that says the operations come in kinds, and at least one of them
 * asking something of the kept structure. Independent questions of two kinds ("the gcd", "the
 * lcm") ask nothing of a structure, and a class is read as one already.
 */
export const operationStream = lastReading((statement: string): boolean => {
  if (NAMES_A_CLASS.test(statement.toLowerCase())) return false;
  const opened = sentencesOf(statement).flatMap((sentence) => callOpened(sentence) ?? []);
  const numbered = new Set([
    ...opened.filter((call) => NUMBERED.test(call)),
    ...[...statement.replace(/[`*]/g, '').matchAll(QUOTED_KIND)].map((match) => `type ${match[1]}`),
  ]);
  const lower = statement.toLowerCase();
  const named =
    new Set(opened).size >= 2 &&
    (OPERATION_KINDS.test(lower) || COUNTED_OPERATIONS.test(lower) || SUPPORTED_CALLS.test(lower));
  const kinds = numbered.size >= 2 || named;
  // Requests served from a room of fixed size that evicts by order of use are a cache's calls.
  const cache = RECENCY.test(lower) && BOUNDED_ROOM.test(lower);
  return (kinds || cache) && callRoles(statement).length > 0;
});
