// Prints the plain closing line CI reads ("N passed, N failed, N skipped") after Jest's own summary,
// and keeps it in .tmp/test-summary.txt so .ci/run can print it last.
const { mkdirSync, writeFileSync } = require('node:fs')

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`
    mkdirSync('.tmp', { recursive: true })
    writeFileSync('.tmp/test-summary.txt', line + '\n')
    process.stdout.write(line + '\n')
  }
}
module.exports = SummaryReporter
