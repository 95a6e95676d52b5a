import { describe, expect, it } from 'vitest'
import { createCleaner } from '../src/index.js'

const page = (i: number) => `Story ${i}: the bridge reopened on Monday, the city said.\n\nThe Harbor Courier is printed by Harbor Media Group in Harbor City\n`

describe('createCleaner()', () => {
  it('learns a block repeated across documents of a group', () => {
    const cleaner = createCleaner({ repeats: { minDocuments: 3 } })
    const out = [0, 1, 2, 3].map((i) => cleaner.clean(page(i), { group: 'courier.example' }))
    expect(out[0]).toContain('Harbor Media Group')
    expect(out[1]).toContain('Harbor Media Group')
    expect(out[2]).toBe('Story 2: the bridge reopened on Monday, the city said.\n')
    expect(out[3]).toBe('Story 3: the bridge reopened on Monday, the city said.\n')
  })

  it('keeps groups apart and explains the evidence', () => {
    const cleaner = createCleaner()
    for (let i = 0; i < 3; i++) cleaner.clean(page(i), { group: 'a.example' })
    expect(cleaner.clean(page(9), { group: 'b.example' })).toContain('Harbor Media Group')
    const analysis = cleaner.analyze(page(10), { group: 'a.example' })
    expect(analysis.blocks[1]!.reasons[0]).toMatchObject({ rule: 'repeat', detail: 'seen in 3 earlier documents of a.example' })
  })

  it('is deterministic for a given order and bounded in memory', () => {
    const a = createCleaner({ repeats: { capacity: 10 } })
    const b = createCleaner({ repeats: { capacity: 10 } })
    for (let i = 0; i < 50; i++) expect(a.clean(page(i), { group: String(i % 7) })).toBe(b.clean(page(i), { group: String(i % 7) }))
  })

  it('checks its options', () => {
    expect(() => createCleaner({ repeats: { minDocuments: 1 } })).toThrow(TypeError)
    // @ts-expect-error: wrong type
    expect(() => createCleaner({ threshold: 'high' })).toThrow(/options\.threshold/)
  })
})
