/**
 * Scoring: turn a block's (or sentence's) lexicon matches, shape patterns and features into
 * evidence. Each piece of evidence is a reason with a weight in log-odds; their sum `z` is the
 * block's own score before context. Positive means boilerplate.
 *
 * The scorer weighs what a block *does* (addresses the reader, calls to action, speaks as the
 * publication, offers prices, looks like a button) against editorial evidence (reported speech,
 * quotations, third person, numbers, length), so prose *about* subscriptions or cookies stays.
 */
import { patterns } from './lexicon/index.js'
import type { Features } from './features.js'
import type { Match } from './matcher.js'
import type { Token } from './tokens.js'
import type { Category, Reason } from './types.js'

export interface Evidence {
  /** Sum of the reasons' weights (log-odds; positive: boilerplate). */
  z: number
  reasons: Reason[]
  /** Category with the most boilerplate evidence, if any. */
  category: Category | undefined
  /** Positive evidence from the lexicon or the patterns (not only from style features). */
  lexical: number
  /** All the block's words are covered by lexicon phrases (a button, a menu item). */
  covered: boolean
}

/** Prior: most blocks of scraped text are editorial. */
const BIAS = -0.5
/** Blocks up to this many words get the lexicon's full weight; longer ones are diluted. */
const DENSITY_WORDS = 25
/** Blocks up to this many words count line-scope phrases (menu and button words). */
const LINE_WORDS = 10
/** Blocks up to this many words count head-scope phrases (list headings such as "Read more: …"). */
const HEAD_WORDS = 20

const round = (x: number) => Math.round(x * 100) / 100

/** Score one block or sentence. `text` is its text and `tokens` its tokens, matched into `matches`. */
export function score(
  text: string, tokens: readonly Token[], f: Features, matches: readonly Match[], explain = true,
): Evidence {
  const reasons: Reason[] = []
  let z = BIAS
  if (explain) reasons.push({ rule: 'prior', weight: BIAS, detail: 'most scraped text is editorial' })
  const byCategory = new Map<Category, number>()
  const add = (reason: Reason) => {
    reason.weight = round(reason.weight)
    if (reason.weight === 0) return
    z += reason.weight
    if (explain) reasons.push(reason)
    if (reason.category && reason.weight > 0) {
      byCategory.set(reason.category, (byCategory.get(reason.category) ?? 0) + reason.weight)
    }
  }

  // Lexicon.
  const density = f.words <= DENSITY_WORDS ? 1 : Math.sqrt(DENSITY_WORDS / f.words)
  let coveredWords = 0
  for (const m of matches) for (let i = m.from; i < m.to; i++) if (tokens[i]!.word) coveredWords++
  const covered = f.words > 0 && coveredWords === f.words
  const lineBlock = f.words <= LINE_WORDS && coveredWords >= f.words * 0.6 && !f.endsTerminal
  const seen = new Map<string, number>()
  let firstWord = 0
  while (firstWord < tokens.length && !tokens[firstWord]!.word) firstWord++
  const headBlock = f.words <= HEAD_WORDS
  let lexical = 0
  for (const m of matches) {
    const any = m.phrases.find((p) => (p.scope ?? 'any') === 'any')
    const head = headBlock && m.from <= firstWord ? m.phrases.find((p) => p.scope === 'head') : undefined
    const line = lineBlock ? m.phrases.find((p) => p.scope === 'line') : undefined
    // The most specific reading wins: a heading or a button says more than a phrase in passing.
    const phrase = line ?? head ?? any
    if (!phrase) continue
    const key = phrase.phrase
    const repeats = seen.get(key) ?? 0
    seen.set(key, repeats + 1)
    const scope = phrase.scope ?? 'any'
    const weight = (phrase.weight * (scope === 'any' ? density : 1)) / (repeats + 1)
    lexical += weight
    const quoted = explain ? `“${text.slice(m.start, m.end)}”` : ''
    add({
      rule: scope === 'any' ? 'lexicon' : scope === 'head' ? 'heading' : 'button',
      weight,
      category: phrase.category,
      detail: !explain || scope === 'any' ? quoted : scope === 'head' ? `${quoted} opens a short block` : `${quoted} as a button or menu item`,
    })
  }
  if (covered && f.words > 0 && f.words <= LINE_WORDS) {
    add({ rule: 'all-lexicon', weight: 1, detail: 'every word is a boilerplate phrase' })
  } else if (f.words > LINE_WORDS && coveredWords >= f.words * 0.8) {
    // However long, a block made of boilerplate phrases ("Read more Read more …") is boilerplate.
    lexical += 6
    add({ rule: 'mostly-lexicon', weight: 6, detail: `${Math.round((100 * coveredWords) / f.words)}% of the words are boilerplate phrases` })
  }

  // Shape patterns.
  const trimmed = text
  for (const p of patterns) {
    if (f.words > p.maxWords) continue
    if (!p.pattern.test(trimmed)) continue
    lexical += p.weight
    add({ rule: p.id, weight: p.weight, category: p.category, detail: p.detail })
  }

  if (f.words <= 14 && isMenuRow(text)) {
    lexical += 3
    add({ rule: 'breadcrumb', weight: 3, category: 'navigation', detail: 'menu items or a breadcrumb trail between separators' })
  }

  if (f.words >= 6 && f.words <= 40 && f.capitalRatio >= 0.9 && !f.endsTerminal && !LOWER.test(text)) {
    // Weak alone: subheadings are set in capitals too; context decides.
    lexical += 1.5
    add({ rule: 'shouted-headline', weight: 1.5, category: 'related', detail: 'headline in capitals' })
  }

  // How the block speaks: style features matter more once the lexicon has spoken.
  // Style counts only once a real promo phrase is there: fluent prose addresses readers too.
  const promo = lexical >= 2
  if (f.secondPerson > 0) {
    const share = f.secondPerson / Math.max(1, f.words)
    const weight = promo ? Math.min(1.5, 0.4 * f.secondPerson) * density : share >= 0.06 ? 0.5 : 0
    add({ rule: 'second-person', weight, detail: `addresses the reader (${f.secondPerson}× you/your)` })
  }
  if (f.firstPersonPlural > 0 && promo) {
    add({
      rule: 'publication-voice',
      weight: Math.min(1.5, 0.4 * f.firstPersonPlural) * density,
      detail: `speaks as the publication (${f.firstPersonPlural}× we/our/us)`,
    })
  }
  if (f.ctaStart && f.words <= 30) {
    add({ rule: 'call-to-action', weight: promo ? 1 : 0.5, detail: 'starts with a call-to-action verb' })
  }
  if (f.exclamation && f.words <= 30 && promo) {
    add({ rule: 'exclamation', weight: 0.3, detail: 'exclamation mark' })
  }

  // Editorial evidence.
  if (f.reporting > 0) {
    add({ rule: 'reported-speech', weight: -Math.min(3, 1.2 * f.reporting), detail: `reported speech (${f.reporting}× said/told/according…)` })
  }
  if (f.quotation) add({ rule: 'quotation', weight: -0.7, detail: 'quotes someone' })
  if (f.thirdPerson > 0) {
    add({ rule: 'third-person', weight: -Math.min(1.5, 0.3 * f.thirdPerson), detail: `third person (${f.thirdPerson}× he/she/they…)` })
  }
  if (f.numbers > 0 && f.words >= 8) {
    add({ rule: 'numbers', weight: -Math.min(1, 0.2 * f.numbers), detail: `numbers in context (${f.numbers})` })
  }
  if (f.words >= 40) {
    add({ rule: 'long-prose', weight: f.words >= 80 ? -2 : -1, detail: `${f.words} words of prose` })
  }

  if (explain) reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
  let category: Category | undefined
  let best = 0
  for (const [c, w] of byCategory) {
    if (w > best) {
      best = w
      category = c
    }
  }
  return { z: round(z), reasons, category, lexical, covered }
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
export const logit = (p: number) => Math.log(p / (1 - p))

const LOWER = /\p{Ll}/u
const SEPARATORS = /\s(?:>|»|›|\/|\||•|·)\s/

/**
 * A breadcrumb or menu row: two or more short items between separators ("Home > World > Europe",
 * "News | Sport | Weather"). Table rows ("| 1 | Kyle Busch | 5040 |") are not: they start with a
 * separator or hold numbers.
 */
function isMenuRow(text: string): boolean {
  if (!SEPARATORS.test(text) || /^[|•·]/.test(text) || /\d/.test(text)) return false
  const items = text.split(/\s(?:>|»|›|\/|\||•|·)\s/)
  if (items.length < 2) return false
  for (const item of items) {
    const words = item.trim().split(/\s+/).length
    if (words > 4 || /[.!?,;:]$/.test(item.trim())) return false
  }
  return true
}
