import { describe, expect, it } from '@jest/globals'
import { isAuthenticodeTarget, isMacTarget, planSigning, type PlanInput } from './plan.js'

const base: PlanInput = {
  os: 'Linux',
  checksums: 'sha256',
  sigstore: 'auto',
  hasIdToken: false,
  gpgKey: false,
  windowsCertificate: false,
  appleCertificate: false,
  appleNotarize: false,
  appleApiKey: false,
  skipWithoutCredentials: true,
  authenticodeTargets: 0,
  macTargets: 0
}

describe('planSigning', () => {
  it.each<[string, Partial<PlanInput>, string[], string[]]>([
    ['nothing configured (a fork PR)', {}, ['checksums'], ['gpg', 'sigstore']],
    [
      'everything on Linux',
      { gpgKey: true, hasIdToken: true, windowsCertificate: true, authenticodeTargets: 2 },
      ['authenticode', 'checksums', 'gpg', 'sigstore'],
      []
    ],
    ['sigstore false is not a skip', { sigstore: 'false', gpgKey: true }, ['checksums', 'gpg'], []],
    ['checksums none', { checksums: 'none', gpgKey: true }, ['gpg'], ['sigstore']],
    [
      'certificate but no PE files',
      { windowsCertificate: true, gpgKey: true },
      ['checksums', 'gpg'],
      ['authenticode', 'sigstore']
    ],
    [
      'PE files without certificate',
      { authenticodeTargets: 1, gpgKey: true },
      ['checksums', 'gpg'],
      ['authenticode', 'sigstore']
    ],
    [
      'Apple certificate off macOS',
      { appleCertificate: true, gpgKey: true, macTargets: 0 },
      ['checksums', 'gpg'],
      ['codesign', 'sigstore']
    ],
    [
      'macOS sign and notarize',
      { os: 'macOS', appleCertificate: true, appleNotarize: true, appleApiKey: true, macTargets: 1, gpgKey: true },
      ['codesign', 'notarize', 'checksums', 'gpg'],
      ['sigstore']
    ],
    [
      'macOS notarize without API key',
      { os: 'macOS', appleCertificate: true, appleNotarize: true, macTargets: 1, gpgKey: true },
      ['codesign', 'checksums', 'gpg'],
      ['notarize', 'sigstore']
    ],
    [
      'macOS certificate, nothing to sign',
      { os: 'macOS', appleCertificate: true, gpgKey: true },
      ['checksums', 'gpg'],
      ['codesign', 'sigstore']
    ]
  ])('%s', (_, overrides, methods, skipped) => {
    const plan = planSigning({ ...base, ...overrides })
    expect(plan.methods).toEqual(methods)
    expect(plan.skipped.map(s => s.method)).toEqual(skipped)
  })

  it('without skip-without-credentials, lists every missing secret in one error', () => {
    expect(() => planSigning({ ...base, skipWithoutCredentials: false, authenticodeTargets: 1 })).toThrow(
      "Missing credentials and 'skip-without-credentials' is false: Windows Authenticode: 1 Windows file(s) to sign but 'windows-certificate' is empty; GPG: 'gpg-private-key' is empty."
    )
  })

  it.each([true, false])('sigstore true without a token fails (skip-without-credentials %s)', skip => {
    expect(() => planSigning({ ...base, skipWithoutCredentials: skip, sigstore: 'true', gpgKey: true })).toThrow(
      "Input 'sigstore' is 'true' but the job has no OIDC token"
    )
    expect(planSigning({ ...base, sigstore: 'true', hasIdToken: true }).methods).toContain('sigstore')
  })

  it('sigstore auto without a token stays a notice even when skipping is off', () => {
    const plan = planSigning({ ...base, skipWithoutCredentials: false, gpgKey: true })
    expect(plan.skipped).toEqual([
      { method: 'sigstore', reason: "no OIDC token ('permissions: id-token: write' not granted)" }
    ])
    expect(plan.notices).toHaveLength(1)
  })
})

describe('file kinds', () => {
  it.each([
    ['a.exe', true],
    ['b.DLL', true],
    ['setup.msi', true],
    ['driver.sys', true],
    ['a.exe.asc', false],
    ['a.zip', false]
  ])('Authenticode %s: %s', (file, expected) => expect(isAuthenticodeTarget(file)).toBe(expected))

  it.each([
    ['tool', 'cffaedfe', true],
    ['lib.dylib', 'cefaedfe', true],
    ['universal', 'cafebabe', true],
    ['Main.class', 'cafebabe', false],
    ['App.dmg', '00000000', true],
    ['installer.pkg', '', true],
    ['script.sh', '2321', false],
    ['empty', '', false]
  ])('macOS %s (%s): %s', (file, hex, expected) => expect(isMacTarget(file, Buffer.from(hex, 'hex'))).toBe(expected))
})
