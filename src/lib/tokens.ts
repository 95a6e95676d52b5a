/**
 * Word tokens with offsets: the unit the lexicon and the features count in.
 * One linear regex pass; apostrophes are folded (’ → ') and letters lower-cased.
 */

export interface Token {
  /** Lower-cased, apostrophe-folded word, or a single symbol (`:`, `/`, `|`, `©`...). */
  norm: string
  start: number
  end: number
  /** True for words (letters or digits), false for symbols. */
  word: boolean
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
export const APOSTROPHE = /’/g

/** Symbols that are tokens of their own: they shape phrases such as "Photo:" and menu rows. */
export const isSymbol = (code: number) =>
  code === 58 || code === 47 || code === 124 || code === 169 || code === 187 || code === 8250 || code === 62 || code === 8226

/** Length (1 or 2 code units) of the non-ASCII word character at `i` (`code` ≥ 128), or 0. */
export function wideWordChar(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
  return WORD_CHAR.test(text[i]!) ? 1 : 0
}

/** Length (1 or 2 code units) of the word character at `i`, or 0 when it is not one. */
function wordChar(text: string, i: number, code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0
  return wideWordChar(text, i, code)
}

/**
 * Split `text` into word and symbol tokens (offsets are relative to `text`): runs of letters, digits
 * and marks, with inner apostrophes ("don't", "l’État"), and the symbols above. One scan over the
 * characters, ASCII on a fast path.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // Lower-case and fold apostrophes once per block; slice per token when lengths line up (they do
  // unless a character changes length when lower-cased, such as "İ").
  const lower = text.toLowerCase().replace(APOSTROPHE, "'")
  const aligned = lower.length === text.length
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    let size = wordChar(text, i, code)
    if (size === 0) {
      if (isSymbol(code)) tokens.push({ norm: text[i]!, start: i, end: i + 1, word: false })
      i++
      continue
    }
    const start = i
    i += size
    while (i < n) {
      const next = text.charCodeAt(i)
      size = wordChar(text, i, next)
      if (size > 0) {
        i += size
      } else if ((next === 39 || next === 0x2019) && i + 1 < n && wordChar(text, i + 1, text.charCodeAt(i + 1)) > 0) {
        i += 1
      } else {
        break
      }
    }
    const norm = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase().replace(APOSTROPHE, "'")
    tokens.push({ norm, start, end: i, word: true })
  }
  return tokens
}
