/**
 * Public types: the shape of an analysis, its blocks, sentences and reasons.
 */

/** What a piece of boilerplate does on the page. */
export type Category =
  | 'donation'
  | 'paywall'
  | 'newsletter'
  | 'cookie'
  | 'share'
  | 'app'
  | 'advertisement'
  | 'related'
  | 'comments'
  | 'copyright'
  | 'navigation'
  | 'image-credit'
  | 'metadata'

/** Final decision for a block or sentence. */
export type Label = 'editorial' | 'boilerplate'

/**
 * Why a block or sentence scored as it did: one piece of evidence with its weight.
 * Positive weights count towards boilerplate, negative ones towards editorial.
 */
export interface Reason {
  /** Stable id of the rule or feature, e.g. `lexicon`, `second-person`, `reported-speech`, `context`. */
  rule: string
  /** Contribution to the block's log-odds (positive: boilerplate). */
  weight: number
  /** Category this evidence points to, when it points to one. */
  category?: Category
  /** Human-readable detail, e.g. the matched phrase. */
  detail: string
}

/** A sentence of a block that was analysed sentence by sentence. */
export interface SentenceAnalysis {
  text: string
  /** Offset of the first character in the original input. */
  start: number
  /** Offset after the last character in the original input. */
  end: number
  label: Label
  /** Probability-like score in [0, 1]: the higher, the more boilerplate. */
  score: number
  category?: Category
  reasons: Reason[]
}

/** A block: a paragraph, a line, or a run of hard-wrapped lines. */
export interface BlockAnalysis {
  text: string
  /** Offset of the first character in the original input. */
  start: number
  /** Offset after the last character in the original input. */
  end: number
  label: Label
  /** Probability-like score in [0, 1]: the higher, the more boilerplate. */
  score: number
  /** The kind of boilerplate, for blocks (or parts) labelled boilerplate. */
  category?: Category
  /** Evidence, strongest first. */
  reasons: Reason[]
  /**
   * Present when the block was decided sentence by sentence (a mixed block):
   * the block is kept, and only its sentences labelled `boilerplate` are dropped.
   */
  sentences?: SentenceAnalysis[]
}

/** Result of `analyze()`. */
export interface Analysis {
  /** The input, unchanged. */
  text: string
  /** Every block, in input order. Blocks plus the whitespace between them cover the input exactly. */
  blocks: BlockAnalysis[]
}
