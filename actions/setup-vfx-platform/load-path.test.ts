import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import type { ElfDynamic } from './elf.js'
import { readElfDynamic } from './elf.js'
import { resolveLibraries, splitLdLibraryPath, systemLibraryDirs } from './load-path.js'

const elf = (over: Partial<ElfDynamic>): ElfDynamic => ({
  class: 'elf64',
  machine: 62,
  type: 3,
  needed: [],
  rpath: [],
  runpath: [],
  ...over
})

describe('resolveLibraries follows ld.so(8)', () => {
  const files: Record<string, ElfDynamic> = {
    '/b/app': elf({ needed: ['libx.so.1'], rpath: ['$ORIGIN/../lib'] }),
    '/b/app-runpath': elf({ needed: ['libx.so.1'], runpath: ['/r/lib'], rpath: ['/ignored'] }),
    '/lib/libx.so.1': elf({ needed: ['liby.so.2'] }),
    '/r/lib/libx.so.1': elf({ needed: ['liby.so.2'] }),
    '/ld/libx.so.1': elf({ needed: ['libmissing.so.9'] }),
    '/usr/lib/liby.so.2': elf({}),
    '/ignored/libx.so.1': elf({})
  }
  const read = (p: string) => files[p]
  const exists = (p: string) => p in files
  const system = { ldLibraryPath: [], systemDirs: ['/usr/lib'] }
  const cases: [string, string, string[], string[], [string, string | undefined, string | undefined][]][] = [
    [
      'DT_RPATH beats LD_LIBRARY_PATH',
      '/b/app',
      ['/ld'],
      ['/usr/lib', '/lib'],
      [['libx.so.1', '/ld/libx.so.1', 'LD_LIBRARY_PATH']]
    ],
    [
      'LD_LIBRARY_PATH beats DT_RUNPATH',
      '/b/app-runpath',
      ['/ld'],
      ['/usr/lib'],
      [
        ['libx.so.1', '/ld/libx.so.1', 'LD_LIBRARY_PATH'],
        ['libmissing.so.9', undefined, undefined]
      ]
    ],
    [
      'DT_RUNPATH, DT_RPATH ignored',
      '/b/app-runpath',
      [],
      ['/usr/lib'],
      [
        ['libx.so.1', '/r/lib/libx.so.1', 'runpath'],
        ['liby.so.2', '/usr/lib/liby.so.2', 'system']
      ]
    ],
    [
      'system folders last, transitive needs followed',
      '/b/app-runpath',
      [],
      ['/usr/lib'],
      [['liby.so.2', '/usr/lib/liby.so.2', 'system']]
    ]
  ]
  test.each(cases)('%s', (_name, binary, ld, systemDirs, expected) => {
    const resolved = resolveLibraries(binary, read, { ...system, ldLibraryPath: ld, systemDirs }, exists)
    for (const [name, path, via] of expected) {
      const found = resolved.find(r => r.name === name)
      expect({ name: found?.name, path: found?.path, via: found?.via }).toEqual({ name, path, via })
    }
  })

  test('$ORIGIN expands to the folder of the object', () => {
    files['/lib/libx.so.1'] = elf({})
    const resolved = resolveLibraries(
      '/b/app',
      read,
      { ldLibraryPath: [], systemDirs: [] },
      p => p === '/b/../lib/libx.so.1' || p in files
    )
    expect(resolved[0]).toMatchObject({ path: '/b/../lib/libx.so.1', via: 'rpath' })
  })

  test('LD_LIBRARY_PATH: empty entries mean the current folder', () => {
    expect(splitLdLibraryPath('/a::/b/', '/cwd')).toEqual(['/a', '/cwd', '/b'])
    expect(splitLdLibraryPath(undefined, '/cwd')).toEqual([])
  })

  test('on this machine it finds what ldd finds for a Debian library', () => {
    const library = '/usr/lib/x86_64-linux-gnu/libOpenEXR-3_1.so.30'
    const ldd = new Map(
      [...execFileSync('ldd', [library], { encoding: 'utf8' }).matchAll(/^\s*(\S+) => (\S+)/gm)].map(m => [
        m[1] as string,
        realpathSync(m[2] as string)
      ])
    )
    const ours = resolveLibraries(
      library,
      readElfDynamic,
      { ldLibraryPath: [], systemDirs: systemLibraryDirs() },
      existsSync
    )
    expect(ours.length).toBeGreaterThan(5)
    // ldd prints the program interpreter (libc's own need) without '=>'; every other name it resolves, we resolve alike.
    const named = ours.filter(r => !r.name.startsWith('ld-linux'))
    expect(named.map(r => r.name).sort()).toEqual([...ldd.keys()].sort())
    for (const r of named) expect(realpathSync(r.path as string)).toBe(ldd.get(r.name))
  })
})
