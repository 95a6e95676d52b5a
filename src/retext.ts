/**
 * `deboiler/retext`: a unified plugin for retext pipelines. It runs the same analysis as `clean()`
 * on the document, reports every boilerplate block or sentence as a vfile message (position,
 * `ruleId` = category, `source` = 'deboiler', the reasons and the score) and, with `remove: true`,
 * removes those parts from the tree so that retext-stringify prints the cleaned text.
 */
import type { Parent, Root, RootContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import { run } from './lib/analyze.js'
import { pieces } from './lib/clean.js'
import { settings, type Options } from './lib/options.js'
import type { Category, Reason } from './lib/types.js'

export interface RetextDeboilerOptions extends Options {
  /**
   * Remove the boilerplate from the tree, so that `retext-stringify` prints the cleaned text
   * (as `clean()` returns it). Default `false`: only report.
   */
  remove?: boolean
}

interface Point {
  line: number
  column: number
  offset: number
}

/** Offsets to line/column points (1-based), by binary search over line starts. */
function locator(text: string): (offset: number) => Point {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
  }
}

const describe = (reasons: Reason[]) =>
  reasons
    .filter((r) => r.weight !== 0 || r.rule === 'context')
    .slice(0, 6)
    .map((r) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight}: ${r.detail}`)
    .join('; ')

/**
 * Report (and optionally remove) promotional boilerplate: donation appeals, paywalls, newsletter
 * sign-ups, cookie notices, share prompts, related-link lists, footers and the like.
 */
export default function retextDeboiler(options: RetextDeboilerOptions = {}) {
  const { remove = false, ...rest } = options ?? {}
  if (typeof remove !== 'boolean') throw new TypeError('deboiler: `options.remove` must be a boolean')
  settings(rest) // check the options once, when the plugin is attached
  return function (tree: Root, file: VFile): void {
    const text = toString(tree)
    const analysis = run(text, rest, true)
    const point = locator(text)
    const report = (start: number, end: number, category: Category | undefined, score: number, reasons: Reason[], kind: string) => {
      const actual = text.slice(start, end)
      const label = category ?? 'boilerplate'
      const preview = actual.length > 60 ? `${actual.slice(0, 57)}…` : actual
      const message = file.message(`Unexpected ${label} ${kind} (score ${score.toFixed(2)}): “${preview.replace(/\s+/g, ' ')}”`, {
        place: { start: point(start), end: point(end) },
        ruleId: label,
        source: 'deboiler',
      })
      message.actual = actual
      message.expected = []
      message.note = describe(reasons)
      message.url = 'https://www.npmjs.com/package/deboiler'
      ;(message as typeof message & { score: number }).score = score
    }
    for (const block of analysis.blocks) {
      if (block.label === 'boilerplate') report(block.start, block.end, block.category, block.score, block.reasons, 'block')
      else for (const s of block.sentences ?? []) if (s.label === 'boilerplate') report(s.start, s.end, s.category, s.score, s.reasons, 'sentence')
    }
    if (remove) prune(tree, pieces(analysis))
  }
}

/** Remove every node that lies wholly outside the kept ranges; descend into nodes that straddle. */
function prune(parent: Parent, kept: ReadonlyArray<{ start: number; end: number }>): void {
  const children = parent.children as RootContent[]
  const next: RootContent[] = []
  for (const child of children) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) {
      next.push(child)
      continue
    }
    // Kept ranges are sorted and disjoint: look up the last one starting at or before `start`.
    let lo = 0
    let hi = kept.length - 1
    let at = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid]!.start <= start) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    const here = at >= 0 ? kept[at] : undefined
    const after = kept[at + 1]
    const inside = here !== undefined && end <= here.end
    const overlaps = (here !== undefined && start < here.end) || (after !== undefined && after.start < end)
    if (inside) next.push(child)
    else if (overlaps && 'children' in child) {
      prune(child as Parent, kept)
      if ((child as Parent).children.length) next.push(child)
    } else if (start === end) next.push(child)
  }
  parent.children = next as typeof parent.children
}
