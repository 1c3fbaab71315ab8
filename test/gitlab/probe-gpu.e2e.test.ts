/**
 * `ci-actions probe-gpu --format dotenv`, end to end: the built CLI with fake nvidia-smi executables on PATH (the
 * gpu-runner-fallback fixtures), compared output for output with the action's own probe on the same machine.
 * And the CLI outside this repository: the bundle folder alone, in a temporary directory, with only Node.js.
 */
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { runBundle } from '../support/run-bundle.js'
import { fakeNvidiaSmi, pathWith, type NvidiaSmiCase } from '../gpu-runner-fallback/fake-tools.js'
import { PROBE_OUTPUT_NAMES } from '../../actions/gpu-runner-fallback/probe-gpu.js'
import { dotenvKey } from '../../cli/src/gitlab/dotenv.js'
import { cliBundle, gitlabSchemaErrors, parseAsGitlab, runCli, specsDir } from './support.js'

function parseDotenv(text: string): Record<string, string> {
  const lines = text.split('\n').slice(0, -1)
  for (const line of lines) expect(line).toMatch(/^[A-Za-z0-9_]+=[^\n]*$/)
  return Object.fromEntries(lines.map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
}

describe('probe-gpu --format dotenv: the action probe, as dotenv lines', () => {
  test.each<[NvidiaSmiCase, Record<string, string>]>([
    ['h100', { 'min-compute-capability': '8.0' }],
    ['t4', { 'min-compute-capability': '8.0', 'gpu-test-regex': 'gpu|nanovdb_cuda' }],
    ['two-gpus', { 'min-memory-mb': '20000' }],
    ['old-driver-470', {}],
    ['no-devices', {}],
    ['version-mismatch', {}]
  ])('%s %j: every output equals the action output', async (fixture, inputs) => {
    const path = pathWith(fakeNvidiaSmi(fixture))
    const action = await runBundle('gpu-runner-fallback', {
      inputs: { mode: 'probe', 'timeout-seconds': '5', ...inputs },
      env: { PATH: path }
    })
    expect(action.success).toBe(true)
    const args = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
    const cli = runCli(['probe-gpu', '--format', 'dotenv', '--timeout-seconds', '5', ...args], { env: { PATH: path } })
    expect(cli.status).toBe(0)
    const expected = Object.fromEntries(PROBE_OUTPUT_NAMES.map(name => [dotenvKey(name), action.outputs[name]]))
    expect(parseDotenv(cli.stdout)).toEqual(expected)
    expect(cli.stderr).toMatch(/^ci-actions probe-gpu: /)
  })

  test('the dotenv keys are the action.yml probe outputs, GPU_ and upper case', () => {
    const metadata = parse(
      readFileSync(join(dirname(cliBundle), '..', '..', 'gpu-runner-fallback', 'action.yml'), 'utf8')
    ) as { outputs: Record<string, { description: string }> }
    const probeOutputs = Object.entries(metadata.outputs).filter(([, output]) =>
      output.description.startsWith('probe:')
    )
    expect(probeOutputs.map(([name]) => name)).toEqual([...PROBE_OUTPUT_NAMES])
    expect(PROBE_OUTPUT_NAMES.map(name => dotenvKey(name))).toEqual([
      'GPU_AVAILABLE',
      'GPU_VENDOR',
      'GPU_COUNT',
      'GPU_NAME',
      'GPU_DRIVER_VERSION',
      'GPU_CUDA_VERSION',
      'GPU_COMPUTE_CAPABILITY',
      'GPU_MEMORY_MB',
      'GPU_CTEST_EXCLUDE'
    ])
  })

  test('dotenv is the default (and only) format: no --format gives the same lines', () => {
    const env = { PATH: pathWith(fakeNvidiaSmi('no-devices')) }
    const plain = runCli(['probe-gpu'], { env })
    expect(plain.status).toBe(0)
    expect(plain.stdout).toBe(runCli(['probe-gpu', '--format', 'dotenv'], { env }).stdout)
    expect(parseDotenv(plain.stdout)).toMatchObject({ GPU_AVAILABLE: 'false' })
  })

  test('--require: the lines are still written, then exit 1 when no GPU is usable', () => {
    const cli = runCli(['probe-gpu', '--format', 'dotenv', '--require'], {
      env: { PATH: pathWith(fakeNvidiaSmi('no-devices')) }
    })
    expect(cli.status).toBe(1)
    expect(parseDotenv(cli.stdout)).toMatchObject({ GPU_AVAILABLE: 'false', GPU_CTEST_EXCLUDE: 'gpu|cuda|optix' })
    expect(cli.stderr).toContain('a usable GPU is required')
  })

  test.each([
    [['probe-gpu', '--format', 'json'], "--format has the value 'json': expected dotenv."],
    [
      ['probe-gpu', '--format', 'dotenv', '--min-compute-capability', 'sm_80'],
      "--min-compute-capability has the value 'sm_80'"
    ],
    [['probe-gpu', '--format', 'dotenv', '--gpu-test-regex', '('], "--gpu-test-regex has the value '('"],
    [['probe-gpu', '--format', 'dotenv', '--timeout-seconds', '0'], "--timeout-seconds has the value '0'"]
  ])('%j: one message, exit 2', (args, message) => {
    const cli = runCli(args)
    expect(cli.status).toBe(2)
    expect(cli.stdout).toBe('')
    expect(cli.stderr).toContain(message)
  })
})

describe('the CLI outside this repository (only Node.js and the bundle folder)', () => {
  test('matrix and probe-gpu run from a temporary directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-actions-outside-'))
    cpSync(dirname(cliBundle), join(dir, 'ci-actions'), { recursive: true })
    writeFileSync(join(dir, 'ci-matrix.yml'), readFileSync(join(specsDir, 'viskores.yml')))
    const bundle = join(dir, 'ci-actions', 'index.js')
    const inside = runCli(['matrix', '--spec-file', join(specsDir, 'viskores.yml'), '--format', 'gitlab'])
    const outside = runCli(['matrix', '--spec-file', 'ci-matrix.yml', '--format', 'gitlab'], { cwd: dir, bundle })
    expect(outside.stderr).toBe('')
    expect(outside.status).toBe(0)
    expect(gitlabSchemaErrors(parseAsGitlab(outside.stdout))).toEqual([])
    // The same pipeline; only the spec's name in the header differs.
    const body = (text: string) => text.split('\n').slice(1).join('\n')
    expect(body(outside.stdout)).toEqual(body(inside.stdout))
    const probe = runCli(['probe-gpu', '--format', 'dotenv'], {
      cwd: dir,
      bundle,
      env: { PATH: pathWith(fakeNvidiaSmi('h100')) }
    })
    expect(probe.status).toBe(0)
    expect(probe.stdout).toContain('GPU_NAME=NVIDIA H100 80GB HBM3\n')
  })
})
