/**
 * A pure reading of one text, kept for that text. One analysis asks for the same reading of one
 * statement several times (the scene, the questions, each technique's sizing of the input), and
 * each asks with the same text: reading it again only repeats hundreds of pattern runs. Only the
 * last text is kept, since a page is read to the end before the next one begins, so nothing grows.
 * The reading must not be changed by whoever asks for it: every asker gets the same value.
 */
export function lastReading<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last as T;
  };
}
