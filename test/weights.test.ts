// The scorer's weights and the classifier's thresholds are data (src/lib/weights.ts): their signs say
// which way each piece of evidence points, and every one of them is read by the code it is for.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classes, weights } from '../src/lib/weights.js'

/** Dotted paths and values of the numbers in `object`. */
function leaves(object: object, prefix = ''): Array<[string, number]> {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'number' ? [[prefix + key, value] as [string, number]] : leaves(value as object, `${prefix}${key}.`),
  )
}

describe('weights', () => {
  it('points editorial evidence down and promo evidence up', () => {
    for (const w of [weights.prior, weights.quotation, weights.reportedSpeech.perWord, weights.reportedSpeech.min, weights.thirdPerson.perWord, weights.thirdPerson.min, weights.numbers.perNumber, weights.numbers.min, weights.longProse.long, weights.longProse.veryLong]) {
      expect(w).toBeLessThan(0)
    }
    for (const w of [weights.lexicon.allPhrases, weights.lexicon.mostlyPhrases, weights.breadcrumb.weight, weights.shoutedHeadline.weight, weights.secondPerson.perWord, weights.secondPerson.alone, weights.publicationVoice.perWord, weights.callToAction.withPromo, weights.callToAction.alone, weights.exclamation.weight]) {
      expect(w).toBeGreaterThan(0)
    }
    // Caps bound their per-word weights from the same side.
    expect(weights.reportedSpeech.min).toBeLessThanOrEqual(weights.reportedSpeech.perWord)
    expect(weights.secondPerson.max).toBeGreaterThanOrEqual(weights.secondPerson.perWord)
    expect(weights.longProse.veryLong).toBeLessThanOrEqual(weights.longProse.long)
  })

  it('keeps shares between 0 and 1 and the classes in order', () => {
    for (const share of [weights.lexicon.lineCover, weights.lexicon.mostlyCover, weights.lexicon.reportedMention, weights.shoutedHeadline.capitals, weights.secondPerson.aloneShare, classes.goodStopwords, classes.goodCharsStopwords, classes.nearStopwords, classes.nearProseStopwords]) {
      expect(share).toBeGreaterThan(0)
      expect(share).toBeLessThanOrEqual(1)
    }
    expect(classes.decisive).toBeGreaterThan(0)
    expect(classes.editorialMargin).toBeLessThan(0)
    expect(classes.nearTerminalWords).toBeLessThan(classes.nearWords)
    expect(classes.nearMinWords).toBeLessThan(classes.goodWords)
    expect(weights.longProse.longWords).toBeLessThan(weights.longProse.veryLongWords)
  })

  it('are all read by the scorer and the classifier', () => {
    const code = ['score.ts', 'block.ts'].map((f) => readFileSync(new URL(`../src/lib/${f}`, import.meta.url), 'utf8')).join('\n')
    for (const [path] of [...leaves(weights), ...leaves(classes)]) {
      const key = path.split('.').pop()!
      expect(code, `${path} is not read`).toMatch(new RegExp(`\\b${key}\\b`))
    }
  })
})
