// Generators of test documents, shared by the property tests: editorial sentences, promo blocks,
// random strings, joined into blocks and blocks into documents with varied separators.
import fc from 'fast-check'

export const editorial = [
  'The council approved the plan on Tuesday, the mayor said.',
  '“We did what we promised,” she told reporters after the vote.',
  'Prices rose 3.2 percent in May, according to the statistics office.',
  'Rescue crews reached the village by boat late on Sunday.',
  'The museum will reopen its east wing in March after a two-year renovation.',
  'Shares in the company fell 9 percent after it cut its forecast.',
  'Why the river keeps flooding',
  'LONDON (Reuters) - Britain’s economy grew faster than expected in the third quarter.',
  '- Plant 20,000 street trees',
  'Q: What comes next?',
  'Le conseil a voté le budget mardi soir, a déclaré le maire.',
  '東京の気温は午後に三十度を超えた。',
]
export const promo = [
  'Sign up for our free newsletter.',
  'Subscribe now for unlimited digital access.',
  'Your support helps us tell the story. Donate now.',
  'We use cookies to improve your experience. Accept all',
  'Share this article',
  'Advertisement',
  'Read more: Council approves new bike lanes',
  '© 2024 Example Media. All rights reserved.',
  'Skip to main content',
  'Photo: Jane Doe/AP',
  'Download our app',
  'Leave a comment',
  'date 2024-03-01',
]
export const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\t\n', '\n\u00a0\n', '\n\n\n')
/** Labels, credits and metadata that scraped pages glue to editorial sentences. */
export const glued = [
  'ADVERTISEMENT',
  'Share this: Facebook X WhatsApp Email',
  '(AP Photo/Gene J. Puskar)',
  'Related: 7 Strange Signs You’re Having an Allergic Reaction',
  'Updated 7 days a week, 365 days a year.',
  '© 2000-2019 Example Media, Inc.',
  'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 00:01, Tue, Nov 19, 2019',
  'First published by The Courier',
  'Advertisement Continue reading the main story',
  'Read more:',
]

/** Blank lines between blocks (they never join, whatever is cut). */
export const paragraphBreak = fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n\t\n', '\n\u00a0\n', '\n\n\n')

/** Paragraphs of one to `max` sentences, drawn from `promos` and the editorial ones. */
export function paragraphs(promos: readonly string[], max = 4) {
  const sentence = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...editorial) },
    { weight: 3, arbitrary: fc.constantFrom(...promos) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  )
  return fc.array(sentence, { minLength: 1, maxLength: max }).map((parts) => parts.join(' '))
}

/** Documents of blocks made of one to four sentences, drawn from `promos` and the editorial ones. */
export function documents(promos: readonly string[], separators: fc.Arbitrary<string> = separator) {
  const block = paragraphs(promos)
  return fc
    .tuple(fc.array(fc.tuple(block, separators), { maxLength: 12 }), fc.constantFrom('', '\n', '\r\n', '  '))
    .map(([parts, end]) => parts.map(([b, s]) => b + s).join('') + end)
}

export const document = documents(promo)
