#!/usr/bin/env node
// How many inputs change when their output is cleaned again (clean(clean(x)) !== clean(x)): every input
// of the benchmark's dev pages and of the corpora (page and Readability output). A script, not a test:
// test/idempotence.test.ts holds the dev inputs and generated text to it; this counts the corpora too.
//
//   node test/scripts/idempotence.mjs [--show N]
//
// Skips (exit 0) when ../shared/bench is absent.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readJsonl } from './data.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bench = resolve(root, '../shared/bench')
const { values } = parseArgs({ options: { show: { type: 'string', default: '0' } } })
if (!existsSync(join(bench, 'articles/dev.jsonl'))) {
  console.log('idempotence: ../shared/bench is absent, nothing to measure')
  process.exit(0)
}
const { clean } = await import(join(process.env.DEBOILER_ROOT ?? root, 'dist/index.js'))
const sets = [['dev pages', readJsonl(join(bench, 'articles/dev.jsonl')), undefined]]
const corpora = join(bench, 'corpora/dev.jsonl.gz')
if (existsSync(corpora)) sets.push(['corpora', readJsonl(corpora), ['page', 'readability']])
let shown = 0
for (const [name, rows, kinds] of sets) {
  let inputs = 0
  let unstable = 0
  for (const row of rows) {
    for (const [kind, text] of Object.entries(row.inputs)) {
      if (kinds && !kinds.includes(kind)) continue
      inputs++
      const once = clean(text)
      const twice = clean(once)
      if (once === twice) continue
      unstable++
      if (shown++ < Number(values.show)) {
        const kept = new Set(twice.split('\n'))
        console.log(`${row.id} ${kind}: the second pass removes`, once.split('\n').filter((l) => l.trim() && !kept.has(l)).slice(0, 5))
      }
    }
  }
  console.log(`${name}: ${unstable} of ${inputs} inputs change when cleaned again`)
}
