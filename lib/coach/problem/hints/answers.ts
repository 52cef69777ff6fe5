import type { AnswerObject, AnswerSearch } from '../answer-object';
import { formatBound } from '../complexity';

/**
 * The first hint when the answer is made of the page's own items: it names them and their count,
 * and asks how many candidates that makes, without naming the method that walks them.
 */
export function answerNudge(answer: AnswerObject, search: AnswerSearch | null): string | null {
  const few = `${formatBound(answer.count)} ${answer.items}`;
  if (search === 'factorials')
    return `Up to ${few} have far more orders than any list holds. How many orders are there with no rule at all, and what part of them does the rule keep?`;
  if (answer.shape === 'cheapest')
    return `Only how many ${answer.items} you end with counts, and each adds its own cost to the total. Which one would you take first, and could that choice ever be wrong?`;
  if (answer.shape === 'keyed')
    return `The ${answer.items} are listed ${answer.words}: does anything need trying, or does one key decide where each goes?`;
  if (answer.bare)
    return `Nothing tells the ${answer.items} apart but their number. Could you write the count for 1, 2 and 3 ${answer.items} by hand and see how it grows?`;
  if (search === 'subsets')
    return `Each of the ${few} is in or out. How many choices is that, and could you check every one?`;
  if (search === 'halves')
    return `Each of the ${few} is in or out: far too many choices to list, but how many does each half of the ${answer.items} have?`;
  if (search === 'orders')
    return `The answer is an order of all ${few}. How many orders are there, and is that few enough to try each?`;
  if (search === 'placed')
    return `The answer is an order of all ${few}: too many orders to list. What do you need to know about the ${answer.items} placed so far to place the next one?`;
  return null;
}
