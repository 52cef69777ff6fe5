import { lastReading } from './last-reading';

/**
 * A statement's sentences: cut at every line break and after a full stop, semicolon, question or
 * exclamation mark. The pair counts, the pointer walks and shapes, the pairings, the coverage and
 * two triggers' conditions each split one statement so: it is split once. Readers share the array
 * and never change it.
 */
export const sentencesOf = lastReading((body: string): readonly string[] => body.split(/\n|(?<=[.;?!])\s+/));
