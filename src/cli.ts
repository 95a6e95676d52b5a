#!/usr/bin/env node
/**
 * The `deboiler` command: text files, JSON Lines and Common Crawl WET files in, cleaned text out.
 * Streams, uses worker threads, keeps order, never drops a record, and follows the Hadoop
 * Streaming / Spark `pipe` contract in JSONL mode (one output line per input line).
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { WARCParser } from 'warcio'
import { categories } from './lib/options.js'
import { createRepeatMemory, type RepeatMemory } from './lib/repeats.js'
import { toHtmlReportOf } from './lib/report.js'
import type { Analysis, Category } from './lib/types.js'
import { checkFile, lineRuns, lines, open, readAll, Refused, warcRuns, type Source } from './cli/input.js'
import { createPool } from './cli/pool.js'
import { groupField, readLine, stringField, type Job, type LinesOutcome, type Outcome, type Result, type Settings, type WarcOutcome } from './cli/records.js'
import { defaultWorkers } from './cli/workers.js'

const USAGE = `usage: deboiler [options] [file ...]
       deboiler [options] --input-dir DIR --output-dir DIR

Remove promotional boilerplate from scraped text and print the editorial body.
Reads the files (or stdin when none, or "-"). The format is found from the first bytes: gzip and
zstd are decompressed; xz, bzip2 and zip are refused (decompress them first).

modes:
  (default)              each file is one text; prints its cleaned text
  --jsonl                JSON Lines: cleans one field of every record, one output line per input line
  --wet                  Common Crawl WET (WARC) files: prints JSONL {url, date, id, text}
  --input-dir DIR        every file under DIR (sorted, recursively), each to the same path under
  --output-dir DIR       the output directory (without .gz/.zst; .jsonl added with --wet)

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
  --workers N            worker threads (default: the cores not busy now, at least 1)
  --max-depth N          JSONL: records nested deeper pass through unchanged, reported (default: 1000)
  --max-record-mb N      JSONL: larger records pass through unchanged, reported (default: 64)
  --report FILE          text mode: write an HTML report of the decisions to FILE
  --errors FILE          write the records passed through unchanged or cut short, as JSONL
  --stats                print a summary (records, bytes, share removed per category) to stderr
  --stats-json FILE      write the summary as one JSON object to FILE
  --progress             show progress on stderr even when it is not a terminal
  --quiet                no progress, no error summary on stderr
  -h, --help             this help
  -v, --version          the version

exit status: 0 done (records passed through unchanged are reported, not failures); 1 done, but an
input was cut short (truncated or damaged); 2 refused (bad command line, unreadable or unsupported
input); 130 after SIGINT, 143 after SIGTERM (complete records written, errors and stats too).`

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
let positionals: string[]
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      wet: { type: 'boolean', default: false },
      'input-dir': { type: 'string' },
      'output-dir': { type: 'string' },
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
      'stats-json': { type: 'string' },
      progress: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
}
try {
  const parsed = parse()
  values = parsed.values
  positionals = parsed.positionals
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

// ---- inputs: files, stdin, or a directory tree; each checked before anything is written ----
interface Input {
  path: string
  /** Directory mode: where its output goes. */
  dest?: string
}
const inputs: Input[] = []
const inputDir = values['input-dir']
const outputDir = values['output-dir']
if (inputDir !== undefined || outputDir !== undefined) {
  if (inputDir === undefined || outputDir === undefined) fail('--input-dir and --output-dir go together')
  if (positionals.length) fail('give files or --input-dir, not both')
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) fail(`cannot read ${inputDir}: not a directory`)
  if (resolve(inputDir) === resolve(outputDir)) fail('--output-dir must differ from --input-dir (the inputs would be overwritten)')
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) {
        if (resolve(path) !== resolve(outputDir)) walk(path)
      } else if (entry.isFile()) {
        let name = relative(inputDir, path).replace(/\.(gz|zst)$/, '')
        if (values.wet) name += '.jsonl'
        inputs.push({ path, dest: join(outputDir, name) })
      }
    }
  }
  walk(inputDir)
} else {
  for (const path of positionals.length ? positionals : ['-']) inputs.push({ path })
}
const dirMode = inputDir !== undefined
for (const { path } of inputs) {
  if (path === '-') continue
  if (!existsSync(path)) fail(`cannot read ${path}: no such file`)
  if (statSync(path).isDirectory()) fail(`cannot read ${path}: is a directory (use --input-dir)`)
  try {
    checkFile(path)
  } catch (error) {
    fail(error instanceof Refused ? error.message : `cannot read ${path}: ${(error as Error).message}`)
  }
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
const workers = values.workers === undefined ? defaultWorkers(availableParallelism(), loadavg()[0] ?? 0) : Number(values.workers)
if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a positive integer, got ${values.workers}`)
const minDocuments = Number(values['repeat-min'])
if (!Number.isInteger(minDocuments) || minDocuments < 2) fail(`--repeat-min must be an integer of at least 2, got ${values['repeat-min']}`)
if (values.report && (values.jsonl || values.wet)) fail('--report works in text mode')
if (values.report && dirMode) fail('--report works with files, not --input-dir')
const lineMode = values.jsonl || values.wet

const settings: Settings = { options, field: values.field, minDocuments, keepAnalysis: Boolean(values.report) }
if (values['removed-field']) settings.removedField = values['removed-field']
if (values['explain-field']) settings.explainField = values['explain-field']
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
const memory: RepeatMemory | undefined = values['learn-repeats'] ? createRepeatMemory({ minDocuments }) : undefined

// ---- output, with backpressure; a closed pipe (deboiler … | head) ends quietly ----
const out = process.stdout
out.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`deboiler: cannot write output: ${error.message}\n`)
  process.exit(2)
})
function write(data: Uint8Array): Promise<void> {
  if (out.write(data)) return Promise.resolve()
  return new Promise((resolve) => out.once('drain', resolve))
}
/** Directory mode: the output file being written (outputs come in input order, one file after the other). */
let destPath: string | undefined
let destFd: number | undefined
function writeTo(dest: string, data: Uint8Array) {
  if (dest !== destPath) {
    if (destFd !== undefined) closeSync(destFd)
    destPath = dest
    destFd = openSync(dest, 'a')
  }
  writeSync(destFd!, data)
}

// ---- stats and progress ----
const stats = { records: 0, bytesIn: 0, bytesOut: 0, removed: {} as Partial<Record<Category, number>> }
const failures: Failure[] = []
/** Inputs that ended early (truncated, damaged, a read error): exit status 1. */
let cutShort = 0
const started = Date.now()
const totalSize = inputs.every((i) => i.path !== '-') ? inputs.reduce((a, i) => a + statSync(i.path).size, 0) : undefined
/** Bytes of the inputs whose records have been written (compressed bytes for compressed inputs). */
let doneBytes = 0
const showProgress = !values.quiet && (values.progress || Boolean(process.stderr.isTTY))
const progressEvery = Number(process.env.DEBOILER_PROGRESS_MS) || (process.stderr.isTTY ? 250 : 1000)
let lastProgress = 0
function progress(force = false) {
  if (!showProgress) return
  const now = Date.now()
  if (!force && now - lastProgress < progressEvery) return
  lastProgress = now
  const seconds = (now - started) / 1000 || 1e-3
  const mb = stats.bytesIn / 1e6
  let line = `deboiler: ${stats.records} records, ${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(1)} MB/s`
  if (totalSize) {
    const share = Math.min(1, doneBytes / totalSize)
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0
    line += `, ${(100 * share).toFixed(0)}% of ${(totalSize / 1e6).toFixed(1)} MB, ETA ${Math.round(eta)} s`
  }
  process.stderr.write(process.stderr.isTTY ? `\r${line}\u001b[K` : `${line}\n`)
}

/** What the main thread knows of a batch: where each record came from, where the output goes. */
interface Batch {
  contexts: Array<Omit<Failure, 'error'>>
  dest: string | undefined
  /** Input bytes done once this batch is written. */
  done: number
  /** Text mode: the documents' titles, for the report. */
  titles?: string[]
  /**
   * A run of JSON lines or WARC records: the input it comes from (its number and name, for the
   * line or record numbers of errors) and where that input was cut short, if it was.
   */
  run?: { input: number; file: string; unit: 'line' | 'record'; cuts: Failure[] }
}
const reportDocuments: Array<{ title: string; analysis: Analysis }> = []
const NEWLINE = Buffer.from('\n')
const separateDocuments = !lineMode && !dirMode && inputs.length > 1

async function onOutcomes(outcomes: Outcome[], batch: Batch) {
  const parts: Buffer[] = []
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!
    stats.records++
    stats.bytesIn += outcome.bytesIn
    stats.bytesOut += outcome.bytesOut
    for (const [c, n] of Object.entries(outcome.removed)) stats.removed[c as Category] = (stats.removed[c as Category] ?? 0) + n
    if (outcome.error) failures.push({ ...batch.contexts[i]!, error: outcome.error })
    if (outcome.analysis && batch.titles) reportDocuments.push({ title: batch.titles[i]!, analysis: outcome.analysis })
    // Raw bytes kept raw; a newline after each line record, and between documents of several files.
    const output = typeof outcome.output === 'string' ? Buffer.from(outcome.output) : Buffer.from(outcome.output.buffer, outcome.output.byteOffset, outcome.output.byteLength)
    parts.push(output)
    if (lineMode || (separateDocuments && !outcome.error && output.length && output[output.length - 1] !== 10)) parts.push(NEWLINE)
  }
  // One write per batch.
  const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts)
  if (batch.dest !== undefined) writeTo(batch.dest, data)
  else await write(data)
  doneBytes = Math.max(doneBytes, batch.done)
  progress()
}

/** Records of the current input written so far (runs come in order), and whether it was cut short. */
let runInput = -1
let runBefore = 0
let runCut = false

async function onRun(result: LinesOutcome | WarcOutcome, batch: Batch) {
  const run = batch.run!
  if (run.input !== runInput) {
    runInput = run.input
    runBefore = 0
    runCut = false
  }
  // After a record cut short, nothing more of its input is read (as when the records were parsed here).
  if (runCut) return
  stats.records += result.records
  stats.bytesIn += result.bytesIn
  stats.bytesOut += result.bytesOut
  for (const [c, n] of Object.entries(result.removed)) stats.removed[c as Category] = (stats.removed[c as Category] ?? 0) + n
  const at = (n: number) => (run.unit === 'line' ? { file: run.file, line: runBefore + n } : { file: run.file, record: runBefore + n })
  for (const [index, error] of result.errors) failures.push({ ...at(index + 1), error })
  if ('cut' in result && result.cut && !stopping) {
    runCut = true
    cutShort++
    failures.push(...run.cuts.splice(0), { ...at(result.cut[0]), error: `cut short: ${result.cut[1]}` })
  }
  runBefore += result.records
  const data = Buffer.from(result.output.buffer, result.output.byteOffset, result.output.byteLength)
  if (batch.dest !== undefined) writeTo(batch.dest, data)
  else await write(data)
  doneBytes = Math.max(doneBytes, batch.done)
  progress()
}

async function onResult(result: Result, batch: Batch) {
  if ('lines' in result) await onRun(result.lines, batch)
  else if ('warc' in result) await onRun(result.warc, batch)
  else await onOutcomes(result.outcomes, batch)
}

// ---- SIGINT and SIGTERM: stop reading, write the complete records, the errors and the stats ----
let stopping: 'SIGINT' | 'SIGTERM' | undefined
let current: Source | undefined
const exitCodes = { SIGINT: 130, SIGTERM: 143 }
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(exitCodes[stopping]) // a second signal: stop now (writes are whole records)
    stopping = signal
    // Wake a reader waiting for input that may never come; the line it was reading is dropped.
    current?.stop()
  })
}

const workerUrl = new URL('./worker.js', import.meta.url)
const BATCH_RECORDS = 256
const BATCH_BYTES = 1 << 20
/** JSONL and WET without repeat learning: runs of this many bytes of whole lines or records go to the workers as they are. */
const RUN_BYTES = 1 << 20

/** Group of a document for repeat learning: the URL's host. */
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

/** WET input must be WARC: its first bytes are "WARC/" (an empty input has no records). */
async function* warcChecked(source: Source): AsyncGenerator<Uint8Array> {
  let head = Buffer.alloc(0)
  let checked = false
  for await (const piece of source.stream) {
    const chunk = piece as Buffer
    if (!checked) {
      head = Buffer.concat([head, chunk])
      if (head.length < 5) continue
      if (head.subarray(0, 5).toString('latin1') !== 'WARC/') throw new Refused(`${source.name}: not a WARC file (it does not start with "WARC/"); --wet reads Common Crawl WET files`)
      checked = true
      yield head
      continue
    }
    yield chunk
  }
  if (!checked && head.length) throw new Refused(`${source.name}: not a WARC file (it does not start with "WARC/"); --wet reads Common Crawl WET files`)
}

const utf8 = new TextDecoder('utf-8')

async function main() {
  const pending: Job[] = []
  let batch: Batch = { contexts: [], dest: undefined, done: 0 }
  let pendingBytes = 0
  const batches: Batch[] = []
  const poolSize = lineMode ? workers : Math.min(workers, inputs.length)
  const pool = createPool(poolSize, settings, workerUrl, async (result) => {
    await onResult(result, batches.shift()!)
  })
  const flush = async () => {
    if (!pending.length) return
    batches.push(batch)
    const next: Batch = { contexts: [], dest: batch.dest, done: batch.done }
    if (batch.titles) next.titles = []
    batch = next
    pendingBytes = 0
    await pool.submit({ jobs: pending.splice(0) })
  }
  const add = async (job: Job, context: Omit<Failure, 'error'>, bytes: number, done: number, title?: string) => {
    pending.push(job)
    batch.contexts.push(context)
    batch.done = done
    if (title !== undefined) (batch.titles ??= []).push(title)
    pendingBytes += bytes
    if (lineMode ? pending.length >= BATCH_RECORDS || pendingBytes >= BATCH_BYTES : true) await flush()
  }

  let base = 0
  let refused: Refused | undefined
  for (const [k, input] of inputs.entries()) {
    if (stopping) break
    // Where an input was cut short is reported after its records' errors, whatever the number of workers.
    const cuts: Failure[] = []
    const source = open(input.path, (message) => {
      cutShort++
      cuts.push({ file: source.name, error: `cut short: ${message}` })
    }, (error) => (refused = error))
    current = source
    // Batches do not span inputs: each goes to its own output in directory mode.
    await flush()
    batch.dest = input.dest
    if (input.dest !== undefined) {
      mkdirSync(dirname(input.dest), { recursive: true })
      writeFileSync(input.dest, '')
    }
    const position = (offset: number) => base + (source.compressed() ? source.read() : offset)
    try {
      if (values.jsonl && !memory) {
        // The lines go as they were read; the workers split, parse, clean and join them.
        let offset = 0
        for await (const run of lineRuns(source.stream, RUN_BYTES)) {
          if (stopping) break
          offset += run.length
          batches.push({ contexts: [], dest: input.dest, done: position(offset), run: { input: k, file: source.name, unit: 'line', cuts } })
          await pool.submit({ lines: run })
        }
      } else if (values.jsonl) {
        let lineNo = 0
        let offset = 0
        for await (const line of lines(source.stream)) {
          if (stopping) break
          lineNo++
          offset += line.length + 1
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
          await add(job, { file: source.name, line: lineNo }, line.length, position(offset))
        }
      } else if (values.wet && !memory) {
        // Runs of whole records go as they were read; the workers parse, clean and serialise them.
        try {
          for await (const run of warcRuns(warcChecked(source), RUN_BYTES)) {
            if (stopping) break
            batches.push({ contexts: [], dest: input.dest, done: base + source.read(), run: { input: k, file: source.name, unit: 'record', cuts } })
            await pool.submit({ warc: run })
          }
        } catch (error) {
          if (error instanceof Refused || stopping) throw error
          cutShort++
          cuts.push({ file: source.name, error: `cut short: WARC: ${(error as Error).message}` })
        }
      } else if (values.wet) {
        let recordNo = 0
        try {
          for await (const record of new WARCParser(warcChecked(source))) {
            if (stopping) break
            if (record.warcType !== 'conversion') {
              await record.readFully()
              continue
            }
            recordNo++
            const payload = await record.readFully(false)
            const expected = record.warcContentLength
            if (payload.length < expected) {
              // The input ended inside this record: what there is of it is not a document.
              if (!stopping) {
                cutShort++
                cuts.push({ file: source.name, record: recordNo, error: `cut short: truncated WARC record (${payload.length} of ${expected} bytes)` })
              }
              break
            }
            const text = utf8.decode(payload)
            const url = record.warcTargetURI ?? undefined
            const job: Job = { kind: 'wet', text }
            if (url) job.url = url
            const date = record.warcDate
            if (date) job.date = date
            const id = record.warcHeader('WARC-Record-ID')
            if (id) job.id = id
            learn(job, text, hostOf(url))
            await add(job, { file: source.name, record: recordNo }, payload.length, base + source.read())
          }
        } catch (error) {
          if (error instanceof Refused) throw error
          if (!stopping) {
            cutShort++
            cuts.push({ file: source.name, record: recordNo + 1, error: `cut short: WARC: ${(error as Error).message}` })
          }
        }
      } else {
        const bytes = await readAll(source.stream)
        if (stopping) break
        if (refused) throw refused
        let text: string | undefined
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        } catch {
          text = undefined
        }
        const binary = text !== undefined && text.slice(0, 8192).includes('\u0000') && !/[\p{L}]{3}/u.test(text.slice(0, 8192))
        const done = base + (input.path === '-' ? bytes.length : statSync(input.path).size)
        if (text === undefined || binary) {
          // Not text: passed through unchanged, and reported.
          const error = text === undefined ? 'invalid UTF-8: passed through unchanged' : 'binary file: passed through unchanged'
          await add({ kind: 'raw', line: bytes, error }, { file: source.name }, bytes.length, done)
        } else {
          const job: Job = { kind: 'text', text }
          learn(job, text, source.name)
          await add(job, { file: source.name }, bytes.length, done, source.name)
        }
      }
    } catch (error) {
      // A signal destroys the stream being read; anything else is a real failure.
      if (!stopping || error instanceof Refused) throw error
    }
    if (refused) throw refused
    if (cuts.length) {
      await flush()
      await pool.drain()
      failures.push(...cuts.splice(0))
    }
    base += input.path === '-' ? 0 : statSync(input.path).size
  }
  await flush()
  await pool.close()
  if (destFd !== undefined) closeSync(destFd)
  progress(true)
  if (showProgress && process.stderr.isTTY) process.stderr.write('\n')
}

function finish() {
  if (values.errors) {
    writeFileSync(values.errors, failures.map((f) => JSON.stringify(f)).join('\n') + (failures.length ? '\n' : ''))
  }
  if (failures.length && !values.quiet) {
    const kinds = new Map<string, number>()
    for (const f of failures) kinds.set(f.error, (kinds.get(f.error) ?? 0) + 1)
    const summary = [...kinds].map(([error, n]) => `${error}: ${n}`).join('; ')
    process.stderr.write(`deboiler: ${failures.length} record(s) passed through unchanged or cut short (${summary})${values.errors ? `; see ${values.errors}` : ''}\n`)
  }
  const seconds = (Date.now() - started) / 1000
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024)
  const removedTotal = Object.values(stats.removed).reduce((a, b) => a + (b ?? 0), 0)
  const status = stopping ? exitCodes[stopping] : cutShort ? 1 : 0
  if (values.stats) {
    const lines = [
      `records: ${stats.records}`,
      `bytes in: ${stats.bytesIn}`,
      `bytes out: ${stats.bytesOut}`,
      `removed: ${stats.bytesIn ? ((100 * (stats.bytesIn - stats.bytesOut)) / stats.bytesIn).toFixed(1) : '0.0'}% of the input`,
      ...Object.entries(stats.removed)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([c, n]) => `  ${c}: ${(((n ?? 0) / Math.max(1, removedTotal)) * 100).toFixed(1)}% of what was removed`),
      `errors: ${failures.length}`,
      `workers: ${workers}`,
      `time: ${seconds.toFixed(2)} s (${(stats.bytesIn / 1e6 / Math.max(seconds, 1e-3)).toFixed(1)} MB/s)`,
      `peak memory: ${peakMB} MB`,
    ]
    if (stopping) lines.push(`stopped by ${stopping}`)
    process.stderr.write(lines.join('\n') + '\n')
  }
  if (values['stats-json']) {
    const summary = {
      records: stats.records,
      bytesIn: stats.bytesIn,
      bytesOut: stats.bytesOut,
      removedChars: Object.fromEntries(Object.entries(stats.removed).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))),
      errors: failures.length,
      cutShort,
      workers,
      seconds,
      mbPerSecond: stats.bytesIn / 1e6 / Math.max(seconds, 1e-3),
      peakMemoryMB: peakMB,
      signal: stopping ?? null,
      exitStatus: status,
    }
    writeFileSync(values['stats-json'], JSON.stringify(summary) + '\n')
  }
  if (values.report) writeFileSync(values.report, toHtmlReportOf(reportDocuments))
  return status
}

try {
  await main()
  process.exit(finish())
} catch (error) {
  process.stderr.write(`deboiler: ${(error as Error).message}\n`)
  process.exit(2)
}
