/**
 * WARC records found in raw bytes the way warcio's parser finds them, without its async readers:
 * the reader uses this to cut its input into runs of whole records, and the workers to read the
 * records of a run. A record's header block is read directly when it is plain (printable ASCII,
 * one line per header, no name twice) and by warcio's own header parser otherwise; whatever
 * warcio would read differently from here on (a length that is not a number, HTTP headers that
 * overrun their record) is left to warcio itself.
 */
import { AsyncIterReader, StatusAndHeadersParser } from 'warcio'

/** Header values by name (any case), as warcio's parser gives them. */
export type WarcHeaders = { get(name: string): string | null }

/** A record: where its content is, and where the next record starts (or the input ends). */
export interface WarcRecord {
  headers: WarcHeaders
  contentStart: number
  contentEnd: number
  next: number
  /** Bytes other than line ends on the line after the content, which warcio warns of. */
  remainder?: number
}

/**
 * `record`: a whole record; `more`: the bytes end inside it; `stop`: warcio would stop reading
 * here (a blank first line); `end`: no record starts here (only bytes warcio skips); `warcio`:
 * from here on, only warcio can say what the records are.
 */
export type Step = { record: WarcRecord } | { more: true } | { stop: true } | { end: true } | { warcio: true }

const utf8 = new TextDecoder()
const CRLFCRLF = Buffer.from('\r\n\r\n')
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** The headers of a plain block (after the first line, up to the blank line), or undefined. */
function plainHeaders(block: Buffer): WarcHeaders | undefined {
  for (let i = 0; i < block.length; i++) {
    const c = block[i]!
    if ((c < 0x20 || c > 0x7e) && c !== 0x0a && c !== 0x0d && c !== 0x09) return undefined
  }
  const values = new Map<string, string>()
  for (const line of block.toString('latin1').split('\n')) {
    if (line[0] === ' ' || line[0] === '\t') return undefined
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trimStart()
    const value = line.slice(colon + 1).trim()
    if (!value) continue
    if (!TOKEN.test(name)) return undefined
    const key = name.toLowerCase()
    if (values.has(key)) return undefined
    values.set(key, value)
  }
  return { get: (name) => values.get(name.toLowerCase()) ?? null }
}

/** The headers of any block, read by warcio's parser from the record's first line on. */
async function warcioHeaders(head: Buffer): Promise<WarcHeaders> {
  const parsed = await new StatusAndHeadersParser().parse(new AsyncIterReader((async function* () {
    yield head
  })()), { headersClass: Headers })
  return { get: (name) => parsed?.headers.get(name) ?? null }
}

/**
 * The record starting at `start` of `bytes` (a record start: the input's first byte, or a `next`).
 * `final`: the bytes are all there is.
 */
export async function nextRecord(bytes: Buffer, start: number, final: boolean): Promise<Step> {
  const more: Step = final ? { warcio: true } : { more: true }
  const eol = bytes.indexOf(10, start)
  if (eol < 0) return final ? { end: true } : { more: true }
  if (!utf8.decode(bytes.subarray(start, eol + 1)).trimEnd()) return { stop: true }
  const end = bytes.indexOf(CRLFCRLF, eol + 1)
  if (end < 0) return more
  const contentStart = end + 4
  const headers = plainHeaders(bytes.subarray(eol + 1, contentStart)) ?? await warcioHeaders(bytes.subarray(start, contentStart))
  const length = Number(headers.get('Content-Length') || 0)
  if (!(Number.isSafeInteger(length) && length >= 0)) return { warcio: true }
  const contentEnd = contentStart + length
  if (contentEnd > bytes.length) return more
  // warcio reads the HTTP headers of these records from its main reader: they must end in the record.
  const type = headers.get('WARC-Type')
  if (type === 'response' || type === 'request' || (type === 'revisit' && Number(headers.get('Content-Length')) > 0)) {
    const status = bytes.indexOf(10, contentStart)
    if (status < 0 || status >= contentEnd) return { warcio: true }
    if (utf8.decode(bytes.subarray(contentStart, status + 1)).trimEnd()) {
      const httpEnd = bytes.indexOf(CRLFCRLF, status + 1)
      if (httpEnd < 0 || httpEnd + 4 > contentEnd) return { warcio: true }
    }
  }
  // After the content: a "WARC/" line of 10 bytes starts the next record; otherwise that line, then
  // every line of 2 bytes, is skipped. Past the end of the input, no further record can be a document.
  let remainder = 0
  const record = (next: number): Step => ({ record: remainder ? { headers, contentStart, contentEnd, next, remainder } : { headers, contentStart, contentEnd, next } })
  const first = bytes.indexOf(10, contentEnd)
  if (first < 0) return final ? record(bytes.length) : { more: true }
  if (first + 1 - contentEnd === 10 && bytes.toString('latin1', contentEnd, contentEnd + 5) === 'WARC/') return record(contentEnd)
  remainder = first - contentEnd
  while (remainder > 0 && (bytes[contentEnd + remainder - 1] === 10 || bytes[contentEnd + remainder - 1] === 13)) remainder--
  let at = first + 1
  while (true) {
    const line = bytes.indexOf(10, at)
    if (line < 0) return final ? record(bytes.length) : { more: true }
    if (line + 1 - at !== 2) return record(at)
    at = line + 1
  }
}
