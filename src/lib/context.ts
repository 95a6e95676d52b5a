/**
 * Context pass, in the spirit of jusText: blocks without decisive evidence of their own (short lines,
 * weak boilerplate cues) take their class from their neighbours. A one-line quote or a subheading
 * between editorial blocks stays; a short line inside a run of boilerplate goes; short runs at the
 * head and tail of a document go unless they lead straight into or out of the article.
 */

/**
 * A block's class before context.
 * - `bad`: boilerplate on its own evidence; `weak`: some boilerplate evidence, not decisive;
 * - `good`: fluent prose; `near`: a short sentence; `short`: a line with no evidence either way.
 */
export type BlockClass = 'bad' | 'weak' | 'good' | 'near' | 'short'

export interface ContextDecision {
  /** Final: is the block boilerplate? */
  boilerplate: boolean
  /** Set when context decided (or overrode) the class; says why. */
  reason?: string
}

export interface ContextInput {
  cls: BlockClass
  /** Words in the block. */
  words: number
  /** Starts with an upper-case letter or digit (heading-like when short). */
  startsUpper: boolean
  /** Own log-odds minus the threshold's. */
  margin: number
}

/** What lies beyond a run: a class, the document's edge, or boilerplate the article resumes after. */
type Neighbour = BlockClass | 'edge' | 'interrupted'

const goodish = (c: Neighbour) => c === 'good' || c === 'near' || c === 'interrupted'
const undecided = (c: BlockClass) => c === 'short' || c === 'weak'

/** Longest run of `bad` blocks that may interrupt an article (an ad label, a newsletter box). */
const INTERRUPTION = 3
/** Head runs up to this long lead into the article (title, dateline, standfirst) and stay. */
const HEAD_RUN = 3
/** Tail runs up to this long after the last paragraph stay (a sign-off, a last short line). */
const TAIL_RUN = 2

/** Decide every block. */
export function resolve(blocks: readonly ContextInput[]): ContextDecision[] {
  const n = blocks.length
  const out: ContextDecision[] = blocks.map((b) => ({ boilerplate: b.cls === 'bad' || b.cls === 'weak' }))

  // Nearest decided class on each side, looking through short interruptions of `bad` blocks
  // when the article resumes after them.
  const decided = (i: number, step: 1 | -1): Neighbour => {
    let j = i
    while (j >= 0 && j < n && undecided(blocks[j]!.cls)) j += step
    if (j < 0 || j >= n) return 'edge'
    const cls = blocks[j]!.cls
    if (cls !== 'bad') return cls
    let k = j
    let bad = 0
    while (k >= 0 && k < n && (blocks[k]!.cls === 'bad' || undecided(blocks[k]!.cls)) && bad <= INTERRUPTION) {
      if (blocks[k]!.cls === 'bad') bad++
      k += step
    }
    if (bad <= INTERRUPTION && k >= 0 && k < n && blocks[k]!.cls === 'good' && Math.abs(k - j) <= INTERRUPTION + 1) {
      return 'interrupted'
    }
    return 'bad'
  }

  let i = 0
  while (i < n) {
    const cls = blocks[i]!.cls
    if (cls === 'near') {
      // A short sentence stranded between boilerplate goes with it, unless it carries editorial evidence.
      const left = decided(i - 1, -1)
      const right = decided(i + 1, 1)
      if (left === 'bad' && right === 'bad' && blocks[i]!.margin > -1) {
        out[i] = { boilerplate: true, reason: 'short sentence between boilerplate blocks' }
      }
      i++
      continue
    }
    if (!undecided(cls)) {
      i++
      continue
    }
    let j = i
    while (j < n && undecided(blocks[j]!.cls)) j++
    const run = j - i
    const left: Neighbour = i === 0 ? 'edge' : decided(i - 1, -1)
    const right: Neighbour = j === n ? 'edge' : decided(j, 1)
    const leftGood = goodish(left)
    const rightGood = goodish(right)
    for (let k = i; k < j; k++) {
      const block = blocks[k]!
      const weak = block.cls === 'weak'
      let boilerplate: boolean
      let reason: string
      if (leftGood && rightGood) {
        boilerplate = weak && run > 2
        reason = boilerplate ? 'inside a run of menu-like lines' : 'between editorial blocks'
      } else if (left === 'edge' && right === 'edge') {
        boilerplate = weak
        reason = 'the whole text is short lines'
      } else if (!leftGood && !rightGood) {
        boilerplate = true
        reason = 'between boilerplate blocks'
      } else if (rightGood) {
        // Lines leading into the article: a title, a dateline, a subheading.
        const last = k === j - 1
        const headingLike = !weak && block.startsUpper && block.words <= 20
        boilerplate = !((left === 'edge' && run <= HEAD_RUN && !weak) || (last && headingLike))
        reason = boilerplate ? 'before the article, after boilerplate' : 'leads into the article'
      } else {
        // Lines after the article: a sign-off stays, a tail of links goes.
        boilerplate = !(right === 'edge' && run <= TAIL_RUN && !weak)
        reason = boilerplate ? 'after the article, before boilerplate' : 'closes the article'
      }
      out[k] = { boilerplate, reason }
    }
    i = j
  }
  return out
}
