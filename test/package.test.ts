// The package as a consumer sees it: what `npm pack` ships, and imports through the package name
// (exports map, ESM, types) from a throwaway project. Needs the build (npm test runs tsup first).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'

// Child processes and long runs: slower machines need more than vitest's default 5 s.
vi.setConfig({ testTimeout: 120_000 })

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>

describe('package', () => {
  it('is ESM, side-effect free, with types in its exports map and an engines field', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.sideEffects).toBe(false)
    expect(pkg.exports).toMatchObject({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './retext': { types: './dist/retext.d.ts', default: './dist/retext.js' },
    })
    expect(pkg.engines).toMatchObject({ node: expect.stringMatching(/>=\s*20/) })
  })

  it('ships only what users need', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort()
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toContain('dist/retext.js')
    expect(files).toContain('dist/cli.js')
    expect(files).toContain('README.md')
    expect(files).toContain('package.json')
    for (const file of files) expect(file).toMatch(/^(dist\/[\w.-]+\.(js|d\.ts)|README\.md|package\.json|LICENSE)$/)
  })

  it('imports by name from a consumer project, with types that check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboiler-consumer-'))
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(root, join(dir, 'node_modules', 'deboiler'), 'dir')
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { clean, analyze, createCleaner, toHtmlReport, type Options, type Analysis } from 'deboiler'",
        "import retextDeboiler, { type RetextDeboilerOptions } from 'deboiler/retext'",
        "const options: Options = { threshold: 0.6, drop: { 'image-credit': false } }",
        "const plugin: RetextDeboilerOptions = { remove: true }",
        "const analysis: Analysis = analyze('Share this article', options)",
        "const out: string = clean('The mayor said so.\\n\\nShare this article\\n') + String(typeof retextDeboiler) + String(plugin.remove)",
        'console.log(JSON.stringify([out, analysis.blocks[0]?.label, typeof createCleaner, toHtmlReport(analysis).length > 0]))',
      ].join('\n'),
    )
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, outDir: 'out', skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    )
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, stdio: 'pipe' })
    const result = JSON.parse(execFileSync(process.execPath, [join(dir, 'out', 'use.js')], { cwd: dir, encoding: 'utf8' })) as unknown[]
    expect(result).toEqual(['The mayor said so.\n' + 'function' + 'true', 'boilerplate', 'function', true])
  })
})
