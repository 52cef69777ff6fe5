import type { ProblemContext } from '@/lib/extract/context';
import type { LibraryEntry } from './schema';

/**
 * What it takes to recognise a library problem on a page, and nothing else: the panel loads this
 * for every entry up front (a few dozen bytes each) and fetches an entry's prose only on a match.
 */
export interface LibraryIndexItem {
  slug: string;
  /** Set for a problem whose home is a judge other than LeetCode (see the schema). */
  home?: { site: string; id: string; url: string };
  neetcodeSlug?: string;
  title: string;
  aliases: readonly string[];
  siteTitles?: readonly { site: string; title: string }[];
  differsOn?: readonly string[];
}

/** A library entry found for a page, with the index so related problems can be named. */
export interface LibraryMatch {
  entry: LibraryEntry;
  index: readonly LibraryIndexItem[];
}

export function indexItem(entry: LibraryEntry): LibraryIndexItem {
  const item: LibraryIndexItem = { slug: entry.slug, title: entry.title, aliases: entry.aliases };
  if (entry.home) item.home = entry.home;
  if (entry.neetcodeSlug) item.neetcodeSlug = entry.neetcodeSlug;
  if (entry.siteTitles) item.siteTitles = entry.siteTitles;
  if (entry.differsOn) item.differsOn = entry.differsOn;
  return item;
}

/** What the progress page needs of an entry to suggest it: its index item, level, techniques and links. */
export interface LibraryPracticeItem extends LibraryIndexItem {
  difficulty: LibraryEntry['difficulty'];
  techniques: readonly string[];
  related: readonly { slug: string; why: string }[];
}

export function practiceItem(entry: LibraryEntry): LibraryPracticeItem {
  return {
    ...indexItem(entry),
    difficulty: entry.difficulty,
    techniques: entry.techniques,
    related: entry.related,
  };
}

/** Sequel numbers as judges write them after a title ("Word Break - Part 2", "Stickler Thief 2"). */
const SEQUEL: Record<string, string> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv' };
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/**
 * A title as sites spell it reduced to what identifies the problem: "1. Two Sum", "1155.Number of
 * Dice Rolls", "Best Time to Buy & Sell Stock" → "2 sum", "number of dice rolls", "best time to
 * buy and sell stock". Articles go too: GeeksforGeeks' "Diameter of a Binary Tree" is LeetCode's
 * "Diameter of Binary Tree". Spellings that never change the question are made one: a number as a
 * word or digits ("Three Sum", "3Sum", "3 Sum"), a digit's plural ("1's", "1s"), a possessive
 * ("Pascal's Triangle", "Pascal Triangle") and a trailing sequel number ("Word Break - Part 2", "Word Break II"). A trailing "I"
 * stays: "Next Greater Element I" is not every site's "Next Greater Element".
 */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*(?:(?:#|no\.?)\s*\d+\s*[.:)\]-]?\s*|\d+\s*[.:)\]-]\s*)/, '')
    .replace(/&/g, ' and ')
    .replace(/(\d)['’`]?s\b/g, '$1')
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/(\d)(?=[a-z])|([a-z])(?=\d)/g, '$1$2 ')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .replace(
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/g,
      (word) => NUMBER_WORDS[word] ?? word,
    )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?: part)? ([1-4])$/, (_, digit: string) => ` ${SEQUEL[digit]}`)
    .replace(/ part (i{1,3}|iv)$/, ' $1');
}

/** A name without the word that says what kind of thing it is ("Stock Span Problem", "Flood Fill Algorithm"). */
function withoutKind(key: string): string {
  return key.replace(/ (?:problem|algorithm)$/, '');
}

/**
 * The keys a page's title is looked up under, most specific first: the whole title, then without
 * HackerRank's topic ("Tree: Height of a Binary Tree"), each also without a trailing "problem" or
 * "algorithm" when the whole is no known name.
 */
function titleKeys(title: string): string[] {
  const keys: string[] = [];
  for (const variant of [title, title.replace(/^[^:]{1,30}:\s*/, '')]) {
    const key = normaliseTitle(variant);
    if (!key) continue;
    keys.push(key);
    const bare = withoutKind(key);
    if (bare !== key && bare) keys.push(bare);
  }
  return keys;
}

/** The words of NeetCode's slug, which are its title ("two-integer-sum", Two Integer Sum). */
export function neetcodeName(item: Pick<LibraryIndexItem, 'neetcodeSlug'>): string | undefined {
  return item.neetcodeSlug?.replace(/-/g, ' ');
}

/** Where a library problem is practised: its own judge's page, or LeetCode's. */
export function problemUrl(item: Pick<LibraryIndexItem, 'slug' | 'home'>): string {
  return item.home?.url ?? `https://leetcode.com/problems/${item.slug}/`;
}

/**
 * The names an entry is known by on any site. A problem at home on another judge is found there by
 * its task id; its own title ("Projects", "Playlist") is too plain to claim other sites' pages,
 * so only the aliases written for it count elsewhere.
 */
function names(item: LibraryIndexItem): readonly string[] {
  return item.home ? item.aliases : [item.title, ...item.aliases];
}

interface LibraryMaps<Item> {
  bySlug: Map<string, Item>;
  /** Problems whose home is another judge, keyed "site id" by that judge's task id. */
  byHome: Map<string, Item>;
  byNeetcodeSlug: Map<string, Item>;
  /** Entries without a NeetCode slug of their own, which NeetCode names by the LeetCode slug. */
  bySharedSlug: Map<string, Item>;
  /**
   * Normalised titles and aliases; the first entry in the index's order wins. Names derived from
   * them (without a trailing "problem", NeetCode's slug words) come after every name as written.
   */
  byName: Map<string, Item>;
  /** One site's own titles, keyed "site name": checked before `byName` on that site. */
  bySiteName: Map<string, Item>;
  /**
   * Problems at home in a contest, keyed "site contest title": AtCoder files a task two contests
   * share under one id (ABC 086's C is arc089_a), while a page may carry the other contest's letter.
   */
  byContestTitle: Map<string, Item>;
}

/** The contest of a task address (`/contests/abc086/tasks/arc089_a`), where it names one. */
const CONTEST_OF_TASK = /\/contests\/([^/]+)\/tasks\//;

/** The index's look-up tables, built once per index: the progress page matches thousands of records. */
const mapsOf = new WeakMap<readonly LibraryIndexItem[], LibraryMaps<LibraryIndexItem>>();

function libraryMaps<Item extends LibraryIndexItem>(index: readonly Item[]): LibraryMaps<Item> {
  const known = mapsOf.get(index);
  if (known) return known as LibraryMaps<Item>;
  const maps: LibraryMaps<Item> = {
    bySlug: new Map(),
    byHome: new Map(),
    byNeetcodeSlug: new Map(),
    bySharedSlug: new Map(),
    byName: new Map(),
    bySiteName: new Map(),
    byContestTitle: new Map(),
  };
  const first = (map: Map<string, Item>, key: string, item: Item) => {
    if (!map.has(key)) map.set(key, item);
  };
  for (const item of index) {
    if (item.home) first(maps.byHome, `${item.home.site} ${item.home.id}`, item);
    else first(maps.bySlug, item.slug, item);
    const contest = item.home?.url.match(CONTEST_OF_TASK)?.[1];
    if (item.home && contest)
      first(maps.byContestTitle, `${item.home.site} ${contest} ${normaliseTitle(item.title)}`, item);
    if (item.neetcodeSlug) first(maps.byNeetcodeSlug, item.neetcodeSlug, item);
    else if (!item.home) first(maps.bySharedSlug, item.slug, item);
    for (const name of names(item)) {
      const key = normaliseTitle(name);
      if (key) first(maps.byName, key, item);
    }
    for (const { site, title } of item.siteTitles ?? [])
      first(maps.bySiteName, `${site} ${normaliseTitle(title)}`, item);
  }
  for (const item of index) {
    const derived = names(item).map((name) => withoutKind(normaliseTitle(name)));
    for (const key of [...derived, normaliseTitle(neetcodeName(item) ?? '')])
      if (key) first(maps.byName, key, item);
  }
  mapsOf.set(index, maps as LibraryMaps<LibraryIndexItem>);
  return maps;
}

/**
 * The entry a page is about. LeetCode (both sites share slugs) and NeetCode name the problem in the
 * URL, so only the slug counts there; a slug-less site is matched by its title or a known alias.
 */
export function findInLibrary<Item extends LibraryIndexItem>(
  index: readonly Item[],
  context: Pick<ProblemContext, 'id' | 'title'> & { site: string },
): Item | undefined {
  const maps = libraryMaps(index);
  if (context.site === 'leetcode') return maps.bySlug.get(context.id);
  if (context.site === 'neetcode') {
    const bySlug = maps.byNeetcodeSlug.get(context.id) ?? maps.bySharedSlug.get(context.id);
    if (bySlug) return bySlug;
  }
  const atHome = maps.byHome.get(`${context.site} ${context.id}`);
  if (atHome) return atHome;
  // A task id is its contest and a letter (`abc086_c`): the same contest and title is the same task.
  const contest = context.id.match(/^(.+)_[a-z0-9]+$/)?.[1];
  const inContest =
    contest && maps.byContestTitle.get(`${context.site} ${contest} ${normaliseTitle(context.title)}`);
  if (inContest) return inContest;
  for (const wanted of titleKeys(context.title)) {
    const named = maps.byName.get(wanted);
    const item =
      maps.bySiteName.get(`${context.site} ${wanted}`) ??
      (named?.differsOn?.includes(context.site) ? undefined : named);
    if (item) return item;
  }
  return undefined;
}
