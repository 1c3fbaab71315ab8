import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFuzz, resolveAuditBuildDir } from './inputs.js'

describe('fuzz', () => {
  test.each([
    ['', undefined],
    ['off', undefined],
    ['OFF', undefined],
    ['0', 0],
    ['2021', 2021],
    ['4294967295', 4294967295]
  ])('%p → %p', (value, seed) => expect(parseFuzz(value)).toBe(seed))
  test.each(['on', '-1', '1.5', '4294967296', '12345678901', '0x10', 'seed'])(
    '%p is refused, naming the input',
    value => {
      expect(() => parseFuzz(value)).toThrow(`Input 'fuzz' has the value '${value}': expected 'off' or a seed`)
    }
  )
})

describe('audit-build-dir', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'inputs-'))
  mkdirSync(join(workspace, 'build'))
  writeFileSync(join(workspace, 'build', 'CMakeCache.txt'), '')
  mkdirSync(join(workspace, 'empty'))
  test('relative to the workspace, or absolute', () => {
    expect(resolveAuditBuildDir('build', workspace)).toBe(join(workspace, 'build'))
    expect(resolveAuditBuildDir(join(workspace, 'build'), '/elsewhere')).toBe(join(workspace, 'build'))
    expect(resolveAuditBuildDir('', workspace)).toBeUndefined()
  })
  test.each(['empty', 'missing', 'build/CMakeCache.txt'])('%p is not a configured build directory', value => {
    expect(() => resolveAuditBuildDir(value, workspace)).toThrow(
      new RegExp(
        `^Input 'audit-build-dir' has the value '${value.replace(/\./g, '\\.')}': expected a configured CMake build directory \\(no CMakeCache\\.txt in `
      )
    )
  })
})
