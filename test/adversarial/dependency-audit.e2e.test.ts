/**
 * setup-vfx-platform's audit and fuzz steps against hostile inputs and hostile build directories (issue 15):
 * the committed bundle through the local runner.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fullLog, runBundle } from '../support/run-bundle.js'
import { requireTools } from '../support/require-tools.js'

function oneError(result: Awaited<ReturnType<typeof runBundle>>, pattern: RegExp): void {
  expect(result.exitCode).toBe(1)
  const errors = result.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]?.message).toMatch(pattern)
  expect(fullLog(result)).not.toMatch(/Unexpected error| {4}at /)
}

describe('bad inputs of the fuzz and audit steps are one clear error', () => {
  test.each([
    [
      { fuzz: 'yes' },
      /^Input 'fuzz' has the value 'yes': expected 'off' or a seed: a whole number from 0 to 4294967295\.$/
    ],
    [{ fuzz: '99999999999' }, /^Input 'fuzz' has the value '99999999999'/],
    [
      { 'fuzz-scope': 'everywhere' },
      /^Input 'fuzz-scope' has the value 'everywhere': expected one of 'runner-temp', 'system'\.$/
    ],
    [
      { 'audit-build-dir': 'no/such/build' },
      /^Input 'audit-build-dir' has the value 'no\/such\/build': expected a configured CMake build directory \(no CMakeCache\.txt in .*no\/such\/build; run the audit step after the build\)\.$/
    ]
  ])('%p', async (inputs, message) => {
    oneError(await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': '2023', ...inputs } }), message)
  })

  test('fuzz or install together with audit-build-dir', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'audit-ws-'))
    writeFileSync(join(workspace, 'CMakeCache.txt'), '')
    oneError(
      await runBundle('setup-vfx-platform', {
        workspace,
        inputs: { 'vfx-platform': '2023', 'audit-build-dir': '.', fuzz: '1' }
      }),
      /^Input 'fuzz' has the value '1': expected 'off' in the audit step/
    )
    oneError(
      await runBundle('setup-vfx-platform', {
        workspace,
        inputs: { 'vfx-platform': '2023', 'audit-build-dir': '.', install: 'cmake' }
      }),
      /^Input 'install' has the value 'cmake': expected an empty list in the audit step/
    )
  })
})

describe('the audit reads a hostile build directory without trusting it', () => {
  test('malformed compile_commands.json, a truncated ELF, a symlink out of the tree, odd names: a report, no crash', async () => {
    const build = mkdtempSync(join(tmpdir(), 'hostile-build-'))
    writeFileSync(
      join(build, 'CMakeCache.txt'),
      'IMATH_INCLUDE_DIR:PATH=/opt/::error::x/include/Imath\nCMAKE_HOME_DIRECTORY:INTERNAL=/src\n'
    )
    writeFileSync(join(build, 'compile_commands.json'), JSON.stringify({ not: 'an array' }))
    // An ELF header whose section table points far past the end of the file.
    const elf = Buffer.alloc(64)
    elf.write('\x7fELF', 0, 'latin1')
    elf[4] = 2
    elf[5] = 1
    elf.writeBigUInt64LE(0xffffffffn, 40)
    elf.writeUInt16LE(64, 58)
    elf.writeUInt16LE(0xffff, 60)
    writeFileSync(join(build, 'libImath-3_1.so.29'), elf)
    writeFileSync(join(build, 'app'), elf)
    chmodSync(join(build, 'app'), 0o755)
    // A link out of the tree: the walk must not follow it into the system's libraries.
    symlinkSync('/usr/lib', join(build, 'escape'))
    mkdirSync(join(build, 'CMakeFiles'))
    writeFileSync(
      join(build, 'CMakeFiles', 'Makefile.cmake'),
      'set(CMAKE_MAKEFILE_DEPENDS\n  "/nonexistent/FindOpenEXR.cmake"\n'
    )
    const result = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': '2023', 'audit-build-dir': build, check: 'warn' }
    })
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(readFileSync(result.outputs['audit-report'] as string, 'utf8'))
    expect(report.counts.binaries).toBe(0)
    expect(report.counts.compileCommands).toBe(0)
    expect(report.notes.join(' ')).toMatch(/compile_commands\.json is not a JSON array/)
    // untrusted text reaches the log only inside annotations and the summary, never as a workflow command of its own
    for (const step of result.steps) expect(step.rawStdout).not.toMatch(/^::error::x/m)
  })
})

requireTools(['gcc'])('fuzz plants only under the prefix it owns', () => {
  test('every decoy under RUNNER_TEMP; the job keeps its own CMAKE_PREFIX_PATH; post leaves the decoys for the audit', async () => {
    const result = await runBundle('setup-vfx-platform', {
      env: { CMAKE_PREFIX_PATH: '/opt/studio' },
      inputs: { 'vfx-platform': '2023', fuzz: '99', check: 'off' }
    })
    expect(result.exitCode).toBe(0)
    const decoys = JSON.parse(result.outputs.decoys as string) as { prefix: string }[]
    expect(decoys.length).toBeGreaterThan(3)
    for (const decoy of decoys) {
      expect(decoy.prefix.startsWith(join(result.temp, 'setup-vfx-platform', 'fuzz-99') + '/')).toBe(true)
      expect(existsSync(decoy.prefix)).toBe(true) // post ran already
    }
    expect(result.exportedEnv.CMAKE_PREFIX_PATH?.endsWith(':/opt/studio')).toBe(true)
  })
})
