import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  parseDumpbinBatch,
  parseDumpbinDependents,
  parseLlvmReadobjBatch,
  parseLlvmReadobjNeeded,
  parseOtoolL,
  parseOtoolLBatch,
  parseOtoolRpathsBatch
} from './binary-tool-output.js'

const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'test', 'dependency-audit', 'fixtures', 'binary-tools', name), 'utf8')

describe('dependency listings of other platforms', () => {
  test('otool -L of an executable: every install name', () => {
    expect(parseOtoolL(fixture('otool-L-executable.txt'), '/Users/runner/work/oiio/build/bin/oiiotool')).toEqual({
      needed: [
        '@rpath/libOpenImageIO.2.5.dylib',
        '/opt/homebrew/opt/imath/lib/libImath-3_1.29.dylib',
        '/usr/local/lib/libOpenEXR-2_5.25.dylib',
        '/usr/lib/libc++.1.dylib',
        '/usr/lib/libSystem.B.dylib'
      ],
      delayLoaded: []
    })
  })
  test('otool -L of a dylib: its own id first, then what it needs', () => {
    const parsed = parseOtoolL(fixture('otool-L-dylib.txt'), '/opt/homebrew/opt/openexr/lib/libOpenEXR-3_2.31.dylib')
    expect(parsed.id).toBe('/opt/homebrew/opt/openexr/lib/libOpenEXR-3_2.31.dylib')
    expect(parsed.needed).toEqual(['/opt/homebrew/opt/imath/lib/libImath-3_1.29.dylib', '/usr/lib/libc++.1.dylib'])
  })
  test('dumpbin /dependents (CRLF): dependencies and delay-load dependencies, not the summary', () => {
    expect(parseDumpbinDependents(fixture('dumpbin-dependents.txt'))).toEqual({
      needed: ['OpenImageIO.dll', 'Imath-3_1.dll', 'OpenEXR-3_2.dll', 'MSVCP140.dll', 'KERNEL32.dll'],
      delayLoaded: ['python311.dll']
    })
  })
  test('llvm-readobj --needed-libs, recorded on a PE built with mingw and on a Debian ELF library', () => {
    expect(parseLlvmReadobjNeeded(fixture('llvm-readobj-needed-libs-pe.txt')).needed).toEqual([
      'Imath-3_1.dll',
      'KERNEL32.dll',
      'msvcrt.dll'
    ])
    const elf = parseLlvmReadobjNeeded(fixture('llvm-readobj-needed-libs-elf.txt'))
    expect(elf.id).toBe('libOpenEXR-3_1.so.30')
    expect(elf.needed).toContain('libImath-3_1.so.29')
  })
})

describe('batched runs: one invocation, many files', () => {
  test('otool -L of two files (the second fat: only its first architecture counts)', () => {
    const text = [
      fixture('otool-L-executable.txt').trimEnd(),
      '/b/lib/libx.dylib (architecture x86_64):',
      '\t/b/lib/libx.dylib (compatibility version 1.0.0, current version 1.0.0)',
      '\t/opt/a/lib/libImath-3_1.29.dylib (compatibility version 29.0.0, current version 29.11.0)',
      '/b/lib/libx.dylib (architecture arm64):',
      '\t/b/lib/libx.dylib (compatibility version 1.0.0, current version 1.0.0)',
      '\t/opt/other/lib/libImath-3_1.29.dylib (compatibility version 29.0.0, current version 29.11.0)'
    ].join('\n')
    const parsed = parseOtoolLBatch(text, ['/Users/runner/work/oiio/build/bin/oiiotool', '/b/lib/libx.dylib'])
    expect(parsed.get('/Users/runner/work/oiio/build/bin/oiiotool')?.needed).toHaveLength(5)
    expect(parsed.get('/b/lib/libx.dylib')).toEqual({
      id: '/b/lib/libx.dylib',
      needed: ['/opt/a/lib/libImath-3_1.29.dylib'],
      delayLoaded: []
    })
  })
  test('otool -l: the LC_RPATH paths of each file, in order, nothing from other load commands', () => {
    const text = [
      '/b/bin/app:',
      'Load command 11',
      '          cmd LC_LOAD_DYLIB',
      '      cmdsize 56',
      '         name @rpath/libOpenEXR-3_2.31.dylib (offset 24)',
      'Load command 12',
      '          cmd LC_RPATH',
      '      cmdsize 32',
      '         path @loader_path/../lib (offset 12)',
      'Load command 13',
      '          cmd LC_RPATH',
      '      cmdsize 40',
      '         path /opt/homebrew/lib (offset 12)',
      '/b/lib/liby.dylib:',
      'Load command 0',
      '      cmd LC_SEGMENT_64'
    ].join('\n')
    const rpaths = parseOtoolRpathsBatch(text, ['/b/bin/app', '/b/lib/liby.dylib'])
    expect(rpaths.get('/b/bin/app')).toEqual(['@loader_path/../lib', '/opt/homebrew/lib'])
    expect(rpaths.get('/b/lib/liby.dylib')).toEqual([])
  })
  test('dumpbin /dependents of two files, CRLF', () => {
    const one = fixture('dumpbin-dependents.txt')
    const two = one.replace('Dump of file build\\bin\\Release\\oiiotool.exe', 'Dump of file C:\\b\\two.dll')
    const parsed = parseDumpbinBatch(one + two, ['build\\bin\\Release\\oiiotool.exe', 'C:\\b\\two.dll'])
    expect([...parsed.keys()]).toEqual(['build\\bin\\Release\\oiiotool.exe', 'C:\\b\\two.dll'])
    expect(parsed.get('C:\\b\\two.dll')?.delayLoaded).toEqual(['python311.dll'])
  })
  test('llvm-readobj --needed-libs of two files', () => {
    const text = fixture('llvm-readobj-needed-libs-pe.txt') + '\n' + fixture('llvm-readobj-needed-libs-elf.txt')
    const elfFile = /^File: (.+)$/m.exec(fixture('llvm-readobj-needed-libs-elf.txt'))?.[1] as string
    const parsed = parseLlvmReadobjBatch(text, ['/tmp/pe/app.exe', elfFile])
    expect(parsed.get('/tmp/pe/app.exe')?.needed).toEqual(['Imath-3_1.dll', 'KERNEL32.dll', 'msvcrt.dll'])
    expect(parsed.get(elfFile)?.needed).toContain('libImath-3_1.so.29')
  })
})
