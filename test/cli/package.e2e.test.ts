// The `ci-actions` command as its own npm package (@aswf/ci-actions, scripts/pack-cli.mjs): the packed tarball
// installs alone (one package, no dependency, nothing fetched) and runs matrix, probe-gpu and check-workflow
// outside this repository.
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

describe('the packed CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-actions-package-'))
  let bin = ''

  test('the tarball installs alone: one package, no dependencies, from the file only', () => {
    const tarball = execFileSync(process.execPath, [join(repoRoot, 'scripts/pack-cli.mjs'), '--out', dir], {
      encoding: 'utf8'
    }).trim()
    const project = join(dir, 'project')
    execFileSync('mkdir', ['-p', project])
    writeFileSync(join(project, 'package.json'), '{"name":"user-project","private":true}\n')
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: project,
      encoding: 'utf8'
    })
    expect(readdirSync(join(project, 'node_modules')).filter(n => !n.startsWith('.'))).toEqual(['@aswf'])
    expect(readdirSync(join(project, 'node_modules', '@aswf'))).toEqual(['ci-actions'])
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules', '@aswf', 'ci-actions', 'package.json'), 'utf8')
    ) as Record<string, unknown>
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.version).toBe(
      (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version
    )
    bin = join(project, 'node_modules', '.bin', 'ci-actions')
  }, 120_000)

  const run = (args: string[], cwd = dir) =>
    spawnSync(bin, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } })

  test('--help lists the four commands', () => {
    const help = run(['--help'])
    expect(help.status).toBe(0)
    for (const name of ['run', 'matrix', 'probe-gpu', 'check-workflow']) expect(help.stdout).toContain(`  ${name} `)
  })

  test('matrix --format gitlab prints the child pipeline the repository bundle prints', () => {
    writeFileSync(join(dir, 'spec.yml'), readFileSync(join(repoRoot, 'test/gitlab/specs/viskores.yml')))
    const result = run(['matrix', '--spec-file', 'spec.yml', '--format', 'gitlab'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const inRepository = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist/cli/index.js'), 'matrix', '--spec-file', 'spec.yml', '--format', 'gitlab'],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } }
    )
    expect(result.stdout).toBe(inRepository.stdout)
    expect(Object.keys(parse(result.stdout) as object).length).toBeGreaterThan(3)
  })

  test('probe-gpu prints dotenv lines', () => {
    const result = run(['probe-gpu'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^GPU_AVAILABLE=(true|false)$/m)
  })

  test('check-workflow validates against the metadata shipped in the package', () => {
    writeFileSync(
      join(dir, 'ci.yml'),
      [
        'on: push',
        'jobs:',
        '  m:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: aswf/ci-actions/build-matrix@v1',
        '        with: { no-such-input: 1 }',
        ''
      ].join('\n')
    )
    const result = run(['check-workflow', 'ci.yml'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('ci.yml:7:')
    expect(result.stdout).toContain('no-such-input')
  })
})
