#!/usr/bin/env node
// Compare this build's speed with another build's on flattened pages (a scraper's get_text(" "): every
// run of white space that holds a line break becomes one space) and on the same pages with their line
// breaks, in one process: per round, each set is cleaned by both builds, in alternating order, so that a
// slow spell of a shared machine hits both alike.
//
//   node test/scripts/ab-flat.mjs OTHER_ROOT [--rounds 10]
//
// Sets: the dev pages' html-text input and every 8th page of the corpora's page input. Prints, per set and
// build, the best MB/s and the median of the per-round ratios, and each build's flat / line-broken ratio
// (issue 11 asks for at least 0.5). Skips (exit 0) when ../shared/bench is absent.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '10' } } })
if (positionals.length !== 1) {
  console.error('usage: node test/scripts/ab-flat.mjs OTHER_ROOT [--rounds N]')
  process.exit(2)
}
const bench = resolve(root, '../shared/bench')
if (!existsSync(join(bench, 'articles/dev.jsonl')) || !existsSync(join(bench, 'corpora/dev.jsonl.gz'))) {
  console.log('ab-flat: ../shared/bench is absent, skipping')
  process.exit(0)
}
const load = (at) => import(pathToFileURL(join(resolve(at), 'dist/index.js')).href)
const builds = [['this', await load(root)], ['other', await load(positionals[0])]]
const flatten = (text) => text.replace(/\s*[\n\r\v\f\u2028\u2029]\s*/g, ' ')
const lines = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const dev = lines(readFileSync(join(bench, 'articles/dev.jsonl'), 'utf8')).map((r) => r.inputs['html-text']).filter((t) => typeof t === 'string')
const corpora = lines(gunzipSync(readFileSync(join(bench, 'corpora/dev.jsonl.gz'))).toString('utf8'))
  .map((r) => r.inputs.page).filter((t, i) => typeof t === 'string' && i % 8 === 0)
const sets = { 'articles flat': dev.map(flatten), 'articles line-broken': dev, 'corpora flat': corpora.map(flatten), 'corpora line-broken': corpora }
const rounds = Number(values.rounds)
const best = {}
const ratios = {}
for (let k = 0; k < rounds; k++) {
  for (const [set, texts] of Object.entries(sets)) {
    const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6
    const got = {}
    for (const [name, lib] of k % 2 ? [...builds].reverse() : builds) {
      const start = performance.now()
      for (const t of texts) lib.clean(t)
      got[name] = megabytes / ((performance.now() - start) / 1000)
      best[`${set} ${name}`] = Math.max(best[`${set} ${name}`] ?? 0, got[name])
    }
    ;(ratios[set] ??= []).push(got.this / got.other)
  }
}
const median = (xs) => {
  const y = [...xs].sort((a, b) => a - b)
  return y.length % 2 ? y[(y.length - 1) / 2] : (y[y.length / 2 - 1] + y[y.length / 2]) / 2
}
console.log('| set | this MB/s | other MB/s | this / other (median of rounds) |')
console.log('|---|---|---|---|')
for (const set of Object.keys(sets)) {
  console.log(`| ${set} | ${best[`${set} this`].toFixed(2)} | ${best[`${set} other`].toFixed(2)} | ${median(ratios[set]).toFixed(2)} |`)
}
console.log('\n| build | flat / line-broken, articles | flat / line-broken, corpora |')
console.log('|---|---|---|')
for (const [name] of builds) {
  const ratio = (set) => (best[`${set} flat ${name}`] / best[`${set} line-broken ${name}`]).toFixed(2)
  console.log(`| ${name} | ${ratio('articles')} | ${ratio('corpora')} |`)
}
