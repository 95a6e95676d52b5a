/**
 * A linear, non-recursive JSON scanner over the raw bytes of one JSONL line. It checks that the line
 * is one JSON value (the grammar of RFC 8259, as JSON.parse reads it) and records where the values
 * of a few dotted paths start and end, so that the command can replace one field's value in the
 * original bytes and leave everything else (numbers, key order, escapes, white space) untouched.
 *
 * Nesting is tracked with an explicit stack, so depth costs memory, not call stack; a depth limit
 * turns absurd records into an error instead.
 */

/** What the scan found at one wanted path. The last occurrence wins, as with JSON.parse. */
export interface Span {
  /** Byte offsets of the value in the line. */
  start: number
  end: number
  /** First byte of the value: 0x22 string, 0x7b object, 0x5b array, else a number or literal. */
  kind: number
  /** Objects only: members seen (to know whether an added key needs a comma). */
  members: number
}

/** A trie of the wanted paths: one node per path prefix. */
export interface PathNode {
  children: Map<string, PathNode>
  span: Span | undefined
}

export type ScanResult = { ok: true; root: PathNode } | { ok: false; error: string }

export function pathTrie(paths: string[]): PathNode {
  const root: PathNode = { children: new Map(), span: undefined }
  for (const path of paths) {
    let node = root
    for (const key of path.split('.')) {
      let next = node.children.get(key)
      if (!next) node.children.set(key, (next = { children: new Map(), span: undefined }))
      node = next
    }
  }
  return root
}

/** Find the node of a dotted path (it must be in the trie). */
export function nodeAt(root: PathNode, path: string): PathNode | undefined {
  let node: PathNode | undefined = root
  for (const key of path.split('.')) node = node?.children.get(key)
  return node
}

function clear(node: PathNode) {
  node.span = undefined
  for (const child of node.children.values()) clear(child)
}

const latin1 = new TextDecoder('latin1')
const utf8 = new TextDecoder('utf-8')

// Byte classes.
const QUOTE = 0x22
const BACKSLASH = 0x5c
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/** End of the string starting at `i` (the opening quote), just past the closing quote; -1 if invalid. */
function skipString(b: Uint8Array, i: number): number {
  const n = b.length
  i++
  while (i < n) {
    const c = b[i]!
    if (c === QUOTE) return i + 1
    if (c < 0x20) return -1
    if (c === BACKSLASH) {
      const e = b[i + 1]
      if (e === 0x75) {
        if (!(isHex(b[i + 2] ?? 0) && isHex(b[i + 3] ?? 0) && isHex(b[i + 4] ?? 0) && isHex(b[i + 5] ?? 0))) return -1
        i += 6
        continue
      }
      if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i += 2
        continue
      }
      return -1
    }
    i++
  }
  return -1
}

/** End of the number starting at `i`; -1 if invalid. */
function skipNumber(b: Uint8Array, i: number): number {
  if (b[i] === 0x2d) i++
  if (b[i] === 0x30) i++
  else if (isDigit(b[i] ?? 0)) while (isDigit(b[i] ?? 0)) i++
  else return -1
  if (b[i] === 0x2e) {
    i++
    if (!isDigit(b[i] ?? 0)) return -1
    while (isDigit(b[i] ?? 0)) i++
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++
    if (b[i] === 0x2b || b[i] === 0x2d) i++
    if (!isDigit(b[i] ?? 0)) return -1
    while (isDigit(b[i] ?? 0)) i++
  }
  return i
}

function skipLiteral(b: Uint8Array, i: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return -1
  return i + word.length
}

/** The decoded text of a key (between its quotes). */
function keyText(b: Uint8Array, start: number, end: number): string {
  let plain = true
  for (let i = start + 1; i < end - 1; i++) if (b[i]! >= 0x80 || b[i] === BACKSLASH) plain = false
  if (plain) return latin1.decode(b.subarray(start + 1, end - 1))
  return JSON.parse(utf8.decode(b.subarray(start, end))) as string
}

/** The decoded value of the string at `span`. */
export function stringAt(b: Uint8Array, span: Span): string {
  return JSON.parse(utf8.decode(b.subarray(span.start, span.end))) as string
}

interface Frame {
  /** 0x7b object or 0x5b array. */
  kind: number
  /** Trie node of this container when it is on a wanted path. */
  node: PathNode | undefined
  /** 0: expecting the first member/element or the end; 1: after a value (expect , or end); 2: after a comma. */
  state: number
  span: Span | undefined
}

/**
 * Scan `b` (one line, valid UTF-8 already checked) as one JSON value and record the spans of the
 * trie's paths. Fails on invalid JSON or when nesting goes deeper than `maxDepth`.
 */
export function scan(b: Uint8Array, root: PathNode, maxDepth: number): ScanResult {
  clear(root)
  const n = b.length
  const stack: Frame[] = []
  let i = 0
  // The trie node of the value about to be read (undefined: not on a wanted path).
  let pending: PathNode | undefined = root
  let done = false
  while (true) {
    while (i < n && isSpace(b[i]!)) i++
    if (done) return i === n ? { ok: true, root } : { ok: false, error: 'invalid JSON' }
    if (i >= n) return { ok: false, error: 'invalid JSON' }
    const top = stack[stack.length - 1]
    const c = b[i]!
    if (top) {
      // Separators and closers.
      if (c === 0x7d || c === 0x5d) {
        if (c !== (top.kind === 0x7b ? 0x7d : 0x5d) || top.state === 2) return { ok: false, error: 'invalid JSON' }
        i++
        if (top.span) top.span.end = i
        stack.pop()
        const parent = stack[stack.length - 1]
        if (parent) parent.state = 1
        else done = true
        continue
      }
      if (top.state === 1) {
        if (c !== 0x2c) return { ok: false, error: 'invalid JSON' }
        top.state = 2
        i++
        continue
      }
      if (top.kind === 0x7b) {
        // A key, a colon, then the value.
        if (c !== QUOTE) return { ok: false, error: 'invalid JSON' }
        const end = skipString(b, i)
        if (end < 0) return { ok: false, error: 'invalid JSON' }
        pending = top.node && top.node.children.size ? top.node.children.get(keyText(b, i, end)) : undefined
        if (top.span) top.span.members++
        i = end
        while (i < n && isSpace(b[i]!)) i++
        if (b[i] !== 0x3a) return { ok: false, error: 'invalid JSON' }
        i++
        while (i < n && isSpace(b[i]!)) i++
        if (i >= n) return { ok: false, error: 'invalid JSON' }
      } else {
        pending = undefined
      }
    }
    // A value starts at i.
    const v = b[i]!
    const node = pending
    pending = undefined
    if (node) clear(node)
    const span: Span | undefined = node ? { start: i, end: i, kind: v, members: 0 } : undefined
    if (node) node.span = span
    if (v === 0x7b || v === 0x5b) {
      if (stack.length >= maxDepth) return { ok: false, error: `nested deeper than ${maxDepth} levels` }
      stack.push({ kind: v, node, state: 0, span })
      i++
      continue
    }
    let end: number
    if (v === QUOTE) end = skipString(b, i)
    else if (v === 0x2d || isDigit(v)) end = skipNumber(b, i)
    else if (v === 0x74) end = skipLiteral(b, i, 'true')
    else if (v === 0x66) end = skipLiteral(b, i, 'false')
    else if (v === 0x6e) end = skipLiteral(b, i, 'null')
    else end = -1
    if (end < 0) return { ok: false, error: 'invalid JSON' }
    if (span) span.end = end
    i = end
    const parent = stack[stack.length - 1]
    if (parent) parent.state = 1
    else done = true
  }
}

/** One change to a line: replace [start, end) with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Edits that set `path` to `json` (already serialised): the value is replaced where the key exists,
 * otherwise the missing keys are added before the closing brace of the deepest existing object on
 * the path. Returns false when a non-object is in the way. Several additions to the same object are
 * merged into one edit (see `merge`).
 */
export function setEdits(root: PathNode, path: string, value: unknown, additions: Map<Span, Record<string, unknown>>, edits: Edit[]): boolean {
  const keys = path.split('.')
  let node = root
  for (let k = 0; k < keys.length; k++) {
    const span = node.span
    if (!span || span.kind !== 0x7b) return false
    const next = node.children.get(keys[k]!)!
    if (!next.span) {
      // Missing from here on: add {keys[k]: {…: value}} to this object.
      let target = additions.get(span)
      if (!target) additions.set(span, (target = {}))
      for (let j = k; j < keys.length - 1; j++) {
        const existing = target[keys[j]!]
        if (existing === undefined) target = target[keys[j]!] = {} as Record<string, unknown>
        else if (existing !== null && typeof existing === 'object' && !Array.isArray(existing)) target = existing as Record<string, unknown>
        else return false
      }
      target[keys.at(-1)!] = value
      return true
    }
    node = next
  }
  edits.push({ start: node.span!.start, end: node.span!.end, text: JSON.stringify(value) })
  return true
}

/** Turn the added keys into edits before each object's closing brace. */
export function additionEdits(additions: Map<Span, Record<string, unknown>>, edits: Edit[]) {
  for (const [span, keys] of additions) {
    let text = ''
    let members = span.members
    for (const [key, value] of Object.entries(keys)) text += `${members++ ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value)}`
    edits.push({ start: span.end - 1, end: span.end - 1, text })
  }
}

/**
 * Apply edits (insertions at one place in the order given) to the line's bytes; undefined when two
 * edits overlap (e.g. --removed-field naming the cleaned field's parent).
 */
export function applyEdits(b: Uint8Array, edits: Edit[]): Uint8Array | undefined {
  if (!edits.length) return b
  const order = edits.map((e, k) => [e, k] as const).sort((x, y) => x[0].start - y[0].start || x[1] - y[1])
  const parts: Uint8Array[] = []
  let at = 0
  for (const [e] of order) {
    if (e.start < at) return undefined
    parts.push(b.subarray(at, e.start), Buffer.from(e.text))
    at = e.end
  }
  parts.push(b.subarray(at))
  return Buffer.concat(parts)
}
