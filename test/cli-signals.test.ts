// SIGTERM (timeout, YARN, Kubernetes) and SIGINT (Ctrl-C) mid-stream, through pipes: the command
// writes complete records only, then its errors file and stats, and exits with 143 / 130.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { checkBuilt, cli, corpus, dir, file, run, text } from './cli-helpers.js'

vi.setConfig({ testTimeout: 120_000 })
beforeAll(checkBuilt)

interface Stopped {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: Buffer
  stderr: string
}

/**
 * Run the command with piped stdin and stdout; once `after` bytes of output have come, send `signal`.
 * `feed` writes the input (and may leave stdin open, as a stalled producer does).
 */
function stopMidStream(args: string[], signal: NodeJS.Signals, after: number, feed: (stdin: NodeJS.WritableStream) => void): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let length = 0
    let sent = false
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk)
      length += chunk.length
      if (!sent && length >= after) {
        sent = true
        child.kill(signal)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdin.on('error', () => {})
    child.on('error', reject)
    child.on('close', (status, signalled) => resolve({ status, signal: signalled, stdout: Buffer.concat(out), stderr }))
    feed(child.stdin)
  })
}

/** Output that is whole lines, each the line of a complete run at the same place. */
function expectWholePrefix(stdout: Buffer, complete: string) {
  const got = stdout.toString('utf8')
  expect(got.length).toBeGreaterThan(0)
  expect(got.endsWith('\n')).toBe(true)
  expect(complete.startsWith(got)).toBe(true)
}

describe('signals', () => {
  const input = corpus(20_000)
  const lines = input.split('\n')
  // A bad line early on, so that the errors file has something to say.
  lines[5] = 'not json'
  const data = lines.join('\n')
  const complete = text(run(['--jsonl', '--workers', '1'], data))

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} with a producer that stalls: complete records, errors and stats, exit ${code}`, async () => {
      const errors = join(dir, `errors-${signal}.jsonl`)
      const stats = join(dir, `stats-${signal}.json`)
      // Half the input, then the producer stalls with stdin open: the reader must wake up and stop.
      const half = data.slice(0, data.length >> 1)
      const r = await stopMidStream(['--jsonl', '--workers', '2', '--errors', errors, '--stats-json', stats], signal, 4096, (stdin) => stdin.write(half))
      expect(r.signal).toBeNull()
      expect(r.status).toBe(code)
      expectWholePrefix(r.stdout, complete)
      expect(readFileSync(errors, 'utf8')).toBe('{"file":"stdin","line":6,"error":"invalid JSON"}\n')
      const summary = JSON.parse(readFileSync(stats, 'utf8')) as { records: number; signal: string; exitStatus: number }
      expect(summary).toMatchObject({ signal, exitStatus: code })
      expect(summary.records).toBe(r.stdout.toString().split('\n').length - 1)
    })
  }

  it('SIGTERM while reading a file at full speed, with 1 and 2 workers: never a cut record', async () => {
    const path = file('signals.jsonl', data)
    for (const workers of ['1', '2']) {
      const r = await stopMidStream(['--jsonl', '--workers', workers, '--stats', path], 'SIGTERM', 64 << 10, (stdin) => stdin.end())
      expect(r.status).toBe(143)
      expectWholePrefix(r.stdout, complete)
      expect(r.stderr).toMatch(/stopped by SIGTERM/)
    }
  })
})
