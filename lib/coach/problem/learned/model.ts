import type { TechniqueId } from '../types';

/** The trained weights as shipped (weights.json; see README "Technique model"). */
export interface LearnedWeights {
  /** How many corpus problems the weights were trained on. */
  problems: number;
  bias: Record<string, number>;
  /** Feature → technique → weight; only the strongest features of each technique are kept. */
  weights: Record<string, Record<string, number>>;
}

export interface LearnedGuess {
  id: TechniqueId;
  /** The model's probability that the technique applies. */
  probability: number;
  /** How far the statement's features moved the log-odds from the technique's base rate. */
  lift: number;
  /** The features that pushed it up most, strongest first. */
  because: string[];
  /** How far the strongest few of those features (up to three) lift the log-odds together. */
  carried: number;
}

/** The few features a reason quotes: what "something on the page points at it" can name. */
const FEW = 3;

/**
 * Every page has one shape and one size: they say which problems it is like (the base rate among
 * problems of that shape and size), not what on it points at a method.
 */
const pointing = (feature: string) => !/^#(?:shape|size):/.test(feature);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each technique's probability for a problem's features, with the features behind it. */
export function scoreTechniques(model: LearnedWeights, features: readonly string[]): LearnedGuess[] {
  const present = new Set(features);
  const sums = new Map<string, { z: number; bias: number; parts: [string, number][] }>();
  for (const [id, bias] of Object.entries(model.bias)) sums.set(id, { z: bias, bias, parts: [] });
  for (const feature of present) {
    for (const [id, weight] of Object.entries(model.weights[feature] ?? {})) {
      const sum = sums.get(id);
      if (!sum) continue;
      sum.z += weight;
      if (weight > 0) sum.parts.push([feature, weight]);
    }
  }
  return [...sums].map(([id, { z, bias, parts }]) => {
    const strongest = parts.sort((a, b) => b[1] - a[1]);
    return {
      id: id as TechniqueId,
      probability: sigmoid(z),
      lift: z - bias,
      because: strongest.map(([feature]) => feature),
      carried: strongest
        .filter(([feature]) => pointing(feature))
        .slice(0, FEW)
        .reduce((sum, [, weight]) => sum + weight, 0),
    };
  });
}
