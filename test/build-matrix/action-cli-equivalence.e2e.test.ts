// The action and `ci-actions matrix --format github` are one pipeline: over every spec in the repository's tests
// and docs (and specs made to fail or warn), on push and on pull_request, both built bundles must give the same
// matrix, the same located problems, the same warnings and the same failure line.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../gitlab/support.js'
import { realSpecTexts } from '../support/matrix-specs.js'
import { repoRoot, runBundle } from '../support/run-bundle.js'

const yamlFiles = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter(f => f.endsWith('.yml'))
    .map(f => readFileSync(join(repoRoot, dir, f), 'utf8'))

/** The README's YAML blocks that are matrix specs: a map whose keys are all keys of the spec schema. */
const specKeys = Object.keys(
  (JSON.parse(readFileSync(join(repoRoot, 'build-matrix', 'spec.schema.json'), 'utf8')) as { properties: object })
    .properties
)
const readmeSpecs = [...readFileSync(join(repoRoot, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(m => m[1]!)
  .filter(text => {
    const value: unknown = parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.keys(value).every(key => specKeys.includes(key))
      : false
  })

/** Specs made to go wrong in every way a report can: errors, warnings, notices, a legacy year, an empty matrix. */
const faulty = [
  'vfx-platform: [2019]\nos: [linux]\nproject: oiio\n',
  'vfx-platform: [2022, 2025]\nos: [linux]\nproject: openexr\n',
  'vfx-platform: [2025]\nos: [linux]\nexclude:\n  - os: windows\n',
  'vfx-platform: [2025]\nos: [linux]\nbackend: [serial, hip]\nprofiles:\n  pr:\n    backend: [serial]\n',
  'vfx-platform: [2025]\nos: [linux]\nprofiles:\n  pr:\n    os: [macos]\n',
  'vfx-platform: [2025\n',
  'vfx-platform: [2025]\nos: [linux]\ncompiler: { linux: [gcc, nosuchcc] }\nbuild-type: [Release, Bogus]\n'
]

const specs = [...new Set([...realSpecTexts(), ...yamlFiles('test/gitlab/specs'), ...readmeSpecs, ...faulty])]

interface Report {
  ok: boolean
  matrix?: unknown
  /** Located problems and unlocated warnings, each as `severity: text`, in order. */
  messages: string[]
  failure?: string
}

async function throughAction(spec: string, eventName: string): Promise<Report> {
  const workspace = mkdtempSync(join(tmpdir(), 'equivalence-'))
  try {
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'ci-matrix.yml'), spec)
    const result = await runBundle('build-matrix', { workspace, eventName, event: {} })
    const annotations = result.annotations.map(a => `${a.level}: ${a.message}`)
    const failure = result.success ? undefined : annotations.pop()?.replace(/^error: /, '')
    return {
      ok: result.success,
      matrix: result.success ? JSON.parse(result.outputs.matrix!) : undefined,
      messages: annotations,
      failure
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

function throughCli(spec: string, eventName: string): Report {
  const cwd = mkdtempSync(join(tmpdir(), 'equivalence-cli-'))
  try {
    mkdirSync(join(cwd, '.github'))
    writeFileSync(join(cwd, '.github', 'ci-matrix.yml'), spec)
    const result = runCli(['matrix', '--format', 'github'], { cwd, env: { GITHUB_EVENT_NAME: eventName } })
    const lines = result.stderr.split('\n').filter(Boolean)
    const failure = result.status === 0 ? undefined : lines.pop()?.replace(/^ci-actions matrix: /, '')
    return {
      ok: result.status === 0,
      matrix: result.status === 0 ? JSON.parse(result.stdout) : undefined,
      messages: lines.map(line => line.replace(/^\.github\/ci-matrix\.yml:\d+:\d+: /, '')),
      failure
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

describe('build-matrix action ≡ ci-actions matrix --format github', () => {
  test('the corpus holds real specs, README specs and failing ones', () => {
    expect(specs.length).toBeGreaterThanOrEqual(15)
    expect(readmeSpecs.length).toBeGreaterThan(0)
  })

  test.each(specs.flatMap((spec, i) => ['push', 'pull_request'].map(event => [i, event, spec] as const)))(
    'spec %i on %s',
    async (_i, event, spec) => {
      const [action, cli] = [await throughAction(spec, event), throughCli(spec, event)]
      expect(cli).toEqual(action)
    }
  )

  test('a spec error is an error on pull requests too (the whole spec is validated whatever the profile)', async () => {
    const spec = faulty[3]!
    for (const event of ['push', 'pull_request']) {
      const report = await throughAction(spec, event)
      expect(report.ok).toBe(false)
      expect(report.messages.join('\n')).toContain('runners.hip')
    }
  })

  test('one problem, one annotation: the failure line counts and points, it does not repeat the text', async () => {
    const report = await throughAction(faulty[0]!, 'push')
    expect(report.messages.filter(m => m.startsWith('error: '))).toHaveLength(1)
    expect(report.failure).toBe(
      'The matrix spec (.github/ci-matrix.yml) has 1 error, at line 1, each reported at its place.'
    )
  })

  test('the CentOS 7 warning of a CY2022 image is given by both', async () => {
    const cli = throughCli(faulty[1]!, 'push')
    expect(cli.ok).toBe(true)
    expect(cli.messages).toContainEqual(expect.stringMatching(/^warning: CY2022 Linux cells run in a CentOS 7/))
  })
})
