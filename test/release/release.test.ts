// The release workflow's script parts on a real local git repository: tags, changelog extraction, the major-tag
// plan, and the dist check (a rebuilt dist that differs from the commit is caught).
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'
// @ts-expect-error: a plain .mjs script without type declarations
import { extractNotes, parseTag, planRelease } from '../../scripts/release.mjs'
import { requireTools, requireToolsForTest } from '../support/require-tools.js'

const describeWithGit = requireTools(['git'])
const testWithGit = requireToolsForTest(['git'])

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' })
// stderr is captured (not passed through) so the expected failures do not read like real ones in the CI log.
const release = (cwd: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(cwd, 'scripts/release.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })

function repoWithTags(tags: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-'))
  mkdirSync(join(dir, 'scripts'))
  cpSync(join(repoRoot, 'scripts/release.mjs'), join(dir, 'scripts/release.mjs'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n')
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    '# Changelog\n\n## [1.1.0] - 2026-12-01\n- faster\n\n## [1.0.0] - 2026-11-23\n- first\n'
  )
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-qm', 'initial')
  for (const tag of tags) git(dir, 'tag', tag)
  return dir
}

describeWithGit('release plan on a real repository', () => {
  test('v1.0.0 on a fresh repository: the release and v1 created', () => {
    const dir = repoWithTags(['v1.0.0'])
    expect(JSON.parse(release(dir, 'plan', 'v1.0.0'))).toMatchObject({
      release: 'v1.0.0',
      majorTag: 'v1',
      moveMajor: true
    })
  })

  test('a newer minor moves v1; an older patch released later does not pull v1 back', () => {
    const dir = repoWithTags(['v1.0.0', 'v1', 'v1.1.0'])
    expect(JSON.parse(release(dir, 'plan', 'v1.1.0')).moveMajor).toBe(true)
    git(dir, 'tag', 'v1.0.1')
    const plan = JSON.parse(release(dir, 'plan', 'v1.0.1'))
    expect(plan.moveMajor).toBe(false)
    expect(plan.reason).toBe('v1.1.0 is newer than v1.0.1: v1 stays on v1.1.0')
  })

  test('a new major starts its own tag; pre-releases never move one', () => {
    expect(planRelease('v2.0.0', ['v1.0.0', 'v1.4.2', 'v1'])).toMatchObject({ majorTag: 'v2', moveMajor: true })
    expect(planRelease('v2.0.0-rc.1', ['v1.0.0'])).toMatchObject({ prerelease: true, moveMajor: false })
    expect(planRelease('v2.0.0', ['v2.0.0-rc.1'])).toMatchObject({ moveMajor: true })
  })

  test.each(['1.0.0', 'v1', 'v1.0', 'release-1.0.0', 'v1.0.0; rm -rf /'])('rejects the tag %j', tag => {
    expect(() => parseTag(tag)).toThrow(/not a release tag/)
  })
})

describe('release notes from CHANGELOG.md', () => {
  testWithGit('the section of the tag, without its heading, through the CLI', () => {
    const dir = repoWithTags(['v1.1.0'])
    expect(release(dir, 'notes', 'v1.1.0')).toBe('- faster\n')
    expect(release(dir, 'notes', 'v1.0.0')).toBe('- first\n')
  })
  test('a missing or empty section is an error naming what to add', () => {
    expect(() => extractNotes('## [1.0.0]\n- x\n', 'v1.2.0')).toThrow('add "## [1.2.0] - YYYY-MM-DD" first')
    expect(() => extractNotes('## [1.2.0]\n\n## [1.0.0]\n- x\n', 'v1.2.0')).toThrow(/empty/)
  })
  test('this repository’s own CHANGELOG.md has notes for its version', () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string
    expect(extractNotes(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8'), `v${version}`)).toContain(
      'setup-vfx-platform'
    )
  })
})

describeWithGit('dist check', () => {
  test('a committed bundle that differs from a fresh build is caught, an identical one passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-check-'))
    for (const path of ['scripts', 'cli', 'actions', 'packages', 'tsconfig.json', 'package.json']) {
      cpSync(join(repoRoot, path), join(dir, path), { recursive: true })
    }
    execFileSync('ln', ['-s', join(repoRoot, 'node_modules'), join(dir, 'node_modules')])
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n')
    git(dir, 'init', '-q')
    execFileSync(process.execPath, [join(dir, 'scripts/build.mjs')], { cwd: dir, stdio: 'ignore' })
    git(dir, 'add', '.')
    git(dir, 'commit', '-qm', 'with dist')
    expect(release(dir, 'check-dist')).toContain('identical to a fresh build')
    writeFileSync(join(dir, 'dist/cli/index.js'), '// hand-edited bundle\n')
    git(dir, 'commit', '-qam', 'tamper with dist')
    expect(() => release(dir, 'check-dist')).toThrow()
  }, 180000)
})
