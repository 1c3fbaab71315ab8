// Hostile inputs, matrix values and workflow files against the reusable workflows' step scripts (run as the
// workflow runs them, env from the workflow file) and against check-workflow (the built CLI). Each case was checked
// to fail with its defense removed (see SECURITY.md, "Threat model: reusable workflows").
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'
import { dockerStub, JobRun, workspaceWith, type Cell } from '../workflows/workflow-steps.js'

const hostCell: Cell = { id: 'linux-gcc', container: '', 'build-type': 'Release', env: {}, gpu: false }
const legacyCell: Cell = {
  id: 'linux-2020-gcc-release',
  container: 'aswf/ci-openexr:2020',
  'legacy-glibc': true,
  'vfx-platform': 2020,
  'build-type': 'Release',
  cc: 'gcc',
  cxx: 'g++',
  env: {}
}

describe('bad inputs cannot become workflow commands or reach outside the repository', () => {
  const validate = (inputs: Record<string, string>) =>
    new JobRun({ cell: {}, workspace: workspaceWith(), inputs }, 'plan').run('validate-inputs')

  test('a value cannot end the annotation and start a workflow command of its own', () => {
    const result = validate({ 'gpu-fallback': 'x\n::add-mask::y%' })
    expect(result.status).toBe(1)
    expect(result.stdout).not.toMatch(/^::add-mask::/m)
    expect(result.stdout).toContain("'x%0A::add-mask::y%25'")
  })

  test.each([
    ['matrix-spec', '../../other-repo/spec.yml'],
    ['dependencies-linux', '/etc/profile'],
    ['build-script', 'ok/../../../escape.sh'],
    ['test-script', '-c'],
    ['dependencies-windows', 'C:\\Windows\\evil.bat']
  ])('%s: %p is refused before anything runs', (input, value) => {
    const result = validate({ [input]: value })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`::error title=vfx-build input ${input}::`)
  })

  test('release-sign: files are checked as sign-artifacts reads them (comments skipped, lines trimmed)', () => {
    const sign = (files: string) =>
      new JobRun({ cell: {}, workspace: workspaceWith(), inputs: { files } }, 'sign', 'release-sign.yml').run(
        'validate-inputs'
      )
    expect(sign('# artifacts from ../build\n  dist/*.tar.gz  \n').status).toBe(0)
    const outside = sign('# ok\n  ../secrets/*\n')
    expect(outside.status).toBe(1)
    expect(outside.stdout).toContain('::error title=release-sign input files::')
  })

  test('release-sign: a tag that is an option or shell text is refused', () => {
    for (const tag of ['--upload-pack=touch /tmp/x', 'v1$(id)', 'v1\n::set-output name=x::y']) {
      const result = new JobRun(
        { cell: {}, workspace: workspaceWith(), inputs: { tag } },
        'sign',
        'release-sign.yml'
      ).run('validate-inputs')
      expect(result.status).toBe(1)
      expect(result.stdout).not.toMatch(/^::set-output/m)
    }
  })
})

describe('the matrix cell cannot inject into the job environment', () => {
  test('a multi-line env value cannot add lines to GITHUB_ENV', () => {
    const job = new JobRun({ cell: { ...hostCell, env: { A: 'x\nLD_PRELOAD=/evil.so' } }, workspace: workspaceWith() })
    const result = job.run('cell')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('the value of A must be one line')
    expect(result.exported).not.toHaveProperty('LD_PRELOAD')
  })

  test('a bad name in the env input stops the cell', () => {
    const job = new JobRun({ cell: hostCell, workspace: workspaceWith(), inputs: { env: 'BAD NAME=1' } })
    expect(job.run('cell').status).toBe(1)
  })

  test('the internal workflow-step action runs only step scripts of this repository', () => {
    const actionDir = join(repoRoot, '.github/actions/workflow-step')
    const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as { runs: { steps: { run: string }[] } }
    const dispatch = (script: string) =>
      spawnSync('bash', ['-c', action.runs.steps[0]?.run as string], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          SCRIPT: script,
          GITHUB_ACTION_PATH: actionDir,
          RESULTS: '{"a":{"result":"success"}}'
        }
      })
    expect(dispatch('vfx-build/gate').status).toBe(0)
    for (const script of [
      '../../../../etc/passwd',
      'vfx-build/../vfx-build/gate',
      'lib',
      '/bin/sh',
      'vfx-build/nope'
    ]) {
      const result = dispatch(script)
      expect(result.status).toBe(1)
      expect(result.stdout).toMatch(
        /^::error title=workflow step::script: '.*' is not a step script of aswf\/ci-actions\n$/
      )
    }
  })
})

describe('legacy cells: hostile env names and values', () => {
  test('a hostile env name in the cell stops the cell before docker runs', () => {
    const stub = dockerStub('3.18.4')
    const job = new JobRun({ cell: { ...legacyCell, env: { 'X;rm -rf /': '1' } }, workspace: workspaceWith() })
    const result = job.run('legacy', { path: [stub.bin] })
    expect(result.status).not.toBe(0)
    expect(result.stdout).toContain('::error title=matrix env::invalid environment variable name')
    expect(stub.calls()).toEqual([])
  })

  test('a value full of shell and docker syntax reaches the container as one value, never as arguments', () => {
    const stub = dockerStub('3.18.4')
    const value = '$(id) `id`; --privileged -v /:/host'
    const job = new JobRun({ cell: { ...legacyCell, env: { HOSTILE: value } }, workspace: workspaceWith() })
    expect(job.run('legacy', { path: [stub.bin] }).status).toBe(0)
    const [start] = stub.calls()
    expect(start?.env.HOSTILE).toBe(value)
    expect(start?.argv).not.toContain('--privileged')
    expect(start?.argv.join(' ')).not.toContain('$(id)')
  })
})

describe('check-workflow on hostile files', () => {
  const cli = join(repoRoot, 'dist/cli/index.js')
  const check = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'check-hostile-'))
    writeFileSync(join(dir, 'w.yml'), text)
    return spawnSync(process.execPath, [cli, 'check-workflow', join(dir, 'w.yml')], {
      encoding: 'utf8',
      timeout: 10_000
    })
  }

  test('an alias bomb is walked without expanding it', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)
    const result = check(
      `x: &l0 lol\n${levels.join('\n')}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n`
    )
    expect(result.status).toBe(0)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('a document that is not a map, and broken YAML, are clear problems or clean, never a crash', () => {
    for (const text of ['jobs:\n- 1\n- 2\n', 'jobs:\n  a: [\n', 'jobs: !!binary aGVsbG8=\n']) {
      const result = check(text)
      expect([0, 1]).toContain(result.status)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
