/**
 * Stage 2 of the pipeline, for one block or sentence: scan its tokens, lexicon matches and features
 * (`scan.ts`), weigh them into evidence (`score.ts`), and class it for the context pass.
 */
import type { BlockClass } from './context.js'
import type { Features } from './features.js'
import type { Match } from './matcher.js'
import type { Settings } from './options.js'
import { Scan } from './scan.js'
import { score, type Evidence } from './score.js'
import { classes as c } from './weights.js'

/** Own evidence this far above the threshold (log-odds) decides a block without context. */
export const DECISIVE = c.decisive

/** Blocks of editorial prose that make a page one about their topic, and the words of a statement on it (see `classes.topicBlocks`). */
export const TOPIC_BLOCKS = c.topicBlocks
export const TOPIC_STATEMENT_WORDS = c.topicStatementWords
export const TOPIC_SENTENCE_WORDS = c.topicSentenceWords

/** Reused by every scoring call (its arrays are read before the next one). */
export const shared = new Scan()
/** Held by `edgePhrases()` while it scores parts of the same text. */
export const edgeScan = new Scan()

/** Scan and score `text` (into `scan`, whose arrays hold until its next call). */
export function scoreText(text: string, s: Settings, scan = shared): { f: Features; ev: Evidence; matches: Match[] } {
  const f = scan.run(text, s.matcher)
  const matches = scan.match(s.matcher)
  return { f, ev: score(text, scan, f, matches, s.explain), matches }
}

/** A block's class before context (see `BlockClass`), from its features and evidence. */
export function classify(f: Features, ev: Evidence, s: Settings): BlockClass {
  const margin = ev.z - s.zThreshold
  if (margin >= DECISIVE && ev.lexical > 0) return 'bad'
  // Weak cues in a full sentence of prose (an article about privacy policies) do not make a menu line.
  if (margin > 0) return f.words >= c.nearWords || (f.words >= c.nearTerminalWords && f.endsTerminal) ? 'near' : 'weak'
  const prose = f.spaceless ? 1 : f.stopwordRatio
  if (
    (f.words >= c.goodWords && f.endsTerminal && prose >= c.goodStopwords) ||
    (f.chars >= c.goodChars && prose >= c.goodCharsStopwords) ||
    (f.chars >= c.goodSentenceChars && f.sentenceMarks >= 1)
  ) {
    return 'good'
  }
  if (
    (f.words >= c.nearMinWords && f.endsTerminal && (prose >= c.nearStopwords || f.words >= c.nearPlainWords || f.question)) ||
    (f.quotation && f.words >= c.nearMinWords) ||
    (f.words >= c.nearProseWords && f.stopwordRatio >= c.nearProseStopwords) ||
    margin <= c.editorialMargin
  ) {
    return 'near'
  }
  return 'short'
}
