import { describe, expect, it } from '@jest/globals'
import { computeEnvironment } from './environment.js'
import type { InstallItem } from './plan.js'

const item = (component: InstallItem['component'], bundle?: InstallItem['bundle']): InstallItem => ({
  component,
  label: component,
  version: '1',
  url: 'http://x/a.tar.gz',
  sha256: 'a'.repeat(64),
  archiveName: 'a.tar.gz',
  bundle
})
const bundle = {
  year: 2024,
  os: 'linux' as const,
  arch: 'x64' as const,
  url: 'b',
  sha256: 'a'.repeat(64),
  size: 1,
  versions: {}
}
const posixJoin = (...parts: string[]) => parts.join('/')
const winJoin = (...parts: string[]) => parts.join('\\')

describe('computeEnvironment', () => {
  it('Linux: PATH, prefix, LD_LIBRARY_PATH and PKG_CONFIG_PATH prepended to the job values', () => {
    const existing = new Set([
      'cmake/bin',
      'libraries/bin',
      'libraries/lib',
      'libraries/lib/pkgconfig',
      'libraries/share/pkgconfig'
    ])
    const env = computeEnvironment({
      os: 'linux',
      installDir: '/tc/vfx-platform/2024/x64-linux-glibc2.36',
      items: [item('cmake'), item('ninja'), item('libraries', { ...bundle, pythonRoot: 'python' })],
      current: { LD_LIBRARY_PATH: '/usr/local/lib', CMAKE_PREFIX_PATH: '' },
      join: posixJoin,
      exists: p => existing.has(p)
    })
    const root = '/tc/vfx-platform/2024/x64-linux-glibc2.36'
    expect(env.path).toEqual([`${root}/cmake/bin`, `${root}/ninja`, `${root}/libraries/bin`])
    expect(env.prefixPaths).toEqual([`${root}/libraries`])
    expect(env.variables).toEqual({
      CMAKE_PREFIX_PATH: `${root}/libraries`,
      PKG_CONFIG_PATH: `${root}/libraries/lib/pkgconfig:${root}/libraries/share/pkgconfig`,
      LD_LIBRARY_PATH: `${root}/libraries/lib:/usr/local/lib`,
      Python_ROOT_DIR: `${root}/libraries/python`
    })
  })

  it('macOS: the CMake app bundle and DYLD_FALLBACK_LIBRARY_PATH', () => {
    const existing = new Set(['cmake/CMake.app/Contents/bin', 'libraries/lib'])
    const env = computeEnvironment({
      os: 'macos',
      installDir: '/t',
      items: [item('cmake'), item('libraries', bundle)],
      current: {},
      join: posixJoin,
      exists: p => existing.has(p)
    })
    expect(env.path).toEqual(['/t/cmake/CMake.app/Contents/bin'])
    expect(env.variables).toEqual({ CMAKE_PREFIX_PATH: '/t/libraries', DYLD_FALLBACK_LIBRARY_PATH: '/t/libraries/lib' })
  })

  it('Windows: DLLs through PATH, ; as separator, no duplicate entries', () => {
    const existing = new Set(['libraries/bin', 'libraries/lib'])
    const env = computeEnvironment({
      os: 'windows',
      installDir: 'C:\\t',
      items: [item('libraries', bundle)],
      current: { CMAKE_PREFIX_PATH: 'C:\\t\\libraries;D:\\other' },
      join: winJoin,
      exists: p => existing.has(p)
    })
    expect(env.path).toEqual(['C:\\t\\libraries\\bin'])
    expect(env.variables).toEqual({ CMAKE_PREFIX_PATH: 'C:\\t\\libraries;D:\\other' })
  })
})
