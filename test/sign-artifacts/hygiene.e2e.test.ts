/**
 * Secret hygiene: every method at once (GPG, Authenticode, macOS with fakes, Sigstore) with recognisable secret
 * values. None may appear, unmasked, in stdout or stderr, the outputs, the exported environment, the job summary
 * or any file left behind; after post nothing of the key material remains under RUNNER_TEMP.
 */
import { afterAll, beforeAll, expect } from '@jest/globals'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { everythingVisible, repoRoot, runBundle } from '../support/run-bundle.js'
import {
  APPLE_API_KEY,
  APPLE_P12_PASSWORD,
  GPG_PASSPHRASE,
  PFX_PASSWORD,
  buildPe,
  makeGpgKey,
  makePfx,
  newRoot,
  writeFiles,
  type GpgKey
} from './fixtures.js'
import { startSigstore, type SigstoreStandIn } from './sigstore-server.js'
import { requireToolsForTest } from '../support/require-tools.js'

const itReal = requireToolsForTest(['gpg', 'gpgconf', 'openssl', 'osslsigncode', 'x86_64-w64-mingw32-gcc'])

let key: GpgKey
let sigstore: SigstoreStandIn
const { root, workspace } = newRoot('hygiene')

beforeAll(async () => {
  key = makeGpgKey()
  sigstore = await startSigstore({
    repository: 'aswf-local/example',
    ref: 'refs/tags/v1',
    jobWorkflowRef: 'aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1'
  })
})
afterAll(async () => {
  await sigstore.server.close()
  rmSync(root, { recursive: true, force: true })
  rmSync(key.home, { recursive: true, force: true })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

itReal('no secret is visible anywhere and no key material is left', async () => {
  writeFiles(workspace, {
    'dist/app.tar.gz': 'app',
    'dist/mytool': Buffer.concat([Buffer.from('cffaedfe', 'hex'), Buffer.alloc(32)])
  })
  buildPe(join(workspace, 'dist'), 'tool.exe')
  const pfx = makePfx(root)
  rmSync(join(root, 'pass'))
  rmSync(join(root, 'code.key'))
  rmSync(join(workspace, 'dist/hello.c'))
  sigstore.writeTrustedRoot(join(root, 'trusted_root.json'))
  const calls = join(root, 'fake-calls.jsonl')
  writeFileSync(calls, '')
  const p12 = Buffer.from('p12-material-9d2c').toString('base64')
  const secrets = {
    'gpg-private-key': key.armored,
    'gpg-passphrase': GPG_PASSPHRASE,
    'windows-certificate': pfx.base64,
    'windows-certificate-password': PFX_PASSWORD,
    'apple-certificate': p12,
    'apple-certificate-password': APPLE_P12_PASSWORD,
    'apple-api-key': APPLE_API_KEY
  }
  const result = await runBundle('sign-artifacts', {
    root,
    inputs: {
      files: 'dist/*',
      ...secrets,
      'apple-notarize': 'true',
      'apple-api-key-id': 'KEYID',
      'apple-api-issuer': 'ISSUER',
      'timestamp-url': '',
      'sigstore-fulcio-url': sigstore.fulcioUrl,
      'sigstore-rekor-url': sigstore.rekorUrl,
      'sigstore-trusted-root': join(root, 'trusted_root.json'),
      'output-dir': 'signed'
    },
    env: {
      // Debug logging on: every tool invocation and decision is logged, and still no secret may show.
      RUNNER_DEBUG: '1',
      RUNNER_OS: 'macOS',
      FAKE_MACOS_LOG: calls,
      PATH: `${join(repoRoot, 'test/sign-artifacts/fake-macos/bin')}${delimiter}${process.env.PATH}`,
      ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.tokenUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.requestToken
    }
  })
  expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
  expect(result.outputs.verified).toBe('true')
  const summary = result.summary
  expect(summary).toContain('Windows Authenticode')
  expect(summary).toContain('macOS codesign')
  expect(summary).toContain('Sigstore')
  expect(summary).toContain('GPG')
  // Each tool invocation is logged (by sign-artifacts or by the toolkit's process runner), argv included.
  expect(result.steps[0]?.rawStdout).toMatch(/^::debug::(run: "gpg"|process start: .*gpg)/m)

  // Recognisable pieces: whole values, and each line of the multi-line key (the runner masks per line).
  const needles = [
    ...Object.values(secrets),
    ...key.armored.split('\n').filter(line => line.length > 20),
    sigstore.requestToken,
    sigstore.idToken,
    'QXBwbGVBcGlLZXktZDAwZGZlZWQ='
  ]
  const visible = everythingVisible(result).replace(/^::add-mask::.*$/gm, '')
  // The fakes' own record of `security -i` stdin is the test's evidence, not something the action left behind.
  const leftFiles = filesUnder(root).filter(path => path !== calls)
  const fileText = leftFiles.map(path => readFileSync(path).toString('latin1')).join('\n')
  for (const needle of needles) {
    expect(visible.includes(needle)).toBe(false)
    expect(fileText.includes(needle)).toBe(false)
  }
  // The fake tools saw no secret in their argv or environment.
  const recorded = readFileSync(calls, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as { argv: string[]; env: object })
  for (const call of recorded) {
    for (const needle of needles) expect(JSON.stringify([call.argv, call.env]).includes(needle)).toBe(false)
  }
  expect(readdirSync(result.temp)).toEqual([])
})
