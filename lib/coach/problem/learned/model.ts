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
}

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
  return [...sums].map(([id, { z, bias, parts }]) => ({
    id: id as TechniqueId,
    probability: sigmoid(z),
    lift: z - bias,
    because: parts.sort((a, b) => b[1] - a[1]).map(([feature]) => feature),
  }));
}
