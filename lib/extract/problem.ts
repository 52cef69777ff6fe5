import type { Example, ProblemContext } from './context';
import { isSkipped, mathLines, normalizeConstraint, preText, squash, textOf } from './dom';
import { nodesToMarkdown } from './markdown';

/*
 * What coding sites share: a statement is a run of blocks cut into sections by labels ("Example 1:",
 * "Constraints", "Sample Input 1", 入力例 1, 示例 1：…). Sites differ in where the run lives and how
 * labels are marked (headings, bold paragraphs, bold text before a <br>), not in what they mean.
 */

type SectionKind = 'text' | 'examples' | 'input' | 'output' | 'explanation' | 'constraints' | 'skip';

export interface Section {
  label: string;
  kind: SectionKind;
  /** The label shares its paragraph with the first content ("**Note:** text"). */
  inline: boolean;
  nodes: Node[];
}

const KINDS: [RegExp, SectionKind][] = [
  [/^(constraints?|limits|制約|约束|限制|数据范围|提示)/i, 'constraints'],
  [/^((sample|example)\s*(test\s*)?(case\s*)?input|入力例|输入样例|样例输入|输入示例)/i, 'input'],
  [/^((sample|example)\s*(test\s*)?(case\s*)?output|出力例|输出样例|样例输出|输出示例)/i, 'output'],
  [/^((sample\s*)?explanation|样例解释|解释)/i, 'explanation'],
  [/^(examples?|samples?|sample test cases?|示例|样例)\s*#?\s*\d*\s*[:：]?$/i, 'examples'],
  [/^(score|配点)\b/i, 'skip'],
];
const LABEL_WORDS =
  /^((input|output)( format)?|constraints?|limits|examples?|samples?|sample (test )?(case )?(input|output)|explanation|notes?|follow[- ]?up|hints?|interaction|problem( statement)?|task|your task|scoring|subtasks?|function description|returns?|expected (time|auxiliary)( complexity| space)?|入力|出力|制約|問題文|入力例|出力例|提示|示例|进阶|输入|输出)\s*#?\s*\d*\s*[:：]?$/i;
const EXAMPLE_PARTS = /^(input|output|explanation|输入|输出|解释)\s*[:：]?$/i;
const WRAPPERS = /^(DIV|SECTION|ARTICLE|MAIN|SPAN|FONT|CENTER)$/;
const BLOCKY = /^(P|DIV|SECTION|PRE|UL|OL|TABLE|H[1-6]|BLOCKQUOTE|HR|DL)$/;
const INLINE_WRAPPERS = /^(SPAN|FONT|EM|I|U)$/;

/** Cut a statement root into labelled sections; unlabelled leading blocks form a text section. */
function sectionsOf(root: Node): Section[] {
  const sections: Section[] = [{ label: '', kind: 'text', inline: false, nodes: [] }];
  for (const node of blocksOf(root)) {
    const current = sections[sections.length - 1] as Section;
    const label = node.nodeType === 1 ? labelOf(node as Element) : null;
    // "Input:" inside an example is part of the example, not the input format; inside samples and
    // explanations only well-known labels start a new section ("Test case 1:" does not).
    const opens =
      label &&
      !(current.kind === 'examples' && EXAMPLE_PARTS.test(label.text)) &&
      (current.kind === 'text' || current.kind === 'skip' || LABEL_WORDS.test(label.text));
    if (label && opens) {
      const text = label.text;
      const kind = KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'text';
      sections.push({ label: text, kind, inline: label.rest.length > 0, nodes: label.rest });
    } else current.nodes.push(node);
  }
  return sections.filter((s) => s.label || s.nodes.length);
}

/**
 * The top-level blocks of a statement, unwrapping layout divs that only group other blocks. Capped:
 * no real statement has thousands of blocks, and a hostile or broken page must not stall the tab.
 */
const MAX_BLOCKS = 1500;

function blocksOf(root: Node, out: Node[] = []): Node[] {
  for (let child = root.firstChild; child && out.length < MAX_BLOCKS; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if (child.nodeValue?.trim()) out.push(child);
    } else if (child.nodeType === 1 && !isSkipped(child) && (child as Element).tagName !== 'HR') {
      const el = child as Element;
      const wrapper = WRAPPERS.test(el.tagName) || el.tagName.includes('-');
      if (wrapper && hasBlockChild(el) && !labelOf(el)) blocksOf(el, out);
      else out.push(el);
    }
  }
  return out;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCKY.test(child.tagName)) return true;
  }
  return false;
}

function firstContent(el: Node): Node | null {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 ? !isSkipped(child) && textOf(child) : child.nodeValue?.trim()) return child;
  }
  return null;
}

/** A label at the start of a block: a heading, or bold text opening a paragraph. */
function labelOf(el: Element): { text: string; rest: Node[] } | null {
  if (/^H[1-6]$/.test(el.tagName)) return accept(textOf(el), el, el);
  if (el.tagName === 'STRONG' || el.tagName === 'B') return accept(textOf(el), el, el);
  if (!/^(P|DIV|SPAN)$/.test(el.tagName)) return null;
  let node: Node | null = el;
  for (let depth = 0; depth < 4 && node; depth++) {
    node = firstContent(node);
    if (node?.nodeType !== 1) return null;
    const tag = (node as Element).tagName;
    if (tag === 'STRONG' || tag === 'B' || /^H[1-6]$/.test(tag)) return accept(textOf(node), node, el);
    if (!INLINE_WRAPPERS.test(tag)) return null;
  }
  return null;
}

function accept(text: string, labelNode: Node, block: Element): { text: string; rest: Node[] } | null {
  const clean = text.replace(/\s*Copy$/, '');
  if (!clean || clean.length > 40) return null;
  if (!/[:：]$/.test(clean) && !LABEL_WORDS.test(clean)) return null;
  const rest: Node[] = [];
  for (let node: Node | null = labelNode; node && node !== block; node = node.parentNode) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) rest.push(sibling);
  }
  const hasText = rest.some((n) => (n.nodeType === 1 ? textOf(n) : n.nodeValue?.trim()));
  return { text: clean, rest: hasText ? rest : [] };
}

/** Statement Markdown from the text sections, examples and constraints left to their own fields. */
function statementOf(sections: Section[]): string {
  const parts: string[] = [];
  for (const section of sections) {
    if (section.kind !== 'text') continue;
    const md = nodesToMarkdown(section.nodes);
    const label = section.label;
    if (!label || /^(problem( statement)?|description|statement|問題文|题目描述)[:：]?$/i.test(label)) {
      if (md) parts.push(md);
    } else parts.push(md ? `**${label}**${section.inline ? ' ' : '\n\n'}${md}` : `**${label}**`);
  }
  return parts.join('\n\n');
}

/** One string per constraint: list items when the section is a list, else one per line. */
function constraintsOf(sections: Section[]): string[] {
  const out: string[] = [];
  for (const section of sections) {
    if (section.kind !== 'constraints') continue;
    const items: Element[] = [];
    for (const node of section.nodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName === 'LI') items.push(el);
      else items.push(...el.querySelectorAll('li'));
    }
    // A KaTeX `\\` or a <br> inside one item still separates two constraints.
    const lines = items.length ? items.flatMap((item) => mathLines([item])) : mathLines(section.nodes);
    for (const line of lines) {
      const constraint = normalizeConstraint(line);
      if (constraint) out.push(constraint);
    }
  }
  return out;
}

/** Formal samples: "Example N" blocks with Input:/Output: text, or Sample Input/Output pairs. */
function examplesOf(sections: Section[]): Example[] {
  const examples: Example[] = [];
  let pending: Example | undefined;
  for (const section of sections) {
    if (section.kind === 'examples') {
      const parsed = parseExamples(section.nodes.map(preText).join('\n'));
      // A sample shown as two code blocks with their captions apart (CodeChef's table): input, output.
      const pres = section.nodes.flatMap((node) =>
        node.nodeType !== 1
          ? []
          : (node as Element).matches('pre')
            ? [node]
            : [...(node as Element).querySelectorAll('pre')],
      );
      if (!parsed.some((example) => example.input) && pres.length > 1) {
        for (let i = 0; i + 1 < pres.length; i += 2)
          examples.push({ input: preText(pres[i]), output: preText(pres[i + 1]) });
        const last = section.nodes.findIndex(
          (node) => node === pres.at(-1) || node.contains(pres.at(-1) ?? null),
        );
        const explanation = nodesToMarkdown(
          section.nodes.slice(last + 1).filter((node) => !EXAMPLE_PARTS.test(textOf(node))),
        );
        const example = examples.at(-1);
        if (explanation && example) example.explanation = explanation;
      } else examples.push(...parsed);
      pending = examples[examples.length - 1];
    } else if (section.kind === 'input') {
      pending = { input: sampleText(section.nodes).text, output: '' };
      examples.push(pending);
    } else if (section.kind === 'output' && pending && !pending.output) {
      const { text, rest } = sampleText(section.nodes);
      pending.output = text;
      const explanation = nodesToMarkdown(rest);
      if (explanation) pending.explanation = explanation;
    } else if (section.kind === 'explanation' && pending) {
      const explanation = nodesToMarkdown(section.nodes);
      if (explanation) pending.explanation = explanation;
    }
  }
  return examples.filter((e) => e.input || e.output);
}

/** A sample's text (its first <pre>, else all of it) and whatever follows that <pre>. */
function sampleText(nodes: Node[]): { text: string; rest: Node[] } {
  for (const [index, node] of nodes.entries()) {
    const pre =
      node.nodeType !== 1
        ? null
        : (node as Element).matches('pre')
          ? node
          : (node as Element).querySelector('pre');
    if (pre) return { text: preText(pre), rest: nodes.slice(index + 1) };
  }
  return { text: nodes.map(preText).join('\n').trim(), rest: [] };
}

const PART = /^(input|output|explanation|输入|输出|解释)\s*(?:[:：]\s*(.*))?$/i;

/**
 * Split "Input: … Output: … Explanation: …" text into examples; each Input starts a new one. Lines
 * keep their breaks (multi-line inputs), each trimmed.
 */
export function parseExamples(text: string): Example[] {
  const examples: Example[] = [];
  let current: Record<'input' | 'output' | 'explanation', string[]> | undefined;
  let field: 'input' | 'output' | 'explanation' | undefined;
  const flush = () => {
    if (!current) return;
    const example: Example = { input: current.input.join('\n'), output: current.output.join('\n') };
    if (current.explanation.length) example.explanation = current.explanation.join('\n');
    if (example.input || example.output) examples.push(example);
  };
  for (const raw of text.split('\n')) {
    const line = squash(raw);
    const part = PART.exec(line);
    if (part) {
      const name = (part[1] ?? '').toLowerCase();
      field = /^(input|输入)$/.test(name) ? 'input' : /^(output|输出)$/.test(name) ? 'output' : 'explanation';
      if (field === 'input' || !current) {
        flush();
        current = { input: [], output: [], explanation: [] };
      }
      if (part[2]) current[field].push(part[2]);
    } else if (line && current && field) current[field].push(line);
  }
  flush();
  return examples;
}

type ProblemFields = Omit<ProblemContext, 'kind' | 'examples' | 'constraints' | 'tags' | 'hints'> &
  Partial<Pick<ProblemContext, 'examples' | 'constraints' | 'tags' | 'hints'>>;

/** A problem context with empty lists where the page had nothing and no undefined keys. */
export function problemContext(fields: ProblemFields): ProblemContext {
  const context: ProblemContext = {
    kind: 'problem',
    site: fields.site,
    url: fields.url,
    id: fields.id,
    title: fields.title,
    statement: fields.statement,
    examples: fields.examples ?? [],
    constraints: fields.constraints ?? [],
    tags: [...new Set((fields.tags ?? []).map(squash).filter(Boolean))],
    hints: (fields.hints ?? []).filter(Boolean),
    source: fields.source,
  };
  if (fields.difficulty) context.difficulty = fields.difficulty;
  if (fields.limits) context.limits = fields.limits;
  return context;
}

/** Read a whole statement root the common way, leaving out nodes `exclude` rejects (a repeated title). */
export function readStatement(
  root: Node,
  exclude?: (node: Node) => boolean,
): Pick<ProblemContext, 'statement' | 'examples' | 'constraints'> {
  const sections = sectionsOf(root);
  if (exclude) for (const section of sections) section.nodes = section.nodes.filter((node) => !exclude(node));
  return {
    statement: statementOf(sections),
    examples: examplesOf(sections),
    constraints: constraintsOf(sections),
  };
}
