import { codeIn, namedTechnique } from '../library/spoilers';

/** Phrases that describe the output's format, not what is asked ("a single integer", "the answer"). */
const OUTPUT_FORMAT =
  /^(?:a |one |the |an )?(?:single |only )?(?:integer|number|line|string|answer|value|result|output|yes|no)s?\b(?! of\b| that\b| which\b)|^the answer\b/i;

/** "You can find the definitions in the notes" points the reader elsewhere; it is not the question. */
const ASK =
  /(?<!\b(?:can|may|could|will) )\b(?:return|find|print|output|compute|count|determine|decide|report|calculate)\s+(?:\*|_)?((?:the|how|whether|if|all|every|a|an|one)\b[^.;:\n]{3,90})/i;

/**
 * A sentence that settles ties between answers rather than asking for one, or says what to answer
 * when there is none ("If the glossary contradicts itself, output an empty string").
 */
const TIE_BREAK =
  /^(?:if|when|where)\s+(?:there (?:are|is) )?(?:several|more than one|two or more|multiple|many|a tie|ties?)\b|^(?:in case of|on) (?:a )?ties?\b|^(?:if|when|in case)\b[^.]{0,120}?,\s*(?:then )?(?:return|output|print|report)\b|^(?:return|output|print) (?:an? )?(?:empty\b|-1\b|0\b|false\b|null\b|none\b|nothing\b|"")[^.]{0,40}\b(?:when|if)\b/i;

/**
 * What the statement asks for, as a phrase a hint can quote ("the largest possible area of the
 * billboard"); null when it is too long, reads like code, or names a technique.
 */
export function goalOf(statement: string): string | null {
  const clean = statement.replace(/`+/g, '').replace(/\*+([^*\n]{1,80}?)\*+/g, '$1');
  // A rule for ties ("If several schedules earn that, report …") says which answer, not what is asked.
  const asked = clean
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => !TIE_BREAK.test(sentence))
    .join('\n');
  const phrase = ASK.exec(asked)?.[1]
    ?.trim()
    .replace(/[,\s]+(?:or|and) (?:return|print|output) .*$/i, '')
    .replace(/\s+/g, ' ')
    // A name quoted before its own noun ("within `days` days") reads once.
    .replace(/\b([A-Za-z_]\w*) \1\b/g, '$1');
  if (!phrase || phrase.length > 80 || codeIn(phrase) || namedTechnique(phrase) || OUTPUT_FORMAT.test(phrase))
    return null;
  return phrase;
}
