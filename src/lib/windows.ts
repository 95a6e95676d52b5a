/**
 * Streams: a text longer than a page is decided in windows cut at blank lines, so that memory stays
 * bounded by the window and the page-level rules do not treat a whole corpus file as one page.
 */
import { isBlank } from './segment.js'

/**
 * A text longer than this is not one web page but a stream of documents (a corpus file, a dump):
 * it is decided in windows cut at blank lines, without the page-level rules (main text, comment
 * section), which would otherwise keep one stretch of the whole stream.
 */
export const PAGE_CHARS = 1_000_000
/** Size of those windows: small enough that their working set dies young, whatever the input's size. */
export const WINDOW_CHARS = 100_000

/**
 * Where the window starting at `from` ends: at the first blank line after WINDOW_CHARS characters,
 * else at the first line break, else at the end. A cut at a blank line never splits a block; a cut
 * at a line break (only when there is no blank line for WINDOW_CHARS characters) may split a
 * hard-wrapped paragraph.
 */
export function windowEnd(text: string, from: number): number {
  const n = text.length
  const target = from + WINDOW_CHARS
  if (target >= n) return n
  const first = text.indexOf('\n', target)
  if (first < 0) return n
  for (let q = first; q >= 0 && q < target + WINDOW_CHARS; q = text.indexOf('\n', q + 1)) {
    let r = q + 1
    while (r < n && isBlank(text.charCodeAt(r))) r++
    if (r < n && (text.charCodeAt(r) === 10 || text.charCodeAt(r) === 13)) return r
  }
  return first + 1
}
