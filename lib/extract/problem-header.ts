import type { ProblemContext } from './context';
import { metaContent, squash, titleOf } from './dom';

/*
 * What a problem page says about the problem beside its statement: its name, its difficulty, its
 * time and memory limits. Sites find these in different places and write them the same few ways.
 */

const SITE_SUFFIX =
  /\s*[|｜–—-]\s*(leetcode|力扣[^|]*|hackerrank|codeforces|atcoder|geeksforgeeks|neetcode|codechef|practice)\s*$/i;

/** "1. Two Sum", "C. Foo", "D - Bar", "Two Sum - LeetCode" → the bare name. */
export function cleanTitle(raw: string): string {
  let title = squash(raw);
  for (let previous = ''; previous !== title; ) {
    previous = title;
    title = title.replace(SITE_SUFFIX, '').replace(/\s+Practice Coding Problem$/i, '');
  }
  // A number needs no space after its dot ("1155.Number of Dice Rolls"); a letter index does.
  return title.replace(/^(\d+\.\s*|([A-Z][a-z]?\d*\.|[A-Z][a-z]?\d*\s+-)\s+)(?=[^\s\d])/, '');
}

/** The page's own name for itself: its <title> (what the tab shows), else og:title, suffixes removed. */
export function metaTitle(doc: Document): string {
  return cleanTitle(titleOf(doc) || metaContent(doc, 'og:title'));
}

const DIFFICULTIES: Record<string, ProblemContext['difficulty']> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  简单: 'Easy',
  中等: 'Medium',
  困难: 'Hard',
};

/** A site's difficulty label as Easy/Medium/Hard; anything else (ratings, "Basic") is none. */
export function difficultyOf(text: unknown): ProblemContext['difficulty'] {
  if (typeof text !== 'string') return undefined;
  return DIFFICULTIES[
    squash(text)
      .replace(/^difficulty\s*[:：]?\s*/i, '')
      .toLowerCase()
  ];
}

/** The first Easy/Medium/Hard label among elements (badges are often buttons, read as text). */
export function difficultyIn(elements: Iterable<Element>): ProblemContext['difficulty'] {
  for (const el of elements) {
    const difficulty = difficultyOf(el.textContent);
    if (difficulty) return difficulty;
  }
  return undefined;
}

/** "Time Limit: 1.25 sec / Memory Limit: 1024 MB", "2 seconds", "256 megabytes" → numbers. */
export function limitsOf(timeText: string, memoryText = timeText): ProblemContext['limits'] {
  const time = /(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|секунд\w*|秒)(?![a-z])/i.exec(timeText);
  const memory = /(\d+(?:\.\d+)?)\s*(mb|megabytes?|mib|мегабайт\w*|gb|gigabytes?|gib)(?![a-z])/i.exec(
    memoryText,
  );
  const limits: NonNullable<ProblemContext['limits']> = {};
  if (time) limits.timeMs = Math.round(Number(time[1]) * (/^(ms|milli)/i.test(time[2] ?? '') ? 1 : 1000));
  if (memory) limits.memoryMb = Math.round(Number(memory[1]) * (/^g/i.test(memory[2] ?? '') ? 1024 : 1));
  return limits.timeMs === undefined && limits.memoryMb === undefined ? undefined : limits;
}
