/**
 * The fast path: one pass over a block's characters finds its tokens (with the word characters and
 * symbols of `tokenize()`), looks each word up in the vocabulary without building a string, and
 * counts the features. The result is exactly what `tokenize()`, `features()` and `match()` give (a
 * property test checks this), without an object or a string per token: a scan fills reusable arrays.
 */
import { charCode } from './chars.js'
import type { Features } from './features.js'
import { NO_SPACES, isUpper } from './features.js'
import { matchIds, type Match, type Matcher } from './matcher.js'
import { APOSTROPHE, isSymbol, wideWordChar } from './tokens.js'
import {
  CTA, HASH_START, OBJECT_SHIFT, OUR, PLAIN_VERB, PLURAL, PROMO_VERB, REPORTING, SECOND, SELLING, STOP, THIRD, VOICE, hashStep, lookupAscii,
} from './vocabulary.js'

/** Characters the shape patterns look for, as bits: a pattern whose characters are absent is not run. */
export const GATE_DIGIT = 1
export const GATE_COPYRIGHT = 2
export const GATE_PAREN = 4
export const GATE_COLON = 8
export const GATE_EQUALS = 16
export const GATE_AT = 32
export const GATE_SLASH = 64
export const GATE_CURRENCY = 128
export const GATE_BRACKET = 256
/** Separators of menu rows and breadcrumbs. */
export const GATE_SEPARATOR = 512

/** The gate bit of a character (0 for most). */
export function gateBit(code: number): number {
  switch (code) {
    case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57:
      return GATE_DIGIT
    case 169: case 0x2117:
      return GATE_COPYRIGHT
    case 40:
      return GATE_PAREN
    case 58:
      return GATE_COLON
    case 61:
      return GATE_EQUALS
    case 64:
      return GATE_AT
    case 47:
      return GATE_SLASH | GATE_SEPARATOR
    case 36: case 0x20ac: case 0xa3:
      return GATE_CURRENCY
    case 91:
      return GATE_BRACKET
    case 62: case 187: case 8250: case 124: case 8226: case 0xb7:
      return GATE_SEPARATOR
    default:
      return 0
  }
}

/** ASCII character classes: 0 other, 1 lower-case letter, 2 upper-case letter, 3 digit. */
const ASCII = new Uint8Array(128)
for (let c = 97; c <= 122; c++) ASCII[c] = 1
for (let c = 65; c <= 90; c++) ASCII[c] = 2
for (let c = 48; c <= 57; c++) ASCII[c] = 3
/** ASCII word characters lower-cased (digits as they are); 0 for the rest. */
const FOLD = new Uint8Array(128)
for (let c = 0; c < 128; c++) if (ASCII[c] !== 0) FOLD[c] = ASCII[c] === 2 ? c | 32 : c

/** Roles of a character outside words, as bits; its gate bits are stored above GATE_SHIFT. */
const SYMBOL = 1
const MARK = 2
const OPEN_QUOTE = 4
const CLOSE_QUOTE = 8
/** Space and line feed: they count words inside a quotation and end it. */
const QUOTE_SPACE = 16
const GATE_SHIFT = 5

/** Flags of a character that is not part of a word (0 when it plays no role). */
function wideFlags(code: number): number {
  let flags = gateBit(code) << GATE_SHIFT
  if (isSymbol(code)) flags |= SYMBOL
  // Sentence ends: . ! ? … and the ideographic 。！？
  if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f) flags |= MARK
  // Quotes: “ " « „ open; ” " » “ close.
  if (code === 0x201c || code === 34 || code === 0xab || code === 0x201e) flags |= OPEN_QUOTE
  if (code === 0x201d || code === 34 || code === 0xbb || code === 0x201c) flags |= CLOSE_QUOTE
  if (code === 32 || code === 10) flags |= QUOTE_SPACE
  return flags
}
const ASCII_FLAGS = new Uint16Array(128)
for (let c = 0; c < 128; c++) ASCII_FLAGS[c] = ASCII[c] === 0 ? wideFlags(c) : 0

/** Closing quotes and brackets that may follow a sentence's last mark. */
const isCloser = (code: number) =>
  code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 0xbb || code === 41 || code === 93

const isTerminal = (code: number) =>
  code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f
const isQuestion = (code: number) => code === 63 || code === 0xff1f

/**
 * Does `text` end with a mark that passes `isMark`, then only closing quotes and brackets, all
 * within its last 8 characters? (What ENDS_TERMINAL and ENDS_QUESTION test on `text.slice(-8)`.)
 */
function endsWith(text: string, isMark: (code: number) => boolean): boolean {
  const stop = Math.max(0, text.length - 8)
  let k = text.length - 1
  while (k >= stop && isCloser(charCode(text, k))) k--
  return k >= stop && isMark(charCode(text, k))
}

/** White space as the regex `\s` sees it. */
function isJsSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

const wordChar = (text: string, i: number, code: number): number =>
  code < 128 ? (ASCII[code] === 0 ? 0 : 1) : wideWordChar(text, i, code)

/** The tokens of one scan, in reusable arrays (valid until the next scan with the same `Scan`). */
export class Scan {
  count = 0
  /** Vocabulary id of each token (-1: not a known word). */
  ids = new Int32Array(256)
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  /** 1 for words, 0 for symbols. */
  isWord = new Uint8Array(256)
  /** Gate bits of the characters seen. */
  gates = 0
  /** Index of the first word token, or `count` when there is none. */
  firstWord = 0
  /** Index of the first word token of the last sentence when there are several, else -1. */
  lastSentence = -1
  /** Index of the first word token of the second sentence when there are several, else -1. */
  secondSentence = -1
  /**
   * The first sentence opens with a call to action and its object, as `Features.actionInside` asks of the
   * others ("Apúntate a 'Bon dia', la newsletter gratuita de … El Ayuntamiento …").
   */
  firstAction = false
  /**
   * A sentence after the first opens with a verb that sells and holds the publication's possessive, naming
   * no object and holding no comma ("… in cast iron. Shop our full range of care products."; not "Order our
   * troops home, the protesters chanted."): the block's sentences are looked at one by one, as for
   * `Features.actionInside`, though the block's own score does not count it.
   */
  voiceAction = false
  /** Topic categories the words of the last scan name, as bits (see `Vocabulary.topics`). */
  topics = 0
  /** Word-list flags by vocabulary id (of the vocabulary of the last scan). */
  kinds: readonly number[] = []

  private push(id: number, start: number, end: number, word: number): void {
    const k = this.count++
    if (k === this.ids.length) this.grow()
    this.ids[k] = id
    this.starts[k] = start
    this.ends[k] = end
    this.isWord[k] = word
  }

  private grow(): void {
    const size = this.ids.length * 2
    const ids = new Int32Array(size)
    ids.set(this.ids)
    this.ids = ids
    const starts = new Int32Array(size)
    starts.set(this.starts)
    this.starts = starts
    const ends = new Int32Array(size)
    ends.set(this.ends)
    this.ends = ends
    const isWord = new Uint8Array(size)
    isWord.set(this.isWord)
    this.isWord = isWord
  }

  /** Scan `text`: fill the token arrays and return its features. */
  run(text: string, matcher: Matcher): Features {
    const v = matcher.vocabulary
    const { kinds, ids, table, mask } = v
    const topicsOf = v.topics
    this.kinds = kinds
    this.count = 0
    let gates = 0
    let words = 0
    let stop = 0
    let second = 0
    let plural = 0
    let third = 0
    let reporting = 0
    let numbers = 0
    let capitals = 0
    let spaceless = 0
    let firstWord = -1
    let lastSentence = -1
    let secondSentence = -1
    let firstId = -1
    const n = text.length
    let i = 0
    // Quotation of three or more words (as `hasQuotation()`): 0 outside quotes, 1 inside, 2 found.
    let quote = 0
    let quoteSpaces = 0
    // Sentence-ending marks followed by white space or the end (as SENTENCE_MARK counts them).
    let marks = 0
    let exclamation = false
    // A call to action opening a sentence after the first (the first is the block's own): at a
    // sentence's first word, a verb; then its object (and, behind a plain verb, the publication's voice).
    let sentenceStart = true
    let sentences = 0
    let verb = 0
    let object = false
    let voice = false
    let our = false
    let selling = false
    let action = false
    let firstAction = false
    let voiceAction = false
    let sellsAsOurs = false
    let comma = false
    let topics = 0
    while (i < n) {
      let code = charCode(text, i)
      let size = code < 128 ? (ASCII[code] === 0 ? 0 : 1) : wideWordChar(text, i, code)
      if (size === 0) {
        // Not part of a word.
        const flags = code < 128 ? ASCII_FLAGS[code]! : wideFlags(code)
        if (flags !== 0) {
          gates |= flags >>> GATE_SHIFT
          if (quote === 0) {
            if (flags & OPEN_QUOTE) {
              quote = 1
              quoteSpaces = 0
            }
          } else if (quote === 1) {
            if (flags & CLOSE_QUOTE) quote = quoteSpaces >= 2 ? 2 : 0
            else if (code === 32) quoteSpaces++
            else if (code === 10) quote = 0
          }
          if (flags & MARK) {
            if (code === 0x3002 || code === 0xff01 || code === 0xff1f) {
              marks++
              sentenceStart = true
            } else {
              if (code === 33) exclamation = true
              let k = i + 1
              while (k < n && isCloser(charCode(text, k))) k++
              if (k === n || isJsSpace(charCode(text, k))) {
                marks++
                sentenceStart = true
              }
            }
          }
          if (flags & SYMBOL) this.push(ids.get(text[i]!) ?? -1, i, i + 1, 0)
        }
        if (code === 44) comma = true
        i++
        continue
      }
      // A word: letters, digits and marks, with inner apostrophes.
      const start = i
      let ascii = code < 128
      let h = HASH_START
      if (ascii) {
        const folded = FOLD[code]!
        if (folded < 58) gates |= GATE_DIGIT
        h = hashStep(h, folded)
      }
      i += size
      while (i < n) {
        code = charCode(text, i)
        if (code < 128) {
          const folded = FOLD[code]!
          if (folded !== 0) {
            if (folded < 58) gates |= GATE_DIGIT
            h = hashStep(h, folded)
            i++
            continue
          }
        } else {
          size = wideWordChar(text, i, code)
          if (size > 0) {
            ascii = false
            i += size
            continue
          }
        }
        if ((code === 39 || code === 0x2019) && i + 1 < n && wordChar(text, i + 1, charCode(text, i + 1)) > 0) {
          h = hashStep(h, 39)
          i++
          continue
        }
        break
      }
      let id: number
      let norm: string | undefined
      if (ascii) {
        // Most words are not in the vocabulary: an empty first slot settles it without a call.
        id = table[h & mask] === 0 ? -1 : lookupAscii(v, text, start, i, h)
      } else {
        norm = text.slice(start, i).toLowerCase().replace(APOSTROPHE, "'")
        id = ids.get(norm) ?? -1
      }
      if (firstWord < 0) {
        firstWord = this.count
        firstId = id
      }
      this.push(id, start, i, 1)
      // Scripts written without spaces come as one token per phrase: count a word per two characters.
      if (norm !== undefined && norm.length > 6 && charCode(norm, 0) >= 0x0e00 && NO_SPACES.test(norm)) {
        const estimate = Math.ceil(norm.length / 2)
        words += estimate
        spaceless += estimate
      } else {
        words++
      }
      if (sentenceStart) {
        if (++sentences > 1) {
          lastSentence = this.count - 1
          if (sentences === 2) secondSentence = lastSentence
        }
        // The sentence before sold as the publication's, with no comma after which someone chanted it
        // ("Order our troops home, the protesters chanted."): see `voiceAction`.
        if (sellsAsOurs && !comma) voiceAction = true
        sellsAsOurs = false
        comma = false
      }
      if (id >= 0) {
        topics |= topicsOf[id]!
        const kind = kinds[id]!
        if (kind & STOP) stop++
        if (kind & SECOND) second++
        else if (kind & PLURAL) plural++
        else if (kind & THIRD) third++
        else if (kind & REPORTING) reporting++
        let asks = false
        if (sentenceStart) {
          verb = kind & (PROMO_VERB | PLAIN_VERB)
          // A promoting verb may be its own object ("Subscribe so you never miss an episode!").
          object = (verb & PROMO_VERB) !== 0 && kind >>> OBJECT_SHIFT !== 0
          voice = false
          our = false
          selling = (kind & SELLING) !== 0
          asks = object
        } else if (verb !== 0) {
          object ||= kind >>> OBJECT_SHIFT !== 0
          voice ||= (kind & VOICE) !== 0
          our ||= (kind & OUR) !== 0
          asks = object && ((verb & PROMO_VERB) !== 0 || voice)
          // A verb that sells with the publication's possessive but nothing named ("Shop our full range …"),
          // after the first sentence: see `voiceAction`.
          if (!asks && sentences > 1 && our && selling) sellsAsOurs = true
        }
        if (asks) {
          if (sentences > 1) action = true
          else firstAction = true
        }
      } else if (sentenceStart) {
        verb = 0
      }
      sentenceStart = false
      const first = charCode(text, start)
      if (first >= 48 && first <= 57) numbers++
      else if (first < 128 ? first >= 65 && first <= 90 : isUpper(text, start)) capitals++
    }
    this.gates = gates
    this.firstWord = firstWord < 0 ? this.count : firstWord
    this.lastSentence = lastSentence
    this.secondSentence = secondSentence
    this.firstAction = firstAction
    this.voiceAction = voiceAction || (sellsAsOurs && !comma)
    this.topics = topics
    const firstStart = firstWord < 0 ? 0 : this.starts[firstWord]!
    const firstCode = charCode(text, firstStart)
    return {
      chars: n,
      words,
      stopwordRatio: words ? stop / words : 0,
      secondPerson: second,
      firstPersonPlural: plural,
      thirdPerson: third,
      reporting,
      numbers,
      endsTerminal: endsWith(text, isTerminal),
      // Capped as features() caps it: on huge blocks only "several" matters.
      sentenceMarks: Math.min(marks, 1000),
      quotation: quote === 2,
      ctaStart: firstWord >= 0 && firstId >= 0 && (kinds[firstId]! & CTA) !== 0,
      actionInside: action,
      startsUpper: firstWord >= 0 && (isUpper(text, firstStart) || (firstCode >= 48 && firstCode <= 57)),
      exclamation,
      capitalRatio: words ? capitals / words : 0,
      spaceless: spaceless * 2 > words,
      question: endsWith(text, isQuestion),
    }
  }

  /** Lexicon matches over the tokens of the last scan. */
  match(matcher: Matcher): Match[] {
    return matchIds(matcher, this.ids, this.starts, this.ends, this.count)
  }
}
