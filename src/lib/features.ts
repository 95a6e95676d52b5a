/**
 * Features of a block or sentence: counts computed in one pass over its tokens, plus a few
 * character checks. Cheap by design: every block of every document goes through here.
 */
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
const SENTENCE_MARK = /[.!?…]["”’'»)\]]*(?:\s|$)|[。！？]/g
const UPPER = /\p{Lu}/u
const NO_SPACES = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]/u

export function features(text: string, tokens: readonly Token[]): Features {
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
    if (token.norm.length > 6 && NO_SPACES.test(token.norm)) {
      const estimate = Math.ceil(token.norm.length / 2)
      words += estimate
      spaceless += estimate
    } else {
      words++
    }
    first ??= token
    const norm = token.norm
    if (stopwords.has(norm)) stop++
    if (secondPerson.has(norm)) second++
    else if (firstPersonPlural.has(norm)) plural++
    else if (thirdPerson.has(norm)) third++
    else if (reportingVerbs.has(norm)) reporting++
    const code = norm.charCodeAt(0)
    if (code >= 48 && code <= 57) numbers++
    else if (UPPER.test(text[token.start]!)) capitals++
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
    startsUpper: first !== undefined && (UPPER.test(text[first.start]!) || /\d/.test(text[first.start]!)),
    exclamation: text.includes('!'),
    capitalRatio: words ? capitals / words : 0,
    spaceless: spaceless * 2 > words,
    question: /[?？]["”’'»)\]]*$/.test(tail),
  }
}

const OPEN_QUOTES = new Set(['“', '"', '«', '„'])
const CLOSE_QUOTES = new Set(['”', '"', '»', '“'])

/** Is there a quotation of three or more words? One linear scan. */
function hasQuotation(text: string): boolean {
  let open = -1
  let spaces = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (open < 0) {
      if (OPEN_QUOTES.has(char)) {
        open = i
        spaces = 0
      }
    } else if (CLOSE_QUOTES.has(char)) {
      if (spaces >= 2) return true
      open = -1
    } else if (char === ' ') {
      spaces++
    } else if (char === '\n') {
      open = -1
    }
  }
  return false
}
