// Texts longer than PAGE_CHARS are streams of documents: decided in windows cut at blank lines,
// without the page-level rules, in memory bounded by the window. These tests pin that behaviour.
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { analyze, clean, createCleaner, render } from '../src/index.js'
import { PAGE_CHARS, WINDOW_CHARS, windowEnd } from '../src/lib/windows.js'

// Multi-megabyte streams: a few seconds each, more on a loaded machine (speed is measured by
// `npm run bench`, not here).
vi.setConfig({ testTimeout: 120_000 })

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8')
const expected = (name: string) => readFileSync(new URL(`../fixtures/${name}/expected.txt`, import.meta.url), 'utf8')

/** `copies` of `doc`, separated by blank lines. */
const stream = (doc: string, copies: number) => Array.from({ length: copies }, () => doc.trim()).join('\n\n') + '\n'

describe('windowEnd', () => {
  it('cuts at the first blank line after the window size', () => {
    const text = 'a'.repeat(WINDOW_CHARS + 10) + '\nline\n\nnext paragraph\n' + 'b'.repeat(WINDOW_CHARS)
    const cut = windowEnd(text, 0)
    expect(text.slice(cut - 6, cut)).toBe('\nline\n'.slice(0, 6))
    expect(text.slice(cut)).toMatch(/^\nnext paragraph/)
  })

  it('falls back to a line break, then to the end', () => {
    const lines = 'x'.repeat(WINDOW_CHARS + 5) + '\n' + 'y'.repeat(3 * WINDOW_CHARS)
    expect(windowEnd(lines, 0)).toBe(WINDOW_CHARS + 6)
    expect(windowEnd('z'.repeat(3 * WINDOW_CHARS), 0)).toBe(3 * WINDOW_CHARS)
    expect(windowEnd('short', 0)).toBe(5)
  })

  it('cuts inside \\r\\n\\r\\n separators', () => {
    const text = 'a'.repeat(WINDOW_CHARS + 1) + '\r\n\r\n' + 'b'.repeat(10)
    const cut = windowEnd(text, 0)
    expect(text.slice(0, cut).endsWith('\r\n')).toBe(true)
    expect(text.slice(cut).startsWith('\r\nb')).toBe(true)
  })
})

describe('streams longer than a page', () => {
  const names = ['donation-head', 'newsletter-tail', 'trap-clean-news-article', 'related-tail', 'mixed-trailing-newsletter-sentence']
  const docs = names.map((n) => fixture(n).trim())
  const copies = Math.ceil((PAGE_CHARS * 1.5) / docs.join('\n\n').length)
  const big = Array.from({ length: copies }, () => docs.join('\n\n')).join('\n\n') + '\n'

  it('is decided in windows: every document keeps its editorial text', () => {
    expect(big.length).toBeGreaterThan(PAGE_CHARS)
    const out = clean(big)
    // Nothing like the page-level cut, which kept one stretch of the whole text.
    expect(out.length).toBeGreaterThan(big.length * 0.6)
    const clean1 = expected('trap-clean-news-article').trim()
    let count = 0
    for (let at = out.indexOf(clean1); at >= 0; at = out.indexOf(clean1, at + 1)) count++
    expect(count).toBe(copies)
    // The promo paragraphs go, in every window.
    expect(out).not.toContain('Your support helps us tell the stories that matter')
  })

  it('gives block offsets into the whole input, covering it in order', () => {
    const analysis = analyze(big)
    let at = 0
    for (const block of analysis.blocks) {
      expect(block.start).toBeGreaterThanOrEqual(at)
      expect(big.slice(block.start, block.end)).toBe(block.text)
      at = block.end
    }
    expect(analysis.blocks.length).toBeGreaterThan(copies * 10)
  })

  it('gives the same output through analyze() and render(), and through a cleaner', () => {
    const out = clean(big)
    expect(render(analyze(big))).toBe(out)
    expect(createCleaner().clean(big)).toBe(out)
  })

  it('keeps a clean stream unchanged', () => {
    const doc = fixture('trap-clean-news-article')
    const text = stream(doc, Math.ceil((PAGE_CHARS * 1.2) / doc.length))
    expect(text.length).toBeGreaterThan(PAGE_CHARS)
    expect(clean(text)).toBe(text)
  })
})
