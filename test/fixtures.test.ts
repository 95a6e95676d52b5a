// Fixture corpus: one folder per case under fixtures/ (input.txt, expected.txt, note.md), found by
// this loop, so adding a case is adding a folder. The seed document is one more case, read from
// ../shared/seeds when it is there (its text is never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { clean, type Options } from '../src/index.js'

// Child processes and long runs: slower machines need more than vitest's default 5 s.
vi.setConfig({ testTimeout: 120_000 })

const fixtures = new URL('../fixtures/', import.meta.url)
const seed = new URL('../../shared/seeds/000_a0942955b23086af.txt', import.meta.url)

describe('fixtures', () => {
  const cases = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = new URL(`${name}/`, fixtures)
      const input = readFileSync(new URL('input.txt', dir), 'utf8')
      const expected = readFileSync(new URL('expected.txt', dir), 'utf8')
      const optionsFile = new URL('options.json', dir)
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options) : undefined
      expect(clean(input, options)).toBe(expected)
    })
  }
})

describe('seed', () => {
  it.skipIf(!existsSync(seed))('drops the appeal paragraph and keeps every other paragraph byte for byte', () => {
    const text = readFileSync(seed, 'utf8')
    const firstBreak = text.indexOf('\n\n')
    expect(firstBreak).toBeGreaterThan(0)
    expect(clean(text)).toBe(text.slice(firstBreak + 2))
  })
})
