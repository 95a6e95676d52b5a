/**
 * Features of a block or sentence: counts over its tokens, plus a few character checks.
 * `features()` is the plain definition; the pipeline computes the same in the scanner's single pass
 * (`scan.ts`), and test/scan.test.ts checks that the two agree.
 */
import { charCode } from './chars.js'
import { plainVerbs, promoObjects, promoVerbs, voiceWords } from './lexicon/actions.js'
import { ctaVerbs, firstPersonPlural, reportingVerbs, secondPerson, stopwords, thirdPerson } from './words.js'
import type { Token } from './tokens.js'

export interface Features {
  /** Length in UTF-16 code units. */
  chars: number
  /** Word tokens (symbols excluded). */
  words: number
  /** Share of words that are function words. */
  stopwordRatio: number
  secondPerson: number
  firstPersonPlural: number
  thirdPerson: number
  reporting: number
  /** Words containing a digit. */
  numbers: number
  /** Ends like a sentence (terminal punctuation, possibly inside closing quotes or brackets). */
  endsTerminal: boolean
  /** Sentence-ending marks followed by a space or the end. */
  sentenceMarks: number
  /** Contains a quotation of three or more words. */
  quotation: boolean
  /** The first word is a call-to-action verb. */
  ctaStart: boolean
  /**
   * A sentence after the first opens with a call-to-action verb and holds what it asks for (and,
   * behind a verb that also opens instructions, the publication's voice; lexicon/actions.ts): "… the
   * minister said. Get the briefing in your inbox." Its sentences are then looked at one by one.
   */
  actionInside: boolean
  /** First word starts with an upper-case letter (or a digit). */
  startsUpper: boolean
  exclamation: boolean
  /** Share of words starting with an upper-case letter. */
  capitalRatio: number
  /** Written in a script without spaces between words (stopword counts mean nothing there). */
  spaceless: boolean
  /** Ends with a question mark. */
  question: boolean
}

const ENDS_TERMINAL = /[.!?…。！？]["”’'»)\]]*$/
const ENDS_QUESTION = /[?？]["”’'»)\]]*$/
const SENTENCE_MARK = /[.!?…]["”’'»)\]]*(?:\s|$)|[。！？]/g
const UPPER = /\p{Lu}/u
export const NO_SPACES = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u

const STOP = 1
const SECOND = 2
const PLURAL = 4
const THIRD = 8
const REPORTING = 16

/** Every listed word with the lists it is on, as bit flags: one lookup per token. */
const wordKinds = new Map<string, number>()
for (const [list, flag] of [
  [stopwords, STOP], [secondPerson, SECOND], [firstPersonPlural, PLURAL], [thirdPerson, THIRD], [reportingVerbs, REPORTING],
] as const) {
  for (const word of list) wordKinds.set(word, (wordKinds.get(word) ?? 0) | flag)
}

const promoVerbSet = new Set(promoVerbs)
const plainVerbSet = new Set(plainVerbs.filter((w) => !promoVerbSet.has(w)))
const voiceSet = new Set(voiceWords)
const actionObjects = new Set(Object.values(promoObjects).flat())
/** A sentence mark (as `SENTENCE_MARK`) in the text between two words: the second starts a sentence. */
const SENTENCE_GAP = /[.!?…]["”’'»)\]]*\s|[。！？]/

export function features(text: string, tokens: readonly Token[]): Features {
  let verb = 0
  let object = false
  let voice = false
  let sentences = 0
  let action = false
  let previousEnd = -1
  let words = 0
  let stop = 0
  let second = 0
  let plural = 0
  let third = 0
  let reporting = 0
  let numbers = 0
  let capitals = 0
  let first: Token | undefined
  let spaceless = 0
  for (const token of tokens) {
    if (!token.word) continue
    // Scripts written without spaces (Chinese, Japanese, Thai) come as one token per phrase:
    // count about one word per two characters so that their prose is not mistaken for a menu line.
    if (token.norm.length > 6 && token.norm.charCodeAt(0) >= 0x0e00 && NO_SPACES.test(token.norm)) {
      const estimate = Math.ceil(token.norm.length / 2)
      words += estimate
      spaceless += estimate
    } else {
      words++
    }
    first ??= token
    const norm = token.norm
    if (previousEnd < 0 || SENTENCE_GAP.test(text.slice(previousEnd, token.start))) {
      sentences++
      verb = sentences > 1 ? (promoVerbSet.has(norm) ? 2 : plainVerbSet.has(norm) ? 1 : 0) : 0
      object = verb === 2 && actionObjects.has(norm)
      voice = false
      if (object) action = true
    } else if (verb !== 0) {
      object ||= actionObjects.has(norm)
      voice ||= voiceSet.has(norm)
      if (object && (verb === 2 || voice)) action = true
    }
    previousEnd = token.end
    const kind = wordKinds.get(norm)
    if (kind !== undefined) {
      if (kind & STOP) stop++
      if (kind & SECOND) second++
      else if (kind & PLURAL) plural++
      else if (kind & THIRD) third++
      else if (kind & REPORTING) reporting++
    }
    const code = norm.charCodeAt(0)
    if (code >= 48 && code <= 57) numbers++
    else if (isUpper(text, token.start)) capitals++
  }
  const tail = text.slice(-8)
  SENTENCE_MARK.lastIndex = 0
  let marks = 0
  // Counting is linear; the cap keeps it cheap on huge blocks, where only "several" matters.
  while (marks < 1000 && SENTENCE_MARK.exec(text) !== null) marks++
  return {
    chars: text.length,
    words,
    stopwordRatio: words ? stop / words : 0,
    secondPerson: second,
    firstPersonPlural: plural,
    thirdPerson: third,
    reporting,
    numbers,
    endsTerminal: ENDS_TERMINAL.test(tail),
    sentenceMarks: marks,
    quotation: hasQuotation(text),
    ctaStart: first !== undefined && ctaVerbs.has(first.norm),
    actionInside: action,
    startsUpper: first !== undefined && (isUpper(text, first.start) || isDigit(text.charCodeAt(first.start))),
    exclamation: text.includes('!'),
    capitalRatio: words ? capitals / words : 0,
    spaceless: spaceless * 2 > words,
    question: ENDS_QUESTION.test(tail),
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** Is the character at `i` an upper-case letter? ASCII by code, the rest by Unicode property. */
export function isUpper(text: string, i: number): boolean {
  const code = charCode(text, i)
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(text[i]!)
}

// “ ” " « » „
const OPEN_QUOTE = (code: number) => code === 0x201c || code === 34 || code === 0xab || code === 0x201e
const CLOSE_QUOTE = (code: number) => code === 0x201d || code === 34 || code === 0xbb || code === 0x201c

/** Is there a quotation of three or more words? One linear scan. */
function hasQuotation(text: string): boolean {
  let open = false
  let spaces = 0
  for (let i = 0; i < text.length; i++) {
    const code = charCode(text, i)
    if (!open) {
      if (OPEN_QUOTE(code)) {
        open = true
        spaces = 0
      }
    } else if (CLOSE_QUOTE(code)) {
      if (spaces >= 2) return true
      open = false
    } else if (code === 32) {
      spaces++
    } else if (code === 10) {
      open = false
    }
  }
  return false
}
