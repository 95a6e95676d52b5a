// A real distributed engine: the Dask recipe of the README (test/dask/run.py) on a LocalCluster of two
// worker processes, each partition of a JSONL bag piped through the built command, gives output
// byte-identical to one local run. Needs Debian's python3-dask and python3-distributed (.ci/run
// installs them with apt); skipped with a message where they are missing.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ARTICLE, checkBuilt, cli, corpus, dir, file, run } from './cli-helpers.js'

vi.setConfig({ testTimeout: 180_000 })
beforeAll(checkBuilt)

const python = '/usr/bin/python3'
const probe = spawnSync(python, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' })
const available = probe.status === 0
if (!available) {
  console.warn(`Dask test skipped: ${python} cannot import dask.bag and distributed (apt-get install python3-dask python3-distributed)`)
}
const script = fileURLToPath(new URL('./dask/run.py', import.meta.url))

describe.skipIf(!available)('Dask', () => {
  it('cleans a bag of JSONL partitions on 2 worker processes, byte-identical to one local run', () => {
    // Varied records, CRLF line ends, a bad line and 1e400: nothing may differ from a local run.
    const lines = corpus(1500).trimEnd().split('\n')
    lines[10] = 'not json'
    lines[20] = JSON.stringify({ text: ARTICLE }).replace('}', ',"n":1e400}')
    const input = file('dask.jsonl', lines.map((l, i) => l + (i % 5 === 0 ? '\r\n' : '\n')).join(''))
    const output = join(dir, 'dask-out')
    const r = spawnSync(python, [script, input, output, '--workers', '2', '--blocksize', String(50_000), '--command', `${process.execPath} ${cli}`], { encoding: 'utf8' })
    expect(r.stderr).toMatch(/dask: [4-9] partitions on 2 worker processes/)
    expect(r.status).toBe(0)
    // One file per partition, named by its number: concatenated in order, they are the cleaned corpus.
    const parts = readdirSync(output).sort((a, b) => parseInt(a) - parseInt(b))
    expect(parts[0]).toBe('0.jsonl')
    const joined = Buffer.concat(parts.map((p) => readFileSync(join(output, p))))
    const local = run(['--jsonl', '--workers', '1', input])
    expect(Buffer.compare(joined, local.stdout)).toBe(0)
  })
})
