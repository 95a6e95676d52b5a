/**
 * Sentence splitting, one block at a time: retext-english for English, retext-latin with each
 * language's abbreviations for German, French, Spanish, Italian and Portuguese (parse-latin alone
 * ends a sentence at "Dr.", "Sr.", "M." or "Mio."). parse-english slows down superlinearly on huge
 * strings, so very long blocks are parsed in chunks cut at sentence ends.
 *
 * The language is guessed from function words, only when a block needs its sentences: from the
 * block, or (when the block is too short to tell) once from the start of the document.
 */
import type { Paragraph, Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { charCode } from './chars.js'
import { HASH_START, findWord, hashStep, wordTable } from './vocabulary.js'
import type { Span } from './segment.js'
import { languageMarkers } from './words.js'

export type Language = keyof typeof languageMarkers

const english = unified().use(retextEnglish)

/** Blocks longer than this are parsed in chunks of about this size. */
const CHUNK = 4096
const CHUNK_END = /[.!?…]["”’)\]»“]*\s/g

/** The last text parsed and its spans: a boilerplate block is often split twice in a row. */
let lastText: string | undefined
let lastSpans: readonly Span[] = []
/** The document being cleaned, and its language once guessed (null: guessed, inconclusive). */
let documentText: string | undefined
let documentLanguage: Language | null | undefined

/** The document is one page: its language, when its start tells it, is every block's. */
let documentIsPage = false

/**
 * Name the document whose blocks come next. On one page (`page`), the page's language, guessed at
 * most once and only if some block needs sentences, is every block's (a guess per block cost 5% of
 * the time on whole pages); in a stream of documents each block is guessed, and a block too short to
 * tell takes the stream's.
 */
export function sentencesOf(text: string, page = true): void {
  documentText = text
  documentLanguage = undefined
  documentIsPage = page
}

/** Drop the remembered texts (a slice keeps the whole input alive). */
export function forgetSentences(): void {
  lastText = undefined
  lastSpans = []
  documentText = undefined
  documentLanguage = undefined
}

/** Sentence spans of `text` (offsets relative to `text`), whitespace excluded. */
export function sentences(text: string): readonly Span[] {
  if (text === lastText) return lastSpans
  const language = (documentIsPage ? documentGuess() : undefined) ?? guessLanguage(text) ?? documentGuess() ?? 'en'
  const processor = language === 'en' ? english : latin(language)
  const out: Span[] = []
  let from = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > CHUNK * 2) {
      CHUNK_END.lastIndex = from + CHUNK
      let m: RegExpExecArray | null
      // Not after "Dr." or an initial: the chunks would cut a sentence in two.
      while ((m = CHUNK_END.exec(text)) && m.index < from + CHUNK * 4 && abbreviationBefore(text, m.index, language));
      to = m && m.index < from + CHUNK * 4 ? m.index + m[0].length : from + CHUNK * 2
    }
    parseChunk(processor.parse(text.slice(from, to)) as Root, from, out)
    from = to
  }
  const spans = splitMerged(text, out, language)
  lastText = text
  lastSpans = spans
  return spans
}

// Sentences the parsers merge.

/**
 * A full stop that the parsers take into the word before it, so that the sentence runs on into the
 * next: after a number ("The Islanders won 40,000. Follow us …"; parse-latin reads "40." as an
 * ordinal), and, in English, after the everyday words that parse-english lists as abbreviations
 * ("sat." for Saturday, "in." for inches, "cent.", "min.", "sun.", "wed."), written in lower case.
 * The next sentence must start with a capital letter (after an opening quote or bracket).
 */
const MERGED_END: Record<'en' | 'latin', RegExp> = {
  en: /(?<=\s)(?:[£$€¥#]?\d[\d,.:/\-–]*|sat|cent|in|min|sun|wed)\.(?=\s+[("'“‘«]?\p{Lu})/gu,
  latin: /(?<=\s)[£$€¥#]?\d[\d,.:/\-–]*\.(?=\s+[("'“‘«„]?\p{Lu})/gu,
}
/**
 * In German a number with a full stop before a capital is an ordinal ("am 5. Juni", "die 2. Bundesliga"):
 * only a number with a separator or of four digits or more ends a sentence there ("auf 7,20.", "2019.").
 */
const GERMAN_SENTENCE_NUMBER = /[,.:/\-–]|\d{4}/

/** `spans` with each sentence split where MERGED_END finds a full stop that ends it. */
function splitMerged(text: string, spans: Span[], language: Language): Span[] {
  const pattern = MERGED_END[language === 'en' ? 'en' : 'latin']
  let out: Span[] | undefined
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!
    const piece = text.slice(span.start, span.end)
    pattern.lastIndex = 0
    let from = span.start
    let m: RegExpExecArray | null
    while ((m = pattern.exec(piece))) {
      if (language === 'de' && !GERMAN_SENTENCE_NUMBER.test(m[0].slice(0, -1))) continue
      const end = span.start + m.index + m[0].length
      let next = end
      while (next < span.end && /\s/.test(text[next]!)) next++
      out ??= spans.slice(0, k)
      out.push({ start: from, end })
      from = next
    }
    if (out) out.push(from === span.start ? span : { start: from, end: span.end })
  }
  return out ?? spans
}

function documentGuess(): Language | undefined {
  if (documentLanguage === undefined) documentLanguage = documentText ? (guessLanguage(documentText, DOCUMENT_SAMPLE) ?? null) : null
  return documentLanguage ?? undefined
}

function parseChunk(tree: Root, offset: number, out: Span[]): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || end === undefined || end <= start) continue
      out.push({ start: offset + start, end: offset + end })
    }
  }
}

// Language guess.

const LANGUAGES = Object.keys(languageMarkers) as Language[]
const markerLanguage = new Map<string, number>()
LANGUAGES.forEach((language, k) => {
  for (const word of languageMarkers[language]) markerLanguage.set(word, k)
})
/** Characters of a block, and of a document, that the guess reads at most. */
const BLOCK_SAMPLE = 4000
const DOCUMENT_SAMPLE = 16000
/** A guess needs this many marker words, and twice as many as any other language has. */
const MIN_HITS = 3
/** The scan stops early once a language has this many hits and the guess holds. */
const SURE_HITS = 12
/** Marker words are no longer than this (longer words are skipped without building a string). */
const MARKER_LENGTH = Math.max(...[...markerLanguage.keys()].map((word) => word.length))
const LETTER = /\p{L}/u
const isLetter = (code: number) =>
  code < 128
    ? (code | 32) >= 97 && (code | 32) <= 122
    : code < 0x250
      ? code >= 0xc0 && code !== 0xd7 && code !== 0xf7
      : // General punctuation (quotes, dashes, spaces) is common and never a letter.
        (code < 0x2000 || code > 0x206f) && LETTER.test(String.fromCharCode(code))

/**
 * The marker words written in ASCII, found without building a string: by the hash of their
 * lower-cased letters, as the vocabulary's words (see vocabulary.ts).
 */
const asciiMarkers = wordTable([...markerLanguage.keys()].filter((word) => /^[a-z]+$/.test(word)))

/** The language index of the ASCII word `text[start, end)`, whose lower-cased letters hash to `h`. */
function asciiMarker(text: string, start: number, end: number, h: number): number | undefined {
  const k = findWord(asciiMarkers, text, start, end, h, true)
  return k < 0 ? undefined : markerLanguage.get(asciiMarkers.words[k]!)
}

/**
 * The language of `text` from its function words, or `undefined` when it has too few of them or
 * two languages are close. Reads at most the first `sample` characters, and stops as soon as one
 * language clearly leads.
 */
export function guessLanguage(text: string, sample = BLOCK_SAMPLE): Language | undefined {
  const counts = new Array<number>(LANGUAGES.length).fill(0)
  const n = Math.min(text.length, sample)
  let i = 0
  while (i < n) {
    if (!isLetter(charCode(text, i))) {
      i++
      continue
    }
    const start = i
    // Hashed as it is read while it is ASCII (the usual case).
    let h = HASH_START
    let ascii = true
    for (let code: number; i < n && isLetter((code = charCode(text, i))); i++) {
      if (code < 128) h = hashStep(h, code | 32)
      else ascii = false
    }
    if (i - start > MARKER_LENGTH) continue
    const k = ascii ? asciiMarker(text, start, i, h) : markerLanguage.get(text.slice(start, i).toLowerCase())
    if (k === undefined) continue
    if (++counts[k]! >= SURE_HITS && leader(counts) === k) return LANGUAGES[k]
  }
  const best = leader(counts)
  return best === undefined ? undefined : LANGUAGES[best]
}

/** The language with at least MIN_HITS and twice as many as any other, if there is one. */
function leader(counts: readonly number[]): number | undefined {
  let best = 0
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k
  const top = counts[best]!
  if (top < MIN_HITS) return undefined
  for (let k = 0; k < counts.length; k++) if (k !== best && counts[k]! * 2 > top) return undefined
  return best
}

// Latin-script languages other than English.

/**
 * Words that end with a full stop without ending the sentence, lower-cased (parse-latin already
 * knows single lower-case letters, "ca.", "cf.", "etc." and numbers; words that often end a
 * sentence, such as "usw." or "vol.", are left out).
 */
const ABBREVIATIONS: Record<Exclude<Language, 'en'>, string> = {
  de:
    'dr prof hr hrn fr frl nr str vgl bzw mio mrd tsd jh jhd abs inkl evtl ggf sog geb gest dipl ing st hl bd bde ' +
    'hg hrsg jan feb febr apr aug sept okt nov dez lt gem sen jun bspw',
  fr: 'mm mme mmes mlle mlles dr pr me mgr st ste av apr env éd chap fig tél janv févr avr juil sept oct nov déc bd boul',
  es: 'sr sra srta sres dr dra lic ing arq prof profa dña av avda núm pág ej vs aprox tel gral cía ud uds vd sta sto ee uu',
  it: 'sig sigg dott prof ing avv arch geom rag on sen dr gen col mons pag pagg cfr es fig tel ss',
  pt: 'sr sra srta dr dra prof profa eng av pág dep gen cel sto sta exa exmo jan fev abr ago dez ltda cia',
}
/** English titles, for cutting long blocks into chunks (retext-english knows these and more). */
const ENGLISH_ABBREVIATIONS = new Set('mr mrs ms dr st jr sr prof gen gov sen rep lt col capt sgt rev inc co corp ltd vs no'.split(' '))
const abbreviationSets = new Map<Language, ReadonlySet<string>>([['en', ENGLISH_ABBREVIATIONS]])

/** Whether the full stop at `i` ends an abbreviation of `language` or an initial. */
function abbreviationBefore(text: string, i: number, language: Language): boolean {
  if (text[i] !== '.') return false
  let start = i
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--
  return i - start === 1 || abbreviationsOf(language).has(text.slice(start, i).toLowerCase())
}

function abbreviationsOf(language: Language): ReadonlySet<string> {
  let set = abbreviationSets.get(language)
  if (!set) abbreviationSets.set(language, (set = new Set(ABBREVIATIONS[language as Exclude<Language, 'en'>].split(' '))))
  return set
}

/** Single capitals that are titles before a name: "M. Dupont", "S. Pietro", "S. Paulo". */
const TITLE_LETTERS: Record<Exclude<Language, 'en'>, string> = { de: '', fr: 'M', es: 'D', it: 'S', pt: 'S' }

/** Closing quotes that parse-latin leaves at the start of the next sentence (German “, spaced French »). */
const CLOSING_QUOTES = new Set(['“', '”', '»', '›', '"', '’', '‘'])

const latinProcessors = new Map<Language, ReturnType<typeof latinProcessor>>()

function latin(language: Exclude<Language, 'en'>) {
  let processor = latinProcessors.get(language)
  if (!processor) latinProcessors.set(language, (processor = latinProcessor(language)))
  return processor
}

function latinProcessor(language: Exclude<Language, 'en'>) {
  const words = abbreviationsOf(language)
  const letters = new Set(TITLE_LETTERS[language].split(''))
  return unified()
    .use(retextLatin)
    .data('nlcstParagraphExtensions', [
      (paragraph: Paragraph) => mergeAbbreviations(paragraph, words, letters),
      attachClosingQuotes,
    ])
}

/** Merge a sentence ending with an abbreviation into the next one (as parse-english does for English). */
function mergeAbbreviations(paragraph: Paragraph, words: ReadonlySet<string>, letters: ReadonlySet<string>): void {
  const children = paragraph.children
  for (let i = 0; i < children.length - 1; i++) {
    const sentence = children[i]!
    const next = children[i + 1]!
    if (sentence.type !== 'SentenceNode' || next.type !== 'SentenceNode') continue
    const period = sentence.children[sentence.children.length - 1]
    const word = sentence.children[sentence.children.length - 2]
    if (!period || period.type !== 'PunctuationNode' || toString(period) !== '.' || !word || word.type !== 'WordNode') continue
    const value = toString(word)
    if (!words.has(value.toLowerCase()) && !letters.has(value)) continue
    // The full stop becomes part of the word, and the next sentence part of this one.
    word.children.push(period)
    sentence.children.pop()
    if (period.position && word.position) word.position.end = period.position.end
    sentence.children.push(...next.children)
    children.splice(i + 1, 1)
    if (next.position && sentence.position) sentence.position.end = next.position.end
    i--
  }
}

/**
 * Move a closing quote that starts a sentence („Wir sind zufrieden.“ Danach …, « C'est fini. » Puis …)
 * to the end of the sentence it closes. A quote followed by a word opens the next sentence instead.
 */
function attachClosingQuotes(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let i = 1; i < children.length; i++) {
    const sentence = children[i]!
    const previous = children[i - 1]!
    if (sentence.type !== 'SentenceNode' || previous.type !== 'SentenceNode') continue
    const k = sentence.children[0]?.type === 'WhiteSpaceNode' ? 1 : 0
    const quote = sentence.children[k]
    const after = sentence.children[k + 1]
    if (!quote || (quote.type !== 'PunctuationNode' && quote.type !== 'SymbolNode') || !CLOSING_QUOTES.has(toString(quote))) continue
    if (after && after.type !== 'WhiteSpaceNode') continue
    previous.children.push(...sentence.children.splice(0, k + 1))
    if (previous.position && quote.position) previous.position.end = quote.position.end
    if (!sentence.children.some((child) => child.type === 'WordNode')) {
      // Nothing but white space is left.
      previous.children.push(...sentence.children)
      children.splice(i, 1)
      i--
    } else {
      const first = sentence.children[0]
      if (sentence.position && first?.position) sentence.position.start = first.position.start
    }
  }
}
