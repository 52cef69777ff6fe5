/**
 * One-vs-rest logistic regression over sparse binary features, small enough to train in a few
 * seconds on a few thousand statements. Training only: the panel reads the weights it writes.
 */

export interface Example {
  /** Indices of the features present. */
  features: Int32Array;
  /** Indices of the classes that apply. */
  labels: readonly number[];
  /** How much the example counts (1 unless told). */
  weight?: number;
  /** Its labels are some of the classes that apply, not all: it teaches only those. */
  partial?: boolean;
}

export interface TrainOptions {
  classes: number;
  features: number;
  epochs: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  rate: number;
  /** When given, only these features may carry weight for a class (a pruned refit). */
  allowed?: readonly Set<number>[];
  seed?: number;
}

export interface Weights {
  /** features × classes, row-major. */
  w: Float64Array;
  bias: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A small deterministic generator, so the same corpus always trains the same weights. */
function shuffler(seed: number): (n: number) => number[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return (n) => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return order;
  };
}

/** Scores of every class for one example. */
function logits(weights: Weights, features: Int32Array, classes: number): Float64Array {
  const z = Float64Array.from(weights.bias);
  for (const f of features)
    for (let c = 0; c < classes; c++) z[c] = (z[c] ?? 0) + (weights.w[f * classes + c] ?? 0);
  return z;
}

/** Stochastic gradient descent with AdaGrad step sizes; the bias starts at each class's base rate. */
export function train(examples: readonly Example[], options: TrainOptions): Weights {
  const { classes, features, epochs, l2, rate } = options;
  const w = new Float64Array(features * classes);
  const squares = new Float64Array(features * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes).fill(1e-8);
  const positives = new Float64Array(classes);
  for (const example of examples)
    for (const label of example.labels) positives[label] = (positives[label] ?? 0) + 1;
  for (let c = 0; c < classes; c++) {
    const p = ((positives[c] ?? 0) + 0.5) / (examples.length + 1);
    bias[c] = Math.log(p / (1 - p));
  }
  const shuffle = shuffler(options.seed ?? 7);
  const y = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of shuffle(examples.length)) {
      const example = examples[index] as Example;
      const scale = example.weight ?? 1;
      y.fill(0);
      for (const label of example.labels) y[label] = 1;
      const z = logits({ w, bias }, example.features, classes);
      for (let c = 0; c < classes; c++) {
        if (example.partial && !y[c]) continue;
        const g = (sigmoid(z[c] ?? 0) - (y[c] ?? 0)) * scale;
        biasSquares[c] = (biasSquares[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (rate * g) / Math.sqrt(biasSquares[c] ?? 1);
        for (const f of example.features) {
          if (options.allowed && !options.allowed[c]?.has(f)) continue;
          const at = f * classes + c;
          const grad = g + l2 * (w[at] ?? 0);
          squares[at] = (squares[at] ?? 0) + grad * grad;
          w[at] = (w[at] ?? 0) - (rate * grad) / Math.sqrt(squares[at] ?? 1);
        }
      }
    }
  }
  return { w, bias };
}

/** For each class, the `keep` features with the largest absolute weight. */
export function strongest(weights: Weights, classes: number, features: number, keep: number): Set<number>[] {
  return Array.from({ length: classes }, (_, c) => {
    const ranked = Array.from({ length: features }, (_, f) => f)
      .filter((f) => (weights.w[f * classes + c] ?? 0) !== 0)
      .sort((a, b) => Math.abs(weights.w[b * classes + c] ?? 0) - Math.abs(weights.w[a * classes + c] ?? 0));
    return new Set(ranked.slice(0, keep));
  });
}
