/**
 * The pipeline: segment → tokens, lexicon, features → own score → context → sentences.
 * Pure and synchronous; no Node APIs. Retext runs only on the few blocks that need sentences.
 */
import { ContextBlocks, Decisions, decideBlocks, type BlockClass, type ReasonText } from './context.js'
import type { Features } from './features.js'
import { commentHeading, commentMeta, ctaInside, metadataPrefix, type Phrase } from './lexicon/index.js'
import type { Match } from './matcher.js'
import { settings, type Options, type Settings } from './options.js'
import { score, sigmoid, type Evidence } from './score.js'
import { segmentOffsets, type Span } from './segment.js'
import { forgetSentences, sentences, sentencesOf } from './sentences.js'
import { Scan } from './scan.js'
import { PAGE_CHARS, windowEnd } from './windows.js'
import type { Analysis, BlockAnalysis, Category, Label, Reason, SentenceAnalysis } from './types.js'

const LIST_MARKER = /^(?:[-*•▪●·–—]|\d{1,3}[.)])\s/
/** Longest line, in words, that may be a comment section's furniture (an author line, a time, a button). */
const COMMENT_META_WORDS = 16
/** Own evidence this far above the threshold (log-odds) decides a block without context. */
const DECISIVE = 2
/**
 * Blocks longer than this are decided whole: sentence splitting costs far more than scoring, and a
 * paragraph this long is a flattened page, not prose a writer would mix with a sign-up line.
 */
const SENTENCE_CHARS = 100_000
/** Boilerplate blocks at least this long are checked for editorial text behind a glued edge phrase. */
const RESCUE_WORDS = 8
/** A sentence inside an editorial block is dropped only with this much evidence above the threshold. */
const SENTENCE_MARGIN = 1

/** Extra evidence for a block seen in other documents of the same group (see `repeats.ts`). */
export type RepeatHook = (blockText: string) => { weight: number; detail: string } | undefined

/** Reused by every scoring call (its arrays are read before the next one). */
const shared = new Scan()
/** Held by `edgePhrases()` while it scores parts of the same text. */
const edgeScan = new Scan()

function scoreText(text: string, s: Settings, scan = shared): { f: Features; ev: Evidence; matches: Match[] } {
  const f = scan.run(text, s.matcher)
  const matches = scan.match(s.matcher)
  return { f, ev: score(text, scan, f, matches, s.explain), matches }
}

function classify(f: Features, ev: Evidence, s: Settings): BlockClass {
  const margin = ev.z - s.zThreshold
  if (margin >= DECISIVE && ev.lexical > 0) return 'bad'
  // Weak cues in a full sentence of prose (an article about privacy policies) do not make a menu line.
  if (margin > 0) return f.words >= 40 || (f.words >= 15 && f.endsTerminal) ? 'near' : 'weak'
  const prose = f.spaceless ? 1 : f.stopwordRatio
  if (
    (f.words >= 12 && f.endsTerminal && prose >= 0.2) ||
    (f.chars >= 250 && prose >= 0.15) ||
    (f.chars >= 400 && f.sentenceMarks >= 1)
  ) {
    return 'good'
  }
  if (
    (f.words >= 3 && f.endsTerminal && (prose >= 0.15 || f.words >= 6 || f.question)) ||
    (f.quotation && f.words >= 3) ||
    (f.words >= 12 && f.stopwordRatio >= 0.3) ||
    margin <= -2
  ) {
    return 'near'
  }
  return 'short'
}

/** Analyse `text`: every block with its score, label, category, reasons and, for mixed blocks, sentences. */
export function analyze(text: string, options?: Options): Analysis {
  return run(text, options, true)
}

/**
 * The pipeline, collected into an analysis. With `explain` off (as `clean()` runs it) the same
 * decisions are made but reasons are not written out.
 */
export function run(text: string, options: Options | undefined, explain: boolean, repeat?: RepeatHook): Analysis {
  const blocks: BlockAnalysis[] = []
  walk(text, options, explain, repeat, { block: (block) => blocks.push(block) })
  return { text, blocks }
}

/** The settings of calls without options, one per `explain` value (most calls pass no options). */
const defaults: { [explain: string]: Settings | undefined } = {}

function resolveSettings(options: Options | undefined, explain: boolean): Settings {
  if (options !== undefined) return { ...settings(options), explain }
  return (defaults[String(explain)] ??= Object.freeze({ ...settings(undefined), explain }))
}

/** Receives the blocks, in order. */
export interface BlockSink {
  /** A block's analysis. */
  block(block: BlockAnalysis): void
  /**
   * When present, blocks kept or dropped whole come here instead, without an analysis (as
   * `clean()` needs them), with the category a block's analysis would have; blocks with
   * sentences still come to `block()`.
   */
  range?(start: number, end: number, kept: boolean, category: Category | undefined): void
}

/**
 * The pipeline: score every block into a compact record, decide them in context, then hand each
 * block to `sink` in order. Nothing per block is kept beyond a few numbers, so a
 * caller that renders as it goes (`clean()`) holds no more than the input, the output and those.
 */
export function walk(text: string, options: Options | undefined, explain: boolean, repeat: RepeatHook | undefined, sink: BlockSink): void {
  if (typeof text !== 'string') {
    throw new TypeError(`deboiler: \`text\` must be a string, got ${text === null ? 'null' : typeof text}`)
  }
  const s = resolveSettings(options, explain)
  sentencesOf(text, text.length <= PAGE_CHARS)
  try {
    if (text.length <= PAGE_CHARS) {
      decideWindow(text, 0, s, repeat, true, sink)
      return
    }
    for (let from = 0; from < text.length; ) {
      const to = windowEnd(text, from)
      decideWindow(text.slice(from, to), from, s, repeat, false, sink)
      from = to
    }
  } finally {
    forgetSentences()
  }
}

/** Per-block arrays of the window being decided, kept for the next window and call. */
const scratch = {
  zs: new Float64Array(0),
  lexicals: new Float64Array(0),
  words: new Int32Array(0),
  categories: [] as Array<Category | undefined>,
  inputs: new ContextBlocks(0),
  decisions: new Decisions(0),
}

/** Decide the blocks of `text` (a window of the input starting at `offset`). */
function decideWindow(
  text: string, offset: number, s: Settings, repeat: RepeatHook | undefined, page: boolean, sink: BlockSink,
): void {
  const explain = s.explain
  const { starts, ends } = segmentOffsets(text)
  const n = starts.length
  // Per block: own log-odds, lexical evidence, words and category; reasons only when explaining.
  // The arrays are reused from window to window (nothing here runs two windows at once).
  if (scratch.zs.length < n) {
    const size = Math.max(n, scratch.zs.length * 2)
    scratch.zs = new Float64Array(size)
    scratch.lexicals = new Float64Array(size)
    scratch.words = new Int32Array(size)
  }
  const { zs, lexicals, words, categories } = scratch
  const reasonLists: Reason[][] | undefined = explain ? new Array(n) : undefined
  const inputs = scratch.inputs.resize(n)
  for (let i = 0; i < n; i++) {
    const blockText = text.slice(starts[i]!, ends[i]!)
    const { f, ev } = scoreText(blockText, s)
    const repeated = repeat?.(blockText)
    if (repeated) {
      // Seen on other pages of the same site: boilerplate evidence of its own.
      ev.z += repeated.weight
      ev.lexical += repeated.weight
      if (s.explain) ev.reasons.unshift({ rule: 'repeat', weight: repeated.weight, detail: repeated.detail })
    }
    zs[i] = ev.z
    lexicals[i] = ev.lexical
    words[i] = f.words
    categories[i] = ev.category
    if (reasonLists) reasonLists[i] = ev.reasons
    const headline = f.words > 0 && !f.endsTerminal && f.numbers === 0 && (f.capitalRatio >= 0.6 || f.words <= 3)
    const cls = classify(f, ev, s)
    const opensComments = ev.category === 'comments' && f.words <= 6 && (cls === 'bad' || cls === 'weak')
    const teaser = !f.endsTerminal && f.numbers === 0 && f.words >= 4 && f.words <= 25 && !LIST_MARKER.test(blockText)
    const opensList = ev.category === 'related' && cls === 'bad' && f.words <= 8
    const meta = f.words <= COMMENT_META_WORDS && commentMeta.test(blockText)
    const heading = opensComments && commentHeading.test(blockText)
    inputs.setFields(i, cls, headline, teaser, opensList, opensComments, ev.z - s.zThreshold, f.chars, meta, heading)
  }
  const decisions = decideBlocks(inputs, true, page, scratch.decisions)
  const light = sink.range !== undefined
  for (let i = 0; i < n; i++) {
    const blockText = text.slice(starts[i]!, ends[i]!)
    const contextBoilerplate = decisions.boilerplate[i] === 1
    const contextReason = decisions.reasonText(i)
    const ownZ = zs[i]!
    // Reasons are written out for analyses; a light sink takes only the decision.
    const reasons: Reason[] | undefined = reasonLists ? reasonLists[i]! : light ? undefined : []
    let z = ownZ
    const own = z >= s.zThreshold
    if (contextReason && contextBoilerplate !== own) {
      // Context overrides the block's own evidence: record by how much.
      const weight = contextBoilerplate ? s.zThreshold + 1 - z : s.zThreshold - 1 - z
      reasons?.unshift({ rule: 'context', weight: Math.round(weight * 100) / 100, detail: contextReason })
      z += weight
    } else if (contextReason) {
      reasons?.push({ rule: 'context', weight: 0, detail: contextReason })
    }
    let category = categories[i] ?? (contextBoilerplate ? (contextCategory(contextReason) ?? neighbourCategory(categories, decisions, i)) : undefined)
    let boilerplate = contextBoilerplate
    let keptCategory = false
    if (boilerplate && category && !s.drop.has(category)) {
      boilerplate = false
      keptCategory = true
      reasons?.unshift({ rule: 'kept-category', weight: 0, category, detail: `category \`${category}\` is kept by options.drop` })
    }
    const start = offset + starts[i]!
    const end = offset + ends[i]!
    let label: Label = boilerplate ? 'boilerplate' : 'editorial'
    let blockCategory = boilerplate || (category && ownZ > s.zThreshold) ? category : undefined
    let sentences: SentenceAnalysis[] | undefined
    const sentenceLevel = s.granularity === 'sentence' && blockText.length <= SENTENCE_CHARS
    if (boilerplate && decisions.region[i] === 0 && ownZ > s.zThreshold && sentenceLevel && words[i]! >= RESCUE_WORDS) {
      // A long block may be editorial text with a credit or label glued to its start or end, or
      // editorial sentences followed (or preceded) by a promo sentence.
      const edges = rescueEdges(blockText, start, s)
      const parts = edges ?? rescueSentences(blockText, start, s)
      if (parts) {
        label = 'editorial'
        sentences = parts
        reasons?.unshift(
          edges
            ? { rule: 'glued-edges', weight: 0, detail: 'only a phrase glued to its start or end is boilerplate' }
            : { rule: 'sentences', weight: 0, detail: 'editorial sentences before or after the promo ones are kept' },
        )
      }
    } else if (!boilerplate && !keptCategory && sentenceLevel && (lexicals[i]! > 0 || mayStartWithMetadata(blockText) || ctaInside.test(blockText))) {
      const parts = splitMixed(blockText, start, s)
      if (parts) {
        if (parts.every((p) => p.label === 'boilerplate')) {
          label = 'boilerplate'
          category = parts[0]!.category ?? category
          if (category) blockCategory = category
          reasons?.unshift({ rule: 'sentences', weight: 0, detail: 'every sentence is boilerplate' })
        } else {
          sentences = parts
        }
      }
    }
    if (light && !sentences) {
      sink.range!(start, end, label === 'editorial', blockCategory)
      continue
    }
    const block: BlockAnalysis = { text: blockText, start, end, label, score: round(sigmoid(z)), reasons: reasons ?? [] }
    if (blockCategory) block.category = blockCategory
    if (sentences) block.sentences = sentences
    sink.block(block)
  }
}

/** `metadataPrefix.test(text)`, with its first-letter check done first (most blocks fail it). */
function mayStartWithMetadata(text: string): boolean {
  const c = text.charCodeAt(0) | 32
  return (c === 100 || c === 112 || c === 117) && metadataPrefix.test(text)
}

/**
 * The category of what a context rule removes as a whole, however far from the block that opened
 * it: readers' comments, the items of a list of links (so that `drop` keeps or removes all of them).
 */
function contextCategory(reason: ReasonText | undefined): Category | undefined {
  if (reason === 'comment section') return 'comments'
  if (reason === 'item of a list of links' || reason === 'headline list after the article') return 'related'
  return undefined
}

function neighbourCategory(categories: ReadonlyArray<Category | undefined>, decisions: Decisions, i: number): Category {
  for (let d = 1; d < 4; d++) {
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? i - d : i + d
      // (The arrays are reused: only indices of this window count.)
      if (j < 0 || j >= decisions.length) continue
      const c = categories[j]
      if (c && decisions.boilerplate[j] === 1) return c
    }
  }
  return 'navigation'
}

const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * Decide a kept block's sentences: cut leading and trailing promo phrases, then score each
 * retext sentence. Returns `undefined` when nothing in the block is boilerplate.
 */
function splitMixed(text: string, offset: number, s: Settings): SentenceAnalysis[] | undefined {
  const parts: SentenceAnalysis[] = []
  let from = 0
  let to = text.length
  // Leading and trailing promo phrases glued to the text.
  const { head, tail: tailEdge } = edgePhrases(text, s)
  if (head) from = skipSpace(text, head.end)
  let tail: SentenceAnalysis | undefined
  if (tailEdge && tailEdge.start > from) {
    to = trimEnd(text, tailEdge.start)
    tail = part(text, offset, tailEdge.start, text.length, 'boilerplate', tailEdge.z, tailEdge.category, tailEdge.reasons)
  }
  let spans = wholeSentences(text.slice(from, to))
  if (head) {
    // The label goes only when the sentence it was glued to reads as editorial on its own, as a
    // second pass sees it: "Read more: PUBLISHED: 00:01, Tue, … The museum will reopen…" keeps it.
    const first = spans[0]
    if (first && scoreText(text.slice(from + first.start, from + first.end), s).ev.z < s.zThreshold) {
      parts.push(part(text, offset, 0, head.end, 'boilerplate', head.z, head.category, head.reasons))
    } else {
      from = 0
      spans = wholeSentences(text.slice(0, to))
    }
  }
  if (spans.length > 1 || parts.length || tail) {
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!
      const start = from + span.start
      const end = from + span.end
      const sentenceText = text.slice(start, end)
      // Scanned into edgeScan, whose tokens edgePhrases() below reuses.
      const { f, ev, matches } = scoreText(sentenceText, s, edgeScan)
      // Fragments ("(Published", "Updated") are not sentences a reader would drop on their own.
      const bad = spans.length > 1 && (f.words >= 3 || (f.endsTerminal && ev.covered)) && ev.lexical >= 2 && ev.z - s.zThreshold >= SENTENCE_MARGIN && (!ev.category || s.drop.has(ev.category))
      if (k > 0) {
        // A promo phrase glued to the start of an editorial sentence ("Share this article “We …,” she said."),
        // cut as it would be at the start of a block. (The first sentence starts the block, or
        // follows the label cut off it: it does not start with a second label.)
        const head = edgePhrases(sentenceText, s, matches).head
        const restStart = head ? skipSpace(sentenceText, head.end) : 0
        const rest = head ? scoreText(sentenceText.slice(restStart), s) : undefined
        if (head && rest && rest.ev.z < s.zThreshold) {
          parts.push(part(text, offset, start, start + head.end, 'boilerplate', head.z, head.category, head.reasons))
          parts.push(part(text, offset, start + restStart, end, 'editorial', rest.ev.z, undefined, rest.ev.reasons))
          continue
        }
      }
      parts.push(part(text, offset, start, end, bad ? 'boilerplate' : 'editorial', ev.z, ev.category, ev.reasons))
    }
  }
  if (tail) parts.push(tail)
  return parts.some((p) => p.label === 'boilerplate') ? parts : undefined
}

function part(
  text: string, offset: number, start: number, end: number, label: 'editorial' | 'boilerplate',
  z: number, category: Category | undefined, reasons: Reason[],
): SentenceAnalysis {
  const p: SentenceAnalysis = { text: text.slice(start, end), start: offset + start, end: offset + end, label, score: round(sigmoid(z)), reasons }
  if (category && label === 'boilerplate') p.category = category
  return p
}

/**
 * Keep the editorial sentences of a boilerplate block when they form its start or its end and
 * everything else is promo ("… the minister said. Sign up for our politics newsletter."). Otherwise,
 * when editorial and promo sentences interleave, only those that report (said, according to, a
 * quotation) in the third person are kept: an appeal mixes plain statements of its own with its asks.
 */
function rescueSentences(text: string, offset: number, s: Settings): SentenceAnalysis[] | undefined {
  const spans = wholeSentences(text)
  if (spans.length < 2) return undefined
  const scored = spans.map((span) => {
    const { f, ev } = scoreText(text.slice(span.start, span.end), s)
    const margin = ev.z - s.zThreshold
    const kind = margin <= -1 && f.words >= 4 ? 'editorial' : margin > 0 || ev.lexical >= 2 ? 'promo' : 'neutral'
    // Reporting, in the third person, neither addressing the reader nor speaking as the publication:
    // a sentence of news, even between two asks.
    const reported = kind === 'editorial' && (f.reporting > 0 || f.quotation) && f.secondPerson === 0 && f.firstPersonPlural === 0
    return { span, ev, kind, reported }
  })
  const n = scored.length
  let prefix = 0
  while (prefix < n && scored[prefix]!.kind !== 'promo') prefix++
  let suffix = n
  while (suffix > 0 && scored[suffix - 1]!.kind !== 'promo') suffix--
  const allPromo = (from: number, to: number) => scored.slice(from, to).every((p) => p.kind === 'promo')
  const hasEditorial = (from: number, to: number) => scored.slice(from, to).some((p) => p.kind === 'editorial')
  let keep: [number, number] | undefined
  if (prefix > 0 && prefix < n && allPromo(prefix, n) && hasEditorial(0, prefix)) keep = [0, prefix]
  else if (suffix < n && suffix > 0 && allPromo(0, suffix) && hasEditorial(suffix, n)) keep = [suffix, n]
  if (!keep) {
    // Interleaved: news sentences between the asks are kept one by one; an appeal's own plain
    // statements ("We don't have a paywall.") are not reported speech and go with it.
    if (!scored.some((p) => p.kind === 'promo') || !scored.some((p) => p.reported)) return undefined
    return scored.map((p) => part(text, offset, p.span.start, p.span.end, p.reported ? 'editorial' : 'boilerplate', p.ev.z, p.ev.category, p.ev.reasons))
  }
  return scored.map((p, k) => {
    const kept = k >= keep![0] && k < keep![1]
    return part(text, offset, p.span.start, p.span.end, kept ? 'editorial' : 'boilerplate', p.ev.z, p.ev.category, p.ev.reasons)
  })
}

/**
 * A boilerplate block whose promo is only glued to its edges or to some of its sentences: the
 * mixed-block split, accepted when what it keeps reads as prose (not a headline behind "Read more:").
 */
function rescueEdges(text: string, offset: number, s: Settings): SentenceAnalysis[] | undefined {
  const parts = splitMixed(text, offset, s)
  if (!parts) return undefined
  // The kept part must be one run: an appeal interleaves plain statements with its asks.
  const labels = parts.map((p) => p.label)
  const first = labels.indexOf('editorial')
  const last = labels.lastIndexOf('editorial')
  if (first < 0 || parts.slice(first, last + 1).some((p) => p.label === 'boilerplate')) return undefined
  // Promo on both sides of it is an appeal with a plain sentence inside, unless each side is one phrase.
  if (first > 0 && last < parts.length - 1 && (first > 1 || last < parts.length - 2)) return undefined
  const prose = parts.some((p) => {
    if (p.label !== 'editorial') return false
    const { f, ev } = scoreText(p.text, s)
    return f.words >= 8 && f.endsTerminal && ev.z < s.zThreshold
  })
  return prose ? parts : undefined
}

interface Edge {
  start: number
  end: number
  z: number
  category: Category | undefined
  reasons: Reason[]
}

/**
 * A terminal mark, then optional closing quotes and brackets, at the end of a text: German „…“ and
 * »…« and French « … » (with its space before the closing mark) close with “ « and ».
 */
const ENDS_SENTENCE = /[.!?…。！？](?:[ \u00a0\u202f][»›])?["'”’»“«›‹)\]]*$/
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/
/** What a new sentence starts with, after a label: an upper-case letter or an opening quote. */
const SENTENCE_START = /^[\p{Lu}"'“‘«„]/u
/** Marks that close a label ("Read more:", "Home |", "Advertisement —"). */
const LABEL_END = /[:|»›>•—–]$/

/**
 * Retext's sentences of `text`, joined where retext's boundary is not one a cut may fall on, and
 * split where a line ends with a terminal mark. Only whole sentences are removed from a block, and
 * a sentence here ends with a terminal mark (and closing quotes or brackets) followed by white
 * space, or at a line break: "(AP Photo/Jane Doe)" after "won 5-4." and before "Police said" is no
 * sentence of its own, nor is "…its...Read more"; "What comes next?⏎date 2024-03-01 The council…"
 * is two sentences whether its lines are one block or two.
 */
function wholeSentences(text: string): Span[] {
  const out: Span[] = []
  const add = (start: number, end: number) => {
    const last = out[out.length - 1]
    if (last && !sentenceBreak(text, last.end, start)) last.end = end
    else out.push({ start, end })
  }
  for (const span of sentences(text)) {
    let from = span.start
    if (LINE_BREAK.test(text.slice(from, span.end))) {
      for (let i = from; i < span.end; i++) {
        if (!LINE_BREAK.test(text[i]!)) continue
        const end = trimEnd(text, i)
        const next = skipSpace(text, i)
        if (end > from && next < span.end && ENDS_SENTENCE.test(text.slice(Math.max(from, end - 8), end))) {
          add(from, end)
          from = next
        }
      }
    }
    add(from, span.end)
  }
  return out
}

function sentenceBreak(text: string, end: number, next: number): boolean {
  if (next === end) return false
  return LINE_BREAK.test(text.slice(end, next)) || ENDS_SENTENCE.test(text.slice(Math.max(0, end - 8), end))
}

/** Longest bracketed credit or label kept whole, in characters: "(Photo: Jane Doe/Example Agency)". */
const BRACKETED = 80

/**
 * When `text` opens with a bracket that closes after `end` (within `BRACKETED` characters, with no
 * other bracket inside), the offset of the closing bracket; otherwise -1.
 */
function closingBracket(text: string, end: number): number {
  const closer = text[0] === '(' ? ')' : text[0] === '[' ? ']' : undefined
  if (!closer || text.lastIndexOf(closer, end - 1) >= 0) return -1
  const close = text.indexOf(closer, end)
  if (close < 0 || close > BRACKETED || /[()[\]]/.test(text.slice(1, close))) return -1
  return close
}

/** Are the round and square brackets of `text` balanced? */
function balanced(text: string): boolean {
  let round = 0
  let square = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') round++
    else if (c === ')' && --round < 0) return false
    else if (c === '[') square++
    else if (c === ']' && --square < 0) return false
  }
  return round === 0 && square === 0
}

/**
 * May `text.slice(0, end)`, a run of edge phrases at the start of `text`, be cut off it, leaving
 * whole sentences? Only when it is followed by white space and a new sentence (an upper-case letter
 * or an opening quote: not "Related: 7 Strange Signs…" or "© 2000-2019 Example, Inc."), its
 * brackets are balanced (not "(AP Photo/" of "(AP Photo/Jane Doe)"), and it reads as a label rather
 * than as the start of the sentence: written in capitals ("ADVERTISEMENT"), closed by a label mark
 * ("Read more:"), or made of ad labels and whole promo phrases (`plain`: "Advertisement Continue
 * reading the main story").
 */
function standaloneLabel(text: string, end: number, plain: boolean): boolean {
  if (end >= text.length || !SPACE.test(text[end]!)) return false
  const label = text.slice(0, end)
  const next = skipSpace(text, end)
  if (!SENTENCE_START.test(text.slice(next, next + 1)) || !balanced(label)) return false
  return plain || LABEL_END.test(label) || (/\p{L}/u.test(label) && !/\p{Ll}/u.test(label))
}

/**
 * Leading and trailing runs of edge phrases, cut only when editorial text remains between them.
 * `scanned`: the matches of `text` when edgeScan has just scanned it (and only the head is wanted).
 */
function edgePhrases(text: string, s: Settings, scanned?: Match[]): { head?: Edge; tail?: Edge } {
  const tokens = edgeScan
  let matches = scanned
  if (!matches) {
    tokens.run(text, s.matcher)
    matches = tokens.match(s.matcher)
  }
  const { count, starts, ends, isWord } = tokens
  const cuttable = (p: Phrase) => s.drop.has(p.category) && (p.edge || ((p.scope ?? 'any') === 'any' && p.weight >= 3))
  const out: { head?: Edge; tail?: Edge } = {}
  // Head: the scraper's metadata prefix, then edge phrases up to the first byline or timestamp word
  // ("Posted by", "Updated": they start the line they describe, which goes whole or not at all).
  let headEnd = 0
  let headTokens = 0
  let plain = true
  const prefix = metadataPrefix.exec(text)
  if (prefix) {
    headEnd = prefix[0].length
    while (headTokens < count && starts[headTokens]! < headEnd) headTokens++
  }
  for (const m of matches) {
    if (m.from < headTokens) continue
    if (m.from !== headTokens || !m.phrases.some((p) => cuttable(p) && p.category !== 'metadata')) break
    plain &&= m.phrases.some((p) => cuttable(p) && (p.category === 'advertisement' || ((p.scope ?? 'any') === 'any' && p.category !== 'metadata')))
    headTokens = m.to
    headEnd = m.end
  }
  if (headEnd > 0) while (headTokens < count && !isWord[headTokens]) headEnd = ends[headTokens++]!
  // A credit in brackets goes whole, brackets included: "(AP Photo/Jane Doe)", not "(AP Photo/".
  const close = headEnd > 0 ? closingBracket(text, headEnd) : -1
  if (close > 0) {
    headEnd = close + 1
    while (headTokens < count && starts[headTokens]! < headEnd) headTokens++
  }
  const rest = count - headTokens
  if (headEnd > 0 && rest >= 4 && standaloneLabel(text, headEnd, plain)) {
    const ev = scoreText(text.slice(0, headEnd), s).ev
    out.head = { start: 0, end: headEnd, z: Math.max(ev.z, s.zThreshold + 1), category: ev.category ?? 'metadata', reasons: ev.reasons }
  }
  if (scanned) return out
  // Tail.
  let tailTokens = count
  let tailStart = text.length
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!
    let end = m.to
    while (end < tailTokens && !isWord[end]) end++
    if (end !== tailTokens || !m.phrases.some(cuttable) || m.from <= headTokens) break
    tailTokens = m.from
    tailStart = m.start
  }
  if (tailTokens < count && tailTokens - headTokens >= 4 && sentenceBreak(text, trimEnd(text, tailStart), tailStart)) {
    const ev = scoreText(text.slice(tailStart), s).ev
    out.tail = { start: tailStart, end: text.length, z: Math.max(ev.z, s.zThreshold + 1), category: ev.category, reasons: ev.reasons }
  }
  return out
}

/** White space, NEL (a line break that `\s` leaves out) included. */
const SPACE = /[\s\u0085]/

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++
  return i
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && SPACE.test(text[i - 1]!)) i--
  return i
}
