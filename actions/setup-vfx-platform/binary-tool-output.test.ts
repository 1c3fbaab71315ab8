import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDumpbinDependents, parseLlvmReadobjNeeded, parseOtoolL } from './binary-tool-output.js'

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
