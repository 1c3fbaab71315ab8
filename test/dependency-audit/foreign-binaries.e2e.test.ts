/**
 * Issue 15.1 on macOS and Windows, end to end through the committed bundle: the audit step runs `otool -L`/`-l`
 * (macOS), `dumpbin /dependents` or `llvm-readobj --needed-libs` (Windows) on the built binaries, many files per
 * call, resolves what they load as dyld or the Windows loader would, and catches a library resolved from a second
 * prefix. otool and dumpbin are stand-ins on PATH (test/dependency-audit/fake-tools) that print the recorded formats
 * for a fake build tree; llvm-readobj is the real tool reading a real .exe/.dll pair built with mingw-w64.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot, runBundle } from '../support/run-bundle.js'
import { requireTools } from '../support/require-tools.js'

const fakeTools = join(repoRoot, 'test', 'dependency-audit', 'fake-tools')

interface Report {
  consistent: boolean
  problems: string[]
  counts: { binaries: number }
  evidence: { family: string; kind: string; path: string; via?: string; source: string }[]
}

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'audit-foreign-'))
})

function write(path: string, content: string | Buffer, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  chmodSync(path, mode)
}

/** A build tree whose cache says Imath came from `prefix` (the install the build used). */
function buildTree(dir: string, prefix: string): void {
  write(
    join(dir, 'CMakeCache.txt'),
    `CMAKE_HOME_DIRECTORY:INTERNAL=${dir}-src\nImath_DIR:PATH=${prefix}/lib/cmake/Imath\n`
  )
}

async function audit(os: 'macOS' | 'Windows', buildDir: string, env: Record<string, string>) {
  const log = join(root, `${os}-${Math.random().toString(36).slice(2)}.log`)
  writeFileSync(log, '')
  const result = await runBundle('setup-vfx-platform', {
    root: mkdtempSync(join(root, 'run-')),
    env: { RUNNER_OS: os, FAKE_TOOL_LOG: log, ...env },
    inputs: { 'vfx-platform': 'CY2023', 'audit-build-dir': buildDir, check: 'warn' }
  })
  expect(result.exitCode).toBe(0)
  const report = JSON.parse(readFileSync(result.outputs['audit-report'] as string, 'utf8')) as Report
  return { result, report, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) }
}

const loadTime = (report: Report) => report.problems.filter(p => /at load time/.test(p))

describe('audit on macOS: otool -L and LC_RPATH, resolved as dyld does', () => {
  const MACHO = Buffer.from('cffaedfe07000001', 'hex')
  let build: string
  let good: string
  let second: string
  beforeAll(() => {
    build = join(root, 'mac', 'build')
    good = join(root, 'mac', 'imath-a')
    second = join(root, 'mac', 'imath-b')
    buildTree(build, good)
    const line = (name: string) => `\t${name} (compatibility version 1.0.0, current version 1.0.0)\n`
    for (const prefix of [good, second]) {
      const lib = join(prefix, 'lib', 'libImath-3_1.29.dylib')
      write(lib, MACHO, 0o755)
      write(`${lib}.otool-L`, line(lib) + line('/usr/lib/libc++.1.dylib'))
      write(`${lib}.otool-l`, 'Load command 0\n      cmd LC_SEGMENT_64\n')
    }
    // 40 executables (one batch) and one library of the project, found by @loader_path/../lib
    for (let i = 0; i < 40; i++) {
      const app = join(build, 'bin', `app${i}`)
      write(app, MACHO, 0o755)
      write(
        `${app}.otool-L`,
        line('@rpath/libproject.dylib') + line('@rpath/libImath-3_1.29.dylib') + line('/usr/lib/libSystem.B.dylib')
      )
      write(
        `${app}.otool-l`,
        [
          'Load command 12',
          '          cmd LC_RPATH',
          '      cmdsize 32',
          '         path @loader_path/../lib (offset 12)',
          'Load command 13',
          '          cmd LC_RPATH',
          '      cmdsize 48',
          `         path ${good}/lib (offset 12)`,
          ''
        ].join('\n')
      )
    }
    const own = join(build, 'lib', 'libproject.dylib')
    write(own, MACHO)
    write(`${own}.otool-L`, line('@rpath/libproject.dylib') + line('@rpath/libImath-3_1.29.dylib'))
    write(`${own}.otool-l`, '')
  })

  const path = () => `${fakeTools}:${process.env.PATH}`

  test('through LC_RPATH: the install the build used, no load-time problem; otool runs on many files per call', async () => {
    const { report, calls } = await audit('macOS', build, { PATH: path() })
    expect(report.counts.binaries).toBe(41)
    const runtime = report.evidence.filter(e => e.kind === 'runtime')
    expect(runtime.map(e => e.path)).toEqual([join(good, 'lib', 'libImath-3_1.29.dylib')])
    expect(runtime[0]?.via).toBe('@rpath')
    expect(loadTime(report)).toEqual([])
    // one -L and one -l over the 41 binaries, then one each over the libraries they load (the next round)
    expect(calls).toEqual(['otool -L 41', 'otool -l 41', 'otool -L 1', 'otool -l 1'])
  }, 60_000)

  test('DYLD_LIBRARY_PATH puts a second prefix first: caught at load time', async () => {
    const { report, result } = await audit('macOS', build, { PATH: path(), DYLD_LIBRARY_PATH: join(second, 'lib') })
    expect(loadTime(report)[0]).toMatch(
      /Imath is resolved from another install at load time: bin\/app\d+ loads @rpath\/libImath-3_1\.29\.dylib \(DYLD_LIBRARY_PATH/
    )
    expect(loadTime(report)[0]).toContain(join(second, 'lib', 'libImath-3_1.29.dylib'))
    expect(result.annotations.some(a => a.level === 'warning' && /at load time/.test(a.message))).toBe(true)
  }, 60_000)

  test('without otool: a warning says what the audit cannot see', async () => {
    const { result, report } = await audit('macOS', build, { PATH: '/nonexistent' + ':' + dirname(process.execPath) })
    expect(report.counts.binaries).toBe(0)
    expect(result.annotations.map(a => a.message).join('\n')).toMatch(/otool was not found/)
  }, 60_000)
})

describe('audit on Windows: dumpbin /dependents, resolved as the Windows loader searches', () => {
  let build: string
  let good: string
  let second: string
  let systemRoot: string
  beforeAll(() => {
    build = join(root, 'win', 'build')
    good = join(root, 'win', 'imath-a')
    second = join(root, 'win', 'imath-b')
    systemRoot = join(root, 'win', 'Windows')
    buildTree(build, good)
    for (const name of ['KERNEL32.dll', 'MSVCP140.dll']) write(join(systemRoot, 'System32', name), 'MZ')
    for (const prefix of [good, second]) {
      write(join(prefix, 'bin', 'Imath-3_1.dll'), 'MZ')
      write(join(prefix, 'bin', 'Imath-3_1.dll.dependents'), 'KERNEL32.dll\n')
    }
    for (let i = 0; i < 30; i++) {
      write(join(build, 'bin', `app${i}.exe`), 'MZ')
      write(
        join(build, 'bin', `app${i}.exe.dependents`),
        'project.dll\nImath-3_1.dll\nMSVCP140.dll\nKERNEL32.dll\napi-ms-win-crt-runtime-l1-1-0.dll\n'
      )
    }
    write(join(build, 'bin', 'project.dll'), 'MZ')
    write(join(build, 'bin', 'project.dll.dependents'), 'Imath-3_1.dll\n')
  })

  test('the prefix the build used comes first on PATH: no load-time problem; dumpbin runs on many files per call', async () => {
    const { report, calls } = await audit('Windows', build, {
      PATH: `${fakeTools}:${join(good, 'bin')}:${join(second, 'bin')}:${process.env.PATH}`,
      SystemRoot: systemRoot
    })
    expect(report.counts.binaries).toBe(31)
    const runtime = report.evidence.filter(e => e.kind === 'runtime')
    expect(runtime.map(e => [e.path, e.via])).toEqual([[join(good, 'bin', 'Imath-3_1.dll'), 'PATH']])
    expect(report.problems).not.toEqual(expect.arrayContaining([expect.stringMatching(/would not find/)]))
    // the second round reads what they load (Imath-3_1.dll, MSVCP140.dll, KERNEL32.dll) in one call
    expect(calls).toEqual(['dumpbin 31', 'dumpbin 3'])
  }, 60_000)

  test('a second prefix earlier on PATH: caught at load time', async () => {
    const { report } = await audit('Windows', build, {
      PATH: `${fakeTools}:${join(second, 'bin')}:${join(good, 'bin')}:${process.env.PATH}`,
      SystemRoot: systemRoot
    })
    expect(loadTime(report)[0]).toMatch(
      /Imath is resolved from another install at load time: bin\/app\d+\.exe loads Imath-3_1\.dll \(PATH/
    )
    expect(loadTime(report)[0]).toContain(join(second, 'bin', 'Imath-3_1.dll'))
  }, 60_000)

  test('a copy in the application folder wins over PATH (and is the build tree, not a second install)', async () => {
    write(join(build, 'bin', 'Imath-3_1.dll'), 'MZ')
    try {
      const { report } = await audit('Windows', build, {
        PATH: `${fakeTools}:${join(second, 'bin')}:${process.env.PATH}`,
        SystemRoot: systemRoot
      })
      expect(loadTime(report)).toEqual([])
    } finally {
      spawnSync('rm', ['-f', join(build, 'bin', 'Imath-3_1.dll')])
    }
  }, 60_000)
})

const describeWithMingw = requireTools(['x86_64-w64-mingw32-gcc', 'llvm-readobj'])

describeWithMingw('audit on Windows with the real llvm-readobj (no dumpbin), a real .exe/.dll pair', () => {
  let build: string
  let good: string
  let second: string
  let systemRoot: string
  beforeAll(() => {
    const base = join(root, 'mingw')
    build = join(base, 'build')
    good = join(base, 'imath-a')
    second = join(base, 'imath-b')
    systemRoot = join(base, 'Windows')
    buildTree(build, good)
    for (const name of ['KERNEL32.dll', 'msvcrt.dll']) write(join(systemRoot, 'System32', name), 'MZ')
    write(join(base, 'imath.c'), '__declspec(dllexport) int imath_version(void) { return 31; }\n')
    write(join(base, 'app.c'), 'int imath_version(void);\nint main(void) { return imath_version() == 31 ? 0 : 1; }\n')
    for (const prefix of [good, second]) {
      mkdirSync(join(prefix, 'bin'), { recursive: true })
      const dll = spawnSync(
        'x86_64-w64-mingw32-gcc',
        ['-shared', '-o', join(prefix, 'bin', 'Imath-3_1.dll'), join(base, 'imath.c')],
        { encoding: 'utf8' }
      )
      expect(dll.stderr).toBe('')
    }
    mkdirSync(join(build, 'bin'), { recursive: true })
    const exe = spawnSync(
      'x86_64-w64-mingw32-gcc',
      ['-o', join(build, 'bin', 'app.exe'), join(base, 'app.c'), join(good, 'bin', 'Imath-3_1.dll')],
      { encoding: 'utf8' }
    )
    expect(exe.status).toBe(0)
  }, 60_000)

  // the tools of the machine, but no dumpbin: llvm-readobj is the one used
  test('the prefix the build used: read by llvm-readobj, resolved through PATH', async () => {
    const { report } = await audit('Windows', build, {
      PATH: `${join(good, 'bin')}:${join(second, 'bin')}:${process.env.PATH}`,
      SystemRoot: systemRoot
    })
    expect(report.counts.binaries).toBe(1)
    expect(report.evidence.filter(e => e.kind === 'runtime').map(e => e.path)).toEqual([
      join(good, 'bin', 'Imath-3_1.dll')
    ])
    expect(report.problems).toEqual([])
  }, 60_000)

  test('a second prefix earlier on PATH: caught at load time', async () => {
    const { report } = await audit('Windows', build, {
      PATH: `${join(second, 'bin')}:${join(good, 'bin')}:${process.env.PATH}`,
      SystemRoot: systemRoot
    })
    expect(loadTime(report)[0]).toMatch(/bin\/app\.exe loads Imath-3_1\.dll \(PATH/)
    expect(loadTime(report)[0]).toContain(join(second, 'bin', 'Imath-3_1.dll'))
  }, 60_000)
})
