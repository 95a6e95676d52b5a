// The labelled documents that fitting reads, with the site each belongs to and the half it falls in.
// One place decides the split, so that `npm run blocks` (and the fitted-model experiment in
// test/experiments) agree on which sites weights may be fitted on and which they never saw.
//
// Sources (../shared/bench, never shipped):
// - `scrapinghub`: articles/dev.jsonl, 109 pages x 4 tool outputs (MIT): fit and held-out by site.
// - `readability`: corpora pages from Mozilla Readability's tests (Apache-2.0): fit and held-out by site.
// - `traps`: traps/dev.jsonl, hand-written: fit and held-out by article.
// - `fixtures`: this repo's fixtures/: fit only (their tests check them anyway).
// - `written`: test/train/train3.jsonl, 490 hand-written cases in this repo (six languages, written by
//   helpers who had not read the lexicon): fit and held-out by article. (The blind sets in test/blind
//   are never read here.)
// - `dragnet_data`, `cleaneval-final`: corpora pages under terms that allow evaluation only: never fitted.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Sources whose terms allow fitting the shipped weights. */
export const FITTABLE = new Set(['scrapinghub', 'readability', 'traps', 'fixtures', 'written'])

/** FNV-1a of a string: a stable split that does not depend on the order of the data. */
function hash(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}
/** About 70% of sites are fitted on; the rest are held out. */
export const splitOf = (site) => (hash(site) % 10 < 7 ? 'fit' : 'held-out')

const host = (url) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}
/** The records of a JSON Lines file, gzipped or not (by its `.gz` name). */
export const readJsonl = (file) => {
  const raw = readFileSync(file)
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
}
const lines = readJsonl

/**
 * The site of a corpora record and the half it falls in: Readability's test pages are named for their
 * site (`nytimes-2`), the others go by host; sources that may not be fitted on are all held out.
 */
export function corporaSite(c) {
  const site = c.source === 'readability' ? c.id.replace(/-\d+$/, '') : (host(c.url) ?? c.id)
  return { site, split: FITTABLE.has(c.source) ? splitOf(site) : 'held-out' }
}

/** The site of an articles record (its host) and the half it falls in. */
export function articleSite(c) {
  const site = host(c.url) ?? c.id
  return { site, split: splitOf(site) }
}

/**
 * Every labelled document input: { id, source, site, split, kind, text, gold, weight }.
 * `fit: true` yields only sources whose terms allow fitting (both halves: the caller picks).
 */
export function* documents(bench, root, { fit = false } = {}) {
  for (const c of lines(join(bench, 'articles/dev.jsonl'))) {
    const { site, split } = articleSite(c)
    for (const [kind, text] of Object.entries(c.inputs)) {
      yield { id: c.id, source: 'scrapinghub', site, split, kind, text, gold: c.gold, weight: 1 }
    }
  }
  const corpora = join(bench, 'corpora/dev.jsonl.gz')
  if (existsSync(corpora)) {
    for (const c of lines(corpora)) {
      if (fit && !FITTABLE.has(c.source)) continue
      const { site, split } = corporaSite(c)
      for (const [kind, text] of Object.entries(c.inputs)) {
        yield { id: c.id, source: c.source, site, split, kind, text, gold: c.gold, weight: 1 }
      }
    }
  }
  const traps = join(bench, 'traps/dev.jsonl')
  if (existsSync(traps)) {
    for (const c of lines(traps)) {
      const site = c.id.split('/')[0]
      yield { id: c.id, source: 'traps', site, split: splitOf(site), kind: c.category, text: c.input, gold: c.gold, weight: 2 }
    }
  }
  const written = join(root, 'test/train/train3.jsonl')
  if (existsSync(written)) {
    for (const c of lines(written)) {
      const site = c.id.split('/')[0]
      yield { id: c.id, source: 'written', site, split: splitOf(site), kind: c.category, text: c.input, gold: c.gold, weight: 1 }
    }
  }
  const fixtures = join(root, 'fixtures')
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name)
    if (!existsSync(join(dir, 'input.txt')) || existsSync(join(dir, 'options.json'))) continue
    const text = readFileSync(join(dir, 'input.txt'), 'utf8')
    const gold = readFileSync(join(dir, 'expected.txt'), 'utf8')
    yield { id: name, source: 'fixtures', site: name, split: 'fit', kind: 'fixture', text, gold, weight: 2 }
  }
}
