import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linesOf, mathLines, normalizeConstraint, preText, textOf } from '@/lib/extract/dom';
import { parseExamples } from '@/lib/extract/problem';
import { cleanTitle, difficultyOf, limitsOf } from '@/lib/extract/problem-header';

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

describe('normalizeConstraint', () => {
  it.each([
    ['$$$1 \\le n \\le 2 \\cdot 10^5$$$', '1 <= n <= 2 * 10^5'],
    ['2 \\leq N \\leq 200\\,000', '2 <= N <= 200000'],
    ['1 ≤ n, k ≤ 1000', '1 <= n, k <= 1000'],
    ['a ≥ b ≠ c', 'a >= b != c'],
    ['x \\geq 0, y \\ge 1, X_i \\neq X_j, p \\ne q', 'x >= 0, y >= 1, X_i != X_j, p != q'],
    ['n × m ⋅ k', 'n * m * k'],
    ['0 \\le a < 2^{30}', '0 <= a < 2^30'],
    ['a_1, a_2, \\ldots, a_n', 'a_1, a_2, ..., a_n'],
    ['\\(1 \\le t \\le 10^4\\)', '1 <= t <= 10^4'],
    ['  1   <=\n n  ', '1 <= n'],
    ['i \\lt j \\gt k', 'i < j > k'],
    ['2^{n-1}', '2^(n-1)'],
  ])('%s → %s', (input, output) => {
    expect(normalizeConstraint(input)).toBe(output);
  });

  it('does not read \\left or \\lvert as \\le', () => {
    expect(normalizeConstraint('\\left( a \\right)')).toBe('( a )');
  });
});

describe('math-aware text', () => {
  it('turns <sup> into ^ and <sub> into _', () => {
    expect(textOf(body('<code>-10<sup>9</sup> &lt;= a<sub>i</sub></code>'))).toBe('-10^9 <= a_i');
  });

  it('takes KaTeX once, from its TeX annotation', () => {
    const katex =
      '<span class="katex"><span class="katex-mathml"><math><semantics><mi>N</mi><annotation encoding="application/x-tex">1 \\leq N</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">1≤N</span></span>';
    expect(textOf(body(katex))).toBe('1 \\leq N');
    expect(textOf(body(katex))).toBe('1 \\leq N');
  });

  it('splits lines at <br> and blocks', () => {
    expect(mathLines([body('<p>1 ≤ n<br>2 ≤ m</p><div>k</div>')])).toEqual(['1 ≤ n', '2 ≤ m', 'k']);
    expect(linesOf(body('<p>a<br> b </p><p>c</p>'))).toEqual(['a', 'b', 'c']);
  });

  it('reads sibling paragraphs given as the nodes themselves as lines of their own', () => {
    const { childNodes } = body('<p>1 ≤ n ≤ 10<sup>5</sup></p><p>0 ≤ a[i] ≤ 10<sup>5</sup></p>');
    expect(mathLines(childNodes)).toEqual(['1 ≤ n ≤ 10^5', '0 ≤ a[i] ≤ 10^5']);
  });

  it('keeps Codeforces row divs as lines inside <pre>', () => {
    const pre = body(
      '<pre><div class="test-example-line">3 3</div><div class="test-example-line">1 2 3</div></pre>',
    );
    expect(preText(pre)).toBe('3 3\n1 2 3');
  });
});

describe('titles, difficulty, limits, examples', () => {
  it.each([
    ['1. Two Sum', 'Two Sum'],
    ['C. Balanced Lamps', 'Balanced Lamps'],
    ['F - Rooks', 'Rooks'],
    ['Ex - Hard Task', 'Hard Task'],
    ['Two Sum - LeetCode', 'Two Sum'],
    ['1. 两数之和 - 力扣（LeetCode）', '两数之和'],
    ['Disjoint set (Union-Find) | Practice | GeeksforGeeks', 'Disjoint set (Union-Find)'],
    ['Chef and Strings Practice Coding Problem - CodeChef', 'Chef and Strings'],
    ['A Game of Stones', 'A Game of Stones'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('maps difficulty labels, Chinese ones included, and nothing else', () => {
    expect(difficultyOf('简单')).toBe('Easy');
    expect(difficultyOf('中等')).toBe('Medium');
    expect(difficultyOf('困难')).toBe('Hard');
    expect(difficultyOf('Difficulty: Hard')).toBe('Hard');
    expect(difficultyOf('*1400')).toBeUndefined();
    expect(difficultyOf('Basic')).toBeUndefined();
  });

  it('reads limits in the sites’ units', () => {
    expect(limitsOf('Time Limit: 1.25 sec / Memory Limit: 1024 MB')).toEqual({
      timeMs: 1250,
      memoryMb: 1024,
    });
    expect(limitsOf('2 seconds', '256 megabytes')).toEqual({ timeMs: 2000, memoryMb: 256 });
    expect(limitsOf('500 ms', '1.5 GB')).toEqual({ timeMs: 500, memoryMb: 1536 });
    expect(limitsOf('no limits here')).toBeUndefined();
  });

  it('splits Input/Output/Explanation text into examples, one per Input', () => {
    expect(parseExamples('Input: a = 1\nOutput: 2\nExplanation: one\nmore\nInput: a = 3\nOutput: 4')).toEqual(
      [
        { input: 'a = 1', output: '2', explanation: 'one\nmore' },
        { input: 'a = 3', output: '4' },
      ],
    );
    expect(parseExamples('输入：nums = [1]\n输出：1')).toEqual([{ input: 'nums = [1]', output: '1' }]);
    expect(parseExamples('Input\n3\n1 2\nOutput\n5')).toEqual([{ input: '3\n1 2', output: '5' }]);
  });
});
