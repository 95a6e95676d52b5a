#!/usr/bin/env node
// Where clean() spends its time on the dev pages of one input kind: a CPU profile (node --cpu-prof),
// summed per function (self time) and for a few stages (inclusive time). Skips without ../shared/bench.
//
//   node test/scripts/profile.mjs [kind] [--rounds N]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(import.meta.url)
const root = resolve(dirname(here), '../..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '20' }, child: { type: 'boolean' } } })
const kind = positionals[0] ?? 'html-text'
const dev = resolve(root, '../shared/bench/articles/dev.jsonl')

if (values.child) {
  const { clean } = await import(join(root, 'dist/index.js'))
  const texts = readFileSync(dev, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).inputs[kind])
  for (let k = 0; k < Number(values.rounds); k++) for (const t of texts) clean(t)
  process.exit(0)
}
if (!existsSync(dev)) {
  console.log('profile: skipped, ../shared/bench is absent')
  process.exit(0)
}
const dir = join(root, '.tmp/profile')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', here, kind, '--child', '--rounds', values.rounds])
const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'))
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const time = new Map()
profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`
const self = new Map()
const inclusive = new Map()
let total = 0
for (const [id, t] of time) {
  total += t
  self.set(name(nodes.get(id)), (self.get(name(nodes.get(id))) ?? 0) + t)
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(nodes.get(cur))
    if (seen.has(key)) continue
    seen.add(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + t)
  }
}
const pct = (t) => `${((100 * t) / total).toFixed(1)}%`.padStart(6)
console.log(`clean() on the ${kind} dev pages, ${values.rounds} rounds\n\nself time:`)
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(pct(t), key)
console.log('\nstages (inclusive):')
for (const key of ['clean', 'decideWindow', 'scoreText', 'run', 'score', 'splitMixed', 'sentences', 'segmentOffsets', 'decideBlocks', '(garbage collector)']) {
  if (inclusive.has(key)) console.log(pct(inclusive.get(key)), key)
}
