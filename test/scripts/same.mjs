#!/usr/bin/env node
// Is this build's output byte-identical to another build's? Cleans every input both ways, at default
// options and at `granularity: 'block'`, and counts the outputs that differ.
//
//   node test/scripts/same.mjs OTHER_ROOT [--analyze]
//
// OTHER_ROOT is a checkout with its own dist/ (e.g. the previous commit: `git worktree add /tmp/old
// HEAD~1 && (cd /tmp/old && npm ci && npx tsup)`). The inputs: the fixtures, test/data/corpus300,
// and, when ../shared/bench is present, every input kind of every dev page and both inputs of every
// page of the corpora. With --analyze, `analyze()` results are compared too (as JSON).
// Prints the inputs compared and the number of differing outputs (the first few named); exits 1 on
// any difference.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { decompress } from 'fzstd'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const { values, positionals } = parseArgs({ allowPositionals: true, options: { analyze: { type: 'boolean', default: false } } })
if (positionals.length !== 1) {
  console.error('usage: node test/scripts/same.mjs OTHER_ROOT [--analyze]')
  process.exit(2)
}
const load = (at) => import(pathToFileURL(join(resolve(at), 'dist/index.js')).href)
const builds = [await load(root), await load(positionals[0])]

/** Every input, as [name, text]. */
function* inputs() {
  const fixtures = join(root, 'fixtures')
  for (const name of readdirSync(fixtures).sort()) yield [`fixtures/${name}`, readFileSync(join(fixtures, name, 'input.txt'), 'utf8')]
  const zst = Buffer.from(decompress(readFileSync(join(root, 'test/data/corpus300.jsonl.zst')))).toString('utf8')
  for (const line of zst.split('\n')) if (line.trim()) yield [`corpus300/${JSON.parse(line).id}`, JSON.parse(line).text]
  const shared = resolve(root, '../shared/bench')
  const dev = join(shared, 'articles/dev.jsonl')
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const row = JSON.parse(line)
      for (const [kind, text] of Object.entries(row.inputs)) if (typeof text === 'string') yield [`dev/${row.id}/${kind}`, text]
    }
  } else console.log(`skipped: ${dev} is absent`)
  const corpora = join(shared, 'corpora/dev.jsonl.gz')
  if (existsSync(corpora)) {
    for (const line of gunzipSync(readFileSync(corpora)).toString('utf8').split('\n')) {
      if (!line.trim()) continue
      const row = JSON.parse(line)
      for (const [kind, text] of Object.entries(row.inputs)) if (typeof text === 'string') yield [`corpora/${row.id}/${kind}`, text]
    }
  } else console.log(`skipped: ${corpora} is absent`)
}

const settings = [undefined, { granularity: 'block' }]
let compared = 0
let differing = 0
const named = []
for (const [name, text] of inputs()) {
  for (const options of settings) {
    compared++
    const [a, b] = builds.map((lib) => lib.clean(text, options))
    let same = a === b
    if (same && values.analyze) same = JSON.stringify(builds[0].analyze(text, options)) === JSON.stringify(builds[1].analyze(text, options))
    if (!same) {
      differing++
      if (named.length < 10) named.push(`${name}${options ? ' (block)' : ''}`)
    }
  }
}
console.log(`${compared} outputs compared${values.analyze ? ' (clean and analyze)' : ''}, ${differing} differing`)
for (const name of named) console.log(`  differs: ${name}`)
process.exit(differing ? 1 : 0)
