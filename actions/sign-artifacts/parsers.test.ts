import { describe, expect, it } from '@jest/globals'
import { childEnv } from '../../packages/toolkit/src/process.js'
import { decodePrivateKey, isGoodSignature, parseSecretKeys } from './gpg.js'
import {
  canStaple,
  codesignArgs,
  keychainSetupScript,
  notarizationForm,
  parseFirstIdentity,
  parseKeychainList,
  parseNotaryResult,
  quoteForSecurity
} from './macos.js'
import { pemCertificates, signArgs, verifyArgs } from './authenticode.js'
import { planSourceArchive } from './source-archive.js'
import { assertDistinctNames, relativeName, signaturePath } from './paths.js'
import { GITHUB_ISSUER, REPOSITORY_OID, expectedIdentity, identityMismatch, tokenClaims } from './sigstore-identity.js'
import { shellQuote } from './report.js'

const FPR = '0B6537188B73A12CB0664662C66F71BA05C460E6'

describe('gpg parsers', () => {
  it('reads the primary key fingerprint and user id, not a subkey', () => {
    const colons = [
      'sec:u:255:22:C66F71BA05C460E6:1700000000:::u:::scESC:::+:::ed25519:::0:',
      `fpr:::::::::${FPR}:`,
      'grp:::::::::ABC:',
      'uid:u::::1700000000::HASH::Release Tester <release@example.org>::::::::::0:',
      'ssb:u:255:18:1111111111111111:1700000000::::::e:::+:::cv25519::',
      'fpr:::::::::1111111111111111111111111111111111111111:'
    ].join('\n')
    expect(parseSecretKeys(colons)).toEqual({ fingerprint: FPR, userId: 'Release Tester <release@example.org>' })
    expect(parseSecretKeys('')).toBeUndefined()
  })

  it.each([
    [
      `[GNUPG:] GOODSIG C66F71BA05C460E6 T\n[GNUPG:] VALIDSIG ${FPR} 2026-01-01 1700000000 0 4 0 22 10 00 ${FPR}\n`,
      true
    ],
    [`[GNUPG:] GOODSIG X T\n[GNUPG:] VALIDSIG SUBKEYFPR 2026-01-01 1 0 4 0 22 10 00 ${FPR}\n`, true],
    [`[GNUPG:] GOODSIG X T\n[GNUPG:] VALIDSIG OTHER 2026-01-01 1 0 4 0 22 10 00 OTHER\n`, false],
    [`[GNUPG:] BADSIG X T\n`, false],
    [
      `[GNUPG:] GOODSIG X T\n[GNUPG:] VALIDSIG ${FPR} 2026-01-01 1 0 4 0 22 10 00 ${FPR}\n[GNUPG:] EXPKEYSIG X T\n`,
      false
    ]
  ])('status %#: %s', (status, expected) => expect(isGoodSignature(status, FPR)).toBe(expected))

  it('accepts armored keys and base64 of them, and rejects anything else', () => {
    const armored = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nabc\n-----END PGP PRIVATE KEY BLOCK-----'
    expect(decodePrivateKey(armored).toString()).toBe(armored + '\n')
    expect(decodePrivateKey(Buffer.from(armored).toString('base64')).toString()).toBe(armored)
    expect(() => decodePrivateKey('not a key!')).toThrow("Input 'gpg-private-key' is neither")
  })
})

describe('macOS helpers', () => {
  it('quotes values for security -i, and refuses line breaks', () => {
    expect(quoteForSecurity('pa"ss\\word')).toBe('"pa\\"ss\\\\word"')
    expect(() => quoteForSecurity('a\nb')).toThrow('line break')
  })

  it('keeps every password inside the stdin script', () => {
    const script = keychainSetupScript('/t/k.keychain-db', 'kcpw', '/t/c.p12', 'p12pw')
    expect(script.map(line => line.split(' ')[0])).toEqual([
      'create-keychain',
      'unlock-keychain',
      'import',
      'set-key-partition-list'
    ])
    expect(script[2]).toContain('-P "p12pw"')
    expect(script[3]).toContain('-S apple-tool:,apple:,codesign: -s -k "kcpw"')
  })

  it('parses security and notarytool output', () => {
    expect(parseKeychainList('    "/Users/r/login.keychain-db"\n    "/Library/Keychains/System.keychain"\n')).toEqual([
      '/Users/r/login.keychain-db',
      '/Library/Keychains/System.keychain'
    ])
    expect(
      parseFirstIdentity('  1) 0123456789ABCDEF0123456789ABCDEF01234567 "Developer ID Application: X (T)"\n')
    ).toBe('0123456789ABCDEF0123456789ABCDEF01234567')
    expect(parseFirstIdentity('     0 valid identities found\n')).toBeUndefined()
    expect(parseNotaryResult('{"status":"Accepted","id":"1"}')).toEqual({ accepted: true, status: 'Accepted', id: '1' })
    expect(parseNotaryResult('{"status":"Invalid","id":"2"}')).toEqual({ accepted: false, status: 'Invalid', id: '2' })
    expect(parseNotaryResult('Error: HTTP 401').accepted).toBe(false)
  })

  it('signs with the hardened runtime and a secure timestamp; knows what can be stapled', () => {
    expect(codesignArgs('ID', '/k', '/f')).toEqual([
      '--force',
      '--sign',
      'ID',
      '--keychain',
      '/k',
      '--options',
      'runtime',
      '--timestamp',
      '/f'
    ])
    expect([notarizationForm('a.dmg'), notarizationForm('a.pkg'), notarizationForm('tool')]).toEqual([
      'submit',
      'submit',
      'zip'
    ])
    expect([canStaple('a.dmg'), canStaple('tool')]).toEqual([true, false])
  })
})

describe('authenticode argv', () => {
  it('passes the password only as a file and timestamps when asked', () => {
    expect(signArgs('/c.pfx', '/pw', 'http://ts', 'in.exe', 'out.exe')).toEqual([
      'sign',
      '-pkcs12',
      '/c.pfx',
      '-readpass',
      '/pw',
      '-h',
      'sha256',
      '-ts',
      'http://ts',
      '-in',
      'in.exe',
      '-out',
      'out.exe'
    ])
    expect(signArgs('/c.pfx', undefined, '', 'in', 'out')).toEqual([
      'sign',
      '-pkcs12',
      '/c.pfx',
      '-h',
      'sha256',
      '-in',
      'in',
      '-out',
      'out'
    ])
    expect(verifyArgs('a.exe', '/ca.pem', 'ff')).toEqual([
      'verify',
      '-in',
      'a.exe',
      '-CAfile',
      '/ca.pem',
      '-require-leaf-hash',
      'sha256:ff'
    ])
    expect(pemCertificates('x\n-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----\ny')).toHaveLength(1)
  })
})

describe('source archive naming', () => {
  const plan = (repository: string, ref: string, more: { tag?: string; name?: string; prefix?: string } = {}) =>
    planSourceArchive({ repository, ref, tag: more.tag ?? '', name: more.name ?? '', prefix: more.prefix ?? '' })

  it.each([
    ['AcademySoftwareFoundation/openexr', 'refs/tags/v3.2.1', 'openexr-3.2.1.tar.gz', 'openexr-3.2.1/'],
    ['o/OpenColorIO', 'refs/tags/2.3.0', 'OpenColorIO-2.3.0.tar.gz', 'OpenColorIO-2.3.0/'],
    ['o/vdb', 'refs/tags/version-1', 'vdb-version-1.tar.gz', 'vdb-version-1/'],
    ['o/x', 'refs/tags/release/1.0', 'x-release-1.0.tar.gz', 'x-release-1.0/']
  ])('%s %s', (repository, ref, fileName, prefix) => {
    expect(plan(repository, ref)).toMatchObject({ fileName, prefix, format: 'tar.gz' })
  })

  it('takes the tag input over GITHUB_REF (re-signing a release on workflow_dispatch from a branch)', () => {
    expect(plan('o/openexr', 'refs/heads/main', { tag: 'v3.2.8' })).toEqual({
      tag: 'v3.2.8',
      version: '3.2.8',
      prefix: 'openexr-3.2.8/',
      fileName: 'openexr-3.2.8.tar.gz',
      format: 'tar.gz'
    })
    expect(plan('o/x', 'refs/tags/v1', { tag: 'refs/tags/v2' }).tag).toBe('v2')
  })

  it("names OSL's archive OSL-<version>.tar.gz and takes a separate prefix", () => {
    expect(
      plan('AcademySoftwareFoundation/OpenShadingLanguage', 'refs/tags/v1.14.3', { name: 'OSL-{version}.tar.gz' })
    ).toMatchObject({ fileName: 'OSL-1.14.3.tar.gz', prefix: 'OSL-1.14.3/' })
    expect(plan('o/x', 'refs/tags/v1.0', { name: '{repo}-{tag}.zip', prefix: 'src/{repo}' })).toMatchObject({
      fileName: 'x-v1.0.zip',
      prefix: 'src/x/',
      format: 'zip'
    })
  })

  it.each([
    [{ tag: '../v1' }, "Input 'tag'"],
    [{ tag: '-v1' }, "Input 'tag'"],
    [{ tag: 'v1.lock' }, "Input 'tag'"],
    [{ name: '{repo}-{date}.tar.gz' }, "Input 'source-archive-name'"],
    [{ name: 'x.rar' }, "Input 'source-archive-name'"],
    [{ name: '../x.tar.gz' }, "Input 'source-archive-name'"],
    [{ name: '.tar.gz' }, "Input 'source-archive-name'"],
    [{ prefix: '/abs' }, "Input 'source-archive-prefix'"],
    [{ prefix: 'a/../../b' }, "Input 'source-archive-prefix'"]
  ])('refuses %j', (more, message) => {
    expect(() => plan('o/x', 'refs/tags/v1', more)).toThrow(message)
  })

  it('refuses a branch without a tag input', () => {
    expect(() => plan('o/x', 'refs/heads/main')).toThrow('refs/heads/main is not a tag')
  })
})

describe('paths', () => {
  it('puts signatures beside the file or in output-dir', () => {
    expect(signaturePath('/w/dist/a.zip', '.asc', '')).toBe('/w/dist/a.zip.asc')
    expect(signaturePath('/w/dist/a.zip', '.asc', '/w/out')).toBe('/w/out/a.zip.asc')
    expect(relativeName('/w', '/w/dist/a.zip')).toBe('dist/a.zip')
  })

  it('refuses two files with one name in output-dir', () => {
    expect(() => assertDistinctNames(['/w/a/x.zip', '/w/b/x.zip'], '/w/out')).toThrow(
      'both write signatures named x.zip'
    )
    expect(() => assertDistinctNames(['/w/a/x.zip', '/w/b/x.zip'], '')).not.toThrow()
  })
})

describe('sigstore helpers', () => {
  const token = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`

  it("names the reusable workflow (job_workflow_ref), with GitHub's issuer and the caller's repository", () => {
    const claims = tokenClaims(
      token({
        iss: GITHUB_ISSUER,
        sub: 'repo:AcademySoftwareFoundation/openexr:ref:refs/tags/v3.2.8',
        repository: 'AcademySoftwareFoundation/openexr',
        workflow_ref: 'AcademySoftwareFoundation/openexr/.github/workflows/release.yml@refs/tags/v3.2.8',
        job_workflow_ref: 'aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1'
      })
    )
    expect(expectedIdentity(claims)).toEqual({
      identity: 'https://github.com/aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1',
      issuer: GITHUB_ISSUER,
      repository: 'AcademySoftwareFoundation/openexr'
    })
  })

  it('falls back to email or sub for other issuers, and reads garbage as no claims', () => {
    expect(expectedIdentity(tokenClaims(token({ iss: 'https://idp', sub: 's', email: 'a@b.c' })))).toEqual({
      identity: 'a@b.c',
      issuer: 'https://idp'
    })
    expect(tokenClaims('garbage')).toEqual({})
    expect(tokenClaims(token([1]))).toEqual({})
  })

  it('compares a certificate identity exactly: SAN, issuer and repository', () => {
    const expected = {
      identity: 'https://github.com/a/b/.github/workflows/w.yml@refs/tags/v1',
      issuer: GITHUB_ISSUER,
      repository: 'o/r'
    }
    const oid = (value: string) => ({ oid: { id: REPOSITORY_OID.split('.').map(Number) }, value: Buffer.from(value) })
    const found = {
      subjectAlternativeName: expected.identity,
      extensions: { issuer: GITHUB_ISSUER },
      oids: [oid('o/r')]
    }
    expect(identityMismatch(expected, found)).toBeUndefined()
    expect(identityMismatch(expected, { ...found, subjectAlternativeName: `${expected.identity}x` })).toContain('names')
    expect(identityMismatch(expected, { ...found, extensions: { issuer: 'https://evil' } })).toContain('issuer')
    expect(identityMismatch(expected, { ...found, oids: [oid('evil/fork')] })).toContain('evil/fork')
    expect(identityMismatch(expected, undefined)).toContain('no identity')
  })
})

describe('shellQuote', () => {
  it.each([
    ['dist/a-1.0.tar.gz', 'dist/a-1.0.tar.gz'],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf ~)', "'$(rm -rf ~)'"],
    ['a\nb', "$'a\\nb'"],
    ['a\rb```', "$'a\\rb```'"],
    ["x'\\\x01", "$'x\\'\\\\\\x01'"]
  ])('%j -> %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted)
  })
})

describe('childEnv for signing tools', () => {
  it('drops the inputs and tokens a signing tool never needs', () => {
    expect(
      childEnv({
        PATH: '/bin',
        'INPUT_GPG-PASSPHRASE': 's',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        ACTIONS_RUNTIME_TOKEN: 'r',
        HOME: '/h'
      })
    ).toEqual({
      PATH: '/bin',
      HOME: '/h'
    })
  })
})
