#!/usr/bin/env node
// Compare this build's speed with another build's, on the benchmark's dev pages, in one process:
// the two run in alternating rounds, so that a slow spell of a shared machine hits both alike.
//
//   node test/scripts/ab.mjs OTHER_ROOT [--rounds 12]
//
// OTHER_ROOT is a checkout with its own dist/ (for the previous release: `git worktree add /tmp/old
// <commit> && (cd /tmp/old && npm ci && npx tsup)`). Prints, per input kind, the best MB/s of each
// build and their ratio. Skips (exit 0) when the benchmark data is absent.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '12' } } })
const dev = resolve(root, '../shared/bench/articles/dev.jsonl')
if (!existsSync(dev)) {
  console.log(`ab: skipped, benchmark data not found (${dev})`)
  process.exit(0)
}
if (positionals.length !== 1) {
  console.error('usage: node test/scripts/ab.mjs OTHER_ROOT [--rounds N]')
  process.exit(2)
}
const builds = {
  this: await import(pathToFileURL(join(root, 'dist/index.js')).href),
  other: await import(pathToFileURL(join(resolve(positionals[0]), 'dist/index.js')).href),
}
const cases = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
console.log(`| input | this MB/s | other MB/s | this / other |\n|---|---|---|---|`)
for (const kind of Object.keys(cases[0].inputs)) {
  const texts = cases.map((c) => c.inputs[kind])
  const bytes = texts.reduce((a, t) => a + t.length, 0)
  const best = { this: 0, other: 0 }
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [name, lib] of Object.entries(builds)) {
      const t0 = performance.now()
      for (const t of texts) lib.clean(t)
      best[name] = Math.max(best[name], bytes / 1e6 / ((performance.now() - t0) / 1000))
    }
  }
  console.log(`| ${kind} | ${best.this.toFixed(1)} | ${best.other.toFixed(1)} | ${(best.this / best.other).toFixed(2)} |`)
}
