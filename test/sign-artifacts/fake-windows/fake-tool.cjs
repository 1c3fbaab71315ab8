// A stand-in for Windows' pwsh/powershell and signtool: records argv and environment (one JSON line per call in
// $FAKE_WINDOWS_LOG) and answers the way the real tools do for the calls the action makes. The certificate store
// Cert:\CurrentUser\My is a JSON list of thumbprints in $FAKE_WINDOWS_STORE. $FAKE_WINDOWS_FAIL=<tool>[:<word>]
// makes the matching call fail.
const { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } = require('node:fs')

const LEAF = '0123456789ABCDEF0123456789ABCDEF01234567'
const CA = 'C0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FF'

const [tool, ...argv] = process.argv.slice(2)
appendFileSync(process.env.FAKE_WINDOWS_LOG, JSON.stringify({ tool, argv, env: process.env }) + '\n')

const [failTool, failWord] = (process.env.FAKE_WINDOWS_FAIL || '').split(':')
if (failTool === tool && (!failWord || argv.some(arg => arg.includes(failWord)))) {
  process.stderr.write(`${tool}: simulated failure\n`)
  process.exit(1)
}

const storeFile = process.env.FAKE_WINDOWS_STORE
const store = () => (existsSync(storeFile) ? JSON.parse(readFileSync(storeFile, 'utf8')) : [])
const saveStore = list => writeFileSync(storeFile, JSON.stringify(list))

if (tool === 'pwsh' || tool === 'powershell') {
  const script = argv[argv.indexOf('-Command') + 1] || ''
  if (script.includes('Import-PfxCertificate')) {
    const pfx = process.env.SIGN_PFX_PATH
    if (!pfx || !existsSync(pfx) || (statSync(pfx).mode & 0o077) !== 0) {
      process.stderr.write('Import-PfxCertificate: the .pfx file is missing or not private\n')
      process.exit(1)
    }
    const before = store()
    const lines = [
      `certificate ${LEAF} key ${before.includes(LEAF) ? 'existing' : 'new'} CN=ASWF Test Code Signing`,
      `certificate ${CA} nokey ${before.includes(CA) ? 'existing' : 'new'} CN=ASWF Test CA`
    ]
    saveStore([...new Set([...before, LEAF, CA])])
    process.stdout.write(lines.join('\r\n') + '\r\n')
  } else if (script.includes('SIGN_THUMBPRINTS')) {
    const remove = (process.env.SIGN_THUMBPRINTS || '').split(',')
    saveStore(store().filter(thumbprint => !remove.includes(thumbprint)))
    for (const thumbprint of remove) process.stdout.write(`removed ${thumbprint}\r\n`)
  } else {
    process.stderr.write('fake powershell: unknown script\n')
    process.exit(1)
  }
} else if (tool === 'signtool') {
  const file = argv[argv.length - 1]
  if (argv[0] === 'sign') {
    const thumbprint = argv[argv.indexOf('/sha1') + 1]
    if (!store().includes(thumbprint)) {
      process.stderr.write('SignTool Error: No certificates were found that met all the given criteria.\n')
      process.exit(1)
    }
    appendFileSync(file, `\nFAKE-AUTHENTICODE ${thumbprint}`)
    process.stdout.write(`Done Adding Additional Store\r\nSuccessfully signed: ${file}\r\n`)
  } else if (argv[0] === 'verify') {
    const signer = /FAKE-AUTHENTICODE ([0-9A-F]{40})$/.exec(readFileSync(file, 'latin1'))?.[1]
    if (!signer) {
      process.stderr.write(`SignTool Error: No signature found.\r\n`)
      process.exit(1)
    }
    process.stdout.write(
      [
        `Verifying: ${file}`,
        '',
        'Signature Index: 0 (Primary Signature)',
        'Signing Certificate Chain:',
        '    Issued to: ASWF Test CA',
        `    SHA1 hash: ${CA}`,
        '',
        '        Issued to: ASWF Test Code Signing',
        `        SHA1 hash: ${signer}`,
        '',
        'File is not timestamped.',
        '',
        `Successfully verified: ${file}`,
        ''
      ].join('\r\n')
    )
  }
}
