/**
 * The extreme is of an index: no value (`a_j`, `nums[j]`) and no "over all" comes between it and
 * the index, which would make it the best value among all earlier ones (an ordered set's search).
 */
const EXTREME_INDEX = String.raw`\b(?:nearest|closest|smallest|largest|minimum|maximum|min|max|first|last)\b (?:(?!all\b|every\b|over\b)[a-z0-9,]+ ){0,4}?`;
/**
 * The index sought on one side of the given one (groups 1 and 2): `j < i`, `k > i`, `p_i < i`, a
 * range `1 <= j < i`, or in words, `j greater than i`, `j before i`.
 */
const ONE_SIDE = String.raw`(?:\w+ <= )?([a-z](?:_[a-z])?) (?:[<>]|(?:is )?(?:greater|larger|bigger|less|smaller|lower|higher) than|before|after) ([a-z])\b`;
/** The value at each index, `a_j` or `a[j]`, compared with the value at the other (group 3 or 4). */
const AT = (index: string) => String.raw`(?:_${index}|\[${index}\])`;
const ORDER = '(?:<|>|<=|>=)';
const VALUES_COMPARED = String.raw`\b([a-z]+)${AT('\\1')} ${ORDER} \3${AT('\\2')}(?!\w)|\b([a-z]+)${AT('\\2')} ${ORDER} \4${AT('\\1')}(?!\w)`;
/**
 * For each i, an extreme index on one side of it (the nearest, smallest or largest j > i or j < i)
 * bounded by an order between the two values (a_j > a_i, nums[j] <= nums[i]): the previous or next
 * greater or smaller element, in subscripts rather than words. An equal value (a map of last
 * positions), a count over every j (inversions) or a comparison with every j (a running maximum)
 * names no extreme index and no order, so it is left alone.
 */
export const NEAREST_BEATING_INDEX = new RegExp(
  `${EXTREME_INDEX}${ONE_SIDE}[^.;]{0,40}?(?:${VALUES_COMPARED})`,
);
