import type { Trap } from './knowledge/traps';
import { proseSentencesOf } from './sentences';

/*
 * Traps the statement's own output rules imply: what to give when nothing valid exists, a modulus
 * to keep taking, which of several equally good answers to give, and an empty choice it allows. They are the page's words, so
 * they hold whatever method solves it.
 */

/**
 * Nothing valid may exist: the statement names it ("no such trip", "impossible") or gives the
 * answer for it, -1 ("or -1 if some seedling is never reached", "print -1", "holds -1 for hedges",
 * "-1 while fewer than k have played"). A -1 inside a formula (`a_{i-1}`, `n-1 integers`) or read
 * from the input ("a value other than -1") is none.
 */
const NO_ANSWER =
  /\bno (?:solution|answer|such)\b|\bimpossible\b|\bnot possible\b|\b(?:or|print|prints|printed|return|returns|returned|output|outputs|holds?|answer is|report) -1\b|(?<![\w\]\-+*/^])-1 (?:if|when|while|for|otherwise|instead|in case)\b/;

const MODULUS = /\bmodulo\b|\bmod\b/;

const TIE_CHOICE = String.raw`(?:the )?(?:one|ones|smallest|largest|lexicographically|first|last|leftmost|rightmost|lowest|highest|earliest|latest|minimum|maximum|shortest|longest|smaller|larger|lower|higher|earlier|later)\b`;
/**
 * The statement breaks ties itself: "if several edges would do, return the one that appears last",
 * "if several nodes share the greatest depth, take the one that comes last", "the smaller id among
 * stalls with the same price", "ties are broken by name". "Print any of them" breaks none.
 */
const TIE_RULE = new RegExp(
  [
    String.raw`\bif (?:there are |there is )?(?:several|multiple|more than one|many|two or more)\b[^.;]{0,90}?\b(?:print|return|output|take|choose|pick|give|report|keep|use)s? (?:out )?${TIE_CHOICE}`,
    String.raw`\b(?:smaller|smallest|larger|largest|lower|lowest|earlier|earliest)(?: \w+)? (?:id|index|number|label|name)\b[^.;]{0,30}\b(?:with|of) the same\b`,
    String.raw`\bwith the same \w+[^.;]{0,40}\b(?:the )?(?:smaller|smallest|larger|largest|lower|lowest|earlier|earliest) (?:id|index|number|label|name)\b`,
    String.raw`\bties? (?:are |is )?(?:broken|resolved|go(?:es)? to)\b|\bin (?:the )?case of (?:a )?tie\b|\bbreak(?:ing)? ties\b`,
  ].join('|'),
);
/**
 * The statement lets a choice or a change be empty ("choose some of the crates, possibly none",
 * "erase some letters (possibly none)", "the empty subset counts"): doing nothing is a case to count
 * or check like any other.
 */
const EMPTY_ALLOWED =
  /\((?:possibly|maybe|perhaps) (?:none|empty|zero \w+)\)|\bpossibly (?:none|empty)\b|\bthe empty (?:subset|set|selection|choice|subsequence|group) (?:counts|is allowed|is counted|is valid)\b/;
export const EMPTY_TRAP: Trap = {
  text: 'Nothing chosen or changed at all, a case the statement allows',
};

/** The generic doubts about ties that a stated tie rule answers. */
export const TIE_DOUBT =
  /^(?:Ties between equal|Equal values or equal keys: does their relative order matter)/;
export const TIE_TRAP: Trap = {
  text: 'Several answers equally good: give the one the statement picks, not the first one found',
};

/** The generic case of an output rule for no answer. */
export const NO_ANSWER_TRAP = /^No valid answer exists\b/;
/** A trap that names why no answer exists here: a goal out of reach, a cycle, a loop that runs dry. */
export const NAMED_NO_ANSWER =
  /^(?:The goal|A node that) cannot be reached\b|\bmakes any order impossible\b|\bno start works\b|\bthe end cannot be reached\b/;

/**
 * What the output rule gives when nothing valid exists, as the page writes it: a word the judge
 * checks ("print IMPOSSIBLE", "print NO"), -1 or 0, an empty string or list, a quoted token. Read
 * from the sentence that states the case, case kept (a judge compares "IMPOSSIBLE" byte for byte).
 */
const NO_ANSWER_CASE = new RegExp(NO_ANSWER.source, 'i');
/*
 * Case-sensitive on purpose: the token in capitals is the judge's word, and a lower-case word after
 * the verb ("or return -1") must not be taken as one and hide the output behind it.
 */
const SENTINEL =
  /\b([Pp]rint|[Oo]utput|[Rr]eturn|[Rr]eport|[Tt]he answer is|or)(?:s)? (?:the (?:string|word|value|number) )?("[^"\s]{1,20}"|'[^'\s]{1,20}'|-1\b|0\b|[Aa]n empty (?:string|list|array|set)\b|[A-Z][A-Z_]{1,19}\b|(?:No|Yes|false|False|true|null|None)\b)/g;
/** A sentinel in capitals is a judge's word; in lower case ("print impossible") it is prose. */
const JUDGE_WORD = /^[A-Z][A-Z_]+$|^(?:No|Yes|false|False|true|null|None)$/;

/** The output rule's case and what it gives: `special` is a case that is not "nothing valid" ("if the string already reads the same both ways, print -1"). */
interface OutputRule {
  output: string;
  special?: string;
}

/** The condition of an output rule ("if the string already reads the same both ways"), up to its output or a comma. */
const CONDITION =
  /\b(?:if|when|whenever|while|in case)\s+(.+?)(?=\s*(?:[,;:]|$|\b(?:then\s+)?(?:print|output|return|report)\b))/i;
/** A condition a line can quote whole: two to twelve plain words or comparisons, not cut off at a preposition. */
const TIDY_CONDITION =
  /^(?=(?:\S+ ){1,11}\S+$)[\w' <>=≤≥!+\-*/^]+$(?<!\b(?:of|from|to|in|on|at|by|for|with|the|a|an|and|or|than|it)$)/;
/** Words by which a condition says that nothing valid exists. */
const NOTHING_VALID =
  /\b(?:no|not|none|never|cannot|can't|impossible|unable|fails?|neither|nor|nothing|invalid|unreachable|without|isn't|aren't|doesn't|don't|didn't|won't)\b|n't\b/i;

/** What the statement's output rule gives when nothing valid exists (`noAnswerRule`), as the page writes it. */
export function noAnswerOutput(statement: string): string | undefined {
  return noAnswerRule(statement)?.output;
}

function noAnswerRule(statement: string): OutputRule | undefined {
  const plain = statement.replace(/[`*]/g, '');
  for (const sentence of proseSentencesOf(plain)) {
    const condition = NO_ANSWER_CASE.exec(sentence);
    if (!condition) continue;
    const verbOf = () => /\b(print|output|return|report)/i.exec(sentence)?.[1]?.toLowerCase() ?? 'give';
    // "Print POSSIBLE if ..., and IMPOSSIBLE otherwise": the condition in capitals is the output itself.
    if (/^[A-Z][A-Z_]+$/.test(condition[0])) return { output: `${verbOf()} ${condition[0]}` };
    // The output nearest the condition: "print any of them. If there are none, print -1" keeps -1.
    const outputs = [...sentence.matchAll(SENTINEL)].filter(([, , token]) => {
      const bare = (token ?? '').replace(/^["']|["']$/g, '');
      return /^(?:-1|0|an empty)/i.test(bare) || /^["']/.test(token ?? '') || JUDGE_WORD.test(bare);
    });
    const nearest = outputs.sort(
      (a, b) => Math.abs(a.index - condition.index) - Math.abs(b.index - condition.index),
    )[0];
    if (!nearest) continue;
    // "Return the fewest coins, or -1 if ...": the alternative takes the sentence's own verb.
    const said = (nearest[1] ?? '').toLowerCase();
    const verb = said === 'or' ? verbOf() : said;
    const output = `${verb} ${(nearest[2] ?? '').replace(/^["']|["']$/g, '')}`;
    // A -1 given for a case that has an answer of its own ("if the string is already a palindrome,
    // print -1") is that case, not a missing answer: the line names it.
    const special = /-1/.test(condition[0])
      ? CONDITION.exec(sentence)?.[1]?.replace(/[.!?]+$/, '')
      : undefined;
    return special && TIDY_CONDITION.test(special) && !NOTHING_VALID.test(special)
      ? { output, special }
      : { output };
  }
  return undefined;
}

/** The generic line about no answer, in the statement's own output when it names one. */
export function noAnswerLine(text: string, statement: string | undefined): string {
  if (!statement || !NO_ANSWER_TRAP.test(text)) return text;
  const rule = noAnswerRule(statement);
  if (!rule) return text;
  if (rule.special) return `If ${rule.special}: ${rule.output}, as the statement says`;
  return `No valid answer exists: ${rule.output}, as the statement says`;
}

/**
 * The page's own rule for an empty structure, quoted ("If nobody is waiting: return -1, as the
 * statement says"): the generic case of a call on an empty structure would say it a second time.
 */
const EMPTY_RULE =
  /^If (?:[\w' ]{0,40}\b(?:is|are) empty|nobody|no one|nothing is|there (?:is|are) (?:nothing|nobody|no \w+))\b/;
const EMPTY_CALLS = 'Operations called on an empty structure';

/** The checklist with the empty structure said once, in the page's words where it gives them. */
export function emptySaidOnce(lines: readonly string[]): string[] {
  return lines.some((line) => EMPTY_RULE.test(line))
    ? lines.filter((line) => line !== EMPTY_CALLS)
    : [...lines];
}

/** The traps the statement's output rules name. */
export function statedTraps(body: string): Trap[] {
  const traps: Trap[] = [];
  if (MODULUS.test(body))
    traps.push({ text: 'Take the remainder after every addition and multiplication, not only at the end' });
  if (NO_ANSWER.test(body))
    traps.push({
      text: 'No valid answer exists (return what the statement asks for then)',
      unless: ['answer-exists'],
    });
  if (TIE_RULE.test(body)) traps.push(TIE_TRAP);
  if (EMPTY_ALLOWED.test(body)) traps.push(EMPTY_TRAP);
  return traps;
}
