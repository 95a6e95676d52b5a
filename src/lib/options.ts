/**
 * Options: their types and documentation, their defaults, and the one place they are checked.
 */
import { lexicon, type Phrase } from './lexicon/index.js'
import { compile, type Matcher } from './matcher.js'
import { logit } from './score.js'
import type { Category } from './types.js'

/** Every category deboiler knows, in a stable order. */
export const categories: readonly Category[] = [
  'donation', 'paywall', 'newsletter', 'cookie', 'share', 'app', 'advertisement', 'related', 'comments',
  'copyright', 'navigation', 'image-credit', 'metadata',
]

/** What each category covers, for documentation, reports and the CLI. */
export const categoryDescriptions: Readonly<Record<Category, string>> = {
  donation: 'donation and membership appeals',
  paywall: 'paywalls, subscription offers and login walls',
  newsletter: 'newsletter and email sign-ups',
  cookie: 'cookie, consent and privacy notices',
  share: 'share and follow prompts, social counters',
  app: 'app download prompts',
  advertisement: 'advertisement and sponsored-content labels',
  related: 'read-more, related, recommended and most-read lists',
  comments: 'comment prompts and comment-section furniture',
  copyright: 'copyright and legal footers',
  navigation: 'navigation, menus, breadcrumbs and skip links',
  'image-credit': 'image credits',
  metadata: 'scraper metadata, bylines and timestamps',
}

export interface Options {
  /**
   * Probability-like score in (0, 1) from which a block counts as boilerplate on its own evidence.
   * Lower removes more, higher keeps more. Default `0.5`.
   */
  threshold?: number
  /**
   * Which categories to drop. Categories set to `false` are reported but kept in the output
   * (e.g. `{ 'image-credit': false }` keeps credit lines). Default: every category is dropped.
   */
  drop?: Partial<Record<Category, boolean>>
  /**
   * Extra phrases per category, matched like the built-in lexicon (case-insensitive, on word
   * boundaries) anywhere in a block, with strong weight (3). Default: none.
   */
  phrases?: Partial<Record<Category, readonly string[]>>
  /**
   * `'sentence'` (default): blocks that mix editorial text with promo sentences or leading and
   * trailing promo phrases lose only the promo part. `'block'`: whole blocks are kept or dropped.
   */
  granularity?: 'block' | 'sentence'
}

/** Options after checking, with defaults filled in and the lexicon compiled. */
export interface Settings {
  threshold: number
  /** `logit(threshold)`: the threshold on the log-odds scale the scorer works in. */
  zThreshold: number
  drop: ReadonlySet<Category>
  matcher: Matcher
  granularity: 'block' | 'sentence'
  /** Write out reasons (analyze) or only decide (clean). */
  explain: boolean
}

let defaultMatcher: Matcher | undefined
const customMatchers = new WeakMap<object, Matcher>()
const known = new Set<string>(categories)
const optionNames = new Set(['threshold', 'drop', 'phrases', 'granularity'])

function checkCategory(name: string, option: string): asserts name is Category {
  if (!known.has(name)) {
    throw new TypeError(`deboiler: unknown category \`${name}\` in \`options.${option}\`; expected one of ${categories.join(', ')}`)
  }
}

/** Check `options` and fill in defaults. Throws a `TypeError` naming the offending option. */
export function settings(options: Options | undefined | null): Settings {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`deboiler: \`options\` must be an object, got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!optionNames.has(key)) {
      throw new TypeError(`deboiler: unknown option \`${key}\`; expected one of ${[...optionNames].join(', ')}`)
    }
  }
  const threshold = options.threshold ?? 0.5
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) {
    throw new TypeError(`deboiler: \`options.threshold\` must be a number between 0 and 1 (exclusive), got ${describe(threshold)}`)
  }
  const granularity = options.granularity ?? 'sentence'
  if (granularity !== 'block' && granularity !== 'sentence') {
    throw new TypeError(`deboiler: \`options.granularity\` must be 'block' or 'sentence', got ${describe(granularity)}`)
  }
  const drop = new Set<Category>(categories)
  if (options.drop !== undefined) {
    if (typeof options.drop !== 'object' || options.drop === null || Array.isArray(options.drop)) {
      throw new TypeError(`deboiler: \`options.drop\` must be an object mapping categories to booleans, got ${describe(options.drop)}`)
    }
    for (const [name, value] of Object.entries(options.drop)) {
      checkCategory(name, 'drop')
      if (typeof value !== 'boolean') {
        throw new TypeError(`deboiler: \`options.drop.${name}\` must be a boolean, got ${describe(value)}`)
      }
      if (!value) drop.delete(name)
    }
  }
  let matcher = (defaultMatcher ??= compile(lexicon))
  if (options.phrases !== undefined) {
    const phrases = options.phrases
    if (typeof phrases !== 'object' || phrases === null || Array.isArray(phrases)) {
      throw new TypeError(`deboiler: \`options.phrases\` must be an object mapping categories to arrays of strings, got ${describe(phrases)}`)
    }
    const cached = customMatchers.get(phrases)
    if (cached) matcher = cached
    else {
      const extra: Phrase[] = []
      for (const [name, list] of Object.entries(phrases)) {
        checkCategory(name, 'phrases')
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string')) {
          throw new TypeError(`deboiler: \`options.phrases.${name}\` must be an array of strings, got ${describe(list)}`)
        }
        for (const phrase of list as string[]) extra.push({ phrase, category: name, weight: 3, scope: 'any', edge: true })
      }
      matcher = compile([...lexicon, ...extra])
      customMatchers.set(phrases, matcher)
    }
  }
  return { threshold, zThreshold: logit(threshold), drop, matcher, granularity, explain: true }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`
  if (typeof value === 'number') return `the number ${value}`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
