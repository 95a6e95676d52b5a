// In a real browser: Debian's Chromium driven by playwright-core (no browser download). Checks that
// the core runs there with the same output as in Node (no Node-only APIs), and that the HTML report
// shows the marked blocks. Skips with a message where /usr/bin/chromium is missing.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze, clean, toHtmlReport } from '../src/index.js'

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available) console.warn('browser tests skipped: /usr/bin/chromium is missing (apt-get install chromium)')

const seed = new URL('../../shared/seeds/000_a0942955b23086af.txt', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8')

let browser: Browser | undefined
beforeAll(async () => {
  if (!available) return
  browser = await chromium.launch({
    executablePath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

describe.skipIf(!available)('in Chromium', () => {
  it('runs clean() from a browser bundle with the same output as in Node', async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'deboiler',
      write: false,
    })
    const code = bundle.outputFiles[0]!.text
    const texts = [fixture('shape-html-text-page'), fixture('mixed-trailing-newsletter-sentence'), fixture('trap-cookie-recipe')]
    if (existsSync(seed)) texts.push(readFileSync(seed, 'utf8'))
    const page = await browser!.newPage()
    await page.setContent('<!doctype html><title>deboiler</title>')
    await page.addScriptTag({ content: code })
    const results = await page.evaluate((inputs) => inputs.map((t) => (globalThis as unknown as { deboiler: { clean(t: string): string } }).deboiler.clean(t)), texts)
    expect(results).toEqual(texts.map((t) => clean(t)))
    await page.close()
  }, 60_000)

  it('shows the report with every block marked, escaped input, and takes a screenshot', async () => {
    const text = fixture('shape-html-text-page') + '\n<img src=x onerror="window.__hacked = true">\n'
    const analysis = analyze(text)
    const page = await browser!.newPage({ viewport: { width: 1000, height: 900 } })
    await page.setContent(toHtmlReport(analysis, { title: 'shape-html-text-page' }))
    // Every block is in a card; runs of dropped blocks share one (data-blocks says how many).
    const blocksIn = (selector: string) => page.locator(selector).evaluateAll((cards) => cards.reduce((a, c) => a + Number(c.getAttribute('data-blocks')), 0))
    expect(await blocksIn('section.block')).toBe(analysis.blocks.length)
    const dropped = analysis.blocks.filter((b) => b.label === 'boilerplate').length
    expect(await blocksIn('section.block[data-label="boilerplate"]')).toBe(dropped)
    // The "removed only" view hides the kept cards, without scripts.
    await page.locator('label[for="view-removed"]').click()
    expect(await page.locator('section.block.kept').first().isVisible()).toBe(false)
    expect(await page.locator('section.block.dropped').first().isVisible()).toBe(true)
    await page.locator('label[for="view-all"]').click()
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(3)
    expect(await page.evaluate(() => (window as unknown as { __hacked?: boolean }).__hacked)).toBeUndefined()
    expect(await page.locator('img').count()).toBe(0)
    const shot = join(mkdtempSync(join(tmpdir(), 'deboiler-report-')), 'report.png')
    await page.screenshot({ path: shot, fullPage: true })
    expect(statSync(shot).size).toBeGreaterThan(10_000)
    await page.close()
  }, 60_000)
})
