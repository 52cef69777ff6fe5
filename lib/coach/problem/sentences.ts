import { lastReading } from './last-reading';

/**
 * A statement's sentences: cut at every line break and after a full stop, semicolon, question or
 * exclamation mark. The pair counts, the pointer walks and shapes, the pairings, the coverage and
 * two triggers' conditions each split one statement so: it is split once. Readers share the array
 * and never change it.
 */
export const sentencesOf = lastReading((body: string): readonly string[] => body.split(/\n|(?<=[.;?!])\s+/));

/**
 * Its sentences cut only after a closing mark or at a run of line breaks, so that a blank line
 * leaves no empty sentence: what the answer's setting, the state moves and the permissions read.
 */
export const proseSentencesOf = lastReading((body: string): readonly string[] =>
  body.split(/(?<=[.;!?])\s+|\n+/),
);
