// The package says what it is and where it comes from: a LICENSE file matching package.json, and a
// repository field (npm shows both; corpus users check them before running code on their data).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const pkg = JSON.parse(read('package.json')) as { license: string; repository?: { type: string; url: string } }

describe('package metadata', () => {
  it('has a LICENSE file with the license package.json names', () => {
    expect(pkg.license).toBe('MIT')
    const license = read('LICENSE')
    expect(license).toMatch(/^MIT License\n/)
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"')
  })

  it('has a repository field', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) })
  })
})
