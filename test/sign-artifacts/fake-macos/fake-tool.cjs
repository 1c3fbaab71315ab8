// A stand-in for macOS's security, codesign, xcrun and ditto: records argv, stdin and the environment names
// (one JSON line per call in $FAKE_MACOS_LOG) and answers the way the real tools do for the calls the action
// makes. $FAKE_MACOS_FAIL=<tool>[:<word>] makes the matching call fail.
const { appendFileSync, readFileSync, rmSync, writeFileSync } = require('node:fs')

const [tool, ...argv] = process.argv.slice(2)
let stdin = ''
if (tool === 'security' && argv[0] === '-i') stdin = readFileSync(0, 'utf8')
appendFileSync(process.env.FAKE_MACOS_LOG, JSON.stringify({ tool, argv, stdin, env: process.env }) + '\n')

const [failTool, failWord] = (process.env.FAKE_MACOS_FAIL || '').split(':')
if (failTool === tool && (!failWord || argv.includes(failWord) || stdin.includes(failWord))) {
  process.stderr.write(`${tool}: simulated failure\n`)
  process.exit(1)
}

const lastQuoted = line => (line.match(/"((?:[^"\\]|\\.)*)"\s*$/) || [])[1]
if (tool === 'security') {
  if (stdin.startsWith('create-keychain')) writeFileSync(lastQuoted(stdin.trim()), 'fake keychain')
  else if (argv[0] === 'list-keychains' && !argv.includes('-s'))
    process.stdout.write('    "/Users/runner/Library/Keychains/login.keychain-db"\n')
  else if (argv[0] === 'find-identity')
    process.stdout.write(
      '  1) 0123456789ABCDEF0123456789ABCDEF01234567 "Developer ID Application: Test (TEAM123456)"\n     1 valid identities found\n'
    )
  else if (argv[0] === 'delete-keychain') rmSync(argv[1], { force: true })
} else if (tool === 'xcrun' && argv[0] === 'notarytool') {
  process.stdout.write(
    JSON.stringify({ id: '2efe2717-52ef-43a5-96dc-0797e4ca1041', status: 'Accepted', message: 'Processing complete' })
  )
} else if (tool === 'ditto') {
  writeFileSync(argv[argv.length - 1], 'PK fake zip')
}
