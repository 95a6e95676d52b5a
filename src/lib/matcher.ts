/**
 * Lexicon matching: a trie of word ids walked leftmost-longest over a block's tokens.
 * Cost is linear in the number of tokens (each start walks at most the longest phrase's length),
 * so there is no backtracking whatever the input.
 */
import type { Phrase } from './lexicon/index.js'
import { tokenize, type Token } from './tokens.js'
import { createVocabulary, intern, seal, type Vocabulary } from './vocabulary.js'

interface TrieNode {
  next: Map<number, TrieNode>
  /** Phrases ending here (several categories or scopes may share the same words). */
  phrases: Phrase[] | undefined
  /** The first of them for each scope. */
  any?: Phrase | undefined
  head?: Phrase | undefined
  line?: Phrase | undefined
}

export interface Match {
  /** Index of the first and one past the last matched token. */
  from: number
  to: number
  /** Character offsets, relative to the tokenized text. */
  start: number
  end: number
  phrases: Phrase[]
  /** The first matched phrase of each scope (`any` includes phrases without a scope). */
  any: Phrase | undefined
  head: Phrase | undefined
  line: Phrase | undefined
}

export interface Matcher {
  /** Longest phrase length, in tokens. */
  depth: number
  root: TrieNode
  /** The root's children by word id (an array lookup instead of a map lookup for every token). */
  first: Array<TrieNode | undefined>
  /** The words of the phrases and of the word lists, with their ids. */
  vocabulary: Vocabulary
}

const node = (): TrieNode => ({ next: new Map(), phrases: undefined })

/** Compile phrases into a matcher. Phrases that tokenize to nothing are ignored. */
export function compile(phrases: Iterable<Phrase>): Matcher {
  const root = node()
  const vocabulary = createVocabulary()
  let depth = 0
  for (const phrase of phrases) {
    const tokens = tokenize(phrase.phrase)
    if (tokens.length === 0) continue
    let current = root
    for (const token of tokens) {
      const id = intern(vocabulary, token.norm)
      let child = current.next.get(id)
      if (!child) {
        child = node()
        current.next.set(id, child)
      }
      current = child
    }
    ;(current.phrases ??= []).push(phrase)
    current.any ??= (phrase.scope ?? 'any') === 'any' ? phrase : undefined
    current.head ??= phrase.scope === 'head' ? phrase : undefined
    current.line ??= phrase.scope === 'line' ? phrase : undefined
    depth = Math.max(depth, tokens.length)
  }
  const first: Array<TrieNode | undefined> = new Array(vocabulary.words.length).fill(undefined)
  for (const [id, child] of root.next) first[id] = child
  return { root, depth, first, vocabulary: seal(vocabulary) }
}

/**
 * Find non-overlapping, leftmost-longest phrase matches (an empty result is a shared array: do not
 * add to it). `ids` are the tokens' word ids (-1 for
 * unknown words), `starts` and `ends` their offsets, `count` how many there are.
 */
export function matchIds(
  matcher: Matcher, ids: ArrayLike<number>, starts: ArrayLike<number>, ends: ArrayLike<number>, count: number,
): Match[] {
  let matches: Match[] | undefined
  const { first: starts0, depth } = matcher
  let i = 0
  while (i < count) {
    const id0 = ids[i]!
    let current = id0 < 0 ? undefined : starts0[id0]
    if (!current) {
      i++
      continue
    }
    let best = -1
    let bestNode: TrieNode | undefined
    if (current.phrases) {
      best = i + 1
      bestNode = current
    }
    for (let j = i + 1; j < count && j - i < depth; j++) {
      const id = ids[j]!
      current = id < 0 ? undefined : current.next.get(id)
      if (!current) break
      if (current.phrases) {
        best = j + 1
        bestNode = current
      }
    }
    if (bestNode) {
      const { phrases, any, head, line } = bestNode
      ;(matches ??= []).push({ from: i, to: best, start: starts[i]!, end: ends[best - 1]!, phrases: phrases!, any, head, line })
      i = best
    } else {
      i++
    }
  }
  return matches ?? NONE
}

/** What most blocks match: shared, never written to. */
const NONE: Match[] = []

/** Find non-overlapping, leftmost-longest phrase matches in `tokens` (see `tokenize()`). */
export function match(matcher: Matcher, tokens: readonly Token[]): Match[] {
  const ids = tokens.map((t) => matcher.vocabulary.ids.get(t.norm) ?? -1)
  return matchIds(matcher, ids, tokens.map((t) => t.start), tokens.map((t) => t.end), tokens.length)
}
