import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/index.js'
import retextDeboiler from '../src/retext.js'

const TEXT = [
  'Advertisement',
  'The council approved the plan on Tuesday, the mayor said. Sign up for our free politics newsletter here.',
  '“We did what we promised,” she told reporters.',
  'Share this article',
  'The plan takes effect in July, officials said.',
  '© 2024 Harbor Media. All rights reserved.',
].join('\n\n') + '\n'

describe('retextDeboiler', () => {
  it('reports each boilerplate block and sentence as a vfile message with position, rule and source', async () => {
    const file = await unified().use(retextEnglish).use(retextDeboiler).use(retextStringify).process(TEXT)
    expect(String(file)).toBe(TEXT)
    const messages = file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, line: m.line, actual: m.actual }))
    expect(messages).toEqual([
      { ruleId: 'advertisement', source: 'deboiler', line: 1, actual: 'Advertisement' },
      { ruleId: 'newsletter', source: 'deboiler', line: 3, actual: 'Sign up for our free politics newsletter here.' },
      { ruleId: 'share', source: 'deboiler', line: 7, actual: 'Share this article' },
      { ruleId: 'copyright', source: 'deboiler', line: 11, actual: '© 2024 Harbor Media. All rights reserved.' },
    ])
    const first = file.messages[0]! as (typeof file.messages)[number] & { score: number }
    expect(first.score).toBeGreaterThan(0.5)
    expect(first.note).toMatch(/button/)
    expect(first.place).toMatchObject({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 14, offset: 13 } })
    expect(reporter(file)).toMatch(/advertisement/)
  })

  it('with remove: true, prints what clean() returns', async () => {
    const texts = [
      TEXT,
      'date 2024-03-01 The bridge reopened on Monday, the city said.\n\nRead more: Council approves new bike lanes\n',
      'Plain text with nothing to remove, the mayor said.\n',
      'Sign up for our free newsletter.\n',
    ]
    for (const text of texts) {
      const file = await unified().use(retextEnglish).use(retextDeboiler, { remove: true }).use(retextStringify).process(text)
      expect(String(file)).toBe(clean(text))
    }
  })

  it('takes the same options as clean()', async () => {
    const text = 'A storm hit the coast overnight, the weather service said.\n\nPhoto: Jane Doe/AP\n'
    const file = await unified().use(retextEnglish).use(retextDeboiler, { remove: true, drop: { 'image-credit': false } }).use(retextStringify).process(text)
    expect(String(file)).toBe(text)
    expect(() => unified().use(retextEnglish).use(retextDeboiler, { threshold: 7 }).freeze()).toThrow(/options\.threshold/)
  })
})
