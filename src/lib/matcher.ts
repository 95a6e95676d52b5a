/**
 * Lexicon matching: a token trie walked leftmost-longest over a block's tokens.
 * Cost is linear in the number of tokens (each start walks at most the longest phrase's length),
 * so there is no backtracking whatever the input.
 */
import type { Phrase } from './lexicon/index.js'
import { tokenize, type Token } from './tokens.js'

interface TrieNode {
  next: Map<string, TrieNode>
  /** Phrases ending here (several categories or scopes may share the same words). */
  phrases: Phrase[] | undefined
}

export interface Match {
  /** Index of the first and one past the last matched token. */
  from: number
  to: number
  /** Character offsets, relative to the tokenized text. */
  start: number
  end: number
  phrases: Phrase[]
}

export interface Matcher {
  /** Longest phrase length, in tokens. */
  depth: number
  root: TrieNode
}

const node = (): TrieNode => ({ next: new Map(), phrases: undefined })

/** Compile phrases into a matcher. Phrases that tokenize to nothing are ignored. */
export function compile(phrases: Iterable<Phrase>): Matcher {
  const root = node()
  let depth = 0
  for (const phrase of phrases) {
    const tokens = tokenize(phrase.phrase)
    if (tokens.length === 0) continue
    let current = root
    for (const token of tokens) {
      let child = current.next.get(token.norm)
      if (!child) {
        child = node()
        current.next.set(token.norm, child)
      }
      current = child
    }
    ;(current.phrases ??= []).push(phrase)
    depth = Math.max(depth, tokens.length)
  }
  return { root, depth }
}

/** Find non-overlapping, leftmost-longest phrase matches in `tokens`. */
export function match(matcher: Matcher, tokens: readonly Token[]): Match[] {
  const matches: Match[] = []
  let i = 0
  while (i < tokens.length) {
    let current: TrieNode | undefined = matcher.root
    let best = -1
    let bestPhrases: Phrase[] | undefined
    for (let j = i; j < tokens.length && j - i < matcher.depth; j++) {
      current = current.next.get(tokens[j]!.norm)
      if (!current) break
      if (current.phrases) {
        best = j + 1
        bestPhrases = current.phrases
      }
    }
    if (bestPhrases) {
      matches.push({ from: i, to: best, start: tokens[i]!.start, end: tokens[best - 1]!.end, phrases: bestPhrases })
      i = best
    } else {
      i++
    }
  }
  return matches
}
