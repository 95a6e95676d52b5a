#!/usr/bin/env node
// `npm run blocks`: labelled blocks from every labelled document, for fitting and choosing features.
//
//   node test/scripts/blocks.mjs [--out FILE]
//
// Each document input (test/scripts/data.mjs: the benchmark pages, the corpora, the traps and the
// fixtures, each with its site, its half of the site split and whether its terms allow fitting) is
// segmented by the built library (`analyze().blocks`, so the blocks are exactly the pipeline's), and
// each block is labelled by its overlap with the gold: `share` is the share of its tokens that fall
// in 4-token shingles of the gold (a block of one to three tokens: 1 when the gold has it as a
// paragraph of its own, or, two or three tokens, in that order), and `label` is `editorial` when
// `share` is at least one half. Blocks without a token are left out. The output is deterministic:
// the same data and build give the same bytes. Skips (exit 0) when the benchmark data is absent.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { documents, FITTABLE } from './data.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bench = resolve(root, '../shared/bench')
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, '.tmp/blocks/blocks.jsonl') } } })
if (!existsSync(join(bench, 'articles/dev.jsonl'))) {
  console.log(`blocks: skipped, benchmark data not found (${bench})`)
  process.exit(0)
}
const { analyze } = await import(join(root, 'dist/index.js'))

const TOKEN = /[\p{L}\p{N}_]+/gu
const tokens = (text) => text.match(TOKEN) ?? []

/** The gold's 2- to 4-token shingles, and its paragraphs as token strings. */
function goldIndex(gold) {
  const t = tokens(gold)
  const grams = new Set()
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= t.length; i++) grams.add(t.slice(i, i + n).join('\u0001'))
  const paragraphs = new Set(gold.split(/\n/).map((p) => tokens(p).join('\u0001')).filter(Boolean))
  return { grams, paragraphs }
}

/** Share of the block's tokens that the gold has (see above), or undefined for a block without tokens. */
function editorialShare(text, { grams, paragraphs }) {
  const t = tokens(text)
  if (t.length === 0) return undefined
  // A word or two ("Share", "Sport") occurs in most golds somewhere.
  if (t.length < 4) return paragraphs.has(t.join('\u0001')) || (t.length > 1 && grams.has(t.join('\u0001'))) ? 1 : 0
  const covered = new Uint8Array(t.length)
  for (let i = 0; i + 4 <= t.length; i++) if (grams.has(t.slice(i, i + 4).join('\u0001'))) covered.fill(1, i, i + 4)
  let sum = 0
  for (const c of covered) sum += c
  return sum / t.length
}

mkdirSync(dirname(values.out), { recursive: true })
const out = createWriteStream(values.out)
const counts = new Map()
for (const doc of documents(bench, root)) {
  const index = goldIndex(doc.gold)
  const { blocks } = analyze(doc.text, { granularity: 'block' })
  blocks.forEach((b, position) => {
    const share = editorialShare(b.text, index)
    if (share === undefined) return
    const label = share >= 0.5 ? 'editorial' : 'boilerplate'
    const key = `${doc.source} ${doc.split}${FITTABLE.has(doc.source) ? '' : ' (evaluation only)'}`
    const c = counts.get(key) ?? { blocks: 0, editorial: 0 }
    c.blocks++
    if (label === 'editorial') c.editorial++
    counts.set(key, c)
    out.write(JSON.stringify({
      source: doc.source, fittable: FITTABLE.has(doc.source), site: doc.site, split: doc.split, id: doc.id, input: doc.kind,
      position, blocks: blocks.length,
      start: b.start, end: b.end, share: Math.round(share * 1000) / 1000, label, text: b.text,
    }) + '\n')
  })
}
out.end()
await new Promise((done) => out.on('finish', done))
console.log(`blocks: wrote ${values.out}`)
for (const [key, c] of [...counts].sort()) console.log(`  ${key.padEnd(40)} ${String(c.blocks).padStart(7)} blocks, ${(100 * c.editorial / c.blocks).toFixed(1)}% editorial`)
