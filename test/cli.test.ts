// The command, driven as a user drives it: child processes on files this test writes.
// Needs the build (npm test runs tsup first).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { clean } from '../src/index.js'
import { ARTICLE, checkBuilt, CLEANED, cli, corpus, dir, file, run, text, WARCINFO, warcRecord } from './cli-helpers.js'

// Child processes and long runs: slower machines need more than vitest's default 5 s.
vi.setConfig({ testTimeout: 120_000 })

beforeAll(checkBuilt)

describe('text mode', () => {
  it('cleans a file, stdin, and several files in order', () => {
    const a = file('a.txt', ARTICLE)
    const b = file('b.txt', 'Advertisement\n\nA second story, the mayor said.\n')
    expect(text(run([a]))).toBe(CLEANED)
    expect(text(run([], ARTICLE))).toBe(CLEANED)
    expect(text(run(['-'], ARTICLE))).toBe(CLEANED)
    expect(text(run([a, b, a]))).toBe(CLEANED + 'A second story, the mayor said.\n' + CLEANED)
  })

  it('reads gzip transparently', () => {
    expect(text(run([file('a.txt.gz', gzipSync(ARTICLE))]))).toBe(CLEANED)
  })

  it('passes a binary or invalid UTF-8 file through unchanged and reports it', () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81, 0x00, 0x00, 0xc3])
    const r = run([file('bin.dat', binary)])
    expect(r.status).toBe(0)
    expect(Buffer.compare(r.stdout, binary)).toBe(0)
    expect(r.stderr.toString()).toMatch(/passed through unchanged/)
  })

  it('gives a one-line error and status 2 for a missing file or a bad flag', () => {
    const missing = run([join(dir, 'nope.txt')])
    expect(missing.status).toBe(2)
    expect(missing.stderr.toString().trim().split('\n')).toHaveLength(1)
    const flag = run(['--nope'])
    expect(flag.status).toBe(2)
    expect(flag.stderr.toString()).toMatch(/^deboiler: /)
  })

  it('ends quietly when the reader goes away (| head)', () => {
    const big = file('big.txt', ('The council approved the plan on Tuesday, the mayor said.\n\n').repeat(200_000))
    const output = execFileSync('bash', ['-c', `node ${JSON.stringify(cli)} ${JSON.stringify(big)} | head -c 100; echo " status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(output).toMatch(/status=0$/m)
  })

  it('writes an HTML report with --report', () => {
    const report = join(dir, 'report.html')
    const r = run(['--report', report, file('r.txt', ARTICLE + '<script>alert(1)</script>\n')])
    expect(r.status).toBe(0)
    const html = readFileSync(report, 'utf8')
    expect(html).toContain('data-label="boilerplate"')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;')
  })
})

describe('JSONL mode', () => {
  it('cleans the field and keeps every other field, line for line, with 1 and 2 workers', () => {
    const input = file('c.jsonl', corpus(600))
    const one = text(run(['--jsonl', '--workers', '1', input]))
    const two = text(run(['--jsonl', '--workers', '2', input]))
    expect(two).toBe(one)
    const inLines = readFileSync(input, 'utf8').trimEnd().split('\n')
    const outLines = one.trimEnd().split('\n')
    expect(outLines).toHaveLength(inLines.length)
    for (let i = 0; i < inLines.length; i++) {
      const before = JSON.parse(inLines[i]!) as Record<string, unknown>
      const after = JSON.parse(outLines[i]!) as Record<string, unknown>
      expect(after.id).toBe(before.id)
      expect(after.meta).toEqual(before.meta)
      expect(after.text).toBe(clean(before.text as string))
    }
  })

  it('takes a dotted field and stores what was removed and why', () => {
    const input = file('d.jsonl', JSON.stringify({ doc: { body: ARTICLE } }) + '\n')
    const out = JSON.parse(text(run(['--jsonl', '--field', 'doc.body', '--removed-field', 'removed', '--explain-field', 'why', input]))) as {
      doc: { body: string }; removed: string[]; why: Array<{ label: string; category?: string; reasons: string[] }>
    }
    expect(out.doc.body).toBe(CLEANED)
    expect(out.removed).toEqual(['Sign up for our free newsletter.'])
    expect(out.why[1]).toMatchObject({ label: 'boilerplate', category: 'newsletter' })
    expect(out.why[1]!.reasons.join(' ')).toMatch(/lexicon/)
  })

  it('never loses a record: bad lines pass through unchanged and are reported with line numbers', () => {
    const bad = Buffer.concat([
      Buffer.from(JSON.stringify({ text: ARTICLE }) + '\n'),
      Buffer.from('not json\n'),
      Buffer.from(JSON.stringify({ other: 1 }) + '\n'),
      Buffer.from(JSON.stringify({ text: 42 }) + '\n'),
      Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
      Buffer.from('\n'),
      Buffer.from('[1,2]\n'),
    ])
    const errors = join(dir, 'errors.jsonl')
    const r = run(['--jsonl', '--errors', errors, file('bad.jsonl', bad)])
    expect(r.status).toBe(0)
    const outLines = r.stdout.toString('latin1').split('\n')
    const inLines = bad.toString('latin1').split('\n')
    expect(outLines).toHaveLength(inLines.length)
    expect(outLines.slice(1)).toEqual(inLines.slice(1))
    const reported = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; error: string })
    expect(reported.map((e) => e.line)).toEqual([2, 3, 4, 5, 7])
    expect(reported.map((e) => e.error)).toEqual(['invalid JSON', 'missing field `text`', 'field `text` is not a string', 'invalid UTF-8', 'not a JSON object'])
    expect(r.stderr.toString()).toMatch(/5 record\(s\) passed through unchanged/)
  })

  it('reads gzip, and reports a truncated gzip (status 1) without losing the records before the cut', () => {
    const data = corpus(300)
    const gz = gzipSync(data)
    expect(text(run(['--jsonl', file('e.jsonl.gz', gz)]))).toBe(text(run(['--jsonl', file('e.jsonl', data)])))
    const r = run(['--jsonl', file('f.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)))])
    expect(r.status).toBe(1)
    expect(r.stderr.toString()).toMatch(/gzip/)
    expect(text(r).split('\n').length).toBeGreaterThan(10)
  })

  it('keeps the Hadoop Streaming / Spark pipe contract: any partitioning gives the same bytes', () => {
    const data = corpus(240)
    const whole = text(run(['--jsonl', '--workers', '2'], data))
    const lines = data.trimEnd().split('\n')
    for (const cuts of [[1], [17, 100], [60, 120, 180], [239]]) {
      let out = ''
      let from = 0
      for (const cut of [...cuts, lines.length]) {
        const part = lines.slice(from, cut).join('\n') + '\n'
        out += text(run(['--jsonl', '--workers', String(1 + (cut % 2))], part))
        from = cut
      }
      expect(out).toBe(whole)
    }
  })

  it('learns repeated blocks per site, the same way with 1 and 2 workers', () => {
    const footer = 'The Harbor Courier is printed by Harbor Media Group in Harbor City'
    const lines = Array.from({ length: 8 }, (_, i) =>
      JSON.stringify({ url: `https://courier.example/story/${i}`, text: `Story ${i}: the bridge reopened on Monday, the city said.\n\n${footer}\n` }),
    ).join('\n') + '\n'
    const input = file('repeat.jsonl', lines)
    const without = text(run(['--jsonl', input]))
    expect(without).toContain('Harbor Media Group')
    const one = text(run(['--jsonl', '--learn-repeats', '--workers', '1', '--explain-field', 'why', input]))
    const two = text(run(['--jsonl', '--learn-repeats', '--workers', '2', '--explain-field', 'why', input]))
    expect(two).toBe(one)
    const records = one.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; why: Array<{ reasons: string[] }> })
    expect(records[0]!.text).toContain('Harbor Media Group')
    expect(records[1]!.text).toContain('Harbor Media Group')
    for (const record of records.slice(2)) {
      expect(record.text).toMatch(/^Story \d: the bridge reopened on Monday, the city said\.\n$/)
      expect(record.why[1]!.reasons.join(' ')).toMatch(/repeat .*seen in \d+ earlier documents of courier\.example/)
    }
  })

  it('prints a summary with --stats', () => {
    const r = run(['--jsonl', '--stats', file('g.jsonl', corpus(30))])
    const stderr = r.stderr.toString()
    expect(stderr).toMatch(/records: 30/)
    expect(stderr).toMatch(/newsletter: [\d.]+% of what was removed/)
  })
})

describe('WET mode', () => {
  it('reads WARC conversion records, plain and gzipped, into JSONL with URL, date and record id', () => {
    const record = warcRecord
    const warc =
      WARCINFO +
      record('https://a.example/one', ARTICLE) +
      record('https://b.example/two', 'Skip to main content\nThe museum reopens on Friday, its director said.\n')
    for (const path of [file('h.warc', warc), file('h.warc.gz', gzipSync(warc))]) {
      const out = text(run(['--wet', path])).trimEnd().split('\n').map((l) => JSON.parse(l) as { url: string; date: string; id: string; text: string })
      expect(out).toEqual([
        { url: 'https://a.example/one', date: '2024-03-01T10:00:00Z', id: '<urn:uuid:21>', text: CLEANED },
        { url: 'https://b.example/two', date: '2024-03-01T10:00:00Z', id: '<urn:uuid:21>', text: 'The museum reopens on Friday, its director said.\n' },
      ])
    }
  })

  it('gives the same output, errors and stats with 1, 2 and 4 workers over several runs of records, odd records included', () => {
    // Over 2 MB, so that the records go to the workers in several runs. Between the plain records:
    // extra blank lines, a record right after another's content, a stray line after the content
    // (warcio warns of it), a continued header line, a response record, a header with non-ASCII.
    const body = (i: number) => (i % 2 ? ARTICLE : `Story ${i}: the judge ruled.\n\nShare this article\n`).repeat(1 + (i % 7))
    const odd = (i: number) => {
      const plain = warcRecord(`https://s${i % 5}.example/${i}`, body(i))
      if (i % 101 === 1) return plain + '\r\n\r\n'
      if (i % 101 === 2) return plain.slice(0, -4)
      if (i % 101 === 3) return plain.slice(0, -4) + 'stray\r\n\r\n'
      if (i % 101 === 4) return plain.replace('Content-Type: text/plain\r\n', 'X-Note: one\r\n  continued\r\n')
      if (i % 101 === 5) return warcRecord(`https://s.example/${i}`, `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>${body(i)}</p>`).replace('conversion', 'response')
      if (i % 101 === 6) return plain.replace(`https://s${i % 5}.example/${i}`, `https://s.example/caf\u00e9/${i}`)
      return plain
    }
    const warc = WARCINFO + Array.from({ length: 4000 }, (_, i) => odd(i)).join('') + warcRecord('https://cut.example/', ARTICLE).slice(0, -40)
    const path = file('runs.warc', warc)
    const outputs = ['1', '2', '4'].map((workers) => {
      const errors = join(dir, `runs-errors-${workers}.jsonl`)
      const r = run(['--wet', '--quiet', '--workers', workers, '--errors', errors, '--stats', path])
      expect(r.status).toBe(1)
      return { stdout: r.stdout.toString(), errors: readFileSync(errors, 'utf8'), stderr: r.stderr.toString().replace(/^(time|peak memory|workers): .*\n/gm, '') }
    })
    expect(outputs[0]!.stdout.split('\n').length - 1).toBe(4000 - 40)
    expect(outputs[0]!.errors).toBe('{"file":"' + path + '","record":3961,"error":"cut short: truncated WARC record (' + (Buffer.byteLength(ARTICLE) - 36) + ' of ' + Buffer.byteLength(ARTICLE) + ' bytes)"}\n')
    expect(outputs[0]!.stderr).toMatch(/^Content-Length Too Small: Record not followed by newline, Remainder Length: 5, Offset: \d+$/m)
    for (const other of outputs.slice(1)) expect(other).toEqual(outputs[0])
  })
})
