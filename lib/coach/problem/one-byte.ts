import type { ProblemContext } from '@/lib/extract/context';

/**
 * The same text held one byte per character, where every character fits in one (none above
 * U+00FF). V8 keeps a string two bytes wide when it was cut from a wider one (a page whose markup
 * holds one curly quote anywhere), and compiles each pattern apart for each width: the coach's
 * two thousand patterns, compiled twice, passed the size past which V8 compiles further patterns
 * unoptimised, and on the tuned pages that cost a third of the analysis. Parsing the text anew
 * builds it in the narrowest width it fits.
 */
export function oneByteText(text: string): string {
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) > 0xff) return text;
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The page's texts, each held one byte per character where it fits (`oneByteText`). */
export function oneByteContext(context: ProblemContext): ProblemContext {
  return {
    ...context,
    title: oneByteText(context.title),
    statement: oneByteText(context.statement),
    examples: context.examples.map((example) => ({
      ...example,
      input: oneByteText(example.input),
      output: oneByteText(example.output),
      ...(example.explanation === undefined ? {} : { explanation: oneByteText(example.explanation) }),
    })),
    constraints: context.constraints.map(oneByteText),
    tags: context.tags.map(oneByteText),
    hints: context.hints.map(oneByteText),
  };
}
