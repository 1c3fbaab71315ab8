// Jest's summary, then the plain closing line CI reads ("N passed, N failed, N skipped"), and keeps it
// in .tmp/test-summary.txt so .ci/run can print it last. When tests were skipped for missing system tools
// (test/support/require-tools.ts marks their block titles "[needs gpg (apt: gnupg)]"), one more line lists them
// and is the run's last line; .tmp/test-skips.txt keeps it.
const { mkdirSync, writeFileSync, rmSync } = require('node:fs')
const { relative } = require('node:path')
const { SummaryReporter: JestSummaryReporter } = require('@jest/reporters')

const MARKER = /\[needs ([^\]]+)\]/

/** "Skipped for missing system tools: …" or '' when nothing was skipped that way. */
function skipLine(results, root = process.cwd()) {
  const tools = new Set()
  const files = new Set()
  let tests = 0
  for (const file of results.testResults) {
    for (const t of file.testResults) {
      if (t.status !== 'pending') continue
      const match = [...t.ancestorTitles, t.title].map(title => MARKER.exec(title)).find(Boolean)
      if (!match) continue
      tests++
      files.add(relative(root, file.testFilePath))
      for (const tool of match[1].split(', ')) tools.add(tool)
    }
  }
  if (tests === 0) return ''
  return (
    `Skipped for missing system tools: ${[...tools].sort().join(', ')}; ${tests} skipped (a block counts once) in ` +
    `${[...files].sort().join(', ')} (install .ci/apt-packages.txt to run them; under CI=true they fail)`
  )
}

class SummaryReporter extends JestSummaryReporter {
  onRunComplete(contexts, results) {
    super.onRunComplete(contexts, results)
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`
    const skips = skipLine(results)
    mkdirSync('.tmp', { recursive: true })
    writeFileSync('.tmp/test-summary.txt', line + '\n')
    if (skips) writeFileSync('.tmp/test-skips.txt', skips + '\n')
    else rmSync('.tmp/test-skips.txt', { force: true })
    process.stdout.write(line + '\n' + (skips ? skips + '\n' : ''))
  }
}
module.exports = SummaryReporter
module.exports.skipLine = skipLine
