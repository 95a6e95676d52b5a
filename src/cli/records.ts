/**
 * One record of work and what cleaning it gives back, shared by the main thread and the workers.
 * Kept free of I/O so that the same function runs inline (one worker) or in a worker thread.
 */
import { run } from '../lib/analyze.js'
import { cleanWith, keptText, removals, render, type RemovalSink } from '../lib/clean.js'
import type { Options } from '../lib/options.js'
import { repeatEvidence } from '../lib/repeats.js'
import { isUtf8 } from 'node:buffer'
import { WARCParser } from 'warcio'
import { nextRecord } from './warc.js'
import { additionEdits, applyEdits, nodeAt, pathTrie, scan, setEdits, stringAt, type Edit, type PathNode, type Span } from './json.js'
import type { Analysis, Category } from '../lib/types.js'

export interface Job {
  /**
   * `text`: a whole file; `jsonl`: one JSON line (raw bytes); `wet`: a WET record's text; `raw`: bytes
   * passed through unchanged (a binary file), with the error that says why.
   */
  kind: 'text' | 'jsonl' | 'wet' | 'raw'
  /** Text (text, wet) or the raw bytes (jsonl, raw). */
  text?: string
  line?: Uint8Array
  error?: string
  /** For wet: the record's URL, date and WARC-Record-ID. */
  url?: string
  date?: string
  id?: string
  /** Earlier-document counts of this document's block fingerprints, when learning repeats. */
  repeats?: Array<[string, number]>
  group?: string
}

export interface Settings {
  options: Options
  field: string
  removedField?: string
  explainField?: string
  minDocuments: number
  /** JSONL: deepest nesting and largest line cleaned; others pass through, reported. */
  maxDepth?: number
  maxRecordBytes?: number
  /** Keep the analysis for an HTML report (text mode). */
  keepAnalysis?: boolean
}

export interface Outcome {
  /** What to write (without the trailing newline for jsonl and wet). */
  output: Uint8Array | string
  bytesIn: number
  bytesOut: number
  /** Characters removed per category. */
  removed: Partial<Record<Category, number>>
  /** Set when the record was passed through unchanged. */
  error?: string
  analysis?: Analysis
}

/** Defaults of the JSONL limits: deeper or larger records pass through unchanged, reported. */
export const MAX_DEPTH = 1000
export const MAX_RECORD_BYTES = 64 << 20

/** Path tries, one per set of paths, reused from line to line. */
const tries = new Map<string, PathNode>()
function trieOf(paths: string[]): PathNode {
  const key = paths.join('\u0000')
  let trie = tries.get(key)
  if (!trie) tries.set(key, (trie = pathTrie(paths)))
  return trie
}

/** Blank: only spaces, tabs and carriage returns (a line without a record). */
function blank(raw: Uint8Array): boolean {
  for (let i = 0; i < raw.length; i++) if (raw[i] !== 0x20 && raw[i] !== 0x09 && raw[i] !== 0x0d) return false
  return true
}

/**
 * Read a few dotted paths of one JSONL line: the spans of their values, or why the line is not a
 * usable record (an error) or no record at all (blank).
 */
export function readLine(raw: Uint8Array, paths: string[], settings: Pick<Settings, 'maxDepth' | 'maxRecordBytes'>):
  { root: PathNode } | { error: string } | { blank: true } {
  const maxBytes = settings.maxRecordBytes ?? MAX_RECORD_BYTES
  if (raw.length > maxBytes) return { error: `record larger than ${Math.round(maxBytes / (1 << 20))} MB` }
  if (!isUtf8(raw)) return { error: 'invalid UTF-8' }
  if (blank(raw)) return { blank: true }
  const result = scan(raw, trieOf(paths), settings.maxDepth ?? MAX_DEPTH)
  if (!result.ok) return { error: result.error }
  if (result.root.span!.kind !== 0x7b) return { error: 'not a JSON object' }
  return { root: result.root }
}

/** The string value at a path read by `readLine`, or undefined. */
export function stringField(raw: Uint8Array, root: PathNode, path: string): string | undefined {
  const span = nodeAt(root, path)?.span
  return span?.kind === 0x22 ? stringAt(raw, span) : undefined
}

/** A value at a path read by `readLine` as a group key: strings and numbers, else ''. */
export function groupField(raw: Uint8Array, root: PathNode, path: string): string {
  const span = nodeAt(root, path)?.span
  if (!span) return ''
  if (span.kind === 0x22) return stringAt(raw, span)
  if (span.kind === 0x2d || (span.kind >= 0x30 && span.kind <= 0x39)) return String(JSON.parse(Buffer.from(raw.subarray(span.start, span.end)).toString('latin1')))
  return ''
}

/**
 * Clean one text; also what was removed, per category, and the removed texts. The analysis is
 * built only when something shows it (`--explain-field`, `--report`): without it, cleaning takes
 * the path `clean()` takes, which makes no object per block.
 */
function cleanText(text: string, settings: Settings, job: Job, explain: boolean) {
  const hook = job.repeats ? repeatEvidence(new Map(job.repeats), settings.minDocuments, job.group ?? '') : undefined
  const removed: Partial<Record<Category, number>> = {}
  const dropped: string[] = []
  const note: RemovalSink = (start, end, category) => {
    removed[category] = (removed[category] ?? 0) + (end - start)
    if (settings.removedField) dropped.push(text.slice(start, end))
  }
  if (!explain && !settings.keepAnalysis) {
    return { cleaned: cleanWith(text, settings.options, hook, note), removed, dropped, analysis: undefined }
  }
  const analysis = run(text, settings.options, explain, hook)
  for (const block of analysis.blocks) removals(block, note)
  return { cleaned: render(analysis), removed, dropped, analysis }
}

/** Explanation stored with --explain-field: one entry per block. */
function explanation(analysis: Analysis) {
  return analysis.blocks.map((b) => ({
    start: b.start, end: b.end, label: b.label, score: b.score, category: b.category,
    kept: b.label === 'editorial' ? keptText(b) !== b.text ? 'partly' : 'yes' : 'no',
    reasons: b.reasons.map((r) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight}: ${r.detail}`),
  }))
}

const size = (s: string) => Buffer.byteLength(s)

/** A WET record as a JSON line. */
const wetLine = (job: Job, text: string) => JSON.stringify({ url: job.url ?? null, date: job.date ?? null, id: job.id ?? null, text })

export function processJob(job: Job, settings: Settings): Outcome {
  if (job.kind === 'raw') {
    const raw = job.line ?? new Uint8Array()
    return { output: raw, bytesIn: raw.length, bytesOut: raw.length, removed: {}, error: job.error ?? 'passed through unchanged' }
  }
  if (job.kind === 'text' || job.kind === 'wet') {
    const text = job.text ?? ''
    const explain = Boolean(settings.keepAnalysis)
    const { cleaned, removed, analysis } = cleanText(text, settings, job, explain)
    const outcome: Outcome = { output: cleaned, bytesIn: size(text), bytesOut: size(cleaned), removed }
    if (job.kind === 'wet') {
      outcome.output = wetLine(job, cleaned)
    }
    if (settings.keepAnalysis && analysis) outcome.analysis = analysis
    return outcome
  }
  // JSON Lines: one record per line. The output is the input line with only the cleaned field's
  // value replaced (and the added fields), so every other byte stays as it was.
  const raw = job.line ?? new Uint8Array()
  const pass = (error: string): Outcome => ({ output: raw, bytesIn: raw.length, bytesOut: raw.length, removed: {}, error })
  const paths = [settings.field]
  if (settings.removedField) paths.push(settings.removedField)
  if (settings.explainField) paths.push(settings.explainField)
  const read = readLine(raw, paths, settings)
  if ('blank' in read) return { output: raw, bytesIn: raw.length, bytesOut: raw.length, removed: {} }
  if ('error' in read) return pass(read.error)
  const span = nodeAt(read.root, settings.field)!.span
  if (span === undefined) return pass(`missing field \`${settings.field}\``)
  if (span.kind !== 0x22) return pass(`field \`${settings.field}\` is not a string`)
  const value = stringAt(raw, span)
  const explain = Boolean(settings.explainField)
  const { cleaned, removed, dropped, analysis } = cleanText(value, settings, job, explain)
  const edits: Edit[] = []
  // An unchanged value keeps its original bytes (escapes included).
  if (cleaned !== value) edits.push({ start: span.start, end: span.end, text: JSON.stringify(cleaned) })
  const additions = new Map<Span, Record<string, unknown>>()
  if (settings.removedField && !setEdits(read.root, settings.removedField, dropped, additions, edits)) return pass(`cannot write \`${settings.removedField}\``)
  if (settings.explainField && !setEdits(read.root, settings.explainField, explanation(analysis!), additions, edits)) return pass(`cannot write \`${settings.explainField}\``)
  additionEdits(additions, edits)
  const output = applyEdits(raw, edits)
  if (!output) return pass(`cannot write \`${settings.removedField ?? settings.explainField}\` next to \`${settings.field}\``)
  return { output, bytesIn: raw.length, bytesOut: size(cleaned), removed }
}

/** `processJob`, never throwing: a record that breaks something passes through unchanged, reported. */
export function processSafely(job: Job, settings: Settings): Outcome {
  try {
    return processJob(job, settings)
  } catch (error) {
    const raw = job.line ?? job.text ?? ''
    const n = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length
    const output = job.kind === 'wet' ? wetLine(job, job.text ?? '') : raw
    return { output, bytesIn: n, bytesOut: n, removed: {}, error: `internal error: ${(error as Error).message}` }
  }
}

/** What cleaning a run of JSON lines gives back: one output for all of them, and their tallies. */
export interface LinesOutcome {
  /** The output lines, each with its newline. */
  output: Uint8Array
  records: number
  bytesIn: number
  bytesOut: number
  removed: Partial<Record<Category, number>>
  /** Lines passed through unchanged: their index in the run and why. */
  errors: Array<[number, string]>
}

/**
 * Clean a run of JSON lines given as raw bytes (whole lines; a last line without its newline counts).
 * Splitting, parsing and joining happen here, where the cleaning is, so that the thread that reads
 * only cuts its input at line ends and writes what comes back.
 */
export function cleanLines(bytes: Uint8Array, settings: Settings): LinesOutcome {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const result: LinesOutcome = { output: new Uint8Array(), records: 0, bytesIn: 0, bytesOut: 0, removed: {}, errors: [] }
  const lines = collect(result)
  for (let start = 0; start < input.length;) {
    let end = input.indexOf(10, start)
    if (end < 0) end = input.length
    lines.add(processSafely({ kind: 'jsonl', line: input.subarray(start, end) }, settings))
    start = end + 1
  }
  return lines.finish()
}

/**
 * Gathers the outcomes of a run into `result`: each output as a line, the tallies, the errors with
 * their index in the run. `finish()` joins the lines into the run's one output.
 */
function collect<T extends LinesOutcome>(result: T): { add(outcome: Outcome): void; finish(): T } {
  const parts: Uint8Array[] = []
  let length = 0
  return {
    add(outcome) {
      const output = typeof outcome.output === 'string' ? Buffer.from(outcome.output) : outcome.output
      parts.push(output)
      length += output.length + 1
      if (outcome.error) result.errors.push([result.records, outcome.error])
      result.records++
      result.bytesIn += outcome.bytesIn
      result.bytesOut += outcome.bytesOut
      for (const [c, n] of Object.entries(outcome.removed)) result.removed[c as Category] = (result.removed[c as Category] ?? 0) + n
    },
    finish() {
      // Its own buffer (never a pooled one), so that a worker can hand it over without a copy.
      const output = new Uint8Array(length)
      let at = 0
      for (const part of parts) {
        output.set(part, at)
        at += part.length
        output[at++] = 10
      }
      result.output = output
      return result
    },
  }
}

/** What cleaning a run of WARC records gives back: the conversion records' JSON lines and tallies. */
export interface WarcOutcome extends LinesOutcome {
  /** The run ended early: the conversion record (its number in the run, from 1) and why. */
  cut?: [number, string]
}

const utf8 = new TextDecoder('utf-8')

/**
 * The bytes in small pieces, as a stream would give them: warcio copies the rest of the piece it
 * reads from at every line, so one piece of a megabyte would cost a copy of the run per line.
 */
async function* pieces(bytes: Uint8Array) {
  for (let at = 0; at < bytes.length; at += 1 << 16) yield bytes.subarray(at, at + (1 << 16))
}

/**
 * Clean a run of whole WARC records given as raw bytes: each conversion record becomes a JSON line
 * {url, date, id, text}; other records are skipped. The records are found as the reader found the
 * run's bounds (warc.ts); what only warcio can read is read by warcio.
 */
export async function cleanWarc(bytes: Uint8Array, settings: Settings): Promise<WarcOutcome> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const result: WarcOutcome = { output: new Uint8Array(), records: 0, bytesIn: 0, bytesOut: 0, removed: {}, errors: [] }
  const lines = collect(result)
  const add = (payload: Uint8Array, headers: { get(name: string): string | null | undefined }) => {
    const job: Job = { kind: 'wet', text: utf8.decode(payload) }
    const url = headers.get('WARC-Target-URI')
    if (url) job.url = url
    const date = headers.get('WARC-Date')
    if (date) job.date = date
    const id = headers.get('WARC-Record-ID')
    if (id) job.id = id
    lines.add(processSafely(job, settings))
  }
  let at = 0
  while (at < input.length) {
    const step = await nextRecord(input, at, true)
    if ('record' in step) {
      const { headers, contentStart, contentEnd, next } = step.record
      if (headers.get('WARC-Type') === 'conversion') add(input.subarray(contentStart, contentEnd), headers)
      at = next
      continue
    }
    if (!('warcio' in step)) break
    try {
      for await (const record of new WARCParser(pieces(input.subarray(at)))) {
        if (record.warcType !== 'conversion') {
          await record.readFully()
          continue
        }
        const payload = await record.readFully(false)
        const expected = record.warcContentLength
        if (payload.length < expected) {
          // The input ended inside this record: what there is of it is not a document.
          result.cut = [result.records + 1, `truncated WARC record (${payload.length} of ${expected} bytes)`]
          break
        }
        add(payload, { get: (name) => record.warcHeader(name) })
      }
    } catch (error) {
      result.cut = [result.records + 1, `WARC: ${(error as Error).message}`]
    }
    break
  }
  return lines.finish()
}

/**
 * A batch of work: documents (text, wet, raw, or JSON lines read one by one), a run of JSON lines
 * or a run of WARC records as raw bytes.
 */
export type Task = { jobs: Job[] } | { lines: Uint8Array } | { warc: Uint8Array }
export type Result = { outcomes: Outcome[] } | { lines: LinesOutcome } | { warc: WarcOutcome }

export async function runTask(task: Task, settings: Settings): Promise<Result> {
  if ('lines' in task) return { lines: cleanLines(task.lines, settings) }
  if ('warc' in task) return { warc: await cleanWarc(task.warc, settings) }
  return { outcomes: task.jobs.map((job) => processSafely(job, settings)) }
}

/** The raw bytes of a task or a result, if any. */
export function bytesOf(message: Task | Result): Uint8Array | undefined {
  if ('lines' in message) return message.lines instanceof Uint8Array ? message.lines : message.lines.output
  if ('warc' in message) return message.warc instanceof Uint8Array ? message.warc : message.warc.output
  return undefined
}

/** The buffers a message can hand over instead of copying: those that are whole ArrayBuffers of their own. */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && buffer.byteLength > 0 ? [buffer] : []
}
