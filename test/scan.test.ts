// The fast scanner (src/lib/scan.ts) must give exactly what the reference path gives: tokenize()
// for the tokens, features() for the counts and match() for the lexicon matches. Checked on
// generated text mixing lexicon phrases, word-list words, case, apostrophes, Unicode and symbols.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { features } from '../src/lib/features.js'
import { lexicon } from '../src/lib/lexicon/index.js'
import { compile, match } from '../src/lib/matcher.js'
import { GATE_DIGIT, Scan, gateBit } from '../src/lib/scan.js'
import { candidates, gated, passes } from '../src/lib/score.js'
import { segment } from '../src/lib/segment.js'
import { tokenize } from '../src/lib/tokens.js'

const runs = Number(process.env.FC_RUNS ?? 100)
const matcher = compile(lexicon)
const phrases = lexicon.map((p) => p.phrase)

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...phrases) },
  { weight: 2, arbitrary: fc.constantFrom('you', 'We', "DON'T", 'don’t', 'Said', 'they’re', 'Sign', 'ÉTAT', 'İstanbul', 'K', 'straße', '東京の気温は午後に三十度を超えた', '42', '3.2%', 'x') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n', ': ', ' | ', ' / ', ' › ', '©', '(c) 2024', '“', '”', '!', '. ', '?', '’', "'", '@', '$5', '€', '[', '·', '•', '»', '>', '…', '。', '！', '."', '.’ ', "!' ", '?)', '\u00a0', '\t', '«', '„', '"', '?)))))))', '.”’"', '？」', '。') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
)
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''))
const upper = fc.tuple(text, fc.boolean()).map(([t, up]) => (up ? t.toUpperCase() : t))

describe('Scan', () => {
  it('gives the tokens, features and matches of the reference path', () => {
    const scan = new Scan()
    fc.assert(
      fc.property(upper, (t) => {
        const tokens = tokenize(t)
        const f = scan.run(t, matcher)
        expect(f).toEqual(features(t, tokens))
        expect(scan.count).toBe(tokens.length)
        for (let k = 0; k < tokens.length; k++) {
          const token = tokens[k]!
          expect([scan.starts[k], scan.ends[k], scan.isWord[k]]).toEqual([token.start, token.end, token.word ? 1 : 0])
          expect(scan.ids[k]).toBe(matcher.vocabulary.ids.get(token.norm) ?? -1)
        }
        const first = tokens.findIndex((token) => token.word)
        expect(scan.firstWord).toBe(first < 0 ? tokens.length : first)
        expect(scan.match(matcher)).toEqual(match(matcher, tokens))
        let gates = 0
        for (let k = 0; k < t.length; k++) gates |= gateBit(t.charCodeAt(k))
        expect(scan.gates).toBe(gates)
      }),
      { seed: 20261125, numRuns: runs * 10 },
    )
  })

  it('sees digits and symbols as gates', () => {
    const scan = new Scan()
    scan.run('Photo: 2024', matcher)
    expect(scan.gates & GATE_DIGIT).toBe(GATE_DIGIT)
    expect(scan.gates).toBe(gateBit(58) | GATE_DIGIT)
  })
})

describe('pattern gates', () => {
  // Texts each pattern matches, plus generated text: whenever the regex matches, its gate passes.
  const positives = [
    '© 2024 Example Media', '(c) 2019 Foo', '℗ 2020', '1.2k shares', '12 comments', '(3) replies', 'Published: March 3, 2024',
    '2024-03-01', 'Updated 5 hours ago', '3 days ago', 'Title: Something', 'URL=http://x', 'id: 7', 'https://example.com/a',
    'www.example.com', 'jane@example.com', '$5 a month', '€4.99/month', '£1 per week', 'Follow us on Twitter',
    'Connect with us on LinkedIn', 'Subscribe to our channel on YouTube', 'Jane Doe contributed reporting', 'Reporting by Jane Doe',
    '(Writing by Jo Smith; Editing by Al Green)', 'Police chiefs meet [VIDEO]', 'A flooded street. Photo: Jane Doe', 'Image credit: AP',
    'by Jane Doe', 'written by Jane Doe', 'von Hans Müller', 'Jane Doe/AP', '(Jane Doe/Getty Images)', 'date 2024-03-01 the',
    'PUBLISHED: 2024-03-01T10:00Z text', 'FOLLOW US ON INSTAGRAM',
    // Calls to action, widgets and labels.
    'Follow Politics Weekly, our podcast', 'FOLLOW OUR PODCAST ON SPOTIFY', 'Sign up for Politics Weekly, our free email',
    'Get our newsletter in your inbox', 'Download the Courier app', 'Listen to our podcast', 'Become a member today',
    'Join our supporters now', 'Try unlimited access free', 'Unlock our premium offer', '£199 at Currys', 'Now $29.99 at Amazon',
    'Use code SAVE20', 'Save 20% today with code SAVE20', 'Sponsored by Acme Bank', 'In partnership with Acme', 'Comments (12)',
    'Replies [3]',
    // Each opening of the gated alternations, and a credit found inside a line.
    'Show all 12 comments', 'load 3 replies', 'hide (4) comments', 'posted 5 minutes ago', 'Source: AP', 'author=Jane',
    'LANGUAGE: en', 'description: x', 'Like us on Facebook', 'find us on X', 'Join us on Telegram', 'SIGNING UP for our inbox',
    'Register now for our free daily briefing', 'Receive our newsletter today', 'Enter your email to get our newsletter',
    'Join our free newsletter now', 'Install the Example app', 'Open it in the app', 'Try the Example app', 'Subscribe to the podcast',
    'Follow the podcast on Spotify', 'Support us and become a member', 'Donate now and become a supporter', 'Give today, our donors',
    'Chip in now to become a member', 'Contribute today to our members', 'Start your free trial today', 'Get our premium offer now',
    'Claim your free trial now', 'Subscribe now, our best offer', 'Save now, our digital access', 'use code SAVE20',
    'Enter the promo code SAVE20', 'apply the coupon code SAVE20', 'Apply code: SAVE20', 'save big with code SAVE20',
    'Presented by Acme', 'paid partnership with Acme', 'Brought to you by Acme', 'in association with Acme', 'Discussion (4)',
    'Responses (2)', 'comment [1]', 'Words by Jane Doe', 'Par Jean Dupont', 'por María López', 'di Mario Rossi',
    'Additional reporting by Jane Doe', 'editing by Al Green', 'WRITING BY JO SMITH', 'Jane Doe CONTRIBUTED REPORTING',
    'O’contributed reporting', 'Écontributed to this story', 'updated 2024-03-01 text', 'DATE 2024-03-01 x',
  ]
  // Positives with text around them, in either case: the gates see other openings and the same words inside.
  const around = fc.tuple(fc.constantFrom(...positives), text, fc.boolean(), fc.constantFrom('lower', 'upper', 'same')).map(([p, t, before, c]) => {
    const joined = before ? `${t} ${p}` : `${p}${t}`
    return c === 'lower' ? joined.toLowerCase() : c === 'upper' ? joined.toUpperCase() : joined
  })
  const samples = fc.oneof(fc.constantFrom(...positives, 'By Jane Doe', 'BY JANE DOE', 'K1 shares'), text, upper, around)
  it('never skip a pattern that matches', () => {
    const scan = new Scan()
    fc.assert(
      fc.property(samples, (t) => {
        scan.run(t, matcher)
        for (const g of gated) {
          if (g.pattern.pattern.test(t)) expect(passes(g, t, scan), `${g.pattern.id}: ${t}`).toBe(true)
        }
      }),
      { seed: 20261125, numRuns: runs * 10 },
    )
    for (const t of positives) {
      scan.run(t, matcher)
      expect(gated.some((g) => g.pattern.pattern.test(t) && passes(g, t, scan)), t).toBe(true)
    }
  })

  it('give as candidates exactly the patterns within their word limit whose gates pass', () => {
    const scan = new Scan()
    const expected = (t: string, words: number) =>
      gated.reduce((mask, g, k) => (words <= g.pattern.maxWords && passes(g, t, scan) ? mask | (1 << k) : mask), 0)
    fc.assert(
      fc.property(samples, fc.nat({ max: 200_000 }), (t, words) => {
        const f = scan.run(t, matcher)
        for (const n of [f.words, words, words % 150]) expect(candidates(t, scan, n), `${n} words: ${t}`).toBe(expected(t, n))
      }),
      { seed: 20261202, numRuns: runs * 10 },
    )
    // Every opening character pair (and a lone character), with each gate character.
    const gateChars = ['', '1', '©', '(', ':', '=', '@', '/', '$', '[', '|']
    for (let c0 = 0; c0 < 130; c0++) {
      for (const c1 of [-1, 32, 65, 97, 110, 121, 127, 233]) {
        for (const g of gateChars) {
          const t = String.fromCharCode(c0 === 129 ? 0x2026 : c0) + (c1 < 0 ? '' : String.fromCharCode(c1)) + g
          scan.run(t, matcher)
          expect(candidates(t, scan, 3), JSON.stringify(t)).toBe(expected(t, 3))
        }
      }
    }
  })
})

describe('segment fast path', () => {
  // Text with line feeds only takes a path that jumps between them; a trailing \r (a blank line for
  // the character-by-character path) must not change the blocks.
  const line = fc.oneof(fc.constantFrom('', ' ', '\t', '\u00a0', 'Read more', '- item one', 'The council approved the plan on Tuesday, the mayor said, and the budget'), fc.string({ maxLength: 30 }))
  const doc = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n').replace(/[\v\f\r\u2028\u2029]/g, ''))
  it('cuts the same blocks as the character-by-character path', () => {
    fc.assert(fc.property(doc, (t) => {
      expect(segment(t)).toEqual(segment(t + '\r'))
    }), { seed: 20261125, numRuns: runs * 10 })
  })
})
