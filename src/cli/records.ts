/**
 * One record of work and what cleaning it gives back, shared by the main thread and the workers.
 * Kept free of I/O so that the same function runs inline (one worker) or in a worker thread.
 */
import { run } from '../lib/analyze.js'
import { keptText, render } from '../lib/clean.js'
import type { Options } from '../lib/options.js'
import { repeatEvidence } from '../lib/repeats.js'
import type { Analysis, Category } from '../lib/types.js'

export interface Job {
  /** `text`: a whole file; `jsonl`: one JSON line (raw bytes); `wet`: a WET record's text. */
  kind: 'text' | 'jsonl' | 'wet'
  /** Text (text, wet) or the raw line (jsonl). */
  text?: string
  line?: Uint8Array
  /** For wet: the record's URL and date. */
  url?: string
  date?: string
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

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Read a dotted path ("meta.body") from a parsed JSON record. */
export function getPath(record: unknown, path: string): unknown {
  let value: unknown = record
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Write a dotted path, creating objects along the way; `false` when a non-object is in the way. */
export function setPath(record: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.')
  let target: Record<string, unknown> = record
  for (const key of keys.slice(0, -1)) {
    const next = target[key]
    if (next === undefined) target = target[key] = {}
    else if (next !== null && typeof next === 'object' && !Array.isArray(next)) target = next as Record<string, unknown>
    else return false
  }
  target[keys.at(-1)!] = value
  return true
}

/** Clean one text; also what was removed, per category. */
function cleanText(text: string, settings: Settings, job: Job, explain: boolean) {
  const hook = job.repeats ? repeatEvidence(new Map(job.repeats), settings.minDocuments, job.group ?? '') : undefined
  const analysis = run(text, settings.options, explain, hook)
  const removed: Partial<Record<Category, number>> = {}
  const dropped: string[] = []
  for (const block of analysis.blocks) {
    if (block.label === 'boilerplate') {
      const c = block.category ?? 'navigation'
      removed[c] = (removed[c] ?? 0) + block.text.length
      dropped.push(block.text)
    } else if (block.sentences) {
      for (const s of block.sentences) {
        if (s.label !== 'boilerplate') continue
        const c = s.category ?? block.category ?? 'navigation'
        removed[c] = (removed[c] ?? 0) + s.text.length
        dropped.push(s.text)
      }
    }
  }
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

export function processJob(job: Job, settings: Settings): Outcome {
  if (job.kind === 'text' || job.kind === 'wet') {
    const text = job.text ?? ''
    const explain = Boolean(settings.keepAnalysis)
    const { cleaned, removed, analysis } = cleanText(text, settings, job, explain)
    const outcome: Outcome = { output: cleaned, bytesIn: size(text), bytesOut: size(cleaned), removed }
    if (job.kind === 'wet') {
      const line = JSON.stringify({ url: job.url ?? null, date: job.date ?? null, text: cleaned })
      outcome.output = line
    }
    if (settings.keepAnalysis) outcome.analysis = analysis
    return outcome
  }
  // JSON Lines: one record per line; anything unusable passes through unchanged, reported.
  const raw = job.line ?? new Uint8Array()
  const pass = (error: string): Outcome => ({ output: raw, bytesIn: raw.length, bytesOut: raw.length, removed: {}, error })
  let line: string
  try {
    line = decoder.decode(raw)
  } catch {
    return pass('invalid UTF-8')
  }
  if (line.trim() === '') return { output: raw, bytesIn: raw.length, bytesOut: raw.length, removed: {} }
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return pass('invalid JSON')
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return pass('not a JSON object')
  const value = getPath(record, settings.field)
  if (value === undefined) return pass(`missing field \`${settings.field}\``)
  if (typeof value !== 'string') return pass(`field \`${settings.field}\` is not a string`)
  const explain = Boolean(settings.explainField)
  const { cleaned, removed, dropped, analysis } = cleanText(value, settings, job, explain)
  const object = record as Record<string, unknown>
  setPath(object, settings.field, cleaned)
  if (settings.removedField && !setPath(object, settings.removedField, dropped)) return pass(`cannot write \`${settings.removedField}\``)
  if (settings.explainField && !setPath(object, settings.explainField, explanation(analysis))) return pass(`cannot write \`${settings.explainField}\``)
  return { output: JSON.stringify(object), bytesIn: raw.length, bytesOut: size(cleaned), removed }
}
