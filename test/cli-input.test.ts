// Every input is either handled or refused loudly: formats by their first bytes, WET checked and
// truncation reported, several files each a document, directories, and what the command reports.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { defaultWorkers } from '../src/cli/workers.js'
import { clean } from '../src/index.js'
import { ARTICLE, checkBuilt, CLEANED, corpus, dir, file, run, text, WARCINFO, warcRecord } from './cli-helpers.js'

vi.setConfig({ testTimeout: 120_000 })
beforeAll(checkBuilt)

/** Refused: one line on stderr, status 2, nothing on stdout. */
function expectRefused(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.status).toBe(2)
  expect(r.stdout.length).toBe(0)
  const stderr = r.stderr.toString()
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(pattern)
}

// zstd -19 of the first 150 lines of corpus(300), then zstd -3 --no-check of the rest (two frames).
const ZST = fileURLToPath(new URL('./data/corpus300.jsonl.zst', import.meta.url))

describe('compressed input, by its first bytes', () => {
  it('decompresses zstd (several frames), whatever the file is called', () => {
    const plain = text(run(['--jsonl', file('z.jsonl', corpus(300))]))
    const zst = readFileSync(ZST)
    for (const path of [ZST, file('zstd-without-suffix.jsonl', zst)]) {
      const r = run(['--jsonl', path])
      expect(r.status).toBe(0)
      expect(text(r)).toBe(plain)
    }
    expect(text(run(['--jsonl'], zst))).toBe(plain)
  })

  it('reports a truncated zstd file as cut short (status 1), keeping the complete records', () => {
    const zst = readFileSync(ZST)
    const r = run(['--jsonl', file('cut.jsonl.zst', zst.subarray(0, zst.length - 200))])
    expect(r.status).toBe(1)
    expect(r.stderr.toString()).toMatch(/cut short: zstd/)
    const out = text(r)
    expect(out.length).toBeGreaterThan(0)
    expect(out.endsWith('\n')).toBe(true)
  })

  it('refuses xz, bzip2 and zip with a one-line error and status 2, from files and from stdin', () => {
    const xz = Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), Buffer.alloc(64, 7)])
    const bz2 = Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.alloc(64, 7)])
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)])
    for (const mode of [[], ['--jsonl'], ['--wet']]) {
      expectRefused(run([...mode, file('a.txt', xz)]), /a\.txt: xz-compressed input cannot be read.*xz -dc/)
      expectRefused(run([...mode, file('b.jsonl', bz2)]), /b\.jsonl: bzip2-compressed input cannot be read.*bzip2 -dc/)
      expectRefused(run([...mode, file('c.txt', zip)]), /zip archive/)
      expectRefused(run([...mode], xz), /stdin: xz-compressed/)
    }
    // A refused file anywhere in the list: nothing is written at all.
    expectRefused(run([file('ok.txt', ARTICLE), file('d.txt.bz2', bz2)]), /bzip2/)
  })

  it('reads a plain file named .zst or .xz as what it is', () => {
    expect(text(run([file('plain.zst', ARTICLE)]))).toBe(CLEANED)
    expect(text(run([file('plain.xz', ARTICLE)]))).toBe(CLEANED)
  })
})

describe('WET input', () => {
  it('refuses a file that is not WARC, with status 2', () => {
    expectRefused(run(['--wet', file('not.warc', ARTICLE)]), /not\.warc: not a WARC file/)
    expectRefused(run(['--wet', file('not.jsonl.gz', gzipSync(corpus(3)))]), /not a WARC file/)
    expectRefused(run(['--wet'], 'hello\n'), /stdin: not a WARC file/)
    // An empty input has no records: nothing to refuse.
    expect(run(['--wet'], '').status).toBe(0)
  })

  it('reports a truncated WARC file (status 1) and does not give its cut record as complete', () => {
    const second = 'The museum reopens on Friday, its director said.\nIts new wing is larger.\n'
    const warc = WARCINFO + warcRecord('https://a.example/one', ARTICLE) + warcRecord('https://b.example/two', second)
    const cutAt = warc.length - 30
    const errors = join(dir, 'wet-errors.jsonl')
    const r = run(['--wet', '--errors', errors, file('cut.warc', warc.slice(0, cutAt))])
    expect(r.status).toBe(1)
    const out = text(r).trimEnd().split('\n').map((l) => JSON.parse(l) as { url: string; text: string })
    expect(out).toEqual([{ url: 'https://a.example/one', date: '2024-03-01T10:00:00Z', id: '<urn:uuid:21>', text: CLEANED }])
    expect(readFileSync(errors, 'utf8')).toMatch(/"record":2,"error":"cut short: truncated WARC record \(\d+ of 73 bytes\)"/)
    // The whole file still gives both records, status 0.
    const whole = run(['--wet', file('whole.warc', warc)])
    expect(whole.status).toBe(0)
    expect(text(whole).trimEnd().split('\n')).toHaveLength(2)
  })
})

describe('several text files', () => {
  it('keeps each file a document: files without a final newline do not run together', () => {
    const a = file('n1.txt', 'The council approved the plan on Tuesday, the mayor said.')
    const b = file('n2.txt', 'Officials said the plan takes effect in July.')
    const out = text(run([a, b]))
    expect(out).toBe('The council approved the plan on Tuesday, the mayor said.\nOfficials said the plan takes effect in July.\n')
    // One file keeps its bytes exactly.
    expect(text(run([a]))).toBe('The council approved the plan on Tuesday, the mayor said.')
  })

  it('reports every file with --report, and prints every file', () => {
    const report = join(dir, 'two.html')
    const a = file('ra.txt', ARTICLE)
    const b = file('rb.txt', 'Advertisement\n\nA second story about the bridge, the mayor said.\n')
    const r = run(['--report', report, a, b])
    expect(r.status).toBe(0)
    expect(text(r)).toBe(CLEANED + 'A second story about the bridge, the mayor said.\n')
    const html = readFileSync(report, 'utf8')
    expect(html).toContain('ra.txt')
    expect(html).toContain('rb.txt')
    expect(html).toContain('A second story about the bridge')
    expect(html.match(/<html/g)).toHaveLength(1)
  })
})

describe('directories', () => {
  it('cleans every file under --input-dir into the same path under --output-dir', () => {
    const input = join(dir, 'in-tree')
    mkdirSync(join(input, 'sub'), { recursive: true })
    writeFileSync(join(input, 'a.jsonl'), corpus(40))
    writeFileSync(join(input, 'sub', 'b.jsonl.gz'), gzipSync(corpus(7)))
    writeFileSync(join(input, 'sub', 'empty.jsonl'), '')
    const output = join(dir, 'out-tree')
    for (const workers of ['1', '2']) {
      const r = run(['--jsonl', '--workers', workers, '--input-dir', input, '--output-dir', output])
      expect(r.status).toBe(0)
      expect(readdirSync(output, { recursive: true }).map(String).sort()).toEqual(['a.jsonl', 'sub', 'sub/b.jsonl', 'sub/empty.jsonl'])
      expect(readFileSync(join(output, 'a.jsonl'), 'utf8')).toBe(text(run(['--jsonl'], corpus(40))))
      expect(readFileSync(join(output, 'sub', 'b.jsonl'), 'utf8')).toBe(text(run(['--jsonl'], corpus(7))))
      expect(readFileSync(join(output, 'sub', 'empty.jsonl'), 'utf8')).toBe('')
    }
  })

  it('writes text files one for one, and WET files as .jsonl', () => {
    const input = join(dir, 'in-text')
    mkdirSync(input, { recursive: true })
    writeFileSync(join(input, 'one.txt'), ARTICLE)
    writeFileSync(join(input, 'two.txt.gz'), gzipSync('Share this article\nThe bridge reopened on Monday, the city said.'))
    const output = join(dir, 'out-text')
    expect(run(['--input-dir', input, '--output-dir', output]).status).toBe(0)
    expect(readFileSync(join(output, 'one.txt'), 'utf8')).toBe(CLEANED)
    expect(readFileSync(join(output, 'two.txt'), 'utf8')).toBe(clean('Share this article\nThe bridge reopened on Monday, the city said.'))
    const wetIn = join(dir, 'in-wet')
    mkdirSync(wetIn, { recursive: true })
    writeFileSync(join(wetIn, 'x.warc.wet.gz'), gzipSync(WARCINFO + warcRecord('https://a.example/one', ARTICLE)))
    expect(run(['--wet', '--input-dir', wetIn, '--output-dir', join(dir, 'out-wet')]).status).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out-wet', 'x.warc.wet.jsonl'), 'utf8')).text).toBe(CLEANED)
  })

  it('refuses a wrong directory setup with status 2', () => {
    expectRefused(run(['--input-dir', dir]), /--input-dir and --output-dir go together/)
    expectRefused(run(['--input-dir', join(dir, 'nope'), '--output-dir', join(dir, 'o')]), /not a directory/)
    expectRefused(run(['--input-dir', dir, '--output-dir', dir]), /must differ/)
    expectRefused(run([dir]), /is a directory \(use --input-dir\)/)
  })
})

describe('what the command reports', () => {
  it('writes machine-readable stats with --stats-json', () => {
    const statsFile = join(dir, 'stats.json')
    const r = run(['--jsonl', '--workers', '2', '--stats-json', statsFile, file('s.jsonl', corpus(30) + 'not json\n')])
    expect(r.status).toBe(0)
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Record<string, unknown>
    expect(stats).toMatchObject({ records: 31, errors: 1, cutShort: 0, workers: 2, signal: null, exitStatus: 0 })
    expect(stats.bytesIn).toBeGreaterThan(stats.bytesOut as number)
    expect(Object.keys(stats.removedChars as object)).toContain('newsletter')
    expect(stats.peakMemoryMB).toBeGreaterThan(10)
  })

  it('shows progress that tracks the records written, not the bytes read ahead', () => {
    const record = (i: number) => JSON.stringify({ id: i, text: `Story ${i}: the council approved the plan on Tuesday, the mayor said. `.repeat(20) + '\n\nSign up for our free newsletter.\n' })
    const lines = Array.from({ length: 12_000 }, (_, i) => record(i))
    const total = lines.length
    const path = file('progress.jsonl', lines.join('\n') + '\n')
    const r = run(['--jsonl', '--workers', '2', '--progress', path], undefined, { DEBOILER_PROGRESS_MS: '50' })
    expect(r.status).toBe(0)
    const progress = r.stderr.toString().trim().split('\n').map((l) => /^deboiler: (\d+) records, .*, (\d+)% of/.exec(l)).filter(Boolean)
    expect(progress.length).toBeGreaterThan(2)
    for (const m of progress) {
      const records = Number(m![1])
      const percent = Number(m![2])
      // Records are all about the same size: the share of bytes done is the share of records written.
      expect(Math.abs(percent - (100 * records) / total)).toBeLessThanOrEqual(2)
    }
    expect(progress.at(-1)![2]).toBe('100')
  })

  it('defaults to the free cores: one worker on a busy machine', () => {
    expect(defaultWorkers(2, 0.1)).toBe(2)
    expect(defaultWorkers(2, 1.2)).toBe(1)
    expect(defaultWorkers(2, 6)).toBe(1)
    expect(defaultWorkers(8, 2)).toBe(6)
    expect(defaultWorkers(1, 0)).toBe(1)
    expect(run(['--jsonl', '--stats'], corpus(3)).stderr.toString()).toMatch(/workers: [1-9]/)
  })
})
