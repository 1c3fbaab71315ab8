import { describe, expect, it } from '@jest/globals'
import { renderScanSummary, renderSkippedSummary } from './summary.js'

describe('summaries', () => {
  it('shows what was analysed, the links, coverage and the gate at a glance', () => {
    const md = renderScanSummary({
      projectKey: 'aswf_oiio',
      hostUrl: 'https://sonarcloud.io',
      analysed: 'pull request #7 (topic → main)',
      scanner: { version: '8.1.0.6389', platform: 'linux-x64', source: 'tool-cache' },
      compileCommands: '/w/build/compile_commands.json',
      coverage: {
        mode: 'gcov',
        detail: 'sonar.coverageReportPaths=/t/c.xml',
        totals: { files: 3, lines: 40, coveredLines: 30, branches: 8, coveredBranches: 6 }
      },
      dashboardUrl: 'https://sonarcloud.io/dashboard?id=aswf_oiio',
      taskUrl: 'https://sonarcloud.io/api/ce/task?id=T',
      gate: { status: 'ERROR', failedConditions: ['new_coverage = 50 (must be at least 80)'] },
      scannerMs: 12345,
      argv: ['-Dsonar.projectKey=aswf_oiio', '-Dx=a|b']
    })
    expect(md).toContain('### SonarQube analysis')
    expect(md).toContain('| Analysed | pull request #7 (topic → main) |')
    expect(md).toContain('| Lines covered | 30 / 40 (75.0%) in 3 files |')
    expect(md).toContain('| Branches covered | 6 / 8 (75.0%) |')
    expect(md).toContain('| Quality gate | ❌ ERROR |')
    expect(md).toContain('- new_coverage = 50 (must be at least 80)')
    expect(md).toContain('-Dx=a\\|b')
    expect(md).toContain('| Scanner run time | 12.3 s |')
  })

  it('says why an analysis was skipped', () => {
    expect(renderSkippedSummary('pull request #7', 'No SonarQube token')).toContain('| Reason | No SonarQube token |')
  })
})
