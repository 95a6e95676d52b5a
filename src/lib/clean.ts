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

/**
 * Join the kept parts of an analysis. Each kept block is followed by the separator that followed it
 * in the input; the last one by the input's trailing white space. Leading white space is kept when
 * the first block is.
 */
export function render(analysis: Analysis): string {
  const { text, blocks } = analysis
  const out: string[] = []
  let last = -1
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.label === 'boilerplate') continue
    const kept = keptText(block)
    if (kept === '') continue
    if (last >= 0) out.push(text.slice(blocks[last]!.end, blocks[last + 1]!.start))
    else if (i === 0 && kept === block.text) out.push(text.slice(0, block.start))
    out.push(kept)
    last = i
  }
  if (last >= 0) out.push(text.slice(blocks[blocks.length - 1]!.end))
  return out.join('')
}

/** The kept text of a block: the whole block, or its editorial sentences with their own spacing. */
export function keptText(block: BlockAnalysis): string {
  if (!block.sentences) return block.text
  const parts: string[] = []
  const kept = block.sentences.filter((s) => s.label === 'editorial')
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i]!
    parts.push(s.text)
    if (i < kept.length - 1) {
      // The white space that followed this sentence in the block.
      const after = block.text.slice(s.end - block.start)
      const space = /^\s*/.exec(after)![0]
      parts.push(space === '' ? ' ' : space)
    }
  }
  return parts.join('')
}
