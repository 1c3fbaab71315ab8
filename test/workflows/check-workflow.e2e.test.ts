// Issue 14 item 5: `ci-actions check-workflow` (the built CLI bundle, as `npx ci-actions` runs it) over the consumer
// workflows in test/consumers (clean), this repository's workflows (clean) and deliberately broken fixtures
// (each problem at its file:line:col, exit 1).
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'

const cli = join(repoRoot, 'dist/cli/index.js')
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, 'check-workflow', ...args], { cwd: repoRoot, encoding: 'utf8' })

describe('check-workflow over the consumer workflows and broken fixtures', () => {
  test('the consumer workflows and this repository’s workflows are clean', () => {
    const result = run('test/consumers', '.github/workflows')
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^\d+ workflow file\(s\) checked, 0 problem\(s\)\n$/)
    expect(Number(/^(\d+)/.exec(result.stderr)?.[1])).toBeGreaterThanOrEqual(10)
    expect(result.status).toBe(0)
  })

  test('broken workflows: every problem with file:line:col, exit 1', () => {
    const result = run('test/fixtures/workflows/check-workflow')
    const a = 'test/fixtures/workflows/check-workflow/broken-actions.yml'
    const r = 'test/fixtures/workflows/check-workflow/broken-reusable.yml'
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${a}:7:16: build-matrix (step 'matrix') has no output 'cell-ids' (outputs: matrix, count, is-empty, ids, profile)`,
      `${a}:12:11: job 'plan' step 'matrix': build-matrix has no input 'spec-flie' (inputs: spec, spec-file, profile, max-jobs)`,
      `${a}:16:17: job 'plan' step 'gpu': gpu-runner-fallback: input 'mode' accepts 'select', 'probe', not 'detect'`,
      `${a}:17:25: job 'plan' step 'gpu': gpu-runner-fallback: input 'require-idle' is a boolean: give true or false, not 'sometimes'`,
      `${a}:19:15: job 'plan' step 3: setup-vfx-platform requires input 'vfx-platform'`,
      `${a}:20:15: job 'plan' step 4: no action build-matrx in aswf/ci-actions`,
      `${a}:25:57: job 'plan' declares no output 'count'`,
      expect.stringMatching(
        new RegExp(`^${r}:6:7: job 'ci': vfx-build.yml has no input 'matrix_spec' \\(inputs: matrix-spec, `)
      ),
      `${r}:7:18: job 'ci': vfx-build.yml: input 'run-tests' is a boolean: give true or false, not 'yes'`,
      `${r}:8:22: job 'ci': vfx-build.yml: input 'ctest-timeout' is a number, not 'ten'`,
      `${r}:9:21: job 'ci': vfx-build.yml: input 'gpu-fallback' accepts 'cpu-tests', 'build-only', 'skip', not 'cpu'`,
      `${r}:12:7: job 'ci': vfx-build.yml has no secret 'SONAR' (secrets: SONAR_TOKEN, RUNNER_ADMIN_TOKEN)`,
      `${r}:14:11: job 'sign': no reusable workflow no-such.yml in aswf/ci-actions`,
      `${r}:19:24: job 'ci' (vfx-build.yml) has no output 'matrix' (outputs: none)`
    ])
    expect(result.status).toBe(1)
  })

  test('a missing file, no argument, or a huge file: exit 2 with a message, no stack trace', () => {
    const missing = run('no/such.yml')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('no/such.yml: no such file or folder\n')
    const none = run()
    expect(none.status).toBe(2)
    expect(none.stderr).toContain("see 'ci-actions check-workflow --help'")
    const dir = mkdtempSync(join(tmpdir(), 'check-workflow-'))
    writeFileSync(join(dir, 'huge.yml'), `jobs:\n${'#'.repeat(2 * 1024 * 1024)}\n`)
    const huge = run(join(dir, 'huge.yml'))
    expect(huge.status).toBe(2)
    expect(huge.stderr).toContain('larger than')
    expect(huge.stderr).not.toMatch(/\n\s+at /)
  })
})
