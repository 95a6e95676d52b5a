/**
 * The vocabulary: every word the scorer knows (lexicon words, function words, pronouns, reporting
 * and call-to-action verbs), each with a small integer id and its word-list flags.
 *
 * The scanner looks words up without building a string: it hashes a token's lower-cased characters
 * as it reads them and probes an open-addressing table, comparing characters only on a hash hit.
 * Words outside the vocabulary get no id; nothing else needs to know them.
 */
import { charCode } from './chars.js'
import { auxiliaries, namingVerbs, ourWords, plainVerbs, promoObjects, promoVerbs, readerWords, sellingVerbs, sharedPronouns, sharedWords, voiceWords } from './lexicon/actions.js'
import { topicWords } from './lexicon/topics.js'
import type { Category } from './types.js'
import { ctaVerbs, firstPersonPlural, reportingVerbs, secondPerson, stopwords, thirdPerson } from './words.js'

/** Word-list flags, one bit per list. */
export const STOP = 1
export const SECOND = 2
export const PLURAL = 4
export const THIRD = 8
export const REPORTING = 16
export const CTA = 32
/** Parts of a call to action (see lexicon/actions.ts): an opening verb of either kind, an address... */
export const PLAIN_VERB = 64
export const PROMO_VERB = 128
export const READER = 256
export const VOICE = 512
/** ...and an object, whose category is stored from this bit up (index into `OBJECT_CATEGORIES`, plus one). */
export const OBJECT_SHIFT = 16
export const OBJECT_CATEGORIES = Object.keys(promoObjects) as Category[]
/** A function word, the publication's voice or an address to the reader: no noun, whatever the word after it. */
export const FUNCTION_WORD = STOP | VOICE | READER
/** A word-list flag below the object's bits: an auxiliary or a form of "to be" or "to have", which after an opening verb makes the verb a noun (see `auxiliaries`). */
export const AUX = 1024
/** A verb that sells or hands something over, and the publication's possessive (see `sellingVerbs`, `ourWords`). */
export const SELLING = 2048
export const OUR = 4096
/** A reader or voice word another language uses for something else (see `sharedWords`). */
export const SHARED = 8192
/** A shared word that is a pronoun or an article in one of the languages (see `sharedPronouns`). */
export const SHARED_PRONOUN = 16384
/** A verb that signs the reader up for something a name may stand for (see `namingVerbs`). */
export const NAMING = 32768

/**
 * Words found by the hash of their characters without building a string: an open-addressing table,
 * hash slot → index into `words` + 1 (0: empty), with each slot's hash.
 */
export interface WordTable {
  words: readonly string[]
  table: Int32Array
  hashes: Int32Array
  mask: number
}

/** The categories a topic word may name (see lexicon/topics.ts), one bit each in `Vocabulary.topics`. */
export const TOPIC_WORD_CATEGORIES = Object.keys(topicWords) as Category[]

/** The bit of `category` in `Vocabulary.topics` (0 for a category no topic word names). */
export function topicBit(category: Category): number {
  const k = TOPIC_WORD_CATEGORIES.indexOf(category)
  return k < 0 ? 0 : 1 << k
}

export interface Vocabulary extends WordTable {
  /** Topic categories of each word by id, as bits (index into `TOPIC_WORD_CATEGORIES`): 0 for most. */
  topics: number[]
  /** Id of every known word (lower-cased, apostrophes folded to '). */
  ids: Map<string, number>
  /** Word by id (the table holds those written in ASCII only). */
  words: string[]
  /** Word-list flags by id. */
  kinds: number[]
}

/** FNV-1a, one UTF-16 unit at a time: the scanner computes the same while reading a token. */
export const HASH_START = 0x811c9dc5 | 0
export const hashStep = (h: number, code: number) => Math.imul(h ^ code, 0x01000193)

/** Start a vocabulary with the word lists; add lexicon words with `intern()`, then `seal()` it. */
export function createVocabulary(): Vocabulary {
  const v: Vocabulary = { ids: new Map(), words: [], kinds: [], topics: [], table: new Int32Array(0), hashes: new Int32Array(0), mask: 0 }
  for (const [list, flag] of [
    [stopwords, STOP], [secondPerson, SECOND], [firstPersonPlural, PLURAL], [thirdPerson, THIRD],
    [reportingVerbs, REPORTING], [ctaVerbs, CTA], [plainVerbs, PLAIN_VERB], [promoVerbs, PROMO_VERB],
    [readerWords, READER], [voiceWords, VOICE], [auxiliaries, AUX], [sellingVerbs, SELLING], [ourWords, OUR], [sharedWords, SHARED], [sharedPronouns, SHARED_PRONOUN], [namingVerbs, NAMING],
  ] as const) {
    for (const word of list) v.kinds[intern(v, word)]! |= flag
  }
  TOPIC_WORD_CATEGORIES.forEach((category, k) => {
    for (const word of topicWords[category]!) v.topics[intern(v, word)]! |= 1 << k
  })
  OBJECT_CATEGORIES.forEach((category, k) => {
    for (const word of promoObjects[category]!) {
      const id = intern(v, word)
      if (v.kinds[id]! >>> OBJECT_SHIFT === 0) v.kinds[id]! |= (k + 1) << OBJECT_SHIFT
    }
  })
  return v
}

/** The id of `word` (a token's norm), added when new. */
export function intern(v: Vocabulary, word: string): number {
  let id = v.ids.get(word)
  if (id === undefined) {
    id = v.words.length
    v.ids.set(word, id)
    v.words.push(word)
    v.kinds.push(0)
    v.topics.push(0)
  }
  return id
}

/** Build the lookup table once every word is in. */
export function seal(v: Vocabulary): Vocabulary {
  return Object.assign(v, wordTable(v.words, (word) => !/[^\x00-\x7f]/.test(word)))
}

/** The table of `words` (those `include` accepts), each under the hash of its characters (`hashStep()`). */
export function wordTable(words: readonly string[], include: (word: string) => boolean = () => true): WordTable {
  let size = 64
  while (size < words.length * 4) size *= 2
  const t: WordTable = { words, table: new Int32Array(size), hashes: new Int32Array(size), mask: size - 1 }
  words.forEach((word, k) => {
    if (!include(word)) return
    let h = HASH_START
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i))
    let slot = h & t.mask
    while (t.table[slot] !== 0) slot = (slot + 1) & t.mask
    t.table[slot] = k + 1
    t.hashes[slot] = h
  })
  return t
}

/**
 * The index in `t.words` of the token `text[start, end)` whose characters hash to `h`, or -1. `fold`:
 * the token's capitals and ’ are read as lower case and ' (the words are stored so); else exactly.
 */
export function findWord(t: WordTable, text: string, start: number, end: number, h: number, fold: boolean): number {
  const { table, hashes, mask, words } = t
  let slot = h & mask
  for (;;) {
    const entry = table[slot]!
    if (entry === 0) return -1
    if (hashes[slot] === h) {
      const word = words[entry - 1]!
      if (word.length === end - start && (fold ? sameWord(text, start, word) : sameChars(text, start, word))) return entry - 1
    }
    slot = (slot + 1) & mask
  }
}

/**
 * The id of the ASCII token `text[start, end)` whose lower-cased, apostrophe-folded characters hash
 * to `h`, or -1.
 */
export function lookupAscii(v: Vocabulary, text: string, start: number, end: number, h: number): number {
  return findWord(v, text, start, end, h, true)
}

function sameChars(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (charCode(text, start + k) !== charCode(word, k)) return false
  return true
}

function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let code = charCode(text, start + k)
    if (code >= 65 && code <= 90) code |= 32
    else if (code === 0x2019) code = 39
    if (code !== charCode(word, k)) return false
  }
  return true
}
