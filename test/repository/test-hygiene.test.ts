// Rules for the tests themselves: no wall-clock assertion (a test bounds a hang with its timeout and asserts what
// happened; figures belong in `npm run bench`), and titles that say what is tested, not an issue number of a
// tracker the repository does not have.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'

const testFiles = ['actions', 'packages', 'cli', 'test']
  .flatMap(dir => readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' }).map(f => `${dir}/${f}`))
  .filter(f => f.endsWith('.test.ts') && !f.includes('node_modules'))
const text = (file: string) => readFileSync(join(repoRoot, file), 'utf8')

describe('test hygiene', () => {
  test('the scan sees the test files', () => {
    expect(testFiles.length).toBeGreaterThan(100)
  })

  test('no assertion on elapsed wall-clock time', () => {
    const elapsed = /expect\([^\n]*\b(Date\.now|performance\.now|process\.hrtime)\b/
    expect(testFiles.filter(f => elapsed.test(text(f)))).toEqual([])
  })

  test('no issue numbers in test titles', () => {
    const title = /\b(?:describe|test|it|suite)(?:\.each\([^)]*\))?\(\s*['"`]([^'"`]*#\d+[^'"`]*)['"`]/g
    const found = testFiles.flatMap(f => [...text(f).matchAll(title)].map(m => `${f}: ${m[1]}`))
    expect(found).toEqual([])
  })
})
