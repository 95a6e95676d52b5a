// The HTML report of the command: runs of dropped blocks fold into one card, a CSS-only "removed
// only" view, several files on one page, and a size that stays a small multiple of the input.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { analyze } from '../src/index.js'
import { ARTICLE, checkBuilt, dir, file, run } from './cli-helpers.js'

vi.setConfig({ testTimeout: 120_000 })
beforeAll(checkBuilt)


describe('--report', () => {
  it('folds a run of dropped lines into one card with a count', () => {
    const menu = ['Home', 'News', 'Sport', 'Business', 'Opinion', 'Culture', 'Travel', 'Weather'].join('\n')
    const text = `${menu}\n\n${ARTICLE}`
    const blocks = analyze(text).blocks
    const firstKept = blocks.findIndex((b) => b.label !== 'boilerplate')
    expect(firstKept).toBeGreaterThan(3)
    const report = join(dir, 'fold.html')
    expect(run(['--report', report, file('fold.txt', text)]).status).toBe(0)
    const html = readFileSync(report, 'utf8')
    const cards = [...html.matchAll(/<section class="block (\w+)"[^>]*data-blocks="(\d+)"/g)].map((m) => [m[1], Number(m[2])])
    expect(cards[0]).toEqual(['dropped', firstKept])
    expect(cards.reduce((a, c) => a + (c[1] as number), 0)).toBe(blocks.length)
    expect(html).toContain(`${firstKept} dropped blocks`)
    // Each menu word is still there, escaped, in the one card.
    expect(html).toMatch(/Home\nNews\nSport/)
  })

  it('has a "removed only" view that works without scripts (the page allows none)', () => {
    const report = join(dir, 'view.html')
    run(['--report', report, file('view.txt', ARTICLE)])
    const html = readFileSync(report, 'utf8')
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/<script/i)
    expect(html).toMatch(/<input type="radio" name="view" id="view-removed"/)
    expect(html).toContain('#view-removed:checked~main .block.kept{display:none}')
  })

  it('stays a small multiple of a 1 MB page of menus and text (it was 14×), built in linear time', () => {
    // A big page as html-text gives it: a long menu, the article with share lines, a footer of links.
    const words = ['Home', 'News', 'World', 'Sport', 'Business', 'Opinion', 'Culture', 'Travel', 'Weather', 'Video']
    const menu = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join('\n')
    const paragraphs: string[] = []
    for (let i = 0; paragraphs.join('\n\n').length < 750_000; i++) {
      paragraphs.push(`Paragraph ${i}: the council approved the plan on Tuesday after a long debate, the mayor said, adding that work on the bridge would begin in July and last about ${i % 12 + 2} months. Officials said the cost had risen since the first estimate.`)
      if (i % 10 === 9) paragraphs.push('Share this article')
    }
    const footer = Array.from({ length: 5_000 }, (_, i) => `Related story ${i}`).join('\n')
    const text = `${menu}\n\n${paragraphs.join('\n\n')}\n\n${footer}\n`
    expect(text.length).toBeGreaterThan(900_000)
    const report = join(dir, 'big.html')
    const started = performance.now()
    const r = run(['--report', report, file('big.txt', text)])
    expect(r.status).toBe(0)
    expect(performance.now() - started).toBeLessThan(60_000)
    const size = readFileSync(report).length
    expect(size / Buffer.byteLength(text)).toBeLessThan(2.5)
  })

  it('escapes the input in folded cards, titles and reasons', () => {
    const report = join(dir, 'escape.html')
    const nasty = 'Share on <b>Facebook</b>\nTweet "this" & \'that\'\n<img src=x onerror=alert(1)>\n\n' + ARTICLE
    run(['--report', report, file('<x>.txt', nasty)])
    const html = readFileSync(report, 'utf8')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>Facebook')
    expect(html).toContain('&lt;x&gt;.txt')
  })
})
