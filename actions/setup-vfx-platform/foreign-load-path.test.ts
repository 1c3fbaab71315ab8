import { describe, expect, test } from '@jest/globals'
import { resolveMachO, resolvePe, dyldSearch, type ForeignDependencies } from './foreign-load-path.js'

const deps = (needed: string[], rpaths: string[] = []): ForeignDependencies => ({ needed, rpaths })

describe('dyld search (macOS)', () => {
  const files: Record<string, ForeignDependencies> = {
    '/b/bin/app': deps(
      ['@rpath/libA.dylib', '/opt/x/lib/libImath-3_1.29.dylib', '/usr/lib/libSystem.B.dylib'],
      ['@loader_path/../lib']
    ),
    '/b/lib/libA.dylib': deps(['@rpath/libOpenEXR-3_2.31.dylib', '@loader_path/libB.dylib'], ['/nowhere']),
    '/b/lib/libB.dylib': deps([])
  }
  const on = new Set([
    ...Object.keys(files),
    '/b/lib/libOpenEXR-3_2.31.dylib',
    '/opt/x/lib/libImath-3_1.29.dylib',
    '/opt/y/lib/libImath-3_1.29.dylib',
    '/usr/local/lib/libQ.dylib'
  ])
  const read = (p: string) => files[p]
  const exists = (p: string) => on.has(p)
  const where = (env: Parameters<typeof dyldSearch>[0]) =>
    Object.fromEntries(resolveMachO('/b/bin/app', read, dyldSearch(env), exists).map(r => [r.name, [r.via, r.path]]))

  test.each([
    ['@rpath/libA.dylib', {}, ['@rpath', '/b/lib/libA.dylib']],
    // an rpath of the executable also serves the libraries it loads (the rpath chain)
    ['@rpath/libOpenEXR-3_2.31.dylib', {}, ['@rpath', '/b/lib/libOpenEXR-3_2.31.dylib']],
    ['@loader_path/libB.dylib', {}, ['@loader_path', '/b/lib/libB.dylib']],
    ['/opt/x/lib/libImath-3_1.29.dylib', {}, ['install-name', '/opt/x/lib/libImath-3_1.29.dylib']],
    // DYLD_LIBRARY_PATH wins over the install name, by leaf
    [
      '/opt/x/lib/libImath-3_1.29.dylib',
      { DYLD_LIBRARY_PATH: '/opt/y/lib' },
      ['DYLD_LIBRARY_PATH', '/opt/y/lib/libImath-3_1.29.dylib']
    ],
    // the shared cache: not on disk, not found (the audit does not call that a problem)
    ['/usr/lib/libSystem.B.dylib', {}, [undefined, undefined]]
  ])('%s with %j → %j', (name, env, expected) => {
    expect(where(env)[name]).toEqual(expected)
  })
  test('DYLD_FALLBACK_LIBRARY_PATH when the install name is not there', () => {
    const r = resolveMachO('/a', p => (p === '/a' ? deps(['/gone/lib/libQ.dylib']) : undefined), dyldSearch({}), exists)
    expect(r[0]).toMatchObject({ via: 'DYLD_FALLBACK_LIBRARY_PATH', path: '/usr/local/lib/libQ.dylib' })
    const none = resolveMachO(
      '/a',
      p => (p === '/a' ? deps(['/gone/lib/libQ.dylib']) : undefined),
      dyldSearch({ DYLD_FALLBACK_LIBRARY_PATH: '/x' }),
      exists
    )
    expect(none[0]?.path).toBeUndefined()
  })
})

describe('Windows loader search', () => {
  const files: Record<string, ForeignDependencies> = {
    'C:\\b\\app.exe': deps(['Imath-3_1.dll', 'KERNEL32.dll', 'OpenEXR-3_2.dll']),
    'C:\\p2\\bin\\OpenEXR-3_2.dll': deps(['Imath-3_1.dll', 'Iex-3_2.dll'])
  }
  const on = new Set([
    'C:\\b\\Imath-3_1.dll',
    'C:\\p1\\bin\\Imath-3_1.dll',
    'C:\\Windows\\System32\\KERNEL32.dll',
    'C:\\p2\\bin\\OpenEXR-3_2.dll',
    'C:\\p2\\bin\\Iex-3_2.dll',
    'C:\\p1\\bin\\Iex-3_2.dll'
  ])
  const r = resolvePe(
    'C:\\b\\app.exe',
    p => files[p],
    { systemDirs: ['C:\\Windows\\System32', 'C:\\Windows'], path: ['C:\\p1\\bin', 'C:\\p2\\bin'] },
    p => on.has(p)
  )
  test.each([
    ['Imath-3_1.dll', 'application-folder', 'C:\\b\\Imath-3_1.dll'],
    ['KERNEL32.dll', 'system-folder', 'C:\\Windows\\System32\\KERNEL32.dll'],
    ['OpenEXR-3_2.dll', 'PATH', 'C:\\p2\\bin\\OpenEXR-3_2.dll'],
    // what a DLL needs is searched from the application's folder and PATH in order, not from the DLL's folder
    ['Iex-3_2.dll', 'PATH', 'C:\\p1\\bin\\Iex-3_2.dll']
  ])('%s → %s %s', (name, via, path) => {
    expect(r.find(x => x.name === name)).toMatchObject({ via, path })
  })
  test('a name is loaded once (case-insensitively)', () => {
    expect(r.filter(x => x.name === 'Imath-3_1.dll')).toHaveLength(1)
  })
})
