/*
 * Promises about the answer rather than the input: that one exists ("it is guaranteed that the end
 * can be reached", "you may assume exactly one pair works"). Each pattern is read of one sentence
 * already known to promise something (promises.ts).
 */

/**
 * The words that vouch for the test data: "it is guaranteed", "you may assume", and the data said
 * to be made that way ("the test data is built so that", "the input is constructed such that").
 */
const VOUCHED =
  '(?:assume|guaranteed|promised|ensured|(?:generated|built|constructed|designed|chosen|prepared|made) (?:such|so) that)';

export const ANSWER_EXISTS = [
  // "You may assume that exactly one pair of trips adds up to budget", "the data is built so that
  // exactly one pair works".
  new RegExp(
    String.raw`\b${VOUCHED}\b[^.]{0,40}\bexactly one (?!(?:simple )?(?:route|path|way|road|street)s? )\w+`,
  ),
  /\bexactly one (?:valid )?(?:answer|solution|such pair)\b|\bguaranteed to (?:exist|have a solution|be possible|be (?:in|present|found))\b|\balways (?:possible|exists?|reachable|achievable|solvable)\b|\bcan always be (?:rebuilt|done|reached|finished|formed|made|achieved|completed|obtained|paid|built|assembled)\b/,
  // "It is guaranteed that you can always reach the end", "generated such that it is possible to …".
  new RegExp(
    String.raw`\b${VOUCHED}\b.{0,120}?\b(?:reach|reached|reachable|arrive|arrives|delivered|spelled|spelt|formed|obtained|possible|solvable|done|finished|completed)\b`,
  ),
  // "There is at least one 1 in the grid", "there exists a unique solution", "there will always be …".
  /\bthere (?:is|are|exists?|will (?:always )?be) (?:always )?(?:at least one|exactly one|an? (?:\w+ )?(?:answer|solution))\b(?! (?:simple )?(?:route|path|way|road|street|edge|connection)s?(?: \w+){0,2} (?:between|from|connecting|joining)\b)/,
  /\b(?:an?|the|one|unique|valid|consistent) (?:\w+ )?(?:answer|solution|order|ordering|schedule|timetable|assignment|arrangement)s? (?:always )?exists?\b|\bat least one (?:\w+ ){0,2}(?:exists|is guaranteed)\b/,
  // The input promised to have the shape the question looks for ("arr is guaranteed to be a
  // mountain array"), or the one item asked for named as present ("every element appears
  // twice, except for one element which appears exactly once").
  /\bguaranteed to be an? (?:valid|well-formed|mountain|bitonic) (?:\w+ )?(?:array|list|string|sequence|expression|tree|grid)\b|\bexcept (?:for )?(?:exactly )?one (?:\w+ )?(?:which|that) (?:appears|occurs)\b/,
  // "p and q will exist in the tree", "word contains at least one vowel".
  /\b(?:will|always) (?:always )?exist in\b|^[\w.[\]]+(?: and [\w.[\]]+)? (?:contains?|has|have|includes?) at least one\b/,
  // "The grid contains at least one towel and at least one free square": both things the question
  // measures between are present.
  /^(?:the )?[\w.[\]]+ (?:contains?|has|holds?|includes?) at least one (?:\w+ ){1,2}and at least one\b/,
  // "So at least one order of all the steps respects every note": an answer that meets every rule
  // said to be there.
  /\b(?:so|hence|thus|therefore|and|which means) (?:that )?(?:there is )?at least one (?:\w+ ){1,5}(?:respects|satisfies|meets|obeys|follows|fits) (?:every|all|each)\b/,
  // "There is always at least one valid answer", "it is guaranteed that there is at least one valid
  // arrangement": the normalisation reads "is at least" as a bound, so the verb may be gone.
  /\bthere (?:(?:is|are|exists?|will be) )?(?:always )?(?:at least|>=) (?:one|1) (?:(?:valid|possible|feasible|correct|legal) \w+|answer|solution)\b/,
  // "The given input always admits at least one valid cut", "every test has a feasible plan".
  /\b(?:input|test(?: case)?|array|data|instance|case)s? (?:always )?(?:admits?|has|have|allows?|contains?) (?:at least one|an?) (?:valid|possible|feasible|correct|legal) \w+/,
];
