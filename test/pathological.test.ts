// Pathological and hostile inputs: each returns a sane result, quickly. Sizes are kept moderate so
// the suite stays fast; `npm run bench -- --pathological` times the same shapes at two scales.
import { describe, expect, it } from 'vitest'
import { analyze, clean } from '../src/index.js'
import { segment } from '../src/lib/segment.js'

const PROSE = 'The council approved the plan on Tuesday, the mayor said. '

describe('pathological input', () => {
  it('10 MB without white space', () => {
    const text = 'a'.repeat(10_000_000)
    expect(clean(text)).toBe(text)
  }, 60_000)

  it('1,000,000 newlines', () => {
    expect(clean('\n'.repeat(1_000_000))).toBe('')
  }, 60_000)

  it('1,000,000 repetitions of "Read more", as lines and as one line', () => {
    expect(clean('Read more\n'.repeat(1_000_000))).toBe('')
    expect(clean('Read more '.repeat(1_000_000))).toBe('')
  }, 60_000)

  it('one 5 MB line of prose', () => {
    const text = PROSE.repeat(86_000)
    expect(clean(text)).toBe(text)
  }, 60_000)

  it('deeply repeated punctuation', () => {
    const text = '!?.'.repeat(1_000_000)
    expect(clean(text)).toBe(text)
    expect(clean('((((((((((' .repeat(100_000) + PROSE)).toContain('council')
  }, 60_000)

  // Long single lines go through the flattened-line splitter (src/lib/flat.ts): one pass, whatever the
  // shape. Segmentation runs on 10 MB; cleaning, whose cost is per block, on 1 MB of the shapes with many blocks.
  describe('10 MB on one line', () => {
    const size = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length))
    const MENU = 'Home News Sport Weather | The Goods Future Perfect › A Word of the Day Sign In © 2024 '
    const PAGE = 'Home News Sport Weather | Politics & Policy › World Sign In Getty Images ' + PROSE + '© 2024 Example Media. All rights reserved. '
    const PUNCTUATION = '. | , ! ? … — © » '

    it('prose', () => {
      const text = size(PROSE, 10_000_000)
      expect(segment(text)).toEqual([{ start: 0, end: text.length - 1 }])
      expect(clean(text)).toBe(text)
    }, 60_000)

    it('no spaces', () => {
      const text = size('Home|News|Sport.The', 10_000_000)
      expect(segment(text)).toEqual([{ start: 0, end: text.length }])
    }, 60_000)

    it('menu words, a flattened page, all punctuation', () => {
      for (const unit of [MENU, PAGE, PUNCTUATION]) {
        const text = size(unit, 10_000_000)
        const spans = segment(text)
        expect(spans.length).toBeGreaterThan(100_000)
        expect(spans.at(-1)!.end).toBe(text.length - 1)
      }
      expect(clean(size(MENU, 1_000_000))).toBe('')
      expect(clean(size(PAGE, 1_000_000))).toContain(PROSE.trim())
      expect(() => clean(size(PUNCTUATION, 1_000_000))).not.toThrow()
    }, 60_000)
  })

  it('NUL bytes and control characters', () => {
    const text = `${PROSE}\n\n\u0000\u0001\u0002${'\u0000'.repeat(100_000)}\n\nSign up for our free newsletter.\n`
    const out = clean(text)
    expect(out.startsWith(PROSE.trimEnd())).toBe(true)
    expect(out).not.toContain('Sign up')
  }, 60_000)

  it('lone surrogates', () => {
    const text = `\ud800${PROSE}\udfff\n\nShare this article \udbff\n\n${PROSE}\ud83d\n`
    expect(() => analyze(text)).not.toThrow()
    expect(clean(text)).toContain(PROSE.trim())
  }, 60_000)

  it('mixed right-to-left and left-to-right text', () => {
    const text = `قال رئيس البلدية إن المجلس وافق على الخطة يوم الثلاثاء. ${PROSE}\n\nשלום עולם, the mayor said.\n`
    expect(clean(text)).toBe(text)
  }, 60_000)

  it('emoji, ZWJ sequences and combining marks', () => {
    const text = `👩🏽‍🚀 Cafe\u0301 owners said the strike would end on Friday 🎉.\n\nZ̷̛̭a̴l̵g̶o̷ text, the mayor said.\n`
    expect(clean(text)).toBe(text)
  }, 60_000)

  it('only boilerplate: empty output, not an error', () => {
    expect(clean('Sign up for our newsletter\n\nShare this article\n\n© 2024 Example Media. All rights reserved.\n')).toBe('')
  }, 60_000)

  it('empty string', () => {
    expect(clean('')).toBe('')
    expect(analyze('')).toEqual({ text: '', blocks: [] })
  }, 60_000)
})
