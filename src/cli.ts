#!/usr/bin/env node
/**
 * The `deboiler` command: text files, JSON Lines and Common Crawl WET files in, cleaned text out.
 * Streams, uses worker threads, keeps order, never drops a record, and follows the Hadoop
 * Streaming / Spark `pipe` contract in JSONL mode (one output line per input line).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { WARCParser } from 'warcio'
import { run } from './lib/analyze.js'
import { render } from './lib/clean.js'
import { categories } from './lib/options.js'
import { createRepeatMemory, type RepeatMemory } from './lib/repeats.js'
import { toHtmlReport } from './lib/report.js'
import type { Category } from './lib/types.js'
import { lines, open, readAll, type Source } from './cli/input.js'
import { createPool } from './cli/pool.js'
import { groupField, readLine, stringField, type Job, type Outcome, type Settings } from './cli/records.js'

const USAGE = `usage: deboiler [options] [file ...]

Remove promotional boilerplate from scraped text and print the editorial body.
Reads the files (or stdin when none, or "-"); .gz files are read transparently.

modes:
  (default)              each file is one text; prints its cleaned text
  --jsonl                JSON Lines: cleans one field of every record, one output line per input line
  --wet                  Common Crawl WET (WARC) files: prints JSONL {url, date, text}

options:
  --field PATH           JSONL field to clean, dotted paths allowed (default: text)
  --removed-field PATH   JSONL: store the removed parts in this field
  --explain-field PATH   JSONL: store the per-block analysis in this field
  --threshold N          score from which a block is boilerplate, 0..1 (default: 0.5)
  --keep CATEGORY        report but keep a category (repeatable), e.g. --keep image-credit
  --granularity G        sentence (default) or block
  --learn-repeats        blocks repeated across documents of a group count as boilerplate
  --group-by G           url-host (default) or a JSONL field path, for --learn-repeats
  --url-field PATH       JSONL field holding the URL, for --group-by url-host (default: url)
  --repeat-min K         documents a block must appear in to count as repeated (default: 3)
  --workers N            worker threads (default: the number of cores)
  --max-depth N          JSONL: records nested deeper pass through unchanged, reported (default: 1000)
  --max-record-mb N      JSONL: larger records pass through unchanged, reported (default: 64)
  --report FILE          text mode: write an HTML report of the decisions to FILE
  --errors FILE          write the records passed through unchanged, with line numbers, as JSONL
  --stats                print a summary (records, bytes, share removed per category) to stderr
  --quiet                no progress, no error summary on stderr
  -h, --help             this help
  -v, --version          the version`

interface Failure {
  file: string
  line?: number
  record?: number
  error: string
}

function fail(message: string): never {
  process.stderr.write(`deboiler: ${message}\n`)
  process.exit(2)
}

let values: ReturnType<typeof parse>['values']
let files: string[]
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      wet: { type: 'boolean', default: false },
      field: { type: 'string', default: 'text' },
      'removed-field': { type: 'string' },
      'explain-field': { type: 'string' },
      threshold: { type: 'string' },
      keep: { type: 'string', multiple: true, default: [] },
      granularity: { type: 'string' },
      'learn-repeats': { type: 'boolean', default: false },
      'group-by': { type: 'string', default: 'url-host' },
      'url-field': { type: 'string', default: 'url' },
      'repeat-min': { type: 'string', default: '3' },
      workers: { type: 'string' },
      'max-depth': { type: 'string' },
      'max-record-mb': { type: 'string' },
      report: { type: 'string' },
      errors: { type: 'string' },
      stats: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
}
try {
  const parsed = parse()
  values = parsed.values
  files = parsed.positionals.length ? parsed.positionals : ['-']
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]} (see deboiler --help)`)
}

if (values.help) {
  process.stdout.write(USAGE + '\n')
  process.exit(0)
}
if (values.version) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  process.stdout.write(pkg.version + '\n')
  process.exit(0)
}
if (values.jsonl && values.wet) fail('--jsonl and --wet cannot be combined')
for (const file of files) {
  if (file === '-') continue
  if (!existsSync(file)) fail(`cannot read ${file}: no such file`)
  if (statSync(file).isDirectory()) fail(`cannot read ${file}: is a directory`)
}
const keep: Partial<Record<Category, boolean>> = {}
for (const category of values.keep) {
  if (!(categories as readonly string[]).includes(category)) fail(`unknown category for --keep: ${category} (one of ${categories.join(', ')})`)
  keep[category as Category] = false
}
const options: Settings['options'] = {}
if (values.threshold !== undefined) {
  const threshold = Number(values.threshold)
  if (!(threshold > 0 && threshold < 1)) fail(`--threshold must be a number between 0 and 1, got ${values.threshold}`)
  options.threshold = threshold
}
if (values.granularity !== undefined) {
  if (values.granularity !== 'block' && values.granularity !== 'sentence') fail(`--granularity must be block or sentence, got ${values.granularity}`)
  options.granularity = values.granularity
}
if (Object.keys(keep).length) options.drop = keep
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers)
if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a positive integer, got ${values.workers}`)
const minDocuments = Number(values['repeat-min'])
if (!Number.isInteger(minDocuments) || minDocuments < 2) fail(`--repeat-min must be an integer of at least 2, got ${values['repeat-min']}`)
if (values.report && (values.jsonl || values.wet)) fail('--report works in text mode (one file)')

const settings: Settings = { options, field: values.field, minDocuments, keepAnalysis: Boolean(values.report) }
if (values['max-depth'] !== undefined) {
  const depth = Number(values['max-depth'])
  if (!Number.isInteger(depth) || depth < 1) fail(`--max-depth must be a positive integer, got ${values['max-depth']}`)
  settings.maxDepth = depth
}
if (values['max-record-mb'] !== undefined) {
  const mb = Number(values['max-record-mb'])
  if (!(mb > 0 && mb <= 512)) fail(`--max-record-mb must be a number of MB between 0 and 512, got ${values['max-record-mb']}`)
  settings.maxRecordBytes = Math.floor(mb * (1 << 20))
}
if (values['removed-field']) settings.removedField = values['removed-field']
if (values['explain-field']) settings.explainField = values['explain-field']
const memory: RepeatMemory | undefined = values['learn-repeats'] ? createRepeatMemory({ minDocuments }) : undefined

// ---- output, with backpressure; a closed pipe (deboiler … | head) ends quietly ----
const out = process.stdout
out.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`deboiler: cannot write output: ${error.message}\n`)
  process.exit(2)
})
function write(data: string | Uint8Array): Promise<void> {
  if (out.write(data)) return Promise.resolve()
  return new Promise((resolve) => out.once('drain', resolve))
}

// ---- stats and progress ----
const stats = { records: 0, bytesIn: 0, bytesOut: 0, removed: {} as Partial<Record<Category, number>> }
const failures: Failure[] = []
const started = Date.now()
let sources: Source[] = []
const showProgress = Boolean(process.stderr.isTTY) && !values.quiet
let lastProgress = 0
function progress(force = false) {
  if (!showProgress) return
  const now = Date.now()
  if (!force && now - lastProgress < 250) return
  lastProgress = now
  const seconds = (now - started) / 1000 || 1e-3
  const mb = stats.bytesIn / 1e6
  let line = `deboiler: ${stats.records} records, ${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(1)} MB/s`
  const total = sources.reduce((a, s) => (a === undefined || s.size === undefined ? undefined : a + s.size), 0 as number | undefined)
  if (total) {
    const read = sources.reduce((a, s) => a + s.read(), 0)
    const share = Math.min(1, read / total)
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0
    line += `, ${(100 * share).toFixed(0)}%, ETA ${Math.round(eta)} s`
  }
  process.stderr.write(`\r${line}\u001b[K`)
}

async function onOutcomes(outcomes: Outcome[], context: Array<Omit<Failure, 'error'>>) {
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!
    stats.records++
    stats.bytesIn += outcome.bytesIn
    stats.bytesOut += outcome.bytesOut
    for (const [c, n] of Object.entries(outcome.removed)) stats.removed[c as Category] = (stats.removed[c as Category] ?? 0) + n
    if (outcome.error) failures.push({ ...context[i]!, error: outcome.error })
  }
  // One write per batch: records as they came, raw bytes kept raw, a newline after each line record.
  const lineMode = values.jsonl || values.wet
  const parts: Buffer[] = []
  for (const outcome of outcomes) {
    parts.push(typeof outcome.output === 'string' ? Buffer.from(outcome.output) : Buffer.from(outcome.output.buffer, outcome.output.byteOffset, outcome.output.byteLength))
    if (lineMode) parts.push(NEWLINE)
  }
  await write(parts.length === 1 ? parts[0]! : Buffer.concat(parts))
  progress()
}
const NEWLINE = Buffer.from('\n')

// ---- SIGINT: stop reading, flush what is done ----
let stopping = false
process.on('SIGINT', () => {
  if (stopping) process.exit(130)
  stopping = true
})

const workerUrl = new URL('./worker.js', import.meta.url)
const BATCH_RECORDS = 256
const BATCH_BYTES = 1 << 20

/** Group of a document for repeat learning: the URL's host, or a field's value. */
function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : ''
  } catch {
    return ''
  }
}

/** Repeat counts for a document, computed here, in input order, whatever the number of workers. */
function learn(job: Job, text: string | undefined, group: string) {
  if (!memory || text === undefined) return
  job.repeats = [...memory.observe(text, group)]
  job.group = group
}

async function main() {
  const pendingJobs: Job[] = []
  let pendingContext: Array<Omit<Failure, 'error'>> = []
  let pendingBytes = 0
  const contexts: Array<Array<Omit<Failure, 'error'>>> = []
  const pool = createPool(values.jsonl || values.wet ? workers : Math.min(workers, files.length), settings, workerUrl, async (outcomes) => {
    await onOutcomes(outcomes, contexts.shift()!)
  })
  const flush = async () => {
    if (!pendingJobs.length) return
    contexts.push(pendingContext)
    await pool.submit(pendingJobs.splice(0))
    pendingContext = []
    pendingBytes = 0
  }
  const add = async (job: Job, context: Omit<Failure, 'error'>, bytes: number) => {
    pendingJobs.push(job)
    pendingContext.push(context)
    pendingBytes += bytes
    if (values.jsonl || values.wet ? pendingJobs.length >= BATCH_RECORDS || pendingBytes >= BATCH_BYTES : true) await flush()
  }

  for (const file of files) {
    if (stopping) break
    const source = open(file, (message) => failures.push({ file: source.name, error: message }))
    sources.push(source)
    if (values.jsonl) {
      let lineNo = 0
      for await (const line of lines(source.stream)) {
        lineNo++
        const job: Job = { kind: 'jsonl', line: new Uint8Array(line) }
        if (memory) {
          // Bad lines are passed through unchanged by the worker, and reported there.
          const groupPath = values['group-by'] === 'url-host' ? values['url-field'] : values['group-by']
          const read = readLine(job.line!, [values.field, groupPath], settings)
          if ('root' in read) {
            const group = values['group-by'] === 'url-host' ? hostOf(stringField(job.line!, read.root, groupPath)) : groupField(job.line!, read.root, groupPath)
            learn(job, stringField(job.line!, read.root, values.field), group)
          }
        }
        await add(job, { file: source.name, line: lineNo }, line.length)
        if (stopping) break
      }
    } else if (values.wet) {
      let recordNo = 0
      try {
        for await (const record of new WARCParser(source.stream)) {
          if (stopping) break
          if (record.warcType !== 'conversion') {
            await record.readFully()
            continue
          }
          recordNo++
          const text = await record.contentText()
          const url = record.warcTargetURI ?? undefined
          const job: Job = { kind: 'wet', text }
          if (url) job.url = url
          const date = record.warcDate
          if (date) job.date = date
          learn(job, text, hostOf(url))
          await add(job, { file: source.name, record: recordNo }, Buffer.byteLength(text))
        }
      } catch (error) {
        failures.push({ file: source.name, record: recordNo + 1, error: `WARC: ${(error as Error).message}` })
      }
    } else {
      const bytes = await readAll(source.stream)
      let text: string | undefined
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        text = undefined
      }
      const binary = text !== undefined && text.slice(0, 8192).includes('\u0000') && !/[\p{L}]{3}/u.test(text.slice(0, 8192))
      if (text === undefined || binary) {
        // Not text: passed through unchanged, and reported.
        await flush()
        await pool.drain()
        failures.push({ file: source.name, error: text === undefined ? 'invalid UTF-8: passed through unchanged' : 'binary file: passed through unchanged' })
        await write(bytes)
        stats.records++
        stats.bytesIn += bytes.length
        stats.bytesOut += bytes.length
        continue
      }
      const job: Job = { kind: 'text', text }
      learn(job, text, source.name)
      await add(job, { file: source.name }, bytes.length)
    }
  }
  await flush()
  await pool.close()
  progress(true)
  if (showProgress) process.stderr.write('\n')
}

async function finish() {
  if (values.errors) {
    writeFileSync(values.errors, failures.map((f) => JSON.stringify(f)).join('\n') + (failures.length ? '\n' : ''))
  }
  if (failures.length && !values.quiet) {
    const kinds = new Map<string, number>()
    for (const f of failures) kinds.set(f.error, (kinds.get(f.error) ?? 0) + 1)
    const summary = [...kinds].map(([error, n]) => `${error}: ${n}`).join('; ')
    process.stderr.write(`deboiler: ${failures.length} record(s) passed through unchanged or cut short (${summary})${values.errors ? `; see ${values.errors}` : ''}\n`)
  }
  if (values.stats) {
    const seconds = (Date.now() - started) / 1000
    const removedTotal = Object.values(stats.removed).reduce((a, b) => a + (b ?? 0), 0)
    const lines = [
      `records: ${stats.records}`,
      `bytes in: ${stats.bytesIn}`,
      `bytes out: ${stats.bytesOut}`,
      `removed: ${stats.bytesIn ? ((100 * (stats.bytesIn - stats.bytesOut)) / stats.bytesIn).toFixed(1) : '0.0'}% of the input`,
      ...Object.entries(stats.removed)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([c, n]) => `  ${c}: ${(((n ?? 0) / Math.max(1, removedTotal)) * 100).toFixed(1)}% of what was removed`),
      `errors: ${failures.length}`,
      `time: ${seconds.toFixed(2)} s (${(stats.bytesIn / 1e6 / Math.max(seconds, 1e-3)).toFixed(1)} MB/s)`,
      `peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ]
    process.stderr.write(lines.join('\n') + '\n')
  }
}

async function report() {
  // Text mode with --report: one file, analysed in this thread, the HTML written beside the output.
  const source = open(files[0]!, (message) => failures.push({ file: files[0]!, error: message }))
  const text = new TextDecoder().decode(await readAll(source.stream))
  const analysis = run(text, options, true)
  writeFileSync(values.report!, toHtmlReport(analysis, { title: source.name }))
  await write(render(analysis))
}

try {
  if (values.report) await report()
  else await main()
  await finish()
  if (stopping) process.exit(130)
} catch (error) {
  process.stderr.write(`deboiler: ${(error as Error).message}\n`)
  process.exit(2)
}
