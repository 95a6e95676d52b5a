/**
 * Sentence splitting with retext-english, one block at a time (parse-english slows down
 * superlinearly on huge strings, so very long blocks are parsed in chunks cut at sentence ends).
 */
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import type { Span } from './segment.js'

const processor = unified().use(retextEnglish)

/** Blocks longer than this are parsed in chunks of about this size. */
const CHUNK = 4096
const CHUNK_END = /[.!?…]["”’)\]]*\s/g

/** The last text parsed and its spans: a boilerplate block is often split twice in a row. */
let lastText: string | undefined
let lastSpans: readonly Span[] = []

/** Drop the remembered text (a slice keeps the whole input alive). */
export function forgetSentences(): void {
  lastText = undefined
  lastSpans = []
}

/** Sentence spans of `text` (offsets relative to `text`), whitespace excluded. */
export function sentences(text: string): readonly Span[] {
  if (text === lastText) return lastSpans
  const out: Span[] = []
  let from = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > CHUNK * 2) {
      CHUNK_END.lastIndex = from + CHUNK
      const m = CHUNK_END.exec(text)
      to = m && m.index < from + CHUNK * 4 ? m.index + m[0].length : from + CHUNK * 2
    }
    parseChunk(text.slice(from, to), from, out)
    from = to
  }
  lastText = text
  lastSpans = out
  return out
}

function parseChunk(chunk: string, offset: number, out: Span[]): void {
  const tree = processor.parse(chunk) as Root
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || end === undefined || end <= start) continue
      out.push({ start: offset + start, end: offset + end })
    }
  }
}
