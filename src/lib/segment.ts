/**
 * Block segmentation: blank-line paragraphs, one block per line (scraper and WET shape), and
 * hard-wrapped prose kept together. Offsets point into the original string; whatever lies between
 * two blocks is their separator, so blocks and separators cover the input exactly.
 * A single line long enough to be a flattened page is cut further (see `flat.ts`).
 * One linear pass; no regex over the whole input.
 */
import { FLAT_LINE_CHARS, splitLine } from './flat.js'

export interface Span {
  start: number
  end: number
}

/** White space that never counts as text: ASCII blanks, NBSP, zero-width characters, BOM, ideographic space. */
export function isBlank(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff || code === 0x180e
  )
}

/** Line breaks: LF, VT, FF, CR (10-13), NEL (U+0085) and the Unicode line and paragraph separators. */
const isBreak = (code: number) => (code <= 13 ? code >= 10 : code === 0x85 || code === 0x2028 || code === 0x2029)

/**
 * Trimmed lines as offsets: line k runs from `starts[k]` to `ends[k]`; a start of -1 stands for one
 * or more blank lines between two lines.
 */
interface Lines {
  starts: number[]
  ends: number[]
}

const OTHER_BREAKS = /[\v\f\r\u0085\u2028\u2029]/

/** Cut `text` into trimmed lines. */
function lines(text: string): Lines {
  const starts: number[] = []
  const ends: number[] = []
  const add = (start: number, end: number) => {
    if (end > start) {
      starts.push(start)
      ends.push(end)
    } else if (starts.length > 0 && starts[starts.length - 1] !== -1) {
      starts.push(-1)
      ends.push(-1)
    }
  }
  let lineStart = 0
  const n = text.length
  if (!OTHER_BREAKS.test(text)) {
    // Only line feeds (the usual case): jump from one to the next.
    for (;;) {
      let end = text.indexOf('\n', lineStart)
      if (end < 0) end = n
      const next = end + 1
      let start = lineStart
      while (start < end && isBlank(text.charCodeAt(start))) start++
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--
      add(start, end)
      if (next > n) return { starts, ends }
      lineStart = next
    }
  }
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10
    if (!isBreak(code)) continue
    let start = lineStart
    let end = i
    while (start < end && isBlank(text.charCodeAt(start))) start++
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--
    add(start, end)
    if (code === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++
    lineStart = i + 1
  }
  return { starts, ends }
}

const TERMINAL = /[.!?…:;"”’)\]]$/
const OPENS_CONTINUATION = /^[\p{Ll}\p{N}(“"'‘—–-]/u
const LIST_ITEM = /^(?:[-*•▪●·]\s|\d{1,3}[.)]\s)/
const ENDS_JOINER = /(?:[,;\-–—(]|\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|that|which|who|as|is|was|are|were|be|his|her|their|its|our|your|this|than|into|over|after|before|about|said|says|not|has|have|had|will|would)$)/i

/**
 * Does the line at [start, end) continue the sentence of the previous one, [prevStart, prevEnd), in
 * hard-wrapped prose? Hard-wrapped prose has lines near one width (50-100 chars); a line continues
 * the previous one when that one is near the width and stops mid-sentence.
 */
function continues(text: string, prevStart: number, prevEnd: number, start: number, end: number, width: number): boolean {
  const previousLength = prevEnd - prevStart
  if (previousLength < Math.max(30, width * 0.6)) return false
  const prevText = text.slice(Math.max(prevStart, prevEnd - 24), prevEnd)
  const head = text.slice(start, start + 3)
  if (LIST_ITEM.test(head)) return false
  // A sentence that ends at a full-width line still belongs to the wrapped paragraph when the
  // paragraph goes on at full width; a short line after it ("Advertisement") stands alone.
  if (TERMINAL.test(prevText)) return previousLength >= width * 0.8 && end - start >= width * 0.75
  return OPENS_CONTINUATION.test(head) || ENDS_JOINER.test(prevText)
}

/** Add the block at [start, end); a single line longer than FLAT_LINE_CHARS may be a flattened page and is split. */
function push(text: string, start: number, end: number, joined: boolean, starts: number[], ends: number[]): boolean {
  if (!joined && end - start > FLAT_LINE_CHARS) return splitLine(text, start, end, starts, ends)
  starts.push(start)
  ends.push(end)
  return false
}

/** Split `text` into blocks. */
export function segment(text: string): Span[] {
  const { starts, ends } = segmentOffsets(text)
  return starts.map((start, i) => ({ start, end: ends[i]! }))
}

/**
 * Split `text` into blocks, as two arrays of offsets (no object per block). `flat`: a line of it was
 * taken for a flattened page and cut into units.
 */
export function segmentOffsets(text: string): { starts: number[]; ends: number[]; flat: boolean } {
  const starts: number[] = []
  const ends: number[] = []
  let flat = false
  const { starts: ls, ends: le } = lines(text)
  const count = ls.length
  let i = 0
  while (i < count) {
    if (ls[i] === -1) {
      i++
      continue
    }
    // A paragraph: consecutive non-blank lines.
    let j = i
    let width = 0
    while (j < count && ls[j] !== -1) {
      width = Math.max(width, le[j]! - ls[j]!)
      j++
    }
    // Hard-wrapped: every line but the last runs close to one width (most of them, at least).
    let full = 0
    for (let k = i; k < j - 1; k++) if (le[k]! - ls[k]! >= width * 0.75) full++
    const wrapped = j - i > 1 && width >= 40 && width <= 100 && full >= (j - i - 1) * 0.6
    let start = ls[i]!
    let end = le[i]!
    let joined = false
    for (let k = i + 1; k < j; k++) {
      if (wrapped && continues(text, ls[k - 1]!, le[k - 1]!, ls[k]!, le[k]!, width)) {
        end = le[k]!
        joined = true
      } else {
        flat = push(text, start, end, joined, starts, ends) || flat
        start = ls[k]!
        end = le[k]!
        joined = false
      }
    }
    flat = push(text, start, end, joined, starts, ends) || flat
    i = j
  }
  return { starts, ends, flat }
}
