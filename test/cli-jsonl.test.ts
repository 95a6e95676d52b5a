// JSONL records pass through as their original bytes: only the cleaned field's value is replaced.
// Driven through the built command (child processes), plus the scanner and line reader in process.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { lineRuns, lines } from '../src/cli/input.js'
import { nodeAt, pathTrie, scan, stringAt } from '../src/cli/json.js'
import { clean } from '../src/index.js'
import { ARTICLE, checkBuilt, CLEANED, dir, file, run, text } from './cli-helpers.js'

vi.setConfig({ testTimeout: 120_000 })
beforeAll(checkBuilt)

const enc = (s: string) => JSON.stringify(s)

describe('JSONL: nothing altered outside the cleaned field', () => {
  it('keeps big integers, 1e400, escapes, key order, spacing and CRLF line ends', () => {
    const head = '{"id":12345678901234567890, "big": 1e400,"k":"caf\\u00e9 \\/ \\ud83d\\ude00","n":-0.0E+0,'
    const line1 = `${head}"text":${enc(ARTICLE.replaceAll('\n', '\r\n'))} , "z":[1, {"a":null}] }`
    const line2 = '{"id":12345678901234567891,"x":1e400,"text":"Nothing to remove here, the mayor said."}'
    const input = `${line1}\r\n${line2}\n`
    for (const workers of ['1', '2']) {
      const r = run(['--jsonl', '--workers', workers], input)
      expect(r.status).toBe(0)
      const expected = `${head}"text":${enc(CLEANED.replaceAll('\n', '\r\n'))} , "z":[1, {"a":null}] }\r\n${line2}\n`
      expect(text(r)).toBe(expected)
    }
  })

  it('keeps the original bytes of a field that nothing was removed from (escapes included)', () => {
    const line = '{"text":"The mayor said \\u0022yes\\u0022 on Tuesday.\\nThe council agreed."}\n'
    expect(text(run(['--jsonl'], line))).toBe(line)
  })

  it('writes nested, removed and explain fields into the raw line, creating objects as needed', () => {
    const input = '{"doc":{"body":' + enc(ARTICLE) + ',"n":1e400},"meta":{ },"id":1}\n'
    const out = text(run(['--jsonl', '--field', 'doc.body', '--removed-field', 'meta.removed', '--explain-field', 'doc.why.blocks', '-'], input))
    expect(out.startsWith('{"doc":{"body":' + enc(CLEANED) + ',"n":1e400,"why":{"blocks":[')).toBe(true)
    expect(out.endsWith('},"meta":{ "removed":["Sign up for our free newsletter."]},"id":1}\n')).toBe(true)
    expect(JSON.parse(out).doc.why.blocks[1]).toMatchObject({ label: 'boilerplate', category: 'newsletter' })
  })

  it('refuses to write a field through a non-object, and passes that record through', () => {
    const line = '{"text":' + enc(ARTICLE) + ',"meta":"x"}\n'
    const r = run(['--jsonl', '--removed-field', 'meta.removed'], line)
    expect(text(r)).toBe(line)
    expect(r.stderr.toString()).toMatch(/cannot write `meta.removed`/)
  })
})

describe('JSONL: one record never kills a run', () => {
  it('passes a record nested 5,000 levels deep through with an error line, with 1 and 2 workers', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)
    const deepArray = '{"text":"x","a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'
    const good = JSON.stringify({ text: ARTICLE })
    const input = [good, deep, deepArray, good].join('\n') + '\n'
    for (const workers of ['1', '2']) {
      const errors = join(dir, `deep-${workers}.jsonl`)
      const r = run(['--jsonl', '--workers', workers, '--errors', errors], input)
      expect(r.status).toBe(0)
      expect(text(r)).toBe([JSON.stringify({ text: CLEANED }), deep, deepArray, JSON.stringify({ text: CLEANED })].join('\n') + '\n')
      const reported = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; error: string })
      expect(reported).toEqual([
        { file: 'stdin', line: 2, error: 'nested deeper than 1000 levels' },
        { file: 'stdin', line: 3, error: 'nested deeper than 1000 levels' },
      ])
    }
    // The limit can be raised: the scanner has no recursion.
    const r = run(['--jsonl', '--max-depth', '100000'], '{"text":"Sign up for our free newsletter.","a":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}\n')
    expect(r.status).toBe(0)
    expect(text(r).startsWith('{"text":"","a":[[[')).toBe(true)
  })

  it('gives the same output, errors and stats with 1, 2 and 4 workers on mixed good and bad records over several runs of lines', () => {
    // Over 3 MB, so that the lines go to the workers in several runs; bad records of every kind,
    // blank and CRLF lines, invalid UTF-8, and a last line without its newline.
    const bad = ['not json', '', ' \r', '[1,2]', '{"id":1}', '{"text":42}', '{"a":' + '['.repeat(1500) + ']'.repeat(1500) + '}',
      JSON.stringify({ text: ARTICLE }) + '\r', '{"text":"caf\\u00e9 Sign up for our newsletter.\\n\\nThe mayor said."}']
    const parts: Buffer[] = []
    for (let i = 0; i < 24_000; i++) {
      parts.push(Buffer.from(JSON.stringify({ id: i, text: i % 2 ? ARTICLE : `Story ${i}: the judge ruled.\n\nShare this article` }) + '\n'))
      if (i % 97 === 0) parts.push(Buffer.from(bad[(i / 97) % bad.length]! + '\n'))
      if (i % 1013 === 0) parts.push(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]))
    }
    parts.push(Buffer.from(JSON.stringify({ text: ARTICLE })))
    const path = file('mixed.jsonl', Buffer.concat(parts))
    const outputs = ['1', '2', '4'].map((workers) => {
      const errors = join(dir, `mixed-errors-${workers}.jsonl`)
      const stats = join(dir, `mixed-stats-${workers}.json`)
      const r = run(['--jsonl', '--quiet', '--workers', workers, '--errors', errors, '--stats-json', stats, path])
      expect(r.status).toBe(0)
      const { records, bytesIn, bytesOut, removedChars, errors: count } = JSON.parse(readFileSync(stats, 'utf8')) as Record<string, unknown>
      return { stdout: r.stdout, errors: readFileSync(errors, 'utf8'), stats: { records, bytesIn, bytesOut, removedChars, count } }
    })
    expect(outputs[0]!.stats.records).toBe(24_000 + 248 + 24 + 1)
    expect(outputs[0]!.errors.split('\n').length).toBeGreaterThan(150)
    for (const other of outputs.slice(1)) {
      expect(other.stdout.equals(outputs[0]!.stdout)).toBe(true)
      expect(other.errors).toBe(outputs[0]!.errors)
      expect(other.stats).toEqual(outputs[0]!.stats)
    }
  })

  it('passes a record larger than --max-record-mb through, reported', () => {
    const big = JSON.stringify({ text: 'The mayor said so. '.repeat(70_000) })
    const r = run(['--jsonl', '--max-record-mb', '1'], big + '\n' + JSON.stringify({ text: ARTICLE }) + '\n')
    expect(r.status).toBe(0)
    expect(text(r)).toBe(big + '\n' + JSON.stringify({ text: CLEANED }) + '\n')
    expect(r.stderr.toString()).toMatch(/record larger than 1 MB: 1/)
  })
})

describe('JSONL: runs of lines for the workers', () => {
  it('cuts at line ends only, keeps a last line without its newline, and hands on lines at once when the input stalls', async () => {
    const got: string[] = []
    for await (const run of lineRuns(Readable.from([Buffer.from('a\nbb'), Buffer.from('b\ncc'), Buffer.from('c\n\nd')]), 4)) got.push(Buffer.from(run).toString())
    expect(got).toEqual(['a\nbbb\n', 'ccc\n\n', 'd'])
    // A producer that stalls with whole lines read: they go before it writes again.
    const stream = new PassThrough()
    const runs = lineRuns(stream, 1 << 20, 20)
    stream.write('{"a":1}\n{"b"')
    const first = await runs.next()
    expect(Buffer.from(first.value as Uint8Array).toString()).toBe('{"a":1}\n')
    stream.end(':2}\n')
    const rest: string[] = []
    for await (const run of runs) rest.push(Buffer.from(run).toString())
    expect(rest).toEqual(['{"b":2}\n'])
  })
})

describe('JSONL: linear time', () => {
  it('reads a 30 MB line in 64 KB chunks without copying it per chunk', async () => {
    const size = 30 << 20
    const chunk = Buffer.alloc(64 << 10, 0x61)
    const chunks = Array.from({ length: size / chunk.length }, () => chunk)
    chunks.push(Buffer.from('\nb\n'))
    const started = performance.now()
    const got: number[] = []
    for await (const line of lines(Readable.from(chunks))) got.push(line.length)
    const ms = performance.now() - started
    expect(got).toEqual([size, 1])
    // Copying the line at every chunk (the old reader) moves ~7 GB here and takes seconds.
    expect(ms).toBeLessThan(1500)
  })

  it('cleans a 30 MB JSONL line through the command in seconds', () => {
    const body = 'The council approved the plan on Tuesday, the mayor said.\n'.repeat(520_000)
    const path = file('long.jsonl', JSON.stringify({ text: body }) + '\n')
    const started = performance.now()
    const r = run(['--jsonl', '--workers', '1', path])
    const seconds = (performance.now() - started) / 1000
    expect(r.status).toBe(0)
    expect(r.stdout.length).toBe(readFileSync(path).length)
    expect(seconds).toBeLessThan(12)
  })
})

describe('the JSON scanner', () => {
  it('accepts exactly what JSON.parse accepts, and finds the same top-level values', () => {
    const trie = pathTrie(['a', 'b.c'])
    const check = (line: string) => {
      let parsed: unknown
      let valid = true
      try {
        parsed = JSON.parse(line)
      } catch {
        valid = false
      }
      const bytes = Buffer.from(line)
      const result = scan(bytes, trie, 10_000)
      expect(result.ok).toBe(valid)
      if (!result.ok || parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return
      const record = parsed as Record<string, unknown>
      const a = nodeAt(result.root, 'a')!.span
      if (typeof record.a === 'string') expect(stringAt(bytes, a!)).toBe(record.a)
      else expect(a === undefined).toBe(record.a === undefined)
      const b = record.b as Record<string, unknown> | undefined
      const c = nodeAt(result.root, 'b.c')!.span
      if (b && typeof b === 'object' && !Array.isArray(b) && typeof b.c === 'string') expect(stringAt(bytes, c!)).toBe(b.c)
    }
    fc.assert(fc.property(fc.json(), (line) => check(line)), { numRuns: 2000 })
    fc.assert(fc.property(fc.record({ a: fc.oneof(fc.string(), fc.jsonValue()), b: fc.dictionary(fc.constantFrom('c', 'd'), fc.jsonValue()) }), (value) => check(JSON.stringify(value))), { numRuns: 1000 })
    // Damaged lines: cut, or with one byte changed.
    fc.assert(fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ' ', '0', '-', 'e', '.', '\u0001'), (line, at, byte) => {
      const k = at % (line.length + 1)
      check(line.slice(0, k) + byte + line.slice(k + 1))
      check(line.slice(0, k))
    }), { numRuns: 3000 })
    for (const line of ['', ' ', '01', '1.', '-', '1e', '"\\x"', '"\\u12"', '[1,]', '{"a":1,}', '{"a"}', 'tru', 'nul', '{"a":1}x', '"\t"', '[]]', '{}}', '1 2']) check(line)
  })

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const line = Buffer.from('{"b":{"c":"one"},"a":"x","b":{"d":1},"a":"y"}')
    const result = scan(line, pathTrie(['a', 'b.c']), 100)
    if (!result.ok) throw new Error('scan failed')
    expect(stringAt(line, nodeAt(result.root, 'a')!.span!)).toBe('y')
    expect(nodeAt(result.root, 'b.c')!.span).toBeUndefined()
  })
})
