/**
 * Shape of lexicon data: one entry per phrase, with the category it signals and how strongly.
 */
import type { Category } from '../types.js'

/**
 * Where a phrase counts.
 * - `any`: anywhere in a block (fluent promo prose, calls to action).
 * - `head`: only at the start of a short block (headings of lists: "Read more: …", "Most popular").
 * - `line`: only when the block is made of such phrases alone (button and menu words such as
 *   "Share", "Facebook", "Log in": editorial prose uses these words too).
 */
export type Scope = 'any' | 'head' | 'line'

export interface Phrase {
  /** The phrase, matched case-insensitively on word boundaries (curly and straight apostrophes alike). */
  phrase: string
  category: Category
  /** Evidence weight: 1 weak cue, 2 moderate, 3 strong, 4 decisive on its own. */
  weight: number
  /** Default `any`. */
  scope?: Scope
  /**
   * The phrase may be cut off the start or end of an otherwise editorial block
   * ("Advertisement Continue reading the main story The court ruled ...").
   */
  edge?: boolean
  /**
   * A section label or kicker that scrapers glue to the start of the first paragraph ("Breaking",
   * "Exklusiv", "EN DIRECTO |"): cut there even in title case and without a colon, when an editorial
   * sentence starts after it.
   */
  kicker?: boolean
}

/** Build entries of one category and scope from a list of `phrase` or `[phrase, weight]`. */
export function entries(
  category: Category,
  scope: Scope,
  weight: number,
  list: ReadonlyArray<string | readonly [string, number]>,
  edge = false,
): Phrase[] {
  return list.map((item) => {
    const [phrase, w] = typeof item === 'string' ? [item, weight] : item
    const entry: Phrase = { phrase, category, weight: w, scope }
    if (edge) entry.edge = true
    return entry
  })
}
