/**
 * Input: files or stdin, gzip read transparently (by its magic bytes), as chunks or as lines of raw
 * bytes. Read errors (a truncated gzip) end the input and are reported, never thrown past the reader.
 */
import { createReadStream, statSync } from 'node:fs'
import { PassThrough, type Readable, type Writable } from 'node:stream'
import { createGunzip } from 'node:zlib'

export interface Source {
  name: string
  /** Size on disk when known (for progress), in bytes. */
  size: number | undefined
  /** Raw bytes read so far from the file (compressed size for .gz), for progress. */
  read: () => number
  stream: Readable
}

export function open(path: string, onError: (message: string) => void): Source {
  const raw = path === '-' ? process.stdin : createReadStream(path)
  let read = 0
  raw.on('data', (chunk: Buffer) => (read += chunk.length))
  const size = path === '-' ? undefined : statSync(path).size
  const stream = sniff(raw, onError)
  return { name: path === '-' ? 'stdin' : path, size, read: () => read, stream }
}

/** Pass the stream through gunzip when it starts with the gzip magic bytes. */
function sniff(raw: Readable, onError: (message: string) => void): Readable {
  const out = new PassThrough()
  let target: Writable | undefined
  raw.on('data', (chunk: Buffer) => {
    if (!target) {
      if (chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        const gunzip = createGunzip()
        gunzip.on('error', (error: Error) => {
          onError(`gzip: ${error.message}`)
          out.end()
        })
        gunzip.pipe(out)
        target = gunzip
      } else {
        target = out
      }
    }
    if (!target.write(chunk)) {
      raw.pause()
      target.once('drain', () => raw.resume())
    }
  })
  raw.on('end', () => (target ?? out).end())
  raw.on('error', (error: Error) => {
    onError(error.message)
    out.end()
  })
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
