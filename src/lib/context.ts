/**
 * Context pass, in the spirit of jusText: blocks without decisive evidence of their own (short lines,
 * weak boilerplate cues) take their class from their neighbours. A one-line quote or a subheading
 * between editorial blocks stays; a short line inside a run of boilerplate goes; the menus before an
 * article and the link lists after it go, while a list that ends an article stays.
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
  /** Set when context decided the block; says why. */
  reason?: string
  /** Decided by the page's layout (outside its main text, in its comment section), not by the block. */
  region?: boolean
  /** Boilerplate, but of a category the options keep. */
  keptCategory?: boolean
}

export interface ContextInput {
  cls: BlockClass
  /** Looks like a headline or menu item: no sentence punctuation, no numbers, mostly capitalised. */
  headline: boolean
  /** Own log-odds minus the threshold's. */
  margin: number
  /** Length in characters. */
  chars: number
  /** A title-length line without sentence punctuation or numbers (a linked headline, a teaser). */
  teaser: boolean
  /** Heads a list of links ("Related stories", "More from …"): the short lines after it are its items. */
  opensList: boolean
  /** Opens a comment section ("Comments", "Top rated comments", "12 comments"). */
  opensComments: boolean
}

/** What lies beyond a run of undecided blocks. */
interface Side {
  kind: 'good' | 'near' | 'bad' | 'edge'
  /** For `bad`: more than a couple of boilerplate blocks (a page's chrome, not an interruption). */
  thick: boolean
}

/** Up to this many boilerplate blocks count as an interruption (an ad label, a "Read more" line). */
const THIN = 2

const undecided = (c: BlockClass) => c === 'short' || c === 'weak'

/** Stretches of prose outweighing chrome by this many characters... */
const MAIN_MIN = 200
/** ...and reaching this share of the best stretch's weight are the page's main text. */
const MAIN_SHARE = 0.5
/** A tail of at least this many headline-like lines after the article is a related-links list. */
const TAIL_HEADLINES = 3
/** A whole page (menus, footers and all) has at least this many boilerplate-looking blocks... */
const PAGE_BLOCKS = 8
/** ...at least this many of them boilerplate on their own evidence... */
const PAGE_BAD = 3
/** ...making up at least this share of its blocks. */
const PAGE_SHARE = 0.25

/**
 * The main text of a whole page: the stretch of blocks where prose outweighs chrome (a maximum-sum
 * run, prose counting for its length and every other block against it). Returns `undefined` for
 * text that is already an article (an extractor's output), where no such cut is needed.
 */
export function mainText(blocks: readonly ContextInput[]): Array<{ start: number; end: number }> | undefined {
  let chrome = 0
  let bad = 0
  for (const b of blocks) {
    if (b.cls === 'bad') bad++
    else if (b.cls === 'weak') chrome++
  }
  chrome += bad
  if (bad < PAGE_BAD || chrome < PAGE_BLOCKS || chrome < blocks.length * PAGE_SHARE) return undefined
  // Every stretch whose running sum stays positive is a candidate; each is cut at its peak.
  const spans: Array<{ start: number; end: number; sum: number }> = []
  let sum = 0
  let current: { start: number; end: number; sum: number } | undefined
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    const value =
      b.cls === 'good' ? b.chars : b.cls === 'near' ? b.chars * 0.5 : b.cls === 'short' ? -40 : b.cls === 'weak' ? -80 : -Math.max(100, b.chars)
    if (sum <= 0) {
      if (current) spans.push(current)
      current = undefined
      sum = 0
    }
    sum += value
    if (sum > 0 && (!current || sum > current.sum)) {
      current = { start: current?.start ?? i, end: i + 1, sum }
    }
  }
  if (current) spans.push(current)
  let best = 0
  for (const span of spans) best = Math.max(best, span.sum)
  const kept = spans.filter((span) => span.sum >= Math.max(MAIN_MIN, best * MAIN_SHARE))
  return kept.length ? kept : undefined
}

/** Decide every block. */
export function resolve(blocks: readonly ContextInput[], findMain = true): ContextDecision[] {
  const n = blocks.length
  const out: ContextDecision[] = blocks.map((b) => ({ boilerplate: b.cls === 'bad' || b.cls === 'weak' }))
  // Everything after a comment section's heading that follows the article is readers' comments.
  let seenProse = false
  for (let k = 0; k < n; k++) {
    const b = blocks[k]!
    if (b.cls === 'good') seenProse = true
    else if (seenProse && b.opensComments) {
      const head = resolve(blocks.slice(0, k), findMain)
      for (let m = 0; m < k; m++) out[m] = head[m]!
      for (let m = k; m < n; m++) out[m] = { boilerplate: true, reason: 'comment section', region: true }
      return out
    }
  }
  const main = findMain ? mainText(blocks) : undefined
  if (main) {
    for (let k = 0; k < n; k++) out[k] = { boilerplate: true, reason: 'outside the main text of the page', region: true }
    for (const span of main) {
      const inner = resolve(blocks.slice(span.start, span.end), false)
      for (let k = span.start; k < span.end; k++) out[k] = inner[k - span.start]!
    }
    return out
  }

  /** The first decided block from `k` in direction `step`, and how much boilerplate lies there. */
  const side = (k: number, step: 1 | -1): Side => {
    while (k >= 0 && k < n && undecided(blocks[k]!.cls)) k += step
    if (k < 0 || k >= n) return { kind: 'edge', thick: false }
    const cls = blocks[k]!.cls
    if (cls === 'good' || cls === 'near') return { kind: cls, thick: false }
    let bad = 0
    while (k >= 0 && k < n && bad <= THIN) {
      const c = blocks[k]!.cls
      if (c === 'good' || c === 'near') break
      if (c === 'bad') bad++
      k += step
    }
    // A couple of boilerplate lines and then the end of the text: the text ends here, as it will
    // once they are removed (so that cleaning twice changes nothing more).
    if (bad <= THIN && (k < 0 || k >= n)) return { kind: 'edge', thick: false }
    return { kind: 'bad', thick: bad > THIN }
  }
  const ok = (s: Side) => s.kind === 'good' || s.kind === 'near' || (s.kind === 'bad' && !s.thick)

  let tailStart = n
  while (tailStart > 0 && blocks[tailStart - 1]!.cls !== 'good' && blocks[tailStart - 1]!.cls !== 'near') tailStart--
  let i = 0
  while (i < n) {
    const cls = blocks[i]!.cls
    if (cls === 'near') {
      // A short sentence inside a page's chrome goes with it, unless it carries editorial evidence.
      const left = side(i - 1, -1)
      const right = side(i + 1, 1)
      if (left.thick && right.thick && blocks[i]!.margin > -1) {
        out[i] = { boilerplate: true, reason: 'short sentence inside a run of boilerplate' }
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
    const left = side(i - 1, -1)
    const right = side(j, 1)
    // After the last paragraph, the whole tail counts as one list, whatever boilerplate lines
    // interrupt it (so that removing them does not change the verdict on what remains).
    let from = i
    let to = j
    if (i >= tailStart) {
      from = tailStart
      to = n
    }
    let lines = 0
    let headlines = 0
    for (let k = from; k < to; k++) {
      if (!undecided(blocks[k]!.cls)) continue
      lines++
      if (blocks[k]!.headline || blocks[k]!.teaser) headlines++
    }
    const afterList = i > 0 && blocks[i - 1]!.opensList
    for (let k = i; k < j; k++) {
      const b = blocks[k]!
      out[k] = afterList && (b.teaser || b.headline || b.cls === 'weak')
        ? { boilerplate: true, reason: 'item of a list of links' }
        : decide(b, k === j - 1, i >= tailStart ? lines : run, headlines, left, right, ok)
    }
    i = j
  }
  return out
}

function decide(
  block: ContextInput, last: boolean, run: number, headlines: number, left: Side, right: Side, ok: (s: Side) => boolean,
): ContextDecision {
  const weak = block.cls === 'weak'
  const leftOk = ok(left)
  const rightOk = ok(right)
  if (leftOk && rightOk) {
    const drop = weak && (run > 2 || left.kind === 'bad' || right.kind === 'bad')
    return { boilerplate: drop, reason: drop ? 'menu-like line near boilerplate' : 'between editorial blocks' }
  }
  if (left.kind === 'edge' && right.kind === 'edge') {
    return { boilerplate: weak, reason: 'the whole text is short lines' }
  }
  if (rightOk && left.kind === 'edge') {
    // Nothing but these lines before the article: a title, a dateline, a table's cells.
    return { boilerplate: weak, reason: weak ? 'menu-like line before the article' : 'leads into the article' }
  }
  if (leftOk && right.kind === 'edge') {
    // A list of headlines after the last paragraph is a related-links list; other lines close the article.
    const drop = weak || ((block.headline || block.teaser) && run >= TAIL_HEADLINES && headlines >= run * 0.66)
    return { boilerplate: drop, reason: drop ? 'headline list after the article' : 'closes the article' }
  }
  if (rightOk) {
    // After a page's chrome: only a heading right before the article stays.
    const keep = !weak && last && block.headline
    return { boilerplate: !keep, reason: keep ? 'heading of the article' : 'before the article, after boilerplate' }
  }
  if (leftOk) {
    // Before a page's chrome: headline lists go, the article's own last lines stay.
    const drop = weak || block.headline
    return { boilerplate: drop, reason: drop ? 'headline-like line before boilerplate' : 'closes the article' }
  }
  return { boilerplate: true, reason: 'between boilerplate blocks' }
}
