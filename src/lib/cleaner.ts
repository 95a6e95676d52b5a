/**
 * `createCleaner()`: a cleaner that keeps state across documents, for repeat learning over a corpus.
 */
import { run } from './analyze.js'
import { cleanWith } from './clean.js'
import { settings, type Options } from './options.js'
import { createRepeatMemory, repeatEvidence, type RepeatOptions } from './repeats.js'
import type { Analysis } from './types.js'

export interface CleanerOptions extends Options {
  /** Repeat learning: blocks that recur across documents of a group count as boilerplate. */
  repeats?: RepeatOptions
}

export interface DocumentOptions {
  /** The group a document belongs to (a site's host name, a feed). Default: one group for all. */
  group?: string
}

export interface Cleaner {
  /** Like `clean()`, with what earlier documents of the same group taught. */
  clean(text: string, document?: DocumentOptions): string
  /** Like `analyze()`, with `repeat` reasons where a block was seen in earlier documents. */
  analyze(text: string, document?: DocumentOptions): Analysis
}

/**
 * Create a cleaner that remembers blocks across documents. Results depend only on the order in
 * which documents are given (a block is evidence once it has been seen in `minDocuments` documents
 * of its group, counting the current one).
 */
export function createCleaner(options: CleanerOptions = {}): Cleaner {
  const { repeats, ...rest } = options
  settings(rest) // check the options once, up front
  const memory = createRepeatMemory(repeats)
  const evidence = (text: string, document: DocumentOptions | undefined) => {
    if (typeof text !== 'string') throw new TypeError(`deboiler: \`text\` must be a string, got ${typeof text}`)
    const group = document?.group ?? ''
    const counts = memory.observe(text, group)
    return repeatEvidence(counts, memory.minDocuments, group)
  }
  return {
    clean: (text, document) => cleanWith(text, rest, evidence(text, document)),
    analyze: (text, document) => run(text, rest, true, evidence(text, document)),
  }
}
