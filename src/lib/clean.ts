/**
 * Output: the kept blocks (and the kept sentences of mixed blocks) in input order, joined with the
 * input's own separators. Editorial text is copied, never rewritten.
 */
import { walk, type RepeatHook } from './analyze.js'
import type { Options } from './options.js'
import type { Span } from './segment.js'
import type { Analysis, BlockAnalysis } from './types.js'

/** Remove boilerplate from `text` and return the editorial body. */
export function clean(text: string, options?: Options): string {
  return cleanWith(text, options)
}

/** `clean()`, with extra evidence for blocks seen in other documents (see `createCleaner()`). */
export function cleanWith(text: string, options: Options | undefined, repeat?: RepeatHook): string {
  const out = new TextOutput(text)
  let assembler: Assembler | undefined
  walk(text, options, false, repeat, (block, i, spans) => {
    assembler ??= new Assembler(spans, out)
    assembler.add(block, i)
  })
  assembler?.finish(text.length)
  return out.toString()
}

/** A piece of the output: a range of the input, or (rarely) a space put between two sentences. */
export type Piece = { start: number; end: number } | string

/**
 * Decides the output pieces block by block, in order: each kept block is followed by the separator
 * that followed it in the input, the last one by the input's trailing white space; leading white
 * space is kept when the first block is kept whole.
 */
export class Assembler {
  private last = -1

  constructor(
    private readonly spans: readonly Span[],
    private readonly emit: { piece(piece: Piece): void },
  ) {}

  /** Add block `i` (blocks come in order). */
  add(block: BlockAnalysis, i: number): void {
    if (block.label === 'boilerplate') return
    const kept = blockPieces(block)
    if (kept.length === 0) return
    const { spans, emit } = this
    if (this.last >= 0) emit.piece({ start: spans[this.last]!.end, end: spans[this.last + 1]!.start })
    else if (i === 0 && kept.length === 1 && typeof kept[0] !== 'string' && kept[0]!.start === block.start && kept[0]!.end === block.end) {
      emit.piece({ start: 0, end: block.start })
    }
    for (const piece of kept) emit.piece(piece)
    this.last = i
  }

  /** After the last block: the input's trailing white space. */
  finish(length: number): void {
    if (this.last >= 0) this.emit.piece({ start: this.spans[this.spans.length - 1]!.end, end: length })
  }
}

/** Joins pieces into a string, copying runs of adjacent input ranges as one slice. */
class TextOutput {
  private out = ''
  private from = 0
  private to = 0

  constructor(private readonly text: string) {}

  piece(piece: Piece): void {
    if (typeof piece === 'string') {
      this.flush()
      this.out += piece
    } else if (piece.start === this.to && this.to > this.from) {
      this.to = piece.end
    } else {
      this.flush()
      this.from = piece.start
      this.to = piece.end
    }
  }

  private flush(): void {
    if (this.to > this.from) this.out += this.text.slice(this.from, this.to)
    this.from = this.to = 0
  }

  toString(): string {
    this.flush()
    return this.out
  }
}

/** What `render()` keeps, as ranges of the input (see `Assembler`). The retext plugin removes the complement. */
export function pieces(analysis: Analysis): Piece[] {
  const out: Piece[] = []
  assemble(analysis, { piece: (piece) => out.push(piece) })
  return out
}

/** Join the kept parts of an analysis (see `pieces()`): `clean(text)` is `render(analyze(text))`. */
export function render(analysis: Analysis): string {
  const out = new TextOutput(analysis.text)
  assemble(analysis, out)
  return out.toString()
}

function assemble(analysis: Analysis, emit: { piece(piece: Piece): void }): void {
  const assembler = new Assembler(analysis.blocks, emit)
  analysis.blocks.forEach((block, i) => assembler.add(block, i))
  assembler.finish(analysis.text.length)
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
