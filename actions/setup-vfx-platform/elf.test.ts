import { expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseElfDynamic, readElfDynamic } from './elf.js'
import { requireTools } from '../../test/support/require-tools.js'

/** readelf -d's view of the same file: the reference the TypeScript reader is checked against. */
function readelf(path: string): { needed: string[]; soname?: string; rpath: string[]; runpath: string[] } {
  const text = execFileSync('readelf', ['-d', path], { encoding: 'utf8' })
  const values = (tag: string) =>
    [...text.matchAll(new RegExp(`\\(${tag}\\)[^\\[]*\\[([^\\]]*)\\]`, 'g'))].map(m => m[1] as string)
  return {
    needed: values('NEEDED'),
    soname: values('SONAME')[0],
    rpath: values('RPATH').flatMap(v => v.split(':')),
    runpath: values('RUNPATH').flatMap(v => v.split(':'))
  }
}

requireTools(['gcc', 'readelf'])('readElfDynamic agrees with readelf -d', () => {
  const dir = mkdtempSync(join(tmpdir(), 'elf-'))
  writeFileSync(join(dir, 'a.c'), 'int a(void) { return 1; }\n')
  writeFileSync(join(dir, 'main.c'), 'int a(void);\nint main(void) { return a(); }\n')
  execFileSync('gcc', ['-shared', '-fPIC', '-Wl,-soname,liba.so.7', '-o', join(dir, 'liba.so.7'), join(dir, 'a.c')])
  execFileSync('ln', ['-s', 'liba.so.7', join(dir, 'liba.so')])
  const gcc = (out: string, flags: string[]) =>
    execFileSync('gcc', ['-o', join(dir, out), join(dir, 'main.c'), `-L${dir}`, '-la', ...flags])
  gcc('runpath', ['-Wl,--enable-new-dtags', '-Wl,-rpath,$ORIGIN/lib:/opt/x/lib'])
  gcc('rpath', ['-Wl,--disable-new-dtags', '-Wl,-rpath,/opt/y/lib'])
  test.each([
    ['a shared library with a SONAME', join(dir, 'liba.so.7')],
    ['an executable with DT_RUNPATH', join(dir, 'runpath')],
    ['an executable with DT_RPATH', join(dir, 'rpath')],
    ['a Debian library (libopenexr-dev)', '/usr/lib/x86_64-linux-gnu/libOpenEXR-3_1.so.30'],
    ['a system executable', '/usr/bin/cmake']
  ])('%s', (_what, path) => {
    const ours = readElfDynamic(path)
    const theirs = readelf(path)
    expect(ours).toBeDefined()
    expect(ours?.needed).toEqual(theirs.needed)
    expect(ours?.soname).toEqual(theirs.soname)
    expect(ours?.rpath).toEqual(theirs.rpath)
    expect(ours?.runpath).toEqual(theirs.runpath)
  })

  test('not ELF, truncated, or with section headers past the end: undefined, never a throw', () => {
    const real = readFileSync(join(dir, 'liba.so.7'))
    const cases = [
      Buffer.from('#!/bin/sh\necho hi\n'),
      real.subarray(0, 40),
      real.subarray(0, real.length / 2),
      Buffer.concat([real.subarray(0, 40), Buffer.alloc(24, 0xff)])
    ]
    for (const data of cases) {
      const read = (offset: number, length: number) => data.subarray(offset, offset + length)
      expect(() => parseElfDynamic(read, data.length)).not.toThrow()
    }
    const file = join(dir, 'hostile')
    writeFileSync(file, Buffer.concat([real.subarray(0, 64), Buffer.alloc(64, 0x41)]))
    expect(readElfDynamic(file)).toBeUndefined()
  })
})
