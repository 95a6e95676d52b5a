#!/usr/bin/env node
// `npm run train`: fits the scorer's evidence weights (src/lib/weights.ts) on the labelled documents
// whose terms allow it (test/scripts/data.mjs: the ScrapingHub pages, Readability's test pages, the
// traps, the hand-written training cases and the fixtures), on their fit half of sites only, and reports the fit and the held-out halves
// and the corpora it may never fit on (Dragnet, CleanEval).
//
//   node test/scripts/train.mjs [--check] [--sweeps N] [--sample N]
//
// The model is the scorer itself: a sum of named pieces of evidence in log-odds, each with its weight,
// so that every block keeps its reasons. The fit is a coordinate search that maximises the mean
// shingle F1 (the benchmark's scorer) of `clean()` over the fit documents, traps and fixtures counting
// double: each weight in turn is tried at the candidate steps below, and the best value is kept when
// it gains more than MIN_GAIN; sweeps repeat until none does (or --sweeps). Everything is deterministic,
// so the same data gives the same file byte for byte. Without --check it rewrites the numbers in
// src/lib/weights.ts (comments and layout untouched); with --check it only says whether the committed
// file is what the fit gives (exit 1 when it is not).
// Skips (exit 0) with a message when ../shared/bench is absent.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as esbuild from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bench = resolve(root, '../shared/bench')
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    sweeps: { type: 'string', default: '3' },
    sample: { type: 'string', default: '1' },
  },
})
if (!existsSync(join(bench, 'evaluate.mjs')) || !existsSync(join(bench, 'articles/dev.jsonl'))) {
  console.log(`train: skipped, benchmark data not found (${bench})`)
  process.exit(0)
}
const { tpFpFn } = await import(realpathSync(join(bench, 'evaluate.mjs')))
const { documents, FITTABLE } = await import('./data.mjs')

/** The weights fitted: dotted paths into `weights` (thresholds and word counts stay as they are). */
const FITTED = [
  'prior', 'lexicon.reportedMention', 'lexicon.allPhrases', 'lexicon.mostlyPhrases', 'breadcrumb.weight',
  'shoutedHeadline.weight', 'secondPerson.perWord', 'secondPerson.max', 'secondPerson.alone',
  'publicationVoice.perWord', 'publicationVoice.max', 'callToAction.withPromo', 'callToAction.alone',
  'exclamation.weight', 'reportedSpeech.perWord', 'reportedSpeech.min', 'quotation', 'thirdPerson.perWord',
  'thirdPerson.min', 'numbers.perNumber', 'numbers.min', 'longProse.long', 'longProse.veryLong',
  'callToAction.object', 'callToAction.plainObject', 'callToAction.addressed',
]
/** Each weight is tried at these multiples of its current value. */
const STEPS = [0.5, 0.75, 1.25, 1.5]
/** A new value is kept only when it raises the objective by more than this (ties keep the old one)... */
const MIN_GAIN = 0.0005
/**
 * ...and costs the fit documents' mean recall nothing against the start: editorial text first (with
 * 0.002 of slack the search trades recall for precision: one weight moves, and clean articles lose 0.06%
 * more of their characters).
 */
const RECALL_SLACK = 0

const tmp = join(root, '.tmp/train')
rmSync(tmp, { recursive: true, force: true })
mkdirSync(tmp, { recursive: true })
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }))
const weightsFile = join(root, 'src/lib/weights.ts')

/** The data of src/lib/weights.ts as it is on disk. */
async function current() {
  const out = join(tmp, 'weights.mjs')
  await esbuild.build({ entryPoints: [weightsFile], bundle: true, format: 'esm', outfile: out, logLevel: 'silent' })
  const mod = await import(`${pathToFileURL(out).href}?t=${Date.now()}`)
  return { weights: structuredClone(mod.weights), classes: structuredClone(mod.classes) }
}

let builds = 0
/** The library built with `data` in place of src/lib/weights.ts. */
async function library(data) {
  const out = join(tmp, `deboiler-${builds++}.mjs`)
  await esbuild.build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: out,
    logLevel: 'silent',
    plugins: [{
      name: 'weights',
      setup(build) {
        build.onResolve({ filter: /\/weights\.js$/ }, () => ({ path: 'weights', namespace: 'fitted' }))
        build.onLoad({ filter: /.*/, namespace: 'fitted' }, () => ({
          contents: `export const weights = ${JSON.stringify(data.weights)}\nexport const classes = ${JSON.stringify(data.classes)}\n`,
          loader: 'js',
        }))
      },
    }],
  })
  return import(pathToFileURL(out).href)
}

const get = (object, path) => path.split('.').reduce((o, k) => o[k], object)
const set = (object, path, value) => {
  const keys = path.split('.')
  const last = keys.pop()
  keys.reduce((o, k) => o[k], object)[last] = value
}
const round = (x) => Math.round(x * 100) / 100

const sample = Math.max(1, Number(values.sample) || 1)
const all = [...documents(bench, root)].filter((d, i) => i % sample === 0)
const fit = all.filter((d) => FITTABLE.has(d.source) && d.split === 'fit')
const heldOut = all.filter((d) => FITTABLE.has(d.source) && d.split === 'held-out')
const never = all.filter((d) => !FITTABLE.has(d.source))

/** Mean shingle F1 and recall of `clean()` over `docs`, each counted `weight` times. */
function measure(clean, docs) {
  let f1s = 0
  let recalls = 0
  let n = 0
  for (const d of docs) {
    const [tp, fp, fn] = tpFpFn(d.gold, clean(d.text))
    f1s += (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn)) * d.weight
    recalls += (tp + fn === 0 ? 1 : tp / (tp + fn)) * d.weight
    n += d.weight
  }
  return { f1: n ? f1s / n : 0, recall: n ? recalls / n : 0 }
}

const start = await current()
const startLib = await library(start)
let best = structuredClone(start)
const first = measure(startLib.clean, fit)
let bestScore = first.f1
console.error(`train: ${fit.length} fit documents, ${heldOut.length} held out, ${never.length} never fitted; start F1 ${bestScore.toFixed(4)}, recall ${first.recall.toFixed(4)}`)
for (let sweep = 0; sweep < Number(values.sweeps); sweep++) {
  let changed = false
  for (const path of FITTED) {
    const value = get(best.weights, path)
    let pick = value
    let pickScore = bestScore
    for (const step of STEPS) {
      const candidate = round(value * step)
      if (candidate === value) continue
      const data = structuredClone(best)
      set(data.weights, path, candidate)
      const m = measure((await library(data)).clean, fit)
      if (m.f1 > pickScore + MIN_GAIN && m.recall >= first.recall - RECALL_SLACK) {
        pick = candidate
        pickScore = m.f1
      }
    }
    if (pick !== value) {
      set(best.weights, path, pick)
      bestScore = pickScore
      changed = true
      console.error(`  ${path}: ${value} -> ${pick} (${bestScore.toFixed(4)})`)
    }
  }
  if (!changed) break
}

/** src/lib/weights.ts with the fitted numbers written in place. */
function rewrite(text, data) {
  let out = text
  for (const path of FITTED) {
    const keys = path.split('.')
    const value = get(data.weights, path)
    const key = keys[keys.length - 1]
    if (keys.length === 1) {
      out = out.replace(new RegExp(`^(  ${key}: )-?[\\d.]+,`, 'm'), `$1${value},`)
    } else {
      // One-line objects (`  secondPerson: { perWord: 0.4, … },`) or keys of a multi-line one (`    allPhrases: 1,`).
      const line = new RegExp(`^(  ${keys[0]}: \\{[^\\n]*\\b${key}: )-?[\\d.]+`, 'm')
      out = line.test(out) ? out.replace(line, `$1${value}`) : out.replace(new RegExp(`^(    ${key}: )-?[\\d.]+,`, 'm'), `$1${value},`)
    }
  }
  return out
}

const text = readFileSync(weightsFile, 'utf8')
const fitted = rewrite(text, best)
const lib = await library(best)
const report = (name, docs) => {
  const a = measure(startLib.clean, docs)
  const b = measure(lib.clean, docs)
  console.log(`| ${name} | ${docs.length} | ${a.f1.toFixed(3)} / ${a.recall.toFixed(3)} | ${b.f1.toFixed(3)} / ${b.recall.toFixed(3)} |`)
}
console.log('| documents | n | weights before: mean F1 / recall | fitted: mean F1 / recall |')
console.log('|---|---|---|---|')
report('fit half (ScrapingHub, Readability, traps, written cases, fixtures)', fit)
report('held-out half (same sources, other sites)', heldOut)
report('never fitted (Dragnet, CleanEval)', never)
if (values.check) {
  if (fitted !== text) {
    console.log('train --check: src/lib/weights.ts is not what the fit gives; run npm run train')
    process.exit(1)
  }
  console.log('train --check: src/lib/weights.ts is what the fit gives')
} else {
  writeFileSync(weightsFile, fitted)
  console.log(fitted === text ? 'src/lib/weights.ts unchanged' : 'src/lib/weights.ts rewritten')
}
