// check-workflow's pure parts against the real metadata of this repository's actions and reusable workflows.
import { describe, expect, test } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWorkflow, ourActionName, ourWorkflowName } from './check.js'
import { choicesOf, loadInterfaces, workflowInterface } from './interfaces.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const interfaces = loadInterfaces(root)
const check = (source: string, inOurRepository = false) =>
  checkWorkflow(source, interfaces, { inOurRepository }).map(p => `${p.line}:${p.column} ${p.message}`)

describe('choicesOf: the accepted values a description lists', () => {
  test.each([
    ["'select' (a small job) or 'probe' (a step).", ['select', 'probe']],
    ["select: 'fallback' (run on it), 'skip' (decision=skip, for an if:) or 'fail'.", ['fallback', 'skip', 'fail']],
    ["select: where to look for runners: 'auto' (the org's), 'repo' or 'org'.", ['auto', 'repo', 'org']],
    ["The platform year: 2018..2027, CY2025, 'latest' (newest final year) or 'draft' (newest draft year).", undefined],
    ["probe: the ctest -E regex returned in ctest-exclude when no GPU is usable, e.g. 'gpu'.", undefined],
    ['Path of the spec.', undefined],
    [undefined, undefined]
  ])('%p', (description, expected) => {
    expect(choicesOf(description)).toEqual(expected)
  })
})

describe('which uses are ours', () => {
  test.each([
    ['aswf/ci-actions/build-matrix@v1', false, 'build-matrix'],
    ['aswf/ci-actions/build-matrix@0123456789abcdef0123456789abcdef01234567', false, 'build-matrix'],
    ['aswf/ci-actions/.github/actions/workflow-step@v1', false, '.github/actions/workflow-step'],
    ['./build-matrix', true, 'build-matrix'],
    ['./build-matrix', false, undefined],
    ['other/ci-actions/build-matrix@v1', false, undefined],
    ['aswf/ci-actions/build-matrix', false, undefined]
  ])('%p (in our repository: %p)', (uses, inOurs, expected) => {
    expect(ourActionName(uses, interfaces, { inOurRepository: inOurs })).toBe(expected)
  })

  test.each([
    ['aswf/ci-actions/.github/workflows/vfx-build.yml@v1', false, 'vfx-build.yml'],
    ['./.github/workflows/vfx-build.yml', true, 'vfx-build.yml'],
    ['./.github/workflows/build-steps.yml', false, undefined]
  ])('workflow %p', (uses, inOurs, expected) => {
    expect(ourWorkflowName(uses, { inOurRepository: inOurs })).toBe(expected)
  })
})

describe('checkWorkflow', () => {
  test('a correct use has no problems; expressions are not judged', () => {
    expect(
      check(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: m
        uses: aswf/ci-actions/build-matrix@v1
        with:
          spec-file: x.yml
          max-jobs: \${{ vars.N }}
      - run: echo "\${{ steps.m.outputs.matrix }}"
  b:
    uses: aswf/ci-actions/.github/workflows/vfx-build.yml@v1
    with:
      run-tests: \${{ github.event_name == 'push' }}
      ctest-timeout: 300
      gpu-fallback: build-only
    secrets: inherit
`)
    ).toEqual([])
  })

  test('positions are the line and column of the offending key or value', () => {
    expect(
      check(`jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: aswf/ci-actions/sonar-scan@v1
        with:
          tokn: x
`)
    ).toEqual([expect.stringMatching(/^7:11 job 'a' step 1: sonar-scan has no input 'tokn'/)])
  })

  test('./<action> is ours only inside this repository', () => {
    const source = 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./build-matrix\n        with: { nope: 1 }\n'
    expect(check(source, true)).toHaveLength(1)
    expect(check(source, false)).toEqual([])
  })

  test('a list or map given to an input is refused', () => {
    expect(
      check(
        'jobs:\n  a:\n    uses: aswf/ci-actions/.github/workflows/vfx-build.yml@v1\n    with:\n      cmake-args: [-DA=1]\n'
      )
    ).toEqual(["5:19 job 'a': vfx-build.yml: input 'cmake-args' takes one value, not a list"])
  })

  test('broken YAML is one problem at its position, not a crash', () => {
    expect(check('jobs:\n  a: [\n')[0]).toMatch(/^\d+:\d+ YAML: /)
  })

  test('required inputs and secrets of a reusable workflow', () => {
    const declared = workflowInterface(
      'x.yml',
      'on:\n  workflow_call:\n    inputs:\n      a: { type: string, required: true }\n    secrets:\n      S: { required: true }\n'
    )
    expect(declared?.inputs.a?.required).toBe(true)
    expect(declared?.secrets.S?.required).toBe(true)
    expect(workflowInterface('y.yml', 'on: push\njobs: {}\n')).toBeUndefined()
  })
})
