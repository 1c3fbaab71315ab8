// vfx-plan.yml's plan job, run step by step as the runner runs it: the step scripts with the `env:` of the workflow
// file, the actions (build-matrix, gpu-runner-fallback) as their committed bundles through the local runner with the
// `with:` of the workflow file evaluated against the inputs and the earlier steps' outputs, then the job's outputs
// evaluated as the workflow declares them. A test breaks when the workflow stops passing something on.
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot, runBundle } from '../support/run-bundle.js'
import { JobRun, loadWorkflow, workspaceWith } from './workflow-steps.js'

const T4 = 'ubuntu-20.04-gpu-t4-4c-16g-176h'
// OSL-like: a CY2022 (CentOS 7) year, a CY2025 GPU cell, an OptiX cell naming the T4 label, a cell that skips tests.
const SPEC = `project: osl
vfx-platform: [2022, 2025]
gpu:
  - { vfx-platform: 2025 }
runners: { gpu: ${T4} }
include:
  - { name: optix, vfx-platform: 2026, runs-on: ${T4} }
  - { name: abi, vfx-platform: 2026, skip_tests: 1 }
`

interface PlanRun {
  ok: boolean
  failedStep?: string
  /** Every annotation line of every step, in order. */
  annotations: string[]
  outputs: Record<string, string>
  cells: Record<string, Record<string, unknown>>
}

async function runPlan(
  inputs: Record<string, string | boolean>,
  repository = 'AcademySoftwareFoundation/osl'
): Promise<PlanRun> {
  const workspace = workspaceWith({ '.github/ci-matrix.yml': SPEC })
  const job = new JobRun({ cell: {}, workspace, inputs }, 'plan', 'vfx-plan.yml')
  const annotations: string[] = []
  for (const step of job.steps) {
    const name = step.name ?? step.id ?? step.uses ?? ''
    if (step.uses?.startsWith('actions/checkout@')) continue // the workspace holds the spec already
    let ok: boolean
    if (step.uses?.includes('/.github/actions/workflow-step@')) {
      const result = job.run(String(step.with?.script).split('/')[1]!)
      annotations.push(...result.stdout.split('\n').filter(line => line.startsWith('::')))
      ok = result.status === 0
    } else {
      const action = /^aswf\/ci-actions\/([a-z-]+)@v1$/.exec(step.uses ?? '')?.[1]
      if (!action) throw new Error(`the test cannot run ${step.uses}`)
      const withInputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, job.evaluate(v)]))
      const result = await runBundle(action, {
        workspace,
        inputs: withInputs,
        env: { GITHUB_REPOSITORY: repository, GITHUB_API_URL: 'http://127.0.0.1:9' },
        eventName: 'push',
        event: {}
      })
      annotations.push(...result.annotations.map(a => `::${a.level}::${a.message}`))
      job.recordOutputs(step, result.outputs)
      ok = result.success
    }
    if (!ok) return { ok: false, failedStep: name, annotations, outputs: {}, cells: {} }
  }
  const declared = loadWorkflow('vfx-plan.yml').jobs.plan as unknown as { outputs: Record<string, string> }
  const outputs = Object.fromEntries(Object.entries(declared.outputs).map(([k, v]) => [k, job.evaluate(v)]))
  const cells = Object.fromEntries(
    (JSON.parse(outputs.matrix!) as { include: Record<string, unknown>[] }).include.map(c => [c.id as string, c])
  )
  return { ok: true, annotations, outputs, cells }
}

const gpuInputs = {
  'gpu-runner': T4,
  'gpu-runner-type': 'hosted',
  'gpu-allowed-owners': 'AcademySoftwareFoundation',
  'cell-skip-tests': 'skip_tests'
}

describe('vfx-plan.yml: the plan a project’s own build job consumes', () => {
  test('GPU routing, the legacy year on the host and the modes, from one spec, through the real actions', async () => {
    const plan = await runPlan(gpuInputs)
    expect(plan.ok).toBe(true)
    expect(plan.outputs).toMatchObject({ count: '4', 'is-empty': 'false', profile: 'full', 'gpu-decision': 'gpu' })
    expect(JSON.parse(plan.outputs.ids!)).toEqual(Object.keys(plan.cells))
    const gpuOptions = '--gpus all -e NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility'
    expect(plan.cells['linux-2025-gcc-release']).toMatchObject({
      'runs-on': T4,
      container: 'aswf/ci-osl:2025',
      'container-options': gpuOptions,
      'gpu-route': 'gpu',
      'gpu-probe': 'require',
      mode: 'full'
    })
    expect(plan.cells['linux-2026-gcc-release-optix']).toMatchObject({ 'runs-on': T4, 'gpu-route': 'gpu' })
    expect(plan.cells['linux-2022-gcc-release']).toMatchObject({
      'runs-on': 'ubuntu-24.04',
      container: '',
      image: 'aswf/ci-osl:2022',
      'legacy-glibc': true,
      'gpu-route': 'none',
      mode: 'full'
    })
    expect(plan.cells['linux-2026-gcc-release-abi']).toMatchObject({ skip_tests: 1, mode: 'build-only' })
    expect(plan.annotations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::notice title=Legacy containers::Cells linux-2022-gcc-release use/)
      ])
    )
  })

  test('a fork’s repository (another owner): the GPU cells fall back with one notice, gpu-fallback applied', async () => {
    const plan = await runPlan({ ...gpuInputs, 'gpu-fallback': 'build-only' }, 'mallory/osl')
    expect(plan.outputs['gpu-decision']).toBe('fallback')
    for (const id of ['linux-2025-gcc-release', 'linux-2026-gcc-release-optix'])
      expect(plan.cells[id]).toMatchObject({ 'runs-on': 'ubuntu-latest', 'gpu-route': 'fallback', mode: 'build-only' })
    expect(plan.annotations.filter(a => a.includes('did not get'))).toHaveLength(1)
  })

  test('no gpu-runner: every cell keeps its runs-on, no selection is made', async () => {
    const plan = await runPlan({})
    expect(plan.outputs['gpu-decision']).toBe('none')
    expect(plan.cells['linux-2026-gcc-release-optix']).toMatchObject({ 'runs-on': T4, 'gpu-route': 'none' })
    expect(plan.cells['linux-2025-gcc-release']).toMatchObject({
      'runs-on': T4,
      'gpu-route': 'fallback',
      mode: 'cpu-tests'
    })
  })

  test('legacy-years refuse: the plan fails and names the cells', async () => {
    const plan = await runPlan({ 'legacy-years': 'refuse' })
    expect(plan).toMatchObject({ ok: false, failedStep: 'Legacy (CentOS 7) years' })
    expect(plan.annotations.filter(a => a.startsWith('::error'))).toEqual([
      expect.stringContaining('Cells linux-2022-gcc-release use CY2022-or-older CentOS 7 images')
    ])
  })

  test.each([
    ['matrix-spec', '../elsewhere.yml', 'a relative path inside the repository'],
    ['legacy-years', 'ignore', "'docker' or 'refuse'"],
    ['gpu-fallback', 'cpu', "'build-only', 'cpu-tests' or 'skip'"],
    ['gpu-runner-type', 'cloud', "'auto', 'hosted' or 'self-hosted'"],
    ['gpu-runner-kind', 'tpu', "'gpu' (a GPU runner) or 'cpu'"],
    ['cell-skip-tests', 'a b', 'the name of a cell key'],
    ['gpu-allowed-owners', 'a;b', 'GitHub owner names']
  ])('input %s: %p is one error naming it, before anything runs', async (input, value, accepted) => {
    const plan = await runPlan({ [input]: value })
    expect(plan).toMatchObject({ ok: false, failedStep: 'Check the inputs' })
    expect(plan.annotations).toEqual([
      expect.stringContaining(
        `::error title=vfx-plan input ${input}::${input}: '${value}' is not accepted; expected ${accepted}`
      )
    ])
  })

  test('self-hosted with fork pull requests allowed is refused', async () => {
    const plan = await runPlan({ 'gpu-runner-type': 'self-hosted', 'gpu-allow-fork-pull-requests': true })
    expect(plan.annotations).toEqual([expect.stringContaining('vfx-plan input gpu-allow-fork-pull-requests')])
  })
})

describe('vfx-plan.yml as a workflow', () => {
  const text = readFileSync(join(repoRoot, '.github/workflows/vfx-plan.yml'), 'utf8')
  const workflow = parse(text) as { on: { workflow_call: { inputs: Record<string, unknown>; outputs: object } } }

  test('it offers the outputs of the plan contract and the GPU inputs vfx-build.yml has', () => {
    expect(Object.keys(workflow.on.workflow_call.outputs)).toEqual(
      expect.arrayContaining(['matrix', 'count', 'is-empty', 'gpu-decision'])
    )
    const build = parse(readFileSync(join(repoRoot, '.github/workflows/vfx-build.yml'), 'utf8')) as typeof workflow
    const gpuInputs = Object.keys(build.on.workflow_call.inputs).filter(name => name.startsWith('gpu-'))
    expect(Object.keys(workflow.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining([...gpuInputs, 'matrix-spec', 'legacy-years', 'profile', 'run-tests', 'cell-skip-tests'])
    )
  })

  test('the routing rule is nowhere in the workflow: no expression reads a cell’s gpu or runs-on', () => {
    const code = text
      .split('\n')
      .filter(line => !line.trim().startsWith('#'))
      .join('\n')
    expect(code).not.toMatch(/\$\{\{[^}]*(matrix\.(gpu|runs-on)|fromJSON)/)
  })

  test('a project’s own job consuming the plan is clean for check-workflow', () => {
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist/cli/index.js'), 'check-workflow', 'test/workflows/plan-consumer.yml'],
      { cwd: repoRoot, encoding: 'utf8' }
    )
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })
})
