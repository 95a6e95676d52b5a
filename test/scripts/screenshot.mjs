#!/usr/bin/env node
// Make test/report.png, the README's picture of the HTML report, from the real report of a fixture:
//   node test/scripts/screenshot.mjs [fixture-name]
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const name = process.argv[2] ?? 'shape-one-block-per-line'
const { analyze, toHtmlReport } = await import(join(root, 'dist/index.js'))
const text = readFileSync(join(root, 'fixtures', name, 'input.txt'), 'utf8')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await browser.newPage({ viewport: { width: 960, height: 1200 }, deviceScaleFactor: 1 })
await page.setContent(toHtmlReport(analyze(text), { title: `deboiler report: fixtures/${name}` }))
await page.screenshot({ path: join(root, 'test/report.png'), fullPage: true })
await browser.close()
console.log('wrote test/report.png')
