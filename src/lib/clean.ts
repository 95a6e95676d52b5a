/**
 * Output: the kept blocks (and the kept sentences of mixed blocks) in input order, joined with the
 * input's own separators. Editorial text is copied, never rewritten.
 */
import { run } from './analyze.js'
import type { Options } from './options.js'
import type { Analysis, BlockAnalysis } from './types.js'

/** Remove boilerplate from `text` and return the editorial body. */
export function clean(text: string, options?: Options): string {
  return render(run(text, options, false))
}

/** A piece of the output: a range of the input, or (rarely) a space put between two sentences. */
export type Piece = { start: number; end: number } | string

/**
 * What `render()` keeps, as ranges of the input: each kept block is followed by the separator that
 * followed it in the input, the last one by the input's trailing white space; leading white space
 * is kept when the first block is kept whole. The retext plugin removes the complement.
 */
export function pieces(analysis: Analysis): Piece[] {
  const { text, blocks } = analysis
  const out: Piece[] = []
  let last = -1
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.label === 'boilerplate') continue
    const kept = blockPieces(block)
    if (kept.length === 0) continue
    if (last >= 0) out.push({ start: blocks[last]!.end, end: blocks[last + 1]!.start })
    else if (i === 0 && kept.length === 1 && typeof kept[0] !== 'string' && kept[0]!.start === block.start && kept[0]!.end === block.end) {
      out.push({ start: 0, end: block.start })
    }
    out.push(...kept)
    last = i
  }
  if (last >= 0) out.push({ start: blocks[blocks.length - 1]!.end, end: text.length })
  return out
}

/** Join the kept parts of an analysis (see `pieces()`): `clean(text)` is `render(analyze(text))`. */
export function render(analysis: Analysis): string {
  const { text } = analysis
  let out = ''
  for (const piece of pieces(analysis)) out += typeof piece === 'string' ? piece : text.slice(piece.start, piece.end)
  return out
}

/** The kept pieces of a block: the whole block, or its editorial sentences with their own spacing. */
function blockPieces(block: BlockAnalysis): Piece[] {
  if (!block.sentences) return [{ start: block.start, end: block.end }]
  const out: Piece[] = []
  const kept = block.sentences.filter((s) => s.label === 'editorial')
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i]!
    out.push({ start: s.start, end: s.end })
    if (i < kept.length - 1) {
      // The white space that followed this sentence in the block.
      const after = block.text.slice(s.end - block.start)
      const space = /^\s*/.exec(after)![0]
      out.push(space === '' ? ' ' : { start: s.end, end: s.end + space.length })
    }
  }
  return out
}

/** The kept text of a block: the whole block, or its editorial sentences with their own spacing. */
export function keptText(block: BlockAnalysis): string {
  let out = ''
  for (const piece of blockPieces(block)) {
    out += typeof piece === 'string' ? piece : block.text.slice(piece.start - block.start, piece.end - block.start)
  }
  return out
}
