/**
 * Hostile inputs and events against the built sonar-scan bundle (issue 13 items 5, 6, 16, 18; issue 14's organization
 * case). Each case fails when its defense is removed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type LocalServer } from '../support/local-server.js'
import { fullLog, runBundle } from '../support/run-bundle.js'
import { buildScannerZip, readRecord, serveScanner, serveSonarApi, type ScannerZip } from '../sonar-scan/standins.js'
import { requireTools } from '../support/require-tools.js'

// beforeAll builds the scanner stand-in with zip; the action unpacks it with unzip.
const suite = requireTools(['zip', 'unzip'])

const TOKEN = 'squ_adversarial0123456789-token'
const SECRET = 'hunter2-Very-Secret-value'
let zip: ScannerZip
let server: LocalServer
let mirror: string

beforeAll(async () => {
  zip = buildScannerZip()
  server = await startServer()
  mirror = serveScanner(server, zip)
})
afterAll(() => server.close())

function scan(
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; event?: unknown; eventName?: string } = {}
) {
  const record = mkdtempSync(join(tmpdir(), 'scanner-record-'))
  return runBundle('sonar-scan', {
    inputs: {
      'host-url': server.url,
      'scanner-version': zip.version,
      'scanner-mirror': mirror,
      'scanner-sha256': zip.sha256,
      organization: 'aswf',
      ...inputs
    },
    env: { SONAR_TOKEN: TOKEN, SCANNER_RECORD: record, GITHUB_REF: 'refs/heads/main', ...extra.env },
    event: extra.event,
    eventName: extra.eventName,
    toolCache: mkdtempSync(join(tmpdir(), 'sonar-tool-cache-'))
  }).then(result => ({ result, record }))
}

/** What a reader of the job could see: the masked log, outputs, summary and every annotation (unmasked). */
function visible(result: Awaited<ReturnType<typeof runBundle>>): string {
  return [fullLog(result), JSON.stringify(result.outputs), result.summary, JSON.stringify(result.annotations)].join(
    '\n'
  )
}

suite('credential-carrying scanner properties are refused in every spelling and never printed', () => {
  test.each([
    ['-Dsonar.token=V'],
    ['-D sonar.token=V'],
    ['--define sonar.token=V'],
    ['--define=sonar.token=V'],
    ['-DSONAR.TOKEN=V'],
    ['-Dsonar.token =V'],
    ['-D\nsonar.token=V'],
    ['--define\nsonar.login=V'],
    ['-Dsonar.login=V'],
    ['-Dsonar.password=V'],
    ['-Dsonar.scanner.proxyPassword=V'],
    ['-Dsonar.scanner.truststorePassword=V'],
    ['-Dsonar.scanner.keystorePassword=V'],
    ['-Djavax.net.ssl.trustStorePassword=V'],
    ['-Djavax.net.ssl.keyStorePassword=V'],
    ['-Dhttp.proxyPassword=V'],
    ['-Dsonar.projectKey=x\n-X\n  -Dsonar.Token=V']
  ])('%j', async args => {
    const before = server.count('/dist/')
    const { result, record } = await scan({ args: args.replaceAll('V', SECRET) })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain("Input 'args'")
    expect(visible(result)).not.toContain(SECRET)
    // Refused before anything was downloaded or run.
    expect(server.count('/dist/')).toBe(before)
    expect(existsSync(join(record, 'argv'))).toBe(false)
  })

  test('control: an ordinary property whose name contains "token" still passes', async () => {
    const { result, record } = await scan({ args: '-Dsonar.tokenizer.mode=x' })
    expect(result.success).toBe(true)
    expect(readRecord(record).argv).toContain('-Dsonar.tokenizer.mode=x')
  })
})

suite('URL credentials are never printed', () => {
  test('scanner-mirror=http://user:pass@…: masked, redacted in the log and the summary', async () => {
    const withCredentials = mirror.replace('http://', `http://ci-user:${SECRET}@`)
    const { result } = await scan({ 'scanner-mirror': withCredentials }, { env: { RUNNER_DEBUG: '1' } })
    expect(result.success).toBe(true)
    expect(result.masks).toContain(SECRET)
    expect(visible(result)).not.toContain(SECRET)
    expect(result.steps.map(s => s.rawStdout).join('')).not.toMatch(new RegExp(`^(?!::add-mask::).*${SECRET}`, 'm'))
  })

  test('a failing download from such a mirror: the error shows the URL redacted', async () => {
    const broken = `${server.url.replace('http://', `http://ci-user:${SECRET}@`)}/missing`
    const { result } = await scan({ 'scanner-mirror': broken })
    expect(result.success).toBe(false)
    expect(visible(result)).not.toContain(SECRET)
    expect(result.annotations.filter(a => a.level === 'error')).toHaveLength(1)
  })

  test('a plain-http host-url off this machine is refused: the token would travel in clear text', async () => {
    const { result } = await scan({ 'host-url': 'http://sonar.example:9000' })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/Input 'host-url'.*an https URL/)
  })

  test('an invalid host-url with credentials: the input error shows it redacted', async () => {
    const { result } = await scan({ 'host-url': `ftp://ci-user:${SECRET}@sonar.example` })
    expect(result.success).toBe(false)
    expect(result.annotations.filter(a => a.level === 'error')[0]?.message).toContain("Input 'host-url'")
    expect(visible(result)).not.toContain(SECRET)
  })
})

suite('a missing compile-commands file is an input error before any download', () => {
  test('compile-commands: build/compile_commands.json that does not exist', async () => {
    const before = server.count('/dist/')
    const { result, record } = await scan({ 'compile-commands': 'build/compile_commands.json' })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain("Input 'compile-commands'")
    expect(server.count('/dist/')).toBe(before)
    expect(existsSync(join(record, 'argv'))).toBe(false)
  })
})

const forkPr = {
  number: 42,
  pull_request: {
    number: 42,
    head: { ref: 'patch-1', sha: 'b'.repeat(40), repo: { full_name: 'mallory/example' } },
    base: { ref: 'main', repo: { full_name: 'aswf-local/example' } }
  }
}

suite('pull_request_target from a fork with a token: a warning', () => {
  test('the scan runs and warns that the fork’s code can read the token', async () => {
    const { result } = await scan({}, { eventName: 'pull_request_target', event: forkPr })
    expect(result.success).toBe(true)
    const warnings = result.annotations.filter(a => a.level === 'warning')
    expect(warnings.some(w => w.message.includes('can read the token'))).toBe(true)
  })

  test('control: a same-repository pull request with a token: no such warning', async () => {
    const same = {
      ...forkPr,
      pull_request: {
        ...forkPr.pull_request,
        head: { ...forkPr.pull_request.head, repo: { full_name: 'aswf-local/example' } }
      }
    }
    const { result } = await scan({}, { eventName: 'pull_request', event: same })
    expect(result.annotations.filter(a => a.message.includes('can read the token'))).toEqual([])
  })
})

suite('SonarCloud organization keys are lowercase', () => {
  test('no organization on SonarCloud: the owner, lowercased', async () => {
    const { result, record } = await scan(
      { 'host-url': 'https://sonarcloud.io', organization: '' },
      { env: { GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr' } }
    )
    expect(result.success).toBe(true)
    expect(readRecord(record).argv).toContain('-Dsonar.organization=academysoftwarefoundation')
  })
})

suite('with RUNNER_DEBUG=1 every scanner argument is logged as debug, credentials never', () => {
  test('each argument once, as ::debug::', async () => {
    const { result, record } = await scan(
      { args: '-Dsonar.exclusions=**/third_party/**' },
      { env: { RUNNER_DEBUG: '1' } }
    )
    expect(result.success).toBe(true)
    const raw = result.steps.map(s => s.rawStdout).join('')
    for (const arg of readRecord(record).argv.filter(a => a.startsWith('-D')))
      expect(raw).toContain(`::debug::scanner argument: ${arg}`)
    expect(raw.split('\n').filter(line => line.includes(TOKEN) && !line.startsWith('::add-mask::'))).toEqual([])
  })
})

suite('the quality-gate poll sends the token only to the host-url origin', () => {
  test('a report-task.txt whose serverUrl names another server: that server sees no request', async () => {
    const elsewhere = await startServer()
    try {
      const api = serveSonarApi(server, 'pending-then-ok', 0)
      const { result } = await scan(
        { 'quality-gate': 'wait', 'quality-gate-timeout': '5' },
        { env: { SCANNER_SERVER_URL: elsewhere.url } }
      )
      expect(elsewhere.requests).toEqual([])
      expect(result.outputs['quality-gate']).toBe('OK')
      expect(api.authorizations.length).toBeGreaterThan(0)
    } finally {
      await elsewhere.close()
    }
  })
})
