#!/usr/bin/env node
// Corpus benchmark for the command: generates a JSONL corpus (default 200 MB) from the fixtures and,
// when present, the dev pages of ../shared/bench, then runs `deboiler --jsonl` with 1 and N workers,
// reporting records/s, MB/s and peak memory (RSS of the whole process, worker threads included).
//
//   node test/scripts/bench-corpus.mjs [--mb 200] [--workers 1,2,4,default] [--ceiling]
//
// --ceiling adds what the machine allows two workers: the corpus cut into two halves by lines, each
// cleaned by its own one-worker process, the two processes at once. Nothing is shared between them (no
// messages, no main thread), so "1 worker seconds / this" bounds what any two workers can gain here:
// on a machine whose two cores share a cache and memory bandwidth, memory-bound work scales less than
// the cores do.
//
// "default" runs without --workers (the command picks the cores not busy). The load average is
// printed with each row: on a shared machine, figures taken under load are not comparable. So is the
// CPU time of the run (user + system, all threads, from a preloaded exit hook): it moves much less
// with the load than the wall time, and 2 × (CPU of 1 worker) / (CPU of N workers) bounds what N
// workers can gain on a 2-core machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '200' }, workers: { type: 'string', default: '1,2,4' }, ceiling: { type: 'boolean', default: false } },
})
const target = Number(values.mb) * 1e6
const path = join(tmpdir(), `deboiler-corpus-${values.mb}mb.jsonl`)

if (!existsSync(path) || statSync(path).size < target) {
  const texts = readdirSync(join(root, 'fixtures')).map((n) => readFileSync(join(root, 'fixtures', n, 'input.txt'), 'utf8'))
  const dev = resolve(root, '../shared/bench/articles/dev.jsonl')
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) if (line.trim()) texts.push(...Object.values(JSON.parse(line).inputs))
  }
  const out = createWriteStream(path)
  let size = 0
  for (let i = 0; size < target; i++) {
    const line = JSON.stringify({ id: i, url: `https://site${i % 50}.example/story/${i}`, text: texts[i % texts.length], meta: { crawl: 'bench' } }) + '\n'
    size += Buffer.byteLength(line)
    if (!out.write(line)) await new Promise((r) => out.once('drain', r))
  }
  await new Promise((r) => out.end(r))
}
const bytes = statSync(path).size
const records = Number(execFileSync('wc', ['-l', path], { encoding: 'utf8' }).trim().split(/\s+/)[0])
console.log(`corpus: ${path}, ${(bytes / 1e6).toFixed(0)} MB, ${records} records\n`)
console.log('| workers | seconds | records/s | MB/s | CPU s | peak RSS MB | load before |\n|---|---|---|---|---|---|---|')
/** Prints the process's CPU time (every thread's) to stderr at exit; loaded with --import. */
const cpuHook = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('cpu: '+((c.user+c.system)/1e6).toFixed(2)+' s\\n')})`
for (const n of values.workers.split(',')) {
  const load = loadavg()[0].toFixed(1)
  const started = performance.now()
  const flags = n === 'default' ? [] : ['--workers', n]
  const stats = spawnSync(process.execPath, ['--import', cpuHook, join(root, 'dist/cli.js'), '--jsonl', '--quiet', '--stats', ...flags, path], {
    encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  }).stderr
  const seconds = (performance.now() - started) / 1000
  const rss = Number(/peak memory: (\d+)/.exec(stats)?.[1] ?? NaN)
  const used = /workers: (\d+)/.exec(stats)?.[1] ?? '?'
  const cpu = /^cpu: ([\d.]+) s$/m.exec(stats)?.[1] ?? '?'
  console.log(`| ${n === 'default' ? `default (${used})` : n} | ${seconds.toFixed(1)} | ${(records / seconds).toFixed(0)} | ${(bytes / 1e6 / seconds).toFixed(1)} | ${cpu} | ${rss} | ${load} |`)
}

if (values.ceiling) {
  // The two halves, by lines, written once next to the corpus.
  const halves = [join(tmpdir(), `deboiler-corpus-${values.mb}mb.half1.jsonl`), join(tmpdir(), `deboiler-corpus-${values.mb}mb.half2.jsonl`)]
  // (Written again when the corpus is newer than they are.)
  if (!halves.every((h) => existsSync(h) && statSync(h).mtimeMs >= statSync(path).mtimeMs)) {
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l)
    const half = Math.ceil(lines.length / 2)
    writeFileSync(halves[0], lines.slice(0, half).join('\n') + '\n')
    writeFileSync(halves[1], lines.slice(half).join('\n') + '\n')
  }
  const load = loadavg()[0].toFixed(1)
  const started = performance.now()
  const cpus = await Promise.all(halves.map((half) => new Promise((done) => {
    const child = spawn(process.execPath, ['--import', cpuHook, join(root, 'dist/cli.js'), '--jsonl', '--quiet', '--workers', '1', half], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => {
      if (code !== 0) {
        console.error(`bench-corpus: the process cleaning ${half} exited with ${code}:\n${err}`)
        process.exit(1)
      }
      done(Number(/^cpu: ([\d.]+) s$/m.exec(err)?.[1] ?? NaN))
    })
  })))
  const seconds = (performance.now() - started) / 1000
  const cpu = cpus.reduce((a, b) => a + b, 0).toFixed(2)
  console.log(`| ceiling: two 1-worker processes, half each | ${seconds.toFixed(1)} | ${(records / seconds).toFixed(0)} | ${(bytes / 1e6 / seconds).toFixed(1)} | ${cpu} | | ${load} |`)
}
