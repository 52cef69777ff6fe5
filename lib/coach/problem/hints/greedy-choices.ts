import type { GreedyChoice } from '../greedy-choices';
import { eitherWayLadder } from './either-way';
import { exchangeOrderLadder } from './exchange-orders';
import { greedySweepLadder } from './greedy-sweeps';
import type { Ladder } from './ladder';

/** Where the next kept span may start: a span that holds its end clashes with one starting there. */
function afterEnd(ends: GreedyChoice['ends']): string {
  if (ends === 'closed') return 'after the last kept end (both ends are taken, so starting on it clashes)';
  if (ends === 'half-open') return 'no earlier than the last kept end';
  return 'after the last kept end, or on it if the statement lets one end where the next begins';
}

/**
 * A ladder for a greedy shape (greedy-choices.ts) in the page's own items: the first rung asks
 * which choice could never be regretted and names no technique, the second gives the exchange
 * that makes it safe, the third the walk and its cost.
 */
export function greedyChoiceLadder(choice: GreedyChoice, target: string, sorted = false): Ladder {
  const { items, partner } = choice;
  switch (choice.shape) {
    case 'apart':
      return [
        `Of all the ${items}, which one would you never regret keeping first, because it leaves the most room for the rest?`,
        `The one that ends earliest: swapping any other first choice for it never blocks more of what follows. Keep it, drop whatever clashes with it, and repeat.`,
        sorted
          ? `Walk the ${items} in the order given; when one clashes with the last kept, keep whichever of the two ends earlier. ${target}, with no sort.`
          : `Sort the ${items} by end and keep each one that starts ${afterEnd(choice.ends)}; the rest are the ones to drop. ${target}.`,
      ];
    case 'stab':
      return [
        `Look at the span that ends first. One of the ${partner} must sit inside it; where inside it serves the most other spans?`,
        `At its very end: any point earlier in that span hits no span that the end point misses. Place it there, strike every span it hits, and repeat.`,
        sorted
          ? `Walk the spans in the order given, keeping the smallest end of the spans not yet hit; when a span starts past it, place a point there and start again. ${target}, with no sort.`
          : `Sort the spans by end; walk them and place a new point at the end of each span that starts after the last point placed. ${target}.`,
      ];
    case 'pieces':
      return [
        `Look at the leftmost of the ${partner}. Some of the ${items} must cover it; where should that one start so it is never a wasted choice?`,
        `Exactly at that point: starting further left covers nothing more to the right. Lay it there, skip every point it reaches, and repeat from the next point left uncovered.`,
        sorted
          ? `Walk the ${partner} in the order given; whenever one lies past the end of the last piece, lay a new piece starting there and count it. ${target}, with no sort.`
          : `Sort the ${partner}; walk them and lay a new piece at each one past the end of the last piece laid, counting as you go. ${target}.`,
      ];
    case 'cover':
      return [
        `Stand at the first point not yet covered. Which of the ${items} that reach it would you never regret choosing?`,
        `The one that reaches furthest: any other choice covers a part of what it covers, so swapping it in never needs more ${items} later.`,
        `${sorted ? 'In the order given,' : 'Sort by start;'} keep the furthest reach among the ${items} starting within the covered stretch, and take one more only when the walk passes that stretch's end. If none reaches on, the line cannot be covered. ${target}.`,
      ];
    case 'refuel':
      return [
        `Drive as far as you can without stopping. When you cannot go on, which of the stops you already passed would you wish you had taken?`,
        `The one that gave the most: stopping there instead of at any other passed stop reaches at least as far, and deciding late loses nothing since the order of stops passed does not matter.`,
        `Walk the stops in order, push each passed one's supply into a max-heap, and pop the largest only when the next stop or the goal is out of reach; no supply left means it cannot be reached. ${target}.`,
      ];
    case 'deadlines':
      return [
        `Take the ${items} in order of when they are due. When one cannot be finished in time, which of those already taken should go?`,
        `The longest one taken: dropping it frees the most time and the count stays the same, so no other choice does better (an exchange argument).`,
        `Sort by due time; add each length to the clock and push it into a max-heap, and when the clock passes the due time pop the longest and take its time off. The heap's size is the answer. ${target}.`,
      ];
    case 'fraction':
      return [
        `Since any part of the ${items} may be taken, which single unit would you fill the space with first?`,
        `A unit of the ${items} with the best worth per unit of space: swapping any other unit for it never lowers the total, so only that ratio matters.`,
        `Sort by worth divided by size, take each whole while it fits and the fitting part of the first that does not. ${target}.`,
      ];
    case 'cheapest':
      return [
        `Nothing you buy spoils and there is room for any amount: where is the best place to buy what the next stretch needs?`,
        `At the lowest price met so far: a unit bought there instead of later never costs more, since it can simply be carried until it is needed.`,
        `Walk the ${items} in order, keep the lowest price seen, and pay each stretch's need at that price. ${target}.`,
      ];
    case 'powers':
      return [
        `Could paying with the largest coin that still fits ever be a mistake when every worth divides the next?`,
        `No: K coins of one worth can always be swapped for one coin of the next, so an optimal payment uses fewer than K of each worth, and that payment is unique, the amount written in base K.`,
        `Take the largest power that fits as often as it fits and move down, or add up the digits of the amount in base K. ${target}.`,
      ];
    case 'canonical':
      return [
        `Pay a few amounts by hand, always taking the largest coin that still fits. Can you find an amount where fewer coins would do?`,
        `For these worths you cannot: a system where largest-first fails shows it on some amount below its two largest coins together, and checking those finds none. So the largest coin that fits is always part of a best payment.`,
        `${choice.partner === 'amounts' ? 'For each amount' : 'For the amount'}, walk the worths from largest to smallest, taking as many of each as fit (a division and a remainder). ${target}.`,
      ];
    case 'quickest':
    case 'ratio':
    case 'due':
      return exchangeOrderLadder({ ...choice, shape: choice.shape }, target);
    case 'shifted':
    case 'halves':
    case 'sides':
      return eitherWayLadder({ ...choice, shape: choice.shape }, target, sorted || !!choice.inOrder);
    case 'merge':
      return [
        `Every join is paid again by each later join its result goes into. Which two of the ${items} would you join first so that the least is paid over and over?`,
        `The two smallest: swapping a larger one into an earlier join never lowers the total (the same exchange that builds a Huffman code). After each join the new one goes back among the rest, so "the two smallest" changes every step.`,
        `Keep the ${items} in a min-heap; pop two, add their sum to the total, push the sum back, until one is left. ${target}.`,
      ];
    case 'regret':
      return [
        `Suppose you take every one of the ${items} you meet. When the running amount first goes below zero, one taken so far has to go: which one costs the least to give back?`,
        `The worst loss taken so far: every choice gives back one item, and that one frees the most for the rest. Any set that keeps it can swap it for a gentler one without taking fewer.`,
        `Walk the ${items} in order, taking each and adding its change; push every loss taken into a min-heap, and whenever the amount is below zero pop the worst loss and undo it. The count left taken is the answer. ${target}.`,
      ];
    default:
      return greedySweepLadder({ ...choice, shape: choice.shape }, target);
  }
}
