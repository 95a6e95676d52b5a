#!/usr/bin/env node
// Not shipped: could a word-count model find the promos the lexicon misses? Naive-Bayes log-odds of words in
// promo sentences against editorial ones (clean and trap cases), fitted on some hand-written sets and
// tried on another, at several thresholds.
//
//   node test/experiments/words.mjs test/train/train3.jsonl,test/train/train4.jsonl test/train/train5.jsonl [THRESHOLD]
//
// With a threshold, lists the editorial sentences it flags there.
import { readJsonl as load } from '../scripts/data.mjs'
const words = (s) => (s.toLowerCase().match(/[\p{L}\p{N}£€$@%]+/gu) ?? [])
const sents = (p) => p.split(/(?<=[.!?…])\s+/).filter((x) => x.trim())
function collect(files) {
  const P = [], E = []
  for (const f of files) for (const c of load(f)) {
    if (!['head', 'mid', 'tail', 'mixed', 'clean', 'trap'].includes(c.category)) continue
    for (const p of c.promos) P.push(...sents(p))
    if (c.category === 'clean' || c.category === 'trap') for (const e of c.editorial) E.push(...sents(e))
  }
  return { P: [...new Set(P)], E: [...new Set(E)] }
}
const train = collect(process.argv[2].split(','))
const test = collect(process.argv[3].split(','))
const cnt = (arr) => { const m = new Map(); let n = 0; for (const s of arr) for (const w of new Set(words(s))) { m.set(w, (m.get(w) ?? 0) + 1); n++ } return [m, arr.length] }
const [pm, pn] = cnt(train.P), [em, en] = cnt(train.E)
const vocab = new Set([...pm.keys(), ...em.keys()])
const w = new Map()
for (const v of vocab) { const a = ((pm.get(v) ?? 0) + 0.5) / (pn + 1), b = ((em.get(v) ?? 0) + 0.5) / (en + 1); const lo = Math.log(a / b); if (Math.abs(lo) > 1 && (pm.get(v) ?? 0) + (em.get(v) ?? 0) >= 3) w.set(v, lo) }
const score = (s) => { const ws = [...new Set(words(s))]; let z = 0; for (const x of ws) z += w.get(x) ?? 0; return z / Math.sqrt(Math.max(ws.length, 1)) }
console.log('train P', train.P.length, 'E', train.E.length, 'weights', w.size, '| test P', test.P.length, 'E', test.E.length)
for (const t of [0.5, 1, 1.5, 2, 2.5, 3]) {
  const tp = test.P.filter((s) => score(s) > t).length, fp = test.E.filter((s) => score(s) > t).length
  console.log(`t=${t}: promo recall ${(tp / test.P.length).toFixed(3)}  editorial flagged ${fp} (${(fp / test.E.length * 100).toFixed(2)}%)`)
}
const top = [...w].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => k + ':' + v.toFixed(1)).join(' ')
console.log(top)
if (process.argv[4]) for (const s of test.E.filter((s) => score(s) > +process.argv[4]).slice(0, 30)) console.log('FP', score(s).toFixed(2), s.slice(0, 120))
