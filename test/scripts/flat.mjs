#!/usr/bin/env node
// `npm run eval:flat`: how deboiler does on flattened pages (a scraper's get_text(" ") or stripped
// newlines: the whole page on one line). For the articles' `html-text` input and the corpora's `page`
// input, every run of white space that holds a line break becomes one space; the flattened text and the
// original line-broken text are cleaned with the built library and scored with the benchmark's scorer.
//
//   node test/scripts/flat.mjs [--sample N] [--rounds R] [--json]
//
// Prints, per set: unchanged F1, deboiler F1 on the flattened text, deboiler F1 on the line-broken
// text, MB/s on both, and the purity of the flattened text's blocks: the share of their characters
// that lie in a block at least 90% one label, where a token is editorial when a 4-token shingle holding
// it is in the gold. --sample N takes every Nth page (faster runs while developing). Speed is the
// best of R rounds (default 3) that clean the line-broken and the flattened pages in turn, so that
// neither pays for the other's garbage collection or the first run's compilation. A second table
// splits the F1 by site half (test/scripts/data.mjs): the fit sites, which changes may be tuned on,
// and the held-out ones, which they may not.
// Skips (exit 0) with a message when the benchmark data is absent.
import { existsSync, realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bench = resolve(root, '../shared/bench')
const { values } = parseArgs({
  options: {
    sample: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
})
const sets = [
  { name: 'articles html-text', file: join(bench, 'articles/dev.jsonl'), input: 'html-text', site: (c) => articleSite(c) },
  { name: 'corpora page', file: join(bench, 'corpora/dev.jsonl.gz'), input: 'page', site: (c) => corporaSite(c) },
]
const scorerPath = join(bench, 'evaluate.mjs')
if (!existsSync(scorerPath) || sets.some((s) => !existsSync(s.file))) {
  console.log(`eval:flat: skipped, benchmark data not found (${bench}); see README "Quality"`)
  process.exit(0)
}
const { tpFpFn, metrics } = await import(realpathSync(scorerPath))
const { articleSite, corporaSite, readJsonl } = await import('./data.mjs')
const { analyze, clean } = await import(join(root, 'dist/index.js'))

const sample = Math.max(1, Number(values.sample) || 1)

/** Every run of white space that holds a line break becomes one space. */
const flatten = (text) => text.replace(/\s*[\n\r\v\f\u2028\u2029]\s*/g, ' ')

const TOKEN = /[\p{L}\p{N}_]+/gu
const N = 4

/** Purity of `text`'s blocks: characters in blocks ≥ 90% one label, and all characters of blocks with tokens. */
function purity(text, gold) {
  const goldTokens = gold.match(TOKEN) ?? []
  const goldShingles = new Set()
  for (let i = 0; i + N <= goldTokens.length; i++) goldShingles.add(goldTokens.slice(i, i + N).join('\u0001'))
  const tokens = [...text.matchAll(TOKEN)]
  const editorial = new Uint8Array(tokens.length)
  for (let i = 0; i + N <= tokens.length; i++) {
    const key = tokens.slice(i, i + N).map((m) => m[0]).join('\u0001')
    if (goldShingles.has(key)) editorial.fill(1, i, i + N)
  }
  let pure = 0
  let total = 0
  let t = 0
  for (const block of analyze(text).blocks) {
    while (t < tokens.length && tokens[t].index < block.start) t++
    let count = 0
    let good = 0
    for (; t < tokens.length && tokens[t].index < block.end; t++) {
      count++
      good += editorial[t]
    }
    if (count === 0) continue
    const chars = block.end - block.start
    total += chars
    if (good >= 0.9 * count || good <= 0.1 * count) pure += chars
  }
  return { pure, total }
}

function run(cases, input, transform) {
  const rows = []
  const identity = []
  let bytes = 0
  for (const c of cases) {
    const text = transform(c.inputs[input])
    bytes += Buffer.byteLength(text)
    rows.push(tpFpFn(c.gold, clean(text)))
    identity.push(tpFpFn(c.gold, text))
  }
  return { unchanged: metrics(identity), deboiler: metrics(rows), rows, mb: bytes / 1e6 }
}

/** MB/s on `texts`, line-broken and flattened, each the best of `rounds` rounds taken in turn. */
function speed(lineTexts, flatTexts, rounds) {
  const time = (texts) => {
    const t0 = performance.now()
    for (const text of texts) clean(text)
    return performance.now() - t0
  }
  const mb = (texts) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6
  let lines = Infinity
  let flat = Infinity
  for (let r = 0; r < rounds; r++) {
    lines = Math.min(lines, time(lineTexts))
    flat = Math.min(flat, time(flatTexts))
  }
  return { lines: mb(lineTexts) / (lines / 1000), flat: mb(flatTexts) / (flat / 1000) }
}

const results = {}
for (const set of sets) {
  const cases = readJsonl(set.file).filter((c, i) => i % sample === 0 && typeof c.inputs[set.input] === 'string')
  // Warm up (JIT, lexicon) on a few pages so the first set's speed is not the cold start's.
  for (const c of cases.slice(0, 5)) clean(flatten(c.inputs[set.input]))
  const lines = run(cases, set.input, (t) => t)
  const flat = run(cases, set.input, flatten)
  const mbps = speed(cases.map((c) => c.inputs[set.input]), cases.map((c) => flatten(c.inputs[set.input])), Math.max(1, Number(values.rounds) || 1))
  let pure = 0
  let total = 0
  for (const c of cases) {
    const p = purity(flatten(c.inputs[set.input]), c.gold)
    pure += p.pure
    total += p.total
  }
  const splits = {}
  for (const half of ['fit', 'held-out']) {
    const pick = (rows) => rows.filter((_, i) => set.site(cases[i]).split === half)
    const count = cases.filter((c) => set.site(c).split === half).length
    if (count > 0) splits[half] = { pages: count, flat: metrics(pick(flat.rows)), lines: metrics(pick(lines.rows)) }
  }
  results[set.name] = {
    splits,
    pages: cases.length,
    unchangedFlat: flat.unchanged,
    flat: flat.deboiler,
    lines: lines.deboiler,
    mbpsFlat: mbps.flat,
    mbpsLines: mbps.lines,
    mb: flat.mb,
    purity: total > 0 ? pure / total : 1,
  }
}

if (values.json) console.log(JSON.stringify(results, null, 2))
else {
  const f = (x) => x.toFixed(3)
  const prf = (m) => `${f(m.precision)} / ${f(m.recall)} / ${f(m.f1)}`
  console.log('| set | pages | unchanged flat P / R / F1 | deboiler flat P / R / F1 | deboiler line-broken P / R / F1 | MB/s flat / line-broken (ratio) | purity |')
  console.log('|---|---|---|---|---|---|---|')
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${r.pages} | ${prf(r.unchangedFlat)} | ${f(r.flat.precision)} / ${f(r.flat.recall)} / **${f(r.flat.f1)}** | ${prf(r.lines)} | ` +
        `${r.mbpsFlat.toFixed(2)} / ${r.mbpsLines.toFixed(2)} (${(r.mbpsFlat / r.mbpsLines).toFixed(2)}) | ${f(r.purity)} |`,
    )
  }
  console.log('')
  console.log('| set | sites | pages | deboiler flat P / R / F1 | deboiler line-broken P / R / F1 |')
  console.log('|---|---|---|---|---|')
  for (const [name, r] of Object.entries(results)) {
    for (const [half, h] of Object.entries(r.splits)) {
      console.log(`| ${name} | ${half} | ${h.pages} | ${f(h.flat.precision)} / ${f(h.flat.recall)} / **${f(h.flat.f1)}** | ${prf(h.lines)} |`)
    }
  }
}
