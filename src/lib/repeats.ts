/**
 * Repeat learning: the same appeal or footer repeats on every page of a site. A block whose
 * normalised fingerprint was seen in earlier documents of the same group (a site, a feed) counts as
 * boilerplate evidence. Memory is bounded (a capped map, least recently seen evicted first) and the
 * result depends only on the order of the documents, so it is deterministic.
 */
import { segment } from './segment.js'
import { tokenize } from './tokens.js'

export interface RepeatOptions {
  /**
   * A block counts as repeated once it appears in this many documents of its group (this one
   * included). Default `3`.
   */
  minDocuments?: number
  /** Most fingerprints remembered, across groups; the least recently seen go first. Default `200_000`. */
  capacity?: number
}

/**
 * Fingerprint of a block: its words, lower-cased, punctuation and spacing ignored. Numbers are kept:
 * "Story 2" and "Story 3" are different stories.
 */
export function fingerprint(text: string): string | undefined {
  const words: string[] = []
  for (const token of tokenize(text)) if (token.word) words.push(token.norm)
  return words.length >= 2 ? words.join(' ') : undefined
}

export interface RepeatMemory {
  /** Earlier-document counts for the blocks of `text`, then remember `text` as one more document of `group`. */
  observe(text: string, group: string): Map<string, number>
  readonly minDocuments: number
}

export function createRepeatMemory(options: RepeatOptions = {}): RepeatMemory {
  const minDocuments = options.minDocuments ?? 3
  const capacity = options.capacity ?? 200_000
  if (!Number.isInteger(minDocuments) || minDocuments < 2) {
    throw new TypeError(`deboiler: \`repeats.minDocuments\` must be an integer of at least 2, got ${String(minDocuments)}`)
  }
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new TypeError(`deboiler: \`repeats.capacity\` must be a positive integer, got ${String(capacity)}`)
  }
  const counts = new Map<string, number>()
  return {
    minDocuments,
    observe(text, group) {
      const seen = new Map<string, number>()
      for (const span of segment(text)) {
        const print = fingerprint(text.slice(span.start, span.end))
        if (print === undefined || seen.has(print)) continue
        const key = `${group}\u0000${print}`
        const count = counts.get(key) ?? 0
        seen.set(print, count)
        // Re-insert to mark as recently seen; evict the oldest when over capacity.
        counts.delete(key)
        counts.set(key, count + 1)
        if (counts.size > capacity) counts.delete(counts.keys().next().value as string)
      }
      return seen
    },
  }
}

/** Evidence for one block from the counts of its document, as the pipeline's repeat hook. */
export function repeatEvidence(
  counts: ReadonlyMap<string, number>, minDocuments: number, group: string,
): (blockText: string) => { weight: number; detail: string } | undefined {
  return (blockText) => {
    const print = fingerprint(blockText)
    const earlier = print === undefined ? 0 : (counts.get(print) ?? 0)
    if (earlier + 1 < minDocuments) return undefined
    return { weight: 3, detail: `seen in ${earlier} earlier documents${group ? ` of ${group}` : ''}` }
  }
}
