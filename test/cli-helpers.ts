// Shared by the command's tests: the built command run in a child process, on files in a temp dir.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// DEBOILER_CLI runs the tests against another build (e.g. main's, to see which tests fail there).
export const cli = process.env.DEBOILER_CLI ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url))
export const dir = mkdtempSync(join(tmpdir(), 'deboiler-cli-'))

export function checkBuilt() {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm test` (it builds first) or `npx tsup`')
}

/** Write a file in the test's temp dir; returns its path. */
export const file = (name: string, data: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, data)
  return path
}

/** Run the command with arguments, optional stdin and extra environment variables. */
export const run = (args: string[], input?: string | Buffer, env?: Record<string, string>) =>
  spawnSync(process.execPath, [cli, ...args], {
    input: typeof input === 'string' ? Buffer.from(input) : input,
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  })
export const text = (r: ReturnType<typeof run>) => r.stdout.toString('utf8')

export const ARTICLE = 'The council approved the plan on Tuesday, the mayor said.\n\nSign up for our free newsletter.\n\nThe plan takes effect in July, officials said.\n'
export const CLEANED = 'The council approved the plan on Tuesday, the mayor said.\n\nThe plan takes effect in July, officials said.\n'

/** A JSONL corpus with varied records: articles, promo, other fields, nested fields. */
export function corpus(n: number): string {
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    const body = i % 3 === 0 ? ARTICLE : i % 3 === 1 ? `Story ${i}: rain is expected on Friday, forecasters said.\n\nShare this article\n` : `Line ${i}, the judge ruled.`
    lines.push(JSON.stringify({ id: i, url: `https://site${i % 4}.example/a/${i}`, text: body, meta: { lang: 'en' } }))
  }
  return lines.join('\n') + '\n'
}

/** One WET conversion record. */
export const warcRecord = (uri: string, body: string, id = `<urn:uuid:${uri.length}>`) =>
  `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nWARC-Record-ID: ${id}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}\r\n\r\n`
export const WARCINFO = 'WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:0>\r\nContent-Length: 0\r\n\r\n\r\n\r\n'
