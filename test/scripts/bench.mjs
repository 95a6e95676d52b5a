#!/usr/bin/env node
// `npm run bench`: throughput of clean() at default options, a benchmark script, not a test.
//
//   node test/scripts/bench.mjs [--quick] [--pathological] [--json FILE]
//
// Reports MB/s and documents/s on the dev pages of ../shared/bench (each input kind, when present)
// and on generated text; a scaling table for one document of 1 KB … 100 MB and for many 5 KB
// documents, each measured in a fresh child process so that its peak memory (RSS) is its own; and
// the floor of splitting into lines plus one regex pass over the same text, so the ratio is known.
// With --pathological, times the pathological shapes of test/pathological.test.ts at two scales.
// Writes JSON to .tmp/bench.json.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(import.meta.url)
const root = resolve(dirname(here), '../..')
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    pathological: { type: 'boolean', default: false },
    json: { type: 'string', default: join(root, '.tmp/bench.json') },
    child: { type: 'string' },
    size: { type: 'string' },
  },
})
const { clean } = await import(join(root, 'dist/index.js'))

/** Generated text: the fixture inputs (editorial prose with boilerplate around it), repeated. */
function corpus() {
  const dir = join(root, 'fixtures')
  return readdirSync(dir).map((name) => readFileSync(join(dir, name, 'input.txt'), 'utf8'))
}
function generate(bytes) {
  const parts = corpus()
  const out = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const part = parts[i % parts.length] + '\n'
    out.push(part)
    size += part.length
  }
  return out.join('').slice(0, bytes)
}
/** The promo regex of the floor: one pattern, run once per line. */
const FLOOR_REGEX = /\b(?:subscribe|newsletter|cookies)\b/i
/**
 * The floor: split into lines and run one promo regex over each, the least a line filter does.
 * (Line by line rather than with split(), so that the floor's own memory does not count in a peak.)
 */
function floorPass(texts) {
  let hits = 0
  for (const t of texts) {
    for (let from = 0; from <= t.length; ) {
      let to = t.indexOf('\n', from)
      if (to < 0) to = t.length
      if (FLOOR_REGEX.test(t.slice(from, to))) hits++
      from = to + 1
    }
  }
  return hits
}
const PROSE = 'The council approved the plan on Tuesday, the mayor said. '
const shapes = {
  'no white space': (n) => 'a'.repeat(n),
  newlines: (n) => '\n'.repeat(n),
  '"Read more" lines': (n) => 'Read more\n'.repeat(Math.ceil(n / 10)),
  'one line of prose': (n) => PROSE.repeat(Math.ceil(n / PROSE.length)),
  punctuation: (n) => '!?.'.repeat(Math.ceil(n / 3)),
  'NUL bytes': (n) => '\0'.repeat(n),
}

/** Child mode: time one job in this fresh process and report its peak RSS. */
if (values.child) {
  const size = Number(values.size)
  let texts
  if (values.child === 'one') texts = [generate(size)]
  else if (values.child === 'many') {
    const text = generate(size)
    texts = []
    for (let i = 0; i < text.length; i += 5000) texts.push(text.slice(i, i + 5000))
  } else texts = [shapes[values.child](size)]
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0)
  const warm = generate(2_000_000) // warm up the JIT on the same kind of text
  // ...as pages (under 1 M characters) and as a stream (over), the two paths a size can take.
  for (let i = 0; i < 3; i++) clean(warm.slice(i * 100_000, i * 100_000 + 500_000))
  clean(warm)
  // Small inputs are cleaned repeatedly (at least 5 MB in all) so that the timing means something,
  // and every measurement is taken in 3 rounds (garbage collected between them), of which the median
  // counts: the shared machine's speed drifts within a run.
  const repeat = Math.max(1, Math.ceil(5e6 / Math.max(1, bytes)))
  const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const ROUNDS = 3
  // The output is measured as a writer would use it (Buffer.byteLength makes V8 flatten the string).
  let outBytes = 0
  const times = []
  let rss = 0
  for (let r = 0; r < ROUNDS; r++) {
    globalThis.gc?.()
    outBytes = 0
    const started = performance.now()
    for (let k = 0; k < repeat; k++) for (const t of texts) outBytes += Buffer.byteLength(clean(t))
    times.push((performance.now() - started) / 1000 / repeat)
    // Peak memory of cleaning the input once (later rounds only add timings).
    if (r === 0) rss = process.resourceUsage().maxRSS * 1024
  }
  const seconds = median(times)
  outBytes /= repeat
  // Floor: split into lines and one regex pass over each.
  let hits = 0
  const floorTimes = []
  for (let r = 0; r < ROUNDS; r++) {
    const floorStarted = performance.now()
    for (let k = 0; k < repeat; k++) hits += floorPass(texts)
    floorTimes.push((performance.now() - floorStarted) / 1000 / repeat)
  }
  const floorSeconds = median(floorTimes)
  process.stdout.write(JSON.stringify({ bytes, outBytes, docs: texts.length, seconds, floorSeconds, hits, rss }))
  process.exit(0)
}

const child = (mode, size) =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', here, '--child', mode, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1e6 }))
const mb = (bytes) => bytes / 1e6
const fmt = (x, d = 1) => x.toFixed(d)
const result = { node: process.version, date: new Date().toISOString(), dev: {}, scaling: [], pathological: [] }

// Dev pages, per input kind.
const dev = resolve(root, '../shared/bench/articles/dev.jsonl')
if (existsSync(dev)) {
  const rows = readFileSync(dev, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.inputs)))].sort()
  console.log('\n| dev input | docs | MB | MB/s (median) | MB/s (best) | docs/s | split+regex floor MB/s | floor / MB/s |\n|---|---|---|---|---|---|---|---|')
  const sets = kinds.map((kind) => {
    const texts = rows.map((r) => r.inputs[kind]).filter((t) => typeof t === 'string')
    return { kind, texts, bytes: texts.reduce((a, t) => a + Buffer.byteLength(t), 0), times: [], floorTimes: [] }
  })
  for (const set of sets) for (let k = 0; k < 2; k++) for (const t of set.texts) clean(t)
  for (const set of sets) for (let k = 0; k < 2; k++) floorPass(set.texts)
  // Each round times every kind once, in turn, and the floor on the same texts right after, so that
  // a slow spell of the shared machine hits all kinds and the floor alike; the median of the rounds
  // is the figure, the best shows the noise.
  const rounds = values.quick ? 3 : 21
  for (let k = 0; k < rounds; k++) {
    for (const set of sets) {
      let started = performance.now()
      for (const t of set.texts) clean(t)
      set.times.push((performance.now() - started) / 1000)
      started = performance.now()
      floorPass(set.texts)
      set.floorTimes.push((performance.now() - started) / 1000)
    }
  }
  const ratios = []
  for (const { kind, texts, bytes, times, floorTimes } of sets) {
    times.sort((a, b) => a - b)
    floorTimes.sort((a, b) => a - b)
    const seconds = times[Math.floor(rounds / 2)]
    const floorSeconds = floorTimes[Math.floor(rounds / 2)]
    const row = {
      kind, docs: texts.length, bytes, mbPerSecond: mb(bytes) / seconds, bestMbPerSecond: mb(bytes) / times[0], docsPerSecond: texts.length / seconds,
      floorMbPerSecond: mb(bytes) / floorSeconds, floorRatio: seconds / floorSeconds,
    }
    ratios.push(row.floorRatio)
    result.dev[kind] = row
    console.log(`| ${kind} | ${texts.length} | ${fmt(mb(bytes), 2)} | ${fmt(row.mbPerSecond)} | ${fmt(row.bestMbPerSecond)} | ${fmt(row.docsPerSecond, 0)} | ${fmt(row.floorMbPerSecond, 0)} | ${fmt(row.floorRatio)}× |`)
  }
  ratios.sort((a, b) => a - b)
  const middle = ratios.length / 2
  result.devFloorRatio = ratios.length % 2 ? ratios[Math.floor(middle)] : (ratios[middle - 1] + ratios[middle]) / 2
  console.log(`\nmedian dev input kind: ${fmt(result.devFloorRatio)}× slower than the split+regex floor (goal: at most 8×)`)
} else {
  console.log('dev pages: skipped, ../shared/bench is absent')
}

// Scaling: one document of each size, and many 5 KB documents, each in its own process.
const sizes = values.quick ? [1e3, 1e5, 1e6, 1e7] : [1e3, 1e5, 1e6, 1e7, 1e8]
const label = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`)
console.log('\n| generated input | docs | MB/s | split+regex floor MB/s | ratio | peak RSS MB | RSS budget MB |\n|---|---|---|---|---|---|---|')
const rows = [...sizes.map((n) => ['one', n, `one document of ${label(n)}`]), ['many', values.quick ? 1e7 : 5e7, `many 5 KB documents (${values.quick ? 10 : 50} MB)`]]
for (const [mode, size, name] of rows) {
  const r = child(mode, size)
  const rate = mb(r.bytes) / r.seconds
  const floor = mb(r.bytes) / r.floorSeconds
  const row = { name, ...r, mbPerSecond: rate, floorMbPerSecond: floor }
  result.scaling.push(row)
  // The budget: 4 times the input plus 100 MB.
  console.log(`| ${name} | ${r.docs} | ${fmt(rate)} | ${fmt(floor, 0)} | ${fmt(floor / rate, 0)}× | ${fmt(r.rss / 1e6, 0)} | ${fmt((4 * r.bytes + 1e8) / 1e6, 0)} |`)
}
{
  const devRates = Object.values(result.dev).map((r) => r.mbPerSecond)
  const largest = result.scaling.filter((r) => r.name.startsWith('one')).at(-1)
  const many = result.scaling.find((r) => r.name.startsWith('many'))
  console.log('')
  if (devRates.length) console.log(`slowest dev input kind: ${fmt(Math.min(...devRates))} MB/s (median of rounds)`)
  console.log(`largest document vs many 5 KB documents: ${fmt(largest.mbPerSecond)} / ${fmt(many.mbPerSecond)} MB/s = ${fmt(largest.mbPerSecond / many.mbPerSecond, 2)}`)
  console.log(`largest document peak RSS: ${fmt(largest.rss / 1e6, 0)} MB for ${fmt(mb(largest.bytes), 0)} MB of input`)
}

if (values.pathological) {
  console.log('\n| pathological input | size | seconds | MB/s | peak RSS MB |\n|---|---|---|---|---|')
  for (const shape of Object.keys(shapes)) {
    for (const size of [1e6, 1e7]) {
      const r = child(shape, size)
      result.pathological.push({ shape, ...r })
      console.log(`| ${shape} | ${label(size)} | ${fmt(r.seconds, 2)} | ${fmt(mb(r.bytes) / r.seconds)} | ${fmt(r.rss / 1e6, 0)} |`)
    }
  }
}

mkdirSync(dirname(values.json), { recursive: true })
writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n')
console.log(`\nwrote ${values.json}`)
