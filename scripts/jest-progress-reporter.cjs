// Jest's own progress reporter (what `reporters: ['default']` gives, less its summary): the summary comes from
// summary-reporter.cjs, which extends Jest's and prints our closing lines after it, so they are the run's last.
module.exports = require('@jest/reporters').DefaultReporter
