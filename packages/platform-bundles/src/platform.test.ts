import { describe, expect, it } from '@jest/globals'
import { catalogKey, libcCompatible, parseLibc, targetPlatform, toolCacheArch } from './platform.js'

describe('targetPlatform', () => {
  it.each([
    ['Linux', 'X64', 'glibc2.36', 'x64-linux-glibc2.36', 'linux-x64'],
    ['Linux', 'ARM64', 'glibc2.39', 'arm64-linux-glibc2.39', 'linux-arm64'],
    ['macOS', 'ARM64', 'glibc2.36', 'arm64-macos', 'macos-arm64'],
    ['Windows', 'X64', '', 'x64-windows', 'windows-x64']
  ])('%s %s %s -> %s', (os, arch, libc, cacheArch, key) => {
    const platform = targetPlatform(os, arch, libc)
    expect(toolCacheArch(platform)).toBe(cacheArch)
    expect(catalogKey(platform)).toBe(key)
  })

  it('refuses 32-bit runners by name', () => {
    expect(() => targetPlatform('Windows', 'X86', '')).toThrow(/Windows X86/)
  })
})

describe('libcCompatible', () => {
  it.each([
    [undefined, 'glibc2.17', true],
    ['glibc2.28', 'glibc2.36', true],
    ['glibc2.28', 'glibc2.28', true],
    ['glibc2.36', 'glibc2.28', false],
    ['glibc2.28', 'musl1.2', false],
    ['glibc2.28', '', false],
    ['glibc2.28', 'glibc2.100', true]
  ])('bundle %s on runner %s: %s', (bundle, runner, ok) => {
    expect(libcCompatible(bundle, runner)).toBe(ok)
  })

  it('parses libc names', () => {
    expect(parseLibc('glibc2.36')).toEqual({ family: 'glibc', version: [2, 36] })
    expect(parseLibc('2.36')).toBeUndefined()
  })
})
