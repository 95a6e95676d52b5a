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

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[:/|©»›>•]/gu
const APOSTROPHE = /’/g

/** Split `text` into word and symbol tokens (offsets are relative to `text`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = TOKEN.exec(text)) !== null) {
    const raw = match[0]
    const code = raw.charCodeAt(0)
    const word = raw.length > 1 || !(code === 58 || code === 47 || code === 124 || code === 169 || code === 187 || code === 8250 || code === 62 || code === 8226)
    tokens.push({
      norm: word ? raw.toLowerCase().replace(APOSTROPHE, "'") : raw,
      start: match.index,
      end: match.index + raw.length,
      word,
    })
  }
  return tokens
}
