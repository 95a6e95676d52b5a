/**
 * Flattened lines: a scraper that joins a page's text with spaces (get_text(" "), stripped newlines)
 * hands over menus, headlines, captions, the article and the footer as one line. Such a line is cut
 * into units at the places a line break most likely stood (sentence ends, a copyright sign, a
 * capitalised sentence opener after a word that cannot end a phrase, a run of title-case words
 * followed by prose, a time of day), and consecutive prose sentences are joined again. A line that
 * reads as one paragraph of prose is left whole, so long paragraphs of real text segment as before.
 *
 * Units are offsets into the original string and always end and start at white space, so blocks and
 * the white space between them still cover the input exactly. One pass over the characters, then
 * passes over the words; no regex runs over the line.
 */
import { isUpper } from './features.js'
import { charCode } from './chars.js'
import { isBlank } from './segment.js'
import { HASH_START, findWord, hashStep, wordTable } from './vocabulary.js'

/**
 * Lines longer than this may be flattened pages (see `splitLine()`). A whole page flattened onto one
 * line runs to thousands of characters; most shorter long lines are paragraphs (an extractor's), which
 * would pay for the word pass only to be kept whole.
 */
export const FLAT_LINE_CHARS = 1000

// Word flags.
const CAP = 1
const LOW = 2
const DIGIT = 4
/** Ends a sentence: . ! ? … (before closing quotes and brackets), not after an initial or a common abbreviation. */
const TERM = 8
/** A lower-case function word ("the", "of", "said"): a phrase does not end on it. */
const FUNCTION = 16
/** A capitalised word that opens sentences and headlines ("The", "A", "We"), rarely a name. */
const OPENER = 32
/** "©", "(c)" or "Copyright": a footer starts here. */
const COPYRIGHT = 64
/** A time of day ("10:28am", "9:05"). */
const TIME = 128
/** Ends with a colon, comma, semicolon or joiner ("&", "-", "and"): the phrase goes on. */
const JOINS = 256
/** No letter or digit: a separator (| · › » / • ✕), a dash or stray punctuation. */
const SYMBOL = 512
/** Opens with a quotation mark or bracket followed by a letter or digit. */
const QUOTED = 1024
/** An initial or an abbreviation with its full stop ("J.", "Mr."): a name follows. */
const ABBREVIATION = 2048
/** Ends with a comma or a semicolon: a clause of a sentence goes on (headlines rarely have one). */
const CLAUSE = 8192
/** A capitalised particle that ends a menu item of two words ("Sign In", "Log Out", "Sign Up"). */
const PARTICLE = 4096
/** "ago": after a number and a unit ("20 hours ago"), a relative time that ends a listed headline. */
const AGO = 16384
/** What follows a time of day: "PM", "pm", "a.m.", a time zone ("GMT+1", "BST", "ET"). */
const ZONE = 32768
/** "By": a byline opens here when a name follows. */
const BY = 65536
/** An object pronoun ("us", "me", "them"): ends a phrase ("Contact us", "Support us") though a function word. */
const ENDS_PHRASE = 131072
/** A time written with a full stop ("06.00"): a time only before a zone ("06.00 BST"), else a number. */
const DOTTED = 262144
/** A month or a weekday ("May", "Thu"): a date opens here when a number follows. */
const DATE = 524288
/** Three capitals or more and no lower-case letter ("SANTIAGO,"): a dateline's place. */
const SHOUT = 1048576
/** A capitalised function word ("From", "Of", "With"): a name does not end on it. */
const CAP_FUNCTION = 2097152
/** Ends with a colon: a label ("Verdict:", "Update:") when capitalised. */
const COLON = 4194304
/** Letters and digits in one capitalised word ("Q7", "G85"): a model's name, part of the name before it. */
const MODEL = 8388608
/** A lower-case particle ("in", "up", "out") that ends a menu item after a verb ("Log in", "Sign up"). */
const LOW_PARTICLE = 16777216
/** Opens a quotation that it does not close ("'hot", "“Accept"): a cut does not fall after it. */
const OPEN_QUOTE = 33554432
/** "The", "A", "An": a menu item does not end on an article. */
const ARTICLE = 67108864

const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of to in on at by for with from into onto over under about after before between ' +
    'through during without within than as that which who whom whose what when where while if because so ' +
    'is was are were be been being am has have had do does did will would can could should may might must ' +
    'it its this these those there their they them he him his she her we our us you your i my me not no ' +
    'said says also just only very more most such some any each every all both other another its')
    .split(' '),
)
const OPENERS = new Set(
  ('The A An This That These Those It Its We Our He She They There In On At For After Before When While ' +
    'But And As If Some Many Most More Another Here What Why How Who Now Today Yesterday Last This Each ' +
    'Every One Two Three According Since During Despite Although Though However Meanwhile Still Yet Over Under').split(' '),
)
const PARTICLES = new Set(['In', 'Up', 'Out', 'On', 'Off'])
const OBJECT_PRONOUNS = new Set(['us', 'me', 'them'])
const DATE_WORDS = new Set(
  ('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul ' +
    'Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs ' +
    'Fri Sat Sun').split(' '),
)
const MERIDIEMS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'AM', 'PM', 'A.M.', 'P.M.', 'Uhr', 'h'])
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st jr sr vs no nos gov sen rep gen lt col capt sgt prof inc co corp ltd jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec mt ft ave blvd fig vol pp op e.g i.e etc al u.s u.k a.m p.m').split(' '),
)

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const isLetterOrDigit = (text: string, i: number, code: number) =>
  code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : LETTER_OR_DIGIT.test(text[i]!)
const isOpening = (code: number) => code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0xab
const isClosing = (code: number) => code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb
const isAsciiLower = (code: number) => code >= 97 && code <= 122
const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026

/**
 * Longest word whose string wordFlags() needs (see the list tests at its end): a digit word ("10:28am,"),
 * or "(c)". Longer words are never looked up.
 */
const LISTED_CHARS = 11

/**
 * Flags of the word at [start, end) of `text`, whose characters hash to `h` (`hashStep()` from
 * HASH_START). They depend on its characters only, so a word on one of the lists (most words of a page
 * are function words) takes them from `KNOWN_WORDS`, computed once by `fullWordFlags()`, without
 * building its string. `plain`: the word is ASCII letters, lower case after the first (CAP or LOW,
 * its case; else 0): one that is not listed has no other flag (no mark, no digit, one capital at
 * most). Any other word is read here, with only the tests that can hold for a word on none of the
 * lists (a time zone's, a time's and an upper-case function word's shapes).
 */
function wordFlags(text: string, start: number, end: number, h: number, plain: number): number {
  if (end - start <= LISTED_CHARS) {
    const known = lookupKnown(text, start, end, h)
    if (known >= 0) return known
  }
  return plain !== 0 ? plain : fullWordFlags(text, start, end, false)
}

/**
 * Flags of the word at [start, end) of `text`. `listed`: it may be on the lists (false: it is not in
 * `KNOWN_WORDS`, which holds every listed word, so only the shapes are tested, mostly without
 * building its string).
 */
function fullWordFlags(text: string, start: number, end: number, listed: boolean): number {
  let flags = 0
  let first = start
  const c0 = text.charCodeAt(start)
  if (c0 === 169) flags |= COPYRIGHT
  while (first < end && !isLetterOrDigit(text, first, text.charCodeAt(first))) first++
  if (first === end) return flags | SYMBOL
  if (first > start && isOpening(c0)) flags |= QUOTED
  if ((flags & QUOTED) && !isClosing(text.charCodeAt(end - 1)) && !(end - first > 1 && isTerminal(text.charCodeAt(end - 1)) && isClosing(text.charCodeAt(end - 2)))) flags |= OPEN_QUOTE
  const c = text.charCodeAt(first)
  if (c >= 48 && c <= 57) flags |= DIGIT
  else if (isUpper(text, first)) flags |= CAP
  else if (c < 128 || text[first]!.toLowerCase() === text[first]!) flags |= LOW
  // The end: closing marks, then a terminal, a joiner or a word character.
  let last = end - 1
  while (last > first && isClosing(text.charCodeAt(last))) last--
  const lc = text.charCodeAt(last)
  if (isTerminal(lc)) {
    // "J." and "Mr." do not end sentences; "U.S." and "a.m." do not either, but "it." does.
    let stem = last
    while (stem > first && isTerminal(text.charCodeAt(stem - 1))) stem--
    const length = stem - first
    const abbreviation = (length === 1 && (flags & CAP) !== 0) || (length <= 4 && ABBREVIATIONS.has(text.slice(first, stem).toLowerCase()))
    flags |= abbreviation && lc === 46 ? ABBREVIATION : TERM
  } else if (lc === 58 || lc === 44 || lc === 59 || lc === 38 || lc === 45) {
    flags |= JOINS | (lc === 44 || lc === 59 ? CLAUSE : lc === 58 ? COLON : 0)
  }
  const length = end - start
  if ((flags & CAP) && last - first >= 2 && isShouted(text, first, last)) flags |= SHOUT
  if ((flags & CAP) && last - first <= 5 && hasDigit(text, first, last)) flags |= MODEL
  // Only words that can be on a list need their string: function words (at most 7 letters), openers
  // and "Copyright" (9), times ("10:28am,") and "(c)".
  if (length <= LISTED_CHARS && (flags & LOW ? length <= 7 : flags & CAP ? length <= 9 : true)) {
    if (listed) flags |= listFlags(text.slice(start, end), flags, length)
    if (length <= 6 && !(flags & DIGIT) && (flags & CAP) && isZone(text, start, end)) flags |= ZONE
    // A capitalised function word; written in title case ("The", "Of") it is listed.
    if ((flags & CAP) && length <= 7 && (listed || !plainTitleCase(text, start, end)) && FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())) {
      flags |= CAP_FUNCTION
    }
    if (flags & DIGIT) {
      const time = isTime(text.slice(start, end))
      if (time) flags |= time === COLON_TIME ? TIME : DOTTED
    }
  }
  return flags
}

/** Flags of the lists that `word` (of `length` characters, with `flags` so far) is on. */
function listFlags(word: string, flags: number, length: number): number {
  let out = 0
  if (length <= 6 && !(flags & DIGIT) && MERIDIEMS.has(word)) out |= ZONE
  if (flags & LOW) {
    if (word === 'ago') out |= AGO
    else if (OBJECT_PRONOUNS.has(word)) out |= FUNCTION | ENDS_PHRASE
    else if (word === 'in' || word === 'up' || word === 'out') out |= FUNCTION | LOW_PARTICLE
    else if (FUNCTION_WORDS.has(word)) out |= FUNCTION | (word === 'and' || word === 'or' || word === 'of' ? JOINS : 0)
  } else if (flags & CAP) {
    if (OPENERS.has(word)) out |= OPENER | (word === 'The' || word === 'A' || word === 'An' ? ARTICLE : 0)
    if (PARTICLES.has(word)) out |= PARTICLE
    else if (word === 'Copyright') out |= COPYRIGHT
    else if (word === 'By') out |= BY
    if (DATE_WORDS.has(word.endsWith(',') || word.endsWith('.') ? word.slice(0, -1) : word)) out |= DATE
  }
  if (word === '(c)' || word === '(C)') out |= COPYRIGHT
  return out
}

/**
 * Is the word at [start, end) of `text` an ASCII capital followed by ASCII characters that are not
 * capitals ("The", "Mr.")? Its lower-case form is then a function word only when it is one written in
 * title case, a listed word.
 */
function plainTitleCase(text: string, start: number, end: number): boolean {
  const c = charCode(text, start)
  if (c < 65 || c > 90) return false
  for (let i = start + 1; i < end; i++) {
    const code = charCode(text, i)
    if (code >= 128 || (code >= 65 && code <= 90)) return false
  }
  return true
}

/** Are the characters [first, last] of `text` capitals and marks only, no lower-case letter? */
function isShouted(text: string, first: number, last: number): boolean {
  let letters = 0
  for (let i = first; i <= last; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) letters++
    else if ((c >= 97 && c <= 122) || (c >= 128 && text[i]!.toUpperCase() !== text[i]!)) return false
  }
  return letters >= 3
}

function hasDigit(text: string, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return true
  return false
}

/** Is the word at [start, end) of `text` a time zone: two to four capitals, maybe an offset ("BST", "GMT+1", "CET")? */
function isZone(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && charCode(text, i) >= 65 && charCode(text, i) <= 90) i++
  if (i - start < 2 || i - start > 4) return false
  if (i < end && charCode(text, i) !== 43 && charCode(text, i) !== 45) return false
  for (let j = i + 1; j < end; j++) if (charCode(text, j) < 48 || charCode(text, j) > 57) return false
  return i === end || end > i + 1
}

const COLON_TIME = 1
const DOTTED_TIME = 2

/** "9:05", "10:28am", "10:28pm," (COLON_TIME); "06.00" (DOTTED_TIME); else 0. */
function isTime(word: string): number {
  let colon = word.indexOf(':')
  const dotted = colon < 0
  if (dotted) colon = word.indexOf('.')
  if (colon < 1 || colon > 2) return 0
  const d = (i: number) => word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57
  if (!(d(colon - 1) && d(colon + 1) && d(colon + 2))) return 0
  return dotted ? (word.length === colon + 3 ? DOTTED_TIME : 0) : COLON_TIME
}

/**
 * Every word on a list, with its flags: the listed words, the function words in title case ("The",
 * "Of", which are capitalised function words), the months and weekdays with a comma or a full stop.
 * A table keyed by the hash of a word's characters (`wordTable()` in vocabulary.ts; see `lookupKnown()`).
 */
const KNOWN_WORDS = (() => {
  const set = new Set<string>(['ago', 'in', 'up', 'out', 'Copyright', 'By', '(c)', '(C)'])
  for (const list of [FUNCTION_WORDS, OPENERS, PARTICLES, OBJECT_PRONOUNS, MERIDIEMS]) for (const word of list) set.add(word)
  for (const word of FUNCTION_WORDS) set.add(word[0]!.toUpperCase() + word.slice(1))
  for (const word of DATE_WORDS) for (const end of ['', ',', '.']) set.add(word + end)
  const words = [...set]
  return { ...wordTable(words), flags: words.map((w) => fullWordFlags(w, 0, w.length, true)) }
})()

/** Flags of the known word at [start, end) of `text`, whose characters hash to `h`, or -1. */
function lookupKnown(text: string, start: number, end: number, h: number): number {
  const k = findWord(KNOWN_WORDS, text, start, end, h, false)
  return k < 0 ? -1 : KNOWN_WORDS.flags[k]!
}

/**
 * The flags of the words of `line` as the line pass reads them (`words()`: from `KNOWN_WORDS`, from
 * their plain case, else with the shape tests only) and with every test (`fullWordFlags()`):
 * test/flat.test.ts checks that the two agree.
 */
export function lineWordFlags(line: string): { fast: number[]; full: number[] } {
  const w = words(line, 0, line.length)
  return { fast: w.flags, full: w.starts.map((start, k) => fullWordFlags(line, start, w.ends[k]!, true)) }
}

/** Words of the line at [start, end) of `text`: offsets and flags. */
interface Words {
  starts: number[]
  ends: number[]
  flags: number[]
}

function words(text: string, start: number, end: number): Words {
  const starts: number[] = []
  const ends: number[] = []
  const flags: number[] = []
  let i = start
  while (i < end) {
    while (i < end && isBlank(charCode(text, i))) i++
    if (i >= end) break
    const from = i
    let h = HASH_START
    let code = charCode(text, i)
    let plain = isAsciiLower(code) ? LOW : code >= 65 && code <= 90 ? CAP : 0
    for (; !isBlank(code); code = charCode(text, i)) {
      h = hashStep(h, code)
      if (i > from && !isAsciiLower(code)) plain = 0
      if (++i >= end) break
    }
    starts.push(from)
    ends.push(i)
    flags.push(wordFlags(text, from, i, h, plain))
  }
  return { starts, ends, flags }
}

/** Is a word with these flags capitalised and part of a name: not "The", "From", "May", "Q7"? */
const isName = (f: number) => (f & CAP) !== 0 && !(f & (OPENER | CAP_FUNCTION | BY | DATE | MODEL))

/** Does word `k` end a time stamp: a time, or the zones after one ("4:52 PM GMT+1", "06.00 BST")? */
function endsTimeStamp(flags: number[], k: number): boolean {
  let j = k
  while (j > 0 && (flags[j]! & ZONE) && k - j < 2) j--
  if (j === k) return (flags[k]! & TIME) !== 0
  return (flags[j]! & (TIME | DOTTED)) !== 0
}

/** Title-case words before a prose opener needed for a cut: after a lower-case word, after anything else. */
const RUN_AFTER_LOWER = 4
const RUN_AFTER_OTHER = 2

/** Is there a line break, most likely, before word `k`? */
function cutBefore(flags: number[], k: number): boolean {
  const prev = flags[k - 1]!
  const next = flags[k]!
  const startsText = (next & (CAP | DIGIT | QUOTED)) !== 0
  if ((prev & TERM) && startsText) return true
  if ((next & COPYRIGHT) && !(prev & COPYRIGHT)) return true
  // A numbered label: "… Buy now | Step 1: Turn …", "| Part 2: …".
  if ((next & CAP) && k + 1 < flags.length && (flags[k + 1]! & (DIGIT | COLON)) === (DIGIT | COLON) && !(prev & (JOINS | FUNCTION))) return true
  // A label after a date: "… 11 March 2025 | Verdict: The …".
  if ((prev & DIGIT) && !(prev & JOINS) && (next & CAP) && (next & COLON)) return true
  // "Log in | Streaming subscriptions: how …": a menu's verb and particle, then a sentence-case headline.
  if ((prev & LOW_PARTICLE) && (next & CAP) && !(next & (CAP_FUNCTION | OPENER)) && k >= 2 && (flags[k - 2]! & CAP) && !(flags[k - 2]! & (CAP_FUNCTION | OPENER)) && (k < 3 || !(flags[k - 3]! & (FUNCTION | JOINS))) && k + 1 < flags.length && (flags[k + 1]! & LOW) && !(flags[k + 1]! & FUNCTION)) return true
  if ((prev & (JOINS | FUNCTION)) && !(prev & ENDS_PHRASE)) return false
  // "… air pollution A policy to …", but not "Sign In", "The Goods Future Perfect".
  if ((next & OPENER) && !(prev & SYMBOL) && (!(prev & CAP) || (k + 1 < flags.length && (flags[k + 1]! & LOW)))) return true
  // A time stamp ends at its time, or at the zone after it: "4:52 PM GMT+1 | By …", "06.00 BST | Every …".
  if ((next & (CAP | DIGIT)) && !(next & ZONE) && endsTimeStamp(flags, k - 1)) return true
  // A date after a name ends a byline: "By Rachel Adeyemi | Thu 6 Jun 2024".
  if ((next & DATE) && (prev & CAP) && !(prev & (OPENER | CAP_FUNCTION | DATE | SHOUT)) && k + 1 < flags.length && (flags[k + 1]! & DIGIT)) return true
  // A dateline after a name: "… and Tom Hale | SANTIAGO, May 14 (Globe Wire) - …", "| LONDON (Reuters) -".
  if ((next & SHOUT) && (prev & CAP) && !(prev & (SHOUT | CAP_FUNCTION)) && ((next & CLAUSE) || (k + 1 < flags.length && (flags[k + 1]! & QUOTED)))) return true
  // A byline: "… talks collapse | By Lucía Fernández and …".
  if ((next & BY) && k + 2 < flags.length && isName(flags[k + 1]!) && isName(flags[k + 2]!)) return true
  // "… of children's skulls 20 hours ago Long spaceflights found …": a headline list's time stamps.
  if ((prev & AGO) && (next & (CAP | DIGIT)) && k >= 3 && (flags[k - 2]! & LOW) && (flags[k - 3]! & DIGIT)) return true
  // A run of title-case words (a menu, a credit, a headline's tail) and then prose: "… Getty Images Protesters gathered on …".
  if ((next & CAP) && !(next & MODEL) && k + 2 < flags.length && (flags[k + 1]! & LOW) && (flags[k + 2]! & LOW) && !(flags[k + 1]! & TERM)) {
    let run = 0
    let j = k - 1
    while (j >= 0 && run < RUN_AFTER_LOWER && (flags[j]! & (CAP | DIGIT | SYMBOL)) && !(flags[j]! & (TERM | JOINS | ABBREVIATION))) {
      run++
      j--
    }
    if (j < 0 || (flags[j]! & (TERM | ABBREVIATION))) return false
    return run >= ((flags[j]! & LOW) ? RUN_AFTER_LOWER : RUN_AFTER_OTHER)
  }
  return false
}

/** Words a unit needs before it is cut again as a run of headlines; words of a sentence taken for one. */
const HEADLINE_RUN = 8
const LONG_SENTENCE = 40

/** In a run of headlines: a capitalised word after a lower-case one that may end a phrase ("… genetic Laser hair …"). */
function headlineCut(flags: number[], k: number): boolean {
  const prev = flags[k - 1]!
  return (prev & LOW) !== 0 && !(prev & OPEN_QUOTE) && (!(prev & (FUNCTION | JOINS | TERM)) || (prev & ENDS_PHRASE) !== 0) && (flags[k]! & CAP) !== 0
}

/** Is the unit of words [from, to) a sentence of prose? */
function isProse(flags: number[], from: number, to: number): boolean {
  const count = to - from
  let lower = 0
  let functionWords = 0
  let symbols = 0
  for (let k = from; k < to; k++) {
    const f = flags[k]!
    if (f & LOW) lower++
    if (f & FUNCTION) functionWords++
    if (f & SYMBOL) symbols++
  }
  const wordCount = count - symbols
  if (wordCount < 4) return false
  const ends = (flags[to - 1]! & TERM) !== 0
  // Function words are English; other languages' prose shows in its lower-case words.
  return (ends || wordCount >= 20) && lower >= wordCount * 0.4 && (functionWords >= wordCount * 0.15 || lower >= wordCount * 0.5)
}

/**
 * Characters of prose sentences joined into one block. A flattened page's article is one run of prose;
 * as one block, any cue in it would have the whole article split into sentences (retext, most of the
 * time spent on the page) and decided in one piece. A line-broken news paragraph runs to a few hundred
 * characters.
 */
const PARAGRAPH_CHARS = 800

/** Menu-like units a line needs to be taken for a flattened page, and their share of its characters. */
const FLAT_UNITS = 3
const FLAT_SHARE = 0.05
/**
 * Or: units that are neither prose nor single words (menus, headlines, captions, bylines) a line needs
 * to be taken for a flattened page, and their share of its characters. A paragraph's long line has one
 * or two (a quote's attribution, a dateline).
 */
const FLAT_PIECES = 5
const FLAT_PIECES_SHARE = 0.1
const SEPARATOR = /^[|·›»•/>✕×]+$/

/**
 * Is the unit of words [from, to) a run of menu items or a title-case headline: a separator among its
 * words, a copyright line, or two words or more, most of them capitalised or numbers, with no full stop at the end?
 */
function isMenu(text: string, w: Words, from: number, to: number): boolean {
  return menuKind(text, w, from, to) !== NOT_MENU
}

// What makes a unit menu-like (see `isMenu()`).
const NOT_MENU = 0
const COPYRIGHT_LINE = 1
const SEPARATED = 2
const TITLE_CASE = 3

function menuKind(text: string, w: Words, from: number, to: number): number {
  if (w.flags[from]! & COPYRIGHT) return COPYRIGHT_LINE
  if (to - from < 2) return NOT_MENU
  let upper = 0
  for (let k = from; k < to; k++) {
    const f = w.flags[k]!
    if (f & (CAP | DIGIT)) upper++
    else if ((f & SYMBOL) && isSeparator(text, w, k)) return SEPARATED
  }
  return upper >= (to - from) * 0.6 && !(w.flags[to - 1]! & TERM) ? TITLE_CASE : NOT_MENU
}

/** Is word `k` a menu separator (| · › » • / > ✕ ×)? */
const isSeparator = (text: string, w: Words, k: number) =>
  w.ends[k]! - w.starts[k]! <= 2 && SEPARATOR.test(text.slice(w.starts[k]!, w.ends[k]!))

/**
 * Numbers a run of title-case words may hold, as a share of its words, and still be cut into menu
 * items: more is a table flattened row after row ("Sauce 560g Cooking Sauce Best Before 14/4/2006 2
 * Asda …"), whose cells cut apart read as menu words ("By", "Style").
 */
const TABLE_NUMBERS = 0.2

/**
 * May the unit of words [from, to), a title-case or separated run, be cut into menu items: mostly
 * capitalised words (a menu's share), few of them numbers?
 */
function menuItems(w: Words, from: number, to: number): boolean {
  let upper = 0
  let numbers = 0
  let symbols = 0
  for (let k = from; k < to; k++) {
    const f = w.flags[k]!
    if (f & CAP) upper++
    else if (f & DIGIT) numbers++
    else if (f & SYMBOL) symbols++
  }
  const words = to - from - symbols
  return upper + numbers >= words * 0.6 && numbers < words * TABLE_NUMBERS
}

/**
 * Words a title-case run needs before it is cut into its items. On a line-broken page a menu is one
 * item per line, and the context pass decides it as such (a page's chrome, a title before the
 * article); a run shorter than this may be a title-case headline, which is one line.
 */
const MENU_ITEMS = 8
/**
 * Words of a title-case run that ends with a terminal mark before it is cut into items: a title-case
 * headline that is one sentence runs to about 15 words; a menu or a headline list to many more.
 */
const MENU_SENTENCE = 20

/**
 * In a title-case run: a capitalised word after a word that does not join it to the next ("Celebrity
 * News Movies"), or any word after a separator ("BrandVoice | Paid Program"); not after a number, nor
 * before a particle ("Sign In").
 */
function itemCut(text: string, w: Words, k: number): boolean {
  const prev = w.flags[k - 1]!
  if (prev & SYMBOL) return isSeparator(text, w, k - 1) && !(w.flags[k]! & SYMBOL)
  // A number goes with the word after it: "0 Comments", "197 Shares".
  if ((w.flags[k]! & (CAP | PARTICLE | MODEL)) !== CAP) return false
  if (prev & (JOINS | FUNCTION | DIGIT)) return (prev & ENDS_PHRASE) !== 0
  if (prev & (ARTICLE | OPEN_QUOTE)) return false
  return !inName(w.flags, k)
}

/** Capitalised words a name inside a sentence-case headline may run to ("at Chile's Cerro Alto copper mine"). */
const NAME_WORDS = 4

/**
 * Is capitalised word `k` inside a name within a sentence-case phrase: the capitalised run it continues
 * follows a function word ("at", "of"), and a lower-case word follows it ("Workers at Chile's Cerro
 * Alto copper mine …")? Such a run is one headline, not menu items.
 */
function inName(flags: number[], k: number): boolean {
  let j = k - 1
  while (j >= 0 && (flags[j]! & CAP) && !(flags[j]! & (JOINS | TERM))) j--
  if (j < 0 || !(flags[j]! & FUNCTION) || (flags[j]! & ENDS_PHRASE)) return false
  let e = k
  while (e < flags.length && e - j <= NAME_WORDS && (flags[e]! & CAP) && !(flags[e]! & (JOINS | TERM))) e++
  return e - j <= NAME_WORDS && e < flags.length && (flags[e]! & LOW) !== 0 && !(flags[e]! & FUNCTION)
}

/**
 * Split the line at [start, end) of `text` (trimmed) into blocks, pushed onto `starts` and `ends`:
 * runs of prose sentences, and each other unit on its own. A line with fewer than FLAT_UNITS
 * menu-like units, or with them under FLAT_SHARE of its characters, is a paragraph and is pushed whole.
 * Returns whether the line was taken for a flattened page (and cut).
 */
export function splitLine(text: string, start: number, end: number, starts: number[], ends: number[]): boolean {
  const w = words(text, start, end)
  const n = w.flags.length
  // Units: word indices where one starts.
  const first: number[] = [0]
  for (let k = 1; k < n; k++) if (cutBefore(w.flags, k)) first.push(k)
  let menus = 0
  let menuChars = 0
  let other = 0
  let otherChars = 0
  for (let u = 0; u < first.length; u++) {
    const from = first[u]!
    const to = u + 1 < first.length ? first[u + 1]! : n
    const chars = w.ends[to - 1]! - w.starts[from]!
    if (isMenu(text, w, from, to)) {
      menus++
      menuChars += chars
    } else if (to - from >= 3 && !isProse(w.flags, from, to)) {
      other++
      otherChars += chars
    }
  }
  const menuLike = menus >= FLAT_UNITS && menuChars >= (end - start) * FLAT_SHARE
  if (!menuLike && (menus + other < FLAT_PIECES || menuChars + otherChars < (end - start) * FLAT_PIECES_SHARE)) {
    starts.push(start)
    ends.push(end)
    return false
  }
  // A unit that is not one sentence (no full stop at its end, or too long for one) is a run of
  // headlines or menu items: cut it again where a capitalised word follows a lower-case one.
  const unitStarts: number[] = []
  for (let u = 0; u < first.length; u++) {
    const from = first[u]!
    const to = u + 1 < first.length ? first[u + 1]! : n
    unitStarts.push(from)
    if (to - from < HEADLINE_RUN) continue
    const sentence = (w.flags[to - 1]! & TERM) !== 0
    if (sentence && to - from < LONG_SENTENCE) continue
    // In a long unit that ends a sentence, a part with a clause in it ("Verified video footage,
    // eyewitness testimony … outside Iran reveal …") is that sentence, not a headline before it.
    let clause = sentence && (w.flags[from]! & CLAUSE) !== 0
    for (let k = from + 2; k < to - 1; k++) {
      clause ||= sentence && (w.flags[k - 1]! & CLAUSE) !== 0
      if (!clause && headlineCut(w.flags, k)) unitStarts.push(k)
    }
  }
  const units = unitStarts.length
  const prose = new Uint8Array(units)
  for (let u = 0; u < units; u++) prose[u] = isProse(w.flags, unitStarts[u]!, u + 1 < units ? unitStarts[u + 1]! : n) ? 1 : 0
  for (let u = 0; u < units; ) {
    let v = u + 1
    // Prose sentences are joined into paragraphs of about a line-broken page's length.
    if (prose[u]) while (v < units && prose[v] && w.starts[unitStarts[v]!]! - w.starts[unitStarts[u]!]! < PARAGRAPH_CHARS) v++
    const from = unitStarts[u]!
    const to = v < units ? unitStarts[v]! : n
    let at = from
    const kind = !prose[u] && to - from >= MENU_ITEMS ? menuKind(text, w, from, to) : NOT_MENU
    // A long title-case run is a menu or a list of headlines even when its last item ends with a
    // question mark or a full stop ("… Subscription Options Why Subscribe?").
    const run = kind === TITLE_CASE || kind === SEPARATED || (!prose[u] && to - from >= MENU_SENTENCE && kind === NOT_MENU)
    if (run && menuItems(w, from, to)) {
      for (let k = from + 1; k < to; k++) {
        if (!itemCut(text, w, k)) continue
        starts.push(w.starts[at]!)
        ends.push(w.ends[k - 1]!)
        at = k
      }
    }
    starts.push(w.starts[at]!)
    ends.push(w.ends[to - 1]!)
    u = v
  }
  return true
}
