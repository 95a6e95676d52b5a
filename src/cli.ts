#!/usr/bin/env node
/**
 * The `deboiler` command: clean a text file (or stdin) and print the editorial body.
 */
import { readFileSync } from 'node:fs'
import { clean } from './index.js'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('usage: deboiler [file]\n\nPrints the editorial body of a text file (stdin when no file is given).\n')
  process.exit(0)
}
const file = args[0]
let text: string
try {
  text = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8')
} catch (error) {
  process.stderr.write(`deboiler: cannot read ${file ?? 'stdin'}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`)
  process.exit(2)
}
process.stdout.write(clean(text))
