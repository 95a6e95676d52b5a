/**
 * Output: the kept blocks (and the kept sentences of mixed blocks) in input order, joined with the
 * input's own separators. Editorial text is copied, never rewritten.
 */
import { walk, type BlockSink, type RepeatHook } from './analyze.js'
import type { Options } from './options.js'
import type { Analysis, BlockAnalysis, Category } from './types.js'

/** Remove boilerplate from `text` and return the editorial body. */
export function clean(text: string, options?: Options): string {
  return cleanWith(text, options)
}

/** Told of each removed block or sentence, in input order, with its category. */
export type RemovalSink = (start: number, end: number, category: Category) => void

/**
 * `clean()`, with extra evidence for blocks seen in other documents (see `createCleaner()`).
 * `removed`, when given, is told what goes, as `render(run(…))` would drop it (the CLI's `--stats`
 * and `--removed-field` need it), without building an analysis of every block.
 */
export function cleanWith(text: string, options: Options | undefined, repeat?: RepeatHook, removed?: RemovalSink): string {
  const out = new TextOutput(text)
  const assembler = new Assembler(out)
  walk(text, options, false, repeat, removed ? new RemovalTap(assembler, removed) : assembler)
  assembler.finish(text.length)
  return out.toString()
}

/** A block sink that reports what is removed, then hands each block on to the assembler. */
class RemovalTap implements BlockSink {
  constructor(private readonly assembler: Assembler, private readonly removed: RemovalSink) {}

  range(start: number, end: number, kept: boolean, category: Category | undefined): void {
    // As in removals(): a removal without a category counts as navigation.
    if (!kept) this.removed(start, end, category ?? 'navigation')
    this.assembler.range(start, end, kept)
  }

  block(block: BlockAnalysis): void {
    removals(block, this.removed)
    this.assembler.block(block)
  }
}

/**
 * Tell `removed` what of `block` goes: the block, or its boilerplate sentences. A removal without a
 * category counts as navigation, as the CLI's statistics always counted it.
 */
export function removals(block: BlockAnalysis, removed: RemovalSink): void {
  if (block.label === 'boilerplate') removed(block.start, block.end, block.category ?? 'navigation')
  else if (block.sentences) {
    for (const s of block.sentences) {
      if (s.label === 'boilerplate') removed(s.start, s.end, s.category ?? block.category ?? 'navigation')
    }
  }
}

/** A piece of the output: a range of the input (editorial text is copied, nothing is inserted). */
export type Piece = { start: number; end: number }

/** Where the assembler puts the pieces. */
interface Emitter {
  range(start: number, end: number): void
}

/**
 * Decides the output pieces block by block, in order: each kept block is followed by the separator
 * that followed it in the input, the last one by the input's trailing white space; leading white
 * space is kept when the first block is kept whole. It is a block sink for `walk()`.
 */
export class Assembler {
  /** Blocks seen so far. */
  private count = 0
  /** End of the last kept block (-1: none yet) and start of the block after it (-1: not seen yet). */
  private keptEnd = -1
  private nextStart = -1
  /** End of the last block seen. */
  private lastEnd = 0

  constructor(private readonly emit: Emitter) {}

  /** Add the next block, kept or dropped whole. */
  range(start: number, end: number, kept: boolean): void {
    const first = this.count++ === 0
    this.lastEnd = end
    if (this.keptEnd >= 0 && this.nextStart < 0) this.nextStart = start
    if (!kept) return
    if (this.keptEnd >= 0) this.emit.range(this.keptEnd, this.nextStart)
    else if (first) this.emit.range(0, start)
    this.emit.range(start, end)
    this.keptEnd = end
    this.nextStart = -1
  }

  /** Add the next block. */
  block(block: BlockAnalysis): void {
    if (!block.sentences) return this.range(block.start, block.end, block.label !== 'boilerplate')
    const first = this.count++ === 0
    this.lastEnd = block.end
    if (this.keptEnd >= 0 && this.nextStart < 0) this.nextStart = block.start
    if (block.label === 'boilerplate') return
    const kept = blockPieces(block)
    if (kept.length === 0) return
    const { emit } = this
    if (this.keptEnd >= 0) emit.range(this.keptEnd, this.nextStart)
    else if (first && kept.length === 1 && kept[0]!.start === block.start && kept[0]!.end === block.end) {
      emit.range(0, block.start)
    }
    for (const piece of kept) emit.range(piece.start, piece.end)
    this.keptEnd = block.end
    this.nextStart = -1
  }

  /** After the last block: the input's trailing white space. */
  finish(length: number): void {
    if (this.keptEnd >= 0) this.emit.range(this.lastEnd, length)
  }
}

/** Joins pieces into a string, copying runs of adjacent input ranges as one slice. */
class TextOutput implements Emitter {
  private out = ''
  private from = 0
  private to = 0

  constructor(private readonly input: string) {}

  range(start: number, end: number): void {
    if (start === this.to && this.to > this.from) {
      this.to = end
    } else {
      this.flush()
      this.from = start
      this.to = end
    }
  }

  private flush(): void {
    if (this.to > this.from) this.out += this.input.slice(this.from, this.to)
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
  assemble(analysis, { range: (start, end) => out.push({ start, end }) })
  return out
}

/** Join the kept parts of an analysis (see `pieces()`): `clean(text)` is `render(analyze(text))`. */
export function render(analysis: Analysis): string {
  const out = new TextOutput(analysis.text)
  assemble(analysis, out)
  return out.toString()
}

function assemble(analysis: Analysis, emit: Emitter): void {
  const assembler = new Assembler(emit)
  for (const block of analysis.blocks) assembler.block(block)
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
      // The white space that followed this sentence in the block (none when the next one is glued
      // to it: nothing is inserted).
      const after = block.text.slice(s.end - block.start)
      const space = /^\s*/.exec(after)![0]
      if (space !== '') out.push({ start: s.end, end: s.end + space.length })
    }
  }
  return out
}

/** The kept text of a block: the whole block, or its editorial sentences with their own spacing. */
export function keptText(block: BlockAnalysis): string {
  let out = ''
  for (const piece of blockPieces(block)) {
    out += block.text.slice(piece.start - block.start, piece.end - block.start)
  }
  return out
}
