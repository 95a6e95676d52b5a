/**
 * Input: files or stdin, recognised by their first bytes (never by their name): gzip (Node's zlib)
 * and zstd (fzstd, pure JS) are decompressed as they stream; xz, bzip2 and zip cannot be read here
 * and are refused with a one-line error. Read errors after the start (a truncated gzip) end the
 * input and are reported as the input being cut short, never thrown past the reader.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs'
import { PassThrough, type Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { Decompress } from 'fzstd'
import { nextRecord } from './warc.js'

export interface Source {
  name: string
  /** Size on disk when known (for progress), in bytes. */
  size: number | undefined
  /** Raw bytes read so far from the file (compressed size for .gz), for progress. */
  read: () => number
  /** True when the bytes on disk are compressed (then `read()` is the only measure of progress). */
  compressed: () => boolean
  stream: Readable
  /** Stop reading now: the stream is destroyed (its iterator throws), so no partial line is taken as whole. */
  stop: () => void
}

/** An input that cannot be read at all: a one-line error, exit status 2. */
export class Refused extends Error {}

type Format = 'gzip' | 'zstd' | 'plain'

const starts = (b: Uint8Array, magic: number[], at = 0) => magic.every((m, i) => b[at + i] === m)

/** The format of an input from its first bytes (at least 10 when the input has them). */
export function detect(head: Uint8Array, name: string): Format {
  if (starts(head, [0x1f, 0x8b])) return 'gzip'
  if (starts(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd'
  const hint = (tool: string) => `decompress it first, e.g. ${tool} -dc ${name === 'stdin' ? 'FILE' : name} | deboiler …`
  if (starts(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) throw new Refused(`${name}: xz-compressed input cannot be read (Node has no xz); ${hint('xz')}`)
  // "BZh" and a block size digit, then the magic of a block (π) or of the end of the stream (√π).
  if (starts(head, [0x42, 0x5a, 0x68]) && head[3]! >= 0x31 && head[3]! <= 0x39 &&
    (starts(head, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4) || starts(head, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90], 4))) {
    throw new Refused(`${name}: bzip2-compressed input cannot be read (Node has no bzip2); ${hint('bzip2')}`)
  }
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) throw new Refused(`${name}: a zip archive cannot be read; extract it first (unzip -p ${name === 'stdin' ? 'FILE' : name} | deboiler …)`)
  return 'plain'
}

/** Check a file's first bytes before anything is written: refused formats fail the command at once. */
export function checkFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    const head = new Uint8Array(16)
    const n = readSync(fd, head, 0, head.length, 0)
    detect(head.subarray(0, n), path)
  } finally {
    closeSync(fd)
  }
}

/**
 * Open a file or stdin ("-"). `onCut` is told when the input ends early (a read error, a truncated
 * or damaged compressed stream): the records read before stay, the input is reported as cut short.
 * `onRefused` is told when stdin turns out to be a format that cannot be read.
 */
export function open(path: string, onCut: (message: string) => void, onRefused: (error: Refused) => void): Source {
  const raw = path === '-' ? process.stdin : createReadStream(path)
  const name = path === '-' ? 'stdin' : path
  let read = 0
  raw.on('data', (chunk: Buffer) => (read += chunk.length))
  const size = path === '-' ? undefined : statSync(path).size
  let format: Format = 'plain'
  let stopped = false
  const stream = decompress(raw, name, onCut, onRefused, (f) => (format = f), () => stopped)
  const stop = () => {
    stopped = true
    raw.destroy()
    stream.destroy()
  }
  return { name, size, read: () => read, compressed: () => format !== 'plain', stream, stop }
}

/** Pass the stream through the decompressor its first bytes call for. */
function decompress(
  raw: Readable, name: string, onCut: (message: string) => void, onRefused: (error: Refused) => void, onFormat: (format: Format) => void, stopped: () => boolean,
): Readable {
  const out = new PassThrough()
  // After stop(), late writes into the destroyed stream are expected: nothing to report.
  out.on('error', () => {})
  let head: Buffer[] = []
  let headLength = 0
  let write: ((chunk: Buffer) => boolean) | undefined
  let end: () => void = () => out.end()
  let failed = false
  let waitOn: NodeJS.EventEmitter = out
  const cut = (message: string) => {
    if (failed || stopped()) return
    failed = true
    onCut(message)
    raw.destroy()
    out.end()
  }
  const start = (first: Buffer): boolean => {
    let format: Format
    try {
      format = detect(first, name)
    } catch (error) {
      failed = true
      raw.destroy()
      onRefused(error as Refused)
      out.end()
      return false
    }
    onFormat(format)
    if (format === 'gzip') {
      const gunzip = createGunzip()
      gunzip.on('error', (error: Error) => cut(`gzip: ${error.message}`))
      gunzip.pipe(out)
      write = (chunk) => gunzip.write(chunk)
      end = () => gunzip.end()
      // Pausing waits for the gunzip side, which drains into `out`.
      waitOn = gunzip
    } else if (format === 'zstd') {
      const zstd = new Decompress((data) => {
        if (data.length) out.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
      })
      write = (chunk) => {
        try {
          zstd.push(chunk)
        } catch (error) {
          cut(`zstd: ${(error as Error).message}`)
        }
        return out.writableLength < out.writableHighWaterMark
      }
      end = () => {
        try {
          zstd.push(new Uint8Array(0), true)
        } catch (error) {
          return cut(`zstd: ${(error as Error).message}`)
        }
        out.end()
      }
    } else {
      write = (chunk) => out.write(chunk)
    }
    return write(first)
  }
  raw.on('data', (chunk: Buffer) => {
    if (failed || stopped()) return
    let ok: boolean
    if (!write) {
      head.push(chunk)
      headLength += chunk.length
      if (headLength < 16) return
      const first = Buffer.concat(head)
      head = []
      ok = start(first)
    } else {
      ok = write(chunk)
    }
    if (!ok && !failed) {
      raw.pause()
      waitOn.once('drain', () => raw.resume())
    }
  })
  raw.on('end', () => {
    if (failed || stopped()) return
    if (!write && headLength) {
      const first = Buffer.concat(head)
      head = []
      start(first)
    }
    if (!failed) end()
  })
  raw.on('error', (error: Error) => cut(error.message))
  return out
}

/** The whole stream as one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Lines of raw bytes (without the newline); a last line without a newline is yielded too. Linear in
 * the input: a line split over many chunks is copied once, when its end is found.
 */
export async function* lines(stream: Readable): AsyncGenerator<Buffer> {
  let parts: Buffer[] = []
  for await (const piece of stream) {
    const chunk = piece as Buffer
    let start = 0
    let at = chunk.indexOf(10)
    if (at >= 0 && parts.length) {
      parts.push(chunk.subarray(0, at))
      yield Buffer.concat(parts)
      parts = []
      start = at + 1
      at = chunk.indexOf(10, start)
    }
    while (at >= 0) {
      yield chunk.subarray(start, at)
      start = at + 1
      at = chunk.indexOf(10, start)
    }
    if (start < chunk.length) parts.push(chunk.subarray(start))
  }
  if (parts.length) yield Buffer.concat(parts)
}

/**
 * Runs of whole lines as raw bytes, each of at least `size` bytes but the last, cut at a line end: all
 * the reader does per byte is find the last newline of a chunk. A line is never cut, however long.
 * When the input stalls for `idleMs` with whole lines waiting, they go at once, so that a slow
 * producer's records are not held back.
 */
export async function* lineRuns(stream: Readable, size: number, idleMs = 100): AsyncGenerator<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let parts: Buffer[] = []
  let length = 0
  /** Bytes of `parts` up to their last newline. */
  let whole = 0
  const take = (n: number): Uint8Array => {
    // A buffer of its own (not from Node's pool), so that it can be handed to a worker without a copy.
    const run = Buffer.allocUnsafeSlow(n)
    let at = 0
    while (at < n) {
      const part = parts[0]!
      const k = Math.min(part.length, n - at)
      run.set(k === part.length ? part : part.subarray(0, k), at)
      at += k
      if (k === part.length) parts.shift()
      else parts[0] = part.subarray(k)
    }
    length -= n
    whole = 0
    return run
  }
  let next: Promise<IteratorResult<Buffer>> | undefined
  try {
    while (true) {
      next ??= chunks.next()
      let step: IteratorResult<Buffer> | undefined
      if (whole) {
        // Marked as handled: if the reader stops while the lines go, this read fails unobserved.
        next.catch(() => {})
        let cancel = () => {}
        step = await Promise.race([next, new Promise<undefined>((resolve) => {
          const timer = setTimeout(resolve, idleMs)
          cancel = () => clearTimeout(timer)
        })])
        cancel()
        if (!step) {
          yield take(whole)
          continue
        }
      } else {
        step = await next
      }
      next = undefined
      if (step.done) break
      const chunk = step.value
      parts.push(chunk)
      length += chunk.length
      const at = chunk.lastIndexOf(10)
      if (at >= 0) whole = length - chunk.length + at + 1
      if (whole >= size) yield take(whole)
    }
    if (length) yield take(length)
  } finally {
    await chunks.return?.()
  }
}

/**
 * Runs of whole WARC records as raw bytes, each of at least `size` bytes but the last, so that the
 * workers parse the records: here only the record boundaries are found (see warc.ts). Where warcio
 * would stop reading, the runs stop; where only warcio can tell the records apart, the rest of the
 * input is the last run.
 */
export async function* warcRuns(chunks: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  let buf = Buffer.allocUnsafeSlow(Math.max(size * 2, 1 << 16))
  let length = 0
  /** Start of the next record; bytes of whole records; whether the rest is one run. */
  let at = 0
  let whole = 0
  let rest = false
  /** Bytes of the input in runs before `buf`. */
  let taken = 0
  const take = (n: number): Uint8Array => {
    taken += n
    // A buffer of its own, so that it can be handed to a worker without a copy.
    const run = Buffer.allocUnsafeSlow(n)
    buf.copy(run, 0, 0, n)
    buf.copyWithin(0, n, length)
    length -= n
    at -= n
    whole = 0
    return run
  }
  for await (const chunk of chunks) {
    if (length + chunk.length > buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(buf.length * 2, length + chunk.length))
      buf.copy(bigger, 0, 0, length)
      buf = bigger
    }
    buf.set(chunk, length)
    length += chunk.length
    while (!rest) {
      const step = await nextRecord(buf.subarray(0, length), at, false)
      if ('record' in step) {
        const { contentEnd, next, remainder } = step.record
        // warcio's own warning, with the offset in the input it would give.
        if (remainder) console.warn(`Content-Length Too Small: Record not followed by newline, Remainder Length: ${remainder}, Offset: ${taken + contentEnd}`)
        at = whole = next
        continue
      }
      if ('stop' in step) {
        if (whole) yield take(whole)
        return
      }
      if ('warcio' in step) rest = true
      break
    }
    if (whole >= size) yield take(whole)
  }
  if (length) yield take(length)
}
