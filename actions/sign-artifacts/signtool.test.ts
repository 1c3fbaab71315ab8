import { describe, expect, it } from '@jest/globals'
import { win32 } from 'node:path'
import {
  IMPORT_SCRIPT,
  REMOVE_SCRIPT,
  chooseAuthenticodeTool,
  choosePowerShell,
  parseImported,
  signerThumbprint,
  signtoolCandidates,
  signtoolSignArgs,
  signtoolVerifyArgs
} from './signtool.js'

describe('chooseAuthenticodeTool', () => {
  it.each<[string, 'Linux' | 'Windows' | 'macOS', { signtool?: string; osslsigncode?: string }, string]>([
    ['Linux: osslsigncode', 'Linux', { osslsigncode: '/usr/bin/osslsigncode' }, 'osslsigncode'],
    ['Linux with a signtool on PATH still osslsigncode', 'Linux', { signtool: '/x/signtool' }, 'osslsigncode'],
    ['macOS: osslsigncode', 'macOS', {}, 'osslsigncode'],
    ['Windows with signtool', 'Windows', { signtool: 'C:\\sdk\\signtool.exe' }, 'signtool'],
    [
      'Windows with both: signtool wins',
      'Windows',
      { signtool: 'C:\\sdk\\signtool.exe', osslsigncode: 'C:\\msys64\\usr\\bin\\osslsigncode.exe' },
      'signtool'
    ],
    [
      'Windows without signtool: osslsigncode as the fallback',
      'Windows',
      { osslsigncode: 'C:\\msys64\\usr\\bin\\osslsigncode.exe' },
      'osslsigncode'
    ]
  ])('%s', (_name, os, found, expected) => {
    expect(chooseAuthenticodeTool(os, found)).toBe(expected)
  })

  it('Windows with neither is a clear error', () => {
    expect(() => chooseAuthenticodeTool('Windows', {})).toThrow(/needs signtool\.exe \(Windows SDK\)/)
  })
})

describe('choosePowerShell', () => {
  it('prefers Windows PowerShell, then pwsh, else an error', () => {
    expect(choosePowerShell({ powershell: 'P', pwsh: 'Q' })).toBe('P')
    expect(choosePowerShell({ pwsh: 'Q' })).toBe('Q')
    expect(() => choosePowerShell({})).toThrow(/powershell or pwsh/)
  })
})

describe('signtoolCandidates', () => {
  const bin = 'C:\\Program Files (x86)\\Windows Kits\\10\\bin'
  const versions = ['10.0.19041.0', 'x64', '10.0.22621.0', '10.0.9600.0', 'arm64', '10.0.22000.0']
  it.each([
    ['X64', 'x64'],
    ['ARM64', 'arm64'],
    ['X86', 'x86']
  ])('newest SDK first, %s folder', (arch, folder) => {
    expect(signtoolCandidates(bin, versions, arch, win32.join)).toEqual(
      ['10.0.22621.0', '10.0.22000.0', '10.0.19041.0', '10.0.9600.0'].map(
        version => `${bin}\\${version}\\${folder}\\signtool.exe`
      )
    )
  })
})

describe('signtool arguments', () => {
  it('selects the certificate by thumbprint in the user My store, sha256, RFC 3161 timestamp', () => {
    expect(signtoolSignArgs('AB'.repeat(20), 'http://timestamp.digicert.com', 'C:\\w\\tool.exe')).toEqual([
      'sign',
      '/sha1',
      'AB'.repeat(20),
      '/s',
      'My',
      '/fd',
      'sha256',
      '/tr',
      'http://timestamp.digicert.com',
      '/td',
      'sha256',
      'C:\\w\\tool.exe'
    ])
    expect(signtoolSignArgs('AB'.repeat(20), '', 'a.dll')).toEqual([
      'sign',
      '/sha1',
      'AB'.repeat(20),
      '/s',
      'My',
      '/fd',
      'sha256',
      'a.dll'
    ])
    expect(signtoolVerifyArgs('a.dll')).toEqual(['verify', '/pa', '/v', 'a.dll'])
  })
})

describe('PowerShell scripts', () => {
  it.each([
    ['import', IMPORT_SCRIPT],
    ['remove', REMOVE_SCRIPT]
  ])('the %s script is one line with no double quotes and takes its values only from $env:', (_name, script) => {
    expect(script).not.toMatch(/[\r\n"`]/)
    expect(script).toMatch(/\$env:SIGN_/)
  })

  it('import uses Import-PfxCertificate with a SecureString into the current user store', () => {
    expect(IMPORT_SCRIPT).toContain('ConvertTo-SecureString -String $env:SIGN_PFX_PASSWORD -AsPlainText -Force')
    expect(IMPORT_SCRIPT).toContain(
      'Import-PfxCertificate -FilePath $env:SIGN_PFX_PATH -CertStoreLocation $store -Password $password'
    )
    expect(IMPORT_SCRIPT).toContain("$store = 'Cert:\\CurrentUser\\My'")
  })

  it('remove deletes the private key too', () => {
    expect(REMOVE_SCRIPT).toContain('Remove-Item -LiteralPath $item -DeleteKey')
    expect(REMOVE_SCRIPT).toContain("-notmatch '^[0-9A-F]{40}$'")
  })
})

describe('parseImported', () => {
  it('reads the certificate lines and ignores the rest', () => {
    const leaf = '0123456789ABCDEF0123456789ABCDEF01234567'
    const ca = 'fedcba9876543210fedcba9876543210fedcba98'
    expect(
      parseImported(
        `WARNING: something\r\ncertificate ${leaf} key new CN=Example Corp, O=Example\r\ncertificate ${ca} nokey existing CN=Example CA\r\n`
      )
    ).toEqual([
      { thumbprint: leaf, hasKey: true, new: true, subject: 'CN=Example Corp, O=Example' },
      { thumbprint: ca.toUpperCase(), hasKey: false, new: false, subject: 'CN=Example CA' }
    ])
    expect(parseImported('certificate nothex key new CN=x')).toEqual([])
  })
})

// The shape of `signtool verify /pa /v` output (Windows SDK 10): the signing chain root first, leaf last, then the
// timestamp chain.
const VERIFY_OUTPUT = `
Verifying: C:\\w\\tool.exe

Signature Index: 0 (Primary Signature)
Hash of file (sha256): 2B6A5D9F0E4C3B2A19087F6E5D4C3B2A19087F6E5D4C3B2A19087F6E5D4C3B2A

Signing Certificate Chain:
    Issued to: Example Root CA
    Issued by: Example Root CA
    Expires:   Sun Jan 01 00:00:00 2040
    SHA1 hash: 1111111111111111111111111111111111111111

        Issued to: Example Code Signing CA
        Issued by: Example Root CA
        Expires:   Sat Jan 01 00:00:00 2033
        SHA1 hash: 2222222222222222222222222222222222222222

            Issued to: Example Corp
            Issued by: Example Code Signing CA
            Expires:   Fri Jan 01 00:00:00 2027
            SHA1 hash: 0123456789ABCDEF0123456789ABCDEF01234567

The signature is timestamped: Mon Jan 06 12:00:00 2025
Timestamp Verified by:
    Issued to: DigiCert Assured ID Root CA
    Issued by: DigiCert Assured ID Root CA
    Expires:   Mon Nov 10 00:00:00 2031
    SHA1 hash: 0563B8630D62D75ABBC8AB1E4BDFB5A899B24D43

Successfully verified: C:\\w\\tool.exe

Number of files successfully Verified: 1
Number of warnings: 0
Number of errors: 0
`

describe('signerThumbprint', () => {
  it('is the leaf of the signing chain, not a CA and not the timestamp chain', () => {
    expect(signerThumbprint(VERIFY_OUTPUT)).toBe('0123456789ABCDEF0123456789ABCDEF01234567')
  })

  it('is undefined without a signing chain', () => {
    expect(signerThumbprint('SignTool Error: No signature found.\n')).toBeUndefined()
  })
})
