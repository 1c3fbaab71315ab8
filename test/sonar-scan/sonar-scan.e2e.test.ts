/**
 * End-to-end: the committed dist/sonar-scan bundle through the local runner, a scanner stand-in zip downloaded
 * from 127.0.0.1, and a SonarQube Web API stand-in. Rebuild first: `npm run build -- sonar-scan`.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type LocalServer } from '../support/local-server.js'
import { fullLog, runBundle } from '../support/run-bundle.js'
import {
  buildScannerZip,
  readRecord,
  serveScanner,
  serveSonarApi,
  type GateScenario,
  type ScannerZip
} from './standins.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools(['zip', 'unzip'])

const TOKEN = 'squ_0123456789abcdef-secret-token'
let zip: ScannerZip

beforeAll(() => {
  zip = buildScannerZip()
})

interface Fixture {
  server: LocalServer
  mirror: string
  record: string
  toolCache: string
}

async function fixture(): Promise<Fixture> {
  const server = await startServer()
  return {
    server,
    mirror: serveScanner(server, zip),
    record: mkdtempSync(join(tmpdir(), 'scanner-record-')),
    toolCache: mkdtempSync(join(tmpdir(), 'sonar-tool-cache-'))
  }
}

function scan(
  f: Fixture,
  inputs: Record<string, string> = {},
  extra: { env?: Record<string, string>; event?: unknown; eventName?: string } = {}
) {
  return runBundle('sonar-scan', {
    inputs: {
      'host-url': f.server.url,
      'scanner-version': zip.version,
      'scanner-mirror': f.mirror,
      'scanner-sha256': zip.sha256,
      organization: 'aswf',
      ...inputs
    },
    env: { SONAR_TOKEN: TOKEN, SCANNER_RECORD: f.record, ...extra.env },
    event: extra.event,
    eventName: extra.eventName,
    toolCache: f.toolCache
  })
}

describeWithTools('sonar-scan on a branch push', () => {
  let f: Fixture
  beforeAll(async () => {
    f = await fixture()
  })
  afterAll(() => f.server.close())

  it('downloads the verified scanner, runs it with branch parameters and the token only in its environment', async () => {
    const result = await scan(f, {}, { env: { GITHUB_REF: 'refs/heads/release/3.1', GITHUB_SHA: 'a'.repeat(40) } })
    expect(fullLog(result)).not.toContain('Unexpected error')
    expect(result.success).toBe(true)
    const { argv, env, cwd } = readRecord(f.record)
    expect(argv).toEqual(
      expect.arrayContaining([
        `-Dsonar.host.url=${f.server.url}`,
        '-Dsonar.organization=aswf',
        '-Dsonar.projectKey=aswf-local_example',
        `-Dsonar.projectBaseDir=${result.workspace}`,
        '-Dsonar.branch.name=release/3.1',
        `-Dsonar.scm.revision=${'a'.repeat(40)}`
      ])
    )
    expect(argv.some(arg => arg.includes('pullrequest'))).toBe(false)
    expect(argv.join('\n')).not.toContain(TOKEN)
    expect(env.SONAR_TOKEN).toBe(TOKEN)
    expect(env.SONAR_HOST_URL).toBe(f.server.url)
    expect(Object.keys(env).filter(name => name.startsWith('INPUT_'))).toEqual([])
    expect(cwd).toBe(result.workspace)
    expect(result.outputs).toMatchObject({
      skipped: 'false',
      'dashboard-url': `${f.server.url}/dashboard?id=demo&branch=main`,
      'task-url': `${f.server.url}/api/ce/task?id=task-1`,
      'quality-gate': ''
    })
    expect(result.masks).toContain(TOKEN)
    expect(fullLog(result)).not.toContain(TOKEN)
    expect(result.summary).not.toContain(TOKEN)
    expect(JSON.stringify(result.outputs)).not.toContain(TOKEN)
    expect(result.summary).toContain('SonarQube analysis')
    expect(result.summary).toContain('branch release/3.1')
    expect(result.summary).toContain(`${zip.version} linux-x64 (download)`)
    expect(f.server.count(`/dist/${zip.fileName}`)).toBe(1)
  })

  it('finds the scanner in the tool cache on the second run: no download', async () => {
    const before = f.server.count('/dist/')
    const result = await scan(f)
    expect(result.success).toBe(true)
    expect(f.server.count('/dist/')).toBe(before)
    expect(fullLog(result)).toContain('from tool-cache')
    expect(result.summary).toContain('(tool-cache)')
    expect(existsSync(join(f.toolCache, 'sonar-scanner-cli', zip.version, 'linux-x64.complete'))).toBe(true)
  })

  it('passes every args line to the scanner as one literal argument, after its own and overriding them', async () => {
    const tricky = [
      '-Dsonar.projectName=My Project "quoted" \'single\'',
      '-Dsonar.exclusions=$(touch /tmp/pwned-by-sonar-args);rm -rf /',
      '-Dsonar.links.ci=`id` && echo $HOME | cat',
      '-Dsonar.projectKey=custom_key'
    ]
    const result = await scan(f, { args: ['# a comment line', ...tricky].join('\n') })
    expect(result.success).toBe(true)
    const { argv } = readRecord(f.record)
    expect(argv.slice(-tricky.length)).toEqual(tricky)
    expect(argv).not.toContain('-Dsonar.projectKey=aswf-local_example')
    expect(argv).not.toContain('# a comment line')
    expect(existsSync('/tmp/pwned-by-sonar-args')).toBe(false)
  })

  it('refuses a token passed in args', async () => {
    const result = await scan(f, { args: '-Dsonar.token=abc123' })
    expect(result.success).toBe(false)
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: expect.stringContaining('credentials must not be passed on the command line')
    })
  })

  it('fails clearly without a token on a branch (not a fork: that would be a silent false green)', async () => {
    const result = await scan(f, {}, { env: { SONAR_TOKEN: '' } })
    expect(result.success).toBe(false)
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: expect.stringContaining('No SonarQube token for branch main')
    })
  })
})

describeWithTools('sonar-scan on pull requests', () => {
  let f: Fixture
  beforeAll(async () => {
    f = await fixture()
  })
  afterAll(() => f.server.close())

  const pullRequest = (headRepo: string) => ({
    pull_request: {
      number: 42,
      head: { ref: 'feature/faster-io', sha: 'b'.repeat(40), repo: { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'aswf-local/example' } }
    }
  })

  it('sets the pull request parameters from the event payload', async () => {
    const result = await scan(
      f,
      {},
      { eventName: 'pull_request', event: pullRequest('aswf-local/example'), env: { GITHUB_REF: 'refs/pull/42/merge' } }
    )
    expect(result.success).toBe(true)
    const { argv } = readRecord(f.record)
    expect(argv).toEqual(
      expect.arrayContaining([
        '-Dsonar.pullrequest.key=42',
        '-Dsonar.pullrequest.branch=feature/faster-io',
        '-Dsonar.pullrequest.base=main',
        `-Dsonar.scm.revision=${'b'.repeat(40)}`
      ])
    )
    expect(argv.some(arg => arg.startsWith('-Dsonar.branch.name'))).toBe(false)
  })

  it('skips green with a notice and a summary on a fork pull request without a token', async () => {
    const downloads = f.server.count('/dist/')
    const result = await scan(
      f,
      {},
      { eventName: 'pull_request', event: pullRequest('contributor/example'), env: { SONAR_TOKEN: '' } }
    )
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({ skipped: 'true', 'quality-gate': '' })
    expect(fullLog(result)).toMatch(/::notice::SonarQube analysis skipped/)
    expect(result.summary).toContain('SonarQube analysis skipped')
    expect(result.summary).toContain('fork contributor/example')
    expect(f.server.count('/dist/')).toBe(downloads)
  })

  it('fails a fork pull request without a token when skip-without-token is false', async () => {
    const result = await scan(
      f,
      { 'skip-without-token': 'false' },
      { eventName: 'pull_request', event: pullRequest('contributor/example'), env: { SONAR_TOKEN: '' } }
    )
    expect(result.success).toBe(false)
    expect(result.outputs.skipped).toBeUndefined()
  })
})

describeWithTools('sonar-scan scanner integrity', () => {
  let f: Fixture
  beforeAll(async () => {
    f = await fixture()
  })
  afterAll(() => f.server.close())

  it('fails on a checksum mismatch and installs and runs nothing', async () => {
    // The mirror serves our stand-in under the name of a pinned release: its bytes cannot match the pin.
    serveScanner(f.server, zip, 'sonar-scanner-cli-8.1.0.6389-linux-x64.zip')
    const result = await scan(f, { 'scanner-version': '8.1.0.6389', 'scanner-sha256': '' })
    expect(result.success).toBe(false)
    expect(result.annotations).toContainEqual({ level: 'error', message: expect.stringContaining('sha256 mismatch') })
    expect(existsSync(join(f.toolCache, 'sonar-scanner-cli', '8.1.0.6389'))).toBe(false)
    expect(readdirSync(f.record)).toEqual([])
  })

  it('refuses a platform with no pinned checksum unless one is given', async () => {
    const result = await scan(
      f,
      { 'scanner-version': '8.1.0.6389', 'scanner-sha256': '' },
      { env: { RUNNER_ARCH: 'ARM64' } }
    )
    expect(result.success).toBe(false)
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: expect.stringContaining('No sha256 is pinned for sonar-scanner-cli 8.1.0.6389 on linux-aarch64')
    })
  })

  it('rejects a bad input with one error line naming it', async () => {
    const result = await scan(f, { coverage: 'lcov' })
    expect(result.success).toBe(false)
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message:
          "Input 'coverage' has the value 'lcov': expected one of 'auto', 'gcov', 'llvm-cov', 'coverage-xml', 'none'."
      }
    ])
  })
})

describeWithTools('sonar-scan quality gate', () => {
  const cases: { scenario: GateScenario; success: boolean; gate?: string; message?: string }[] = [
    { scenario: 'pending-then-ok', success: true, gate: 'OK' },
    { scenario: 'no-gate', success: true, gate: 'NONE' },
    {
      scenario: 'error',
      success: false,
      gate: 'ERROR',
      message: 'Quality gate failed for aswf-local_example: new_coverage = 42.0 (must be at least 80)'
    },
    { scenario: 'task-failed', success: false, message: 'ended FAILED: Unsupported language plugin' },
    { scenario: 'never-finishes', success: false, message: 'Timed out after 2 s waiting for the quality gate' }
  ]
  it.each(cases)('$scenario', async ({ scenario, success, gate, message }) => {
    const f = await fixture()
    try {
      const api = serveSonarApi(f.server, scenario)
      const result = await scan(f, { 'quality-gate': 'wait', 'quality-gate-timeout': '2' })
      expect(result.success).toBe(success)
      if (gate) expect(result.outputs['quality-gate']).toBe(gate)
      if (message)
        expect(result.annotations).toContainEqual({ level: 'error', message: expect.stringContaining(message) })
      expect(f.server.count('/api/ce/task')).toBeGreaterThanOrEqual(scenario === 'never-finishes' ? 5 : 3)
      expect(api.authorizations.every(value => value === `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`)).toBe(
        true
      )
      if (gate) expect(result.summary).toContain(gate)
    } finally {
      await f.server.close()
    }
  })
})
