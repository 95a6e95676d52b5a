// Idempotence: clean(clean(x)) equals clean(x). A second pass sees the first one's output, where
// labels, credits and sentences have been cut and blocks dropped; it must find nothing more.
import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { clean } from '../src/index.js'
import { documents, glued, paragraphBreak, paragraphs, promo } from './generators.js'

vi.setConfig({ testTimeout: 300_000 })

const articles = new URL('../../shared/bench/articles/dev.jsonl', import.meta.url)

/**
 * Dev inputs known to change on a second pass, and why. Remove an entry when it passes. (The last
 * one, an AP page whose tag list is separated by lone "," lines, is stable since a wordless line no
 * longer counts against a headline list after the article.)
 */
const KNOWN: Record<string, string> = {}

describe('idempotence', () => {
  it('holds on a paragraph of editorial sentences with promo, labels and credits glued to them', () => {
    fc.assert(
      fc.property(paragraphs([...promo, ...glued], 6), (text) => {
        const once = clean(text)
        expect(clean(once)).toBe(once)
      }),
      { seed: 20261124, numRuns: Number(process.env.FC_RUNS ?? 500) },
    )
  })

  // Paragraphs separated by blank lines. Lines separated by a single line break may be joined on
  // the second pass (hard-wrapped prose, once the line between them is gone), and a sentence is
  // then judged inside a longer block: segmentation and scoring, not the cuts. Long runs
  // (FC_RUNS=3000) also find the context pass's instability described at KNOWN.
  it('holds on generated documents of paragraphs, promo glued to sentences included', () => {
    fc.assert(
      fc.property(documents([...promo, ...glued], paragraphBreak), (text) => {
        const once = clean(text)
        expect(clean(once)).toBe(once)
      }),
      { seed: 20261124, numRuns: Number(process.env.FC_RUNS ?? 200) },
    )
  })

  it.skipIf(!existsSync(articles))('holds on every input of the articles dev set (but the known ones)', () => {
    const unstable: string[] = []
    for (const line of readFileSync(articles, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const c = JSON.parse(line) as { id: string; inputs: Record<string, string> }
      for (const [kind, text] of Object.entries(c.inputs)) {
        const once = clean(text)
        if (clean(once) !== once) unstable.push(`${c.id.slice(0, 8)} ${kind}`)
      }
    }
    expect(unstable.sort()).toEqual(Object.keys(KNOWN).sort())
  })
})

if (!existsSync(articles)) console.log(`idempotence: benchmark data not found (${articles.pathname}); only generated documents are checked`)
