// Flattened lines (a whole page joined with spaces): how segmentation cuts them, and that it leaves
// ordinary lines alone.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import { FLAT_LINE_CHARS, lineWordFlags } from '../src/lib/flat.js'
import { segment, type Span } from '../src/lib/segment.js'

const texts = (text: string) => segment(text).map((s) => text.slice(s.start, s.end))

const MENU = 'Home News Sport Weather | Business & Finance | Politics & Policy · Culture › World'
/** MENU cut into its items, as a line-broken page would have them. */
const MENU_ITEMS = ['Home', 'News', 'Sport', 'Weather |', 'Business & Finance |', 'Politics & Policy ·', 'Culture ›', 'World']
const PROSE =
  'The council approved the plan on Tuesday, the mayor said. It will add 40 kilometres of bike lanes by 2026, ' +
  'and the first of them will open in the spring. Residents who spoke at the meeting were divided.'
const FOOTER = '© 2024 Example Media. All rights reserved.'
/** Enough menu runs, apart, for a line to be taken for a flattened page, and long enough for one. */
const TAIL = ` ${FOOTER} ${MENU}`.repeat(Math.ceil(FLAT_LINE_CHARS / (FOOTER.length + MENU.length)))
const HEADLINES =
  'Why do some couples have similar drinking habits Laser hair removal left a dancer with marks ' +
  'Protesters clash with police at a university Deadly shooting at a high school'

/** Blocks in order, each trimmed, and only white space between them and at the ends. */
function covers(text: string, spans: Span[]): boolean {
  let at = 0
  for (const { start, end } of spans) {
    if (start < at || end <= start) return false
    if (text.slice(at, start).trim() !== '' || text[start]!.trim() === '' || text[end - 1]!.trim() === '') return false
    at = end
  }
  return text.slice(at).trim() === ''
}

describe('flattened lines', () => {
  it('cuts a menu run into its items, prose and a footer apart, and keeps the prose sentences together', () => {
    const text = `${MENU} ${PROSE} ${FOOTER} Skip to main content Sign In Subscribe${TAIL}`
    expect(text.length).toBeGreaterThan(FLAT_LINE_CHARS)
    const blocks = texts(text)
    expect(blocks.slice(0, MENU_ITEMS.length)).toEqual(MENU_ITEMS)
    expect(blocks).toContain(PROSE)
    expect(blocks.some((b) => b.startsWith('©'))).toBe(true)
    expect(covers(text, segment(text))).toBe(true)
  })

  it('cuts a run of headlines where a capitalised word follows a lower-case one', () => {
    const text = `${MENU} ${HEADLINES} ${MENU} ${PROSE} ${MENU}${TAIL}`
    const blocks = texts(text)
    expect(blocks).toContain('Laser hair removal left a dancer with marks')
    expect(blocks).toContain('Protesters clash with police at a university')
    expect(blocks).toContain(PROSE)
  })

  it('cuts a credit from the caption or prose that follows it, and a headline from its standfirst', () => {
    const text =
      `${MENU} It is part of a larger problem. Sanjeev Verma/Hindustan Times/Getty Images Another cloud of choking smoke is set to descend upon the city this week. ` +
      `${MENU} The law that’s helping fuel the deadly air pollution A policy to conserve water led to the rise of a major source of pollution. ${MENU}${TAIL}`
    const blocks = texts(text)
    expect(blocks).toContain('Sanjeev Verma/Hindustan Times/Getty Images')
    expect(blocks).toContain('Another cloud of choking smoke is set to descend upon the city this week.')
    expect(blocks).toContain('The law that’s helping fuel the deadly air pollution')
  })

  it('does not cut "Sign In", initials or abbreviations', () => {
    const text = `${MENU} Sign In ${MENU} Read on. Mr. J. Smith told the U.S. Senate on Tuesday that the plan would work, and said more.${TAIL}`
    const blocks = texts(text)
    expect(blocks.slice(0, MENU_ITEMS.length + 1)).toEqual([...MENU_ITEMS, 'Sign In'])
    expect(blocks).toContain('Mr. J. Smith told the U.S. Senate on Tuesday that the plan would work, and said more.')
  })

  it('offsets point into the original string, with any white space between blocks', () => {
    const text = `  ${MENU}\u00a0 ${PROSE}\t${FOOTER}   ${MENU}  ${MENU}${TAIL} \n\n${PROSE}\n`
    const spans = segment(text)
    expect(covers(text, spans)).toBe(true)
    expect(texts(text)).toContain(PROSE)
    expect(texts(text).at(-1)).toBe(PROSE)
  })

  it('leaves a long line with too few menu runs whole', () => {
    const text = `${MENU} ${Array(6).fill(PROSE).join(' ')} ${FOOTER}`
    expect(text.length).toBeGreaterThan(FLAT_LINE_CHARS)
    expect(segment(text)).toEqual([{ start: 0, end: text.length }])
  })

  it('leaves a long paragraph of prose whole', () => {
    const text = Array(10).fill(PROSE).join(' ') + ' “We did what we promised,” she told reporters. Really? Yes.'
    expect(segment(text)).toEqual([{ start: 0, end: text.length }])
  })

  it('removes whole units from a flattened page and never changes kept text', () => {
    const text = `${MENU} Sign up for our free newsletter ${PROSE}${TAIL}`
    const out = clean(text)
    expect(out).toContain(PROSE)
    expect(out).not.toContain('©')
    // The output is the input minus whole blocks, each dropped with the white space after it.
    const kept = segment(text).filter((s) => out.includes(text.slice(s.start, s.end)))
    expect(kept.length).toBeGreaterThan(0)
    expect(text.includes(out.trim()) || out.split(' ').every((w) => text.includes(w))).toBe(true)
  })
})

describe('flattened lines: properties', () => {
  const piece = fc.constantFrom(MENU, PROSE, FOOTER, HEADLINES, 'Advertisement', 'Share this story', '10:28am EST', 'Sign In', '—', '|')
  const space = fc.constantFrom(' ', '  ', '\u00a0', ' \t ')
  const line = fc.array(fc.tuple(piece, space), { minLength: 1, maxLength: 20 }).map((parts) => parts.map(([p, s]) => p + s).join(''))
  const page = fc.array(fc.tuple(fc.oneof(line, fc.string({ unit: 'grapheme', maxLength: 400 })), fc.constantFrom('\n', '\n\n')), { maxLength: 5 })
    .map((parts) => parts.map(([l, s]) => l + s).join(''))

  it('covers the input and is deterministic', () => {
    fc.assert(
      fc.property(page, (text) => {
        const spans = segment(text)
        expect(covers(text, spans)).toBe(true)
        expect(segment(text)).toEqual(spans)
      }),
      { seed: 20261201, numRuns: Number(process.env.FC_RUNS ?? 200) },
    )
  })

  it('cuts only lines longer than FLAT_LINE_CHARS: fixtures segment as whole lines otherwise', () => {
    for (const name of readdirSync('fixtures')) {
      const text = readFileSync(`fixtures/${name}/input.txt`, 'utf8')
      for (const { start } of segment(text)) {
        const lineStart = text.lastIndexOf('\n', start - 1) + 1
        if (text.slice(lineStart, start).trim() === '') continue
        let lineEnd = text.indexOf('\n', start)
        if (lineEnd < 0) lineEnd = text.length
        expect(text.slice(lineStart, lineEnd).trim().length, `${name}: a block starts inside a short line`).toBeGreaterThan(FLAT_LINE_CHARS)
      }
    }
  })
})

describe('flattened lines: word flags', () => {
  /** Words in every casing and with the marks that change their flags. */
  const variants = (word: string) => {
    const upper = word.toUpperCase()
    const title = word[0]!.toUpperCase() + word.slice(1).toLowerCase()
    const mixed = [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')
    return [word, word.toLowerCase(), upper, title, mixed].flatMap((w) => [w, `${w},`, `${w}.`, `${w}:`, `"${w}`, `(${w})`, `${w}?`])
  }
  const listed = (
    'the a an and or of in up out us me them ago by from with i it is said may june mon thu sept sat sun copyright (c) ' +
    'am pm a.m. p.m. uhr h gmt bst gmt+1 cet et sign log on off this that today according however mr dr u.s. e.g'
  ).split(' ')
  const shapes = [
    '10:28am', '9:05', '10:28pm,', '06.00', '6.00', '12:5', 'Q7', 'G85', 'SANTIAGO,', 'LONDON', 'K\u212a', '\u212ahe', 'İt', 'İN',
    'Ünd', 'Éte', 'Ωμέγα', '©', '©2024', '|', '—', '›', '…', 'J.', 'Jan.', 'Mai', 'Über', 'ǅe', 'ﬁn', 'Σ', 'GMT-5', 'AB+', 'ABCDE',
  ].map((w) => JSON.parse(`"${w}"`) as string)

  it('reads a listed word from its table as the full tests do, and any other word too', () => {
    const lines = [[...listed.flatMap(variants), ...shapes.flatMap(variants)].join(' ')]
    for (const name of readdirSync('fixtures')) lines.push(...readFileSync(`fixtures/${name}/input.txt`, 'utf8').split('\n'))
    for (const line of lines) {
      const { fast, full } = lineWordFlags(line)
      expect(fast, line).toEqual(full)
    }
  })

  it('agrees on arbitrary words', () => {
    const unit = fc.constantFrom(...'aAbBtThHeEyYkK\u212a.,:;()"\'|©0123456789+-İıé'.split(''))
    fc.assert(
      fc.property(fc.array(fc.array(unit, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), (words) => {
        const { fast, full } = lineWordFlags(words.map((w) => w.join('')).join(' '))
        expect(fast).toEqual(full)
      }),
      { seed: 20261202, numRuns: Number(process.env.FC_RUNS ?? 2000) },
    )
  })
})
