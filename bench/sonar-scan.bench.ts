/**
 * sonar-scan: (1) converting gcov JSON for 1,000 source files to Sonar generic coverage XML; (2) the action's own
 * overhead before the scanner starts, with the scanner already in the tool cache: from spawning the bundle to the
 * first instruction of a stand-in bin/sonar-scanner (which records the time).
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addGcovText } from '../actions/sonar-scan/gcov-json.js'
import { relativeCoverage, renderGenericCoverage, type CoverageMap } from '../actions/sonar-scan/generic-coverage.js'
import { median, nodeBaselineMs, timeAsync, type BenchRow } from './support.js'

function gcovJsonFor(files: number, linesPerFile: number): string {
  const documents: string[] = []
  for (let f = 0; f < files; f++) {
    const lines = Array.from({ length: linesPerFile }, (_, i) => ({
      line_number: i + 1,
      count: (i * 7 + f) % 5,
      unexecuted_block: false,
      function_name: `fn${f}`,
      branches:
        i % 10 === 0
          ? [
              { count: 1, fallthrough: true, throw: false },
              { count: 0, fallthrough: false, throw: false }
            ]
          : []
    }))
    documents.push(
      JSON.stringify({
        format_version: '1',
        gcc_version: '12.2.0',
        current_working_directory: '/w/p/build',
        data_file: `f${f}.gcda`,
        files: [{ file: `/w/p/src/m${f % 50}/file${f}.cpp`, functions: [], lines }]
      })
    )
  }
  return documents.join('\n')
}

async function conversionMs(): Promise<number> {
  const text = gcovJsonFor(1000, 200)
  return timeAsync(() => {
    const map: CoverageMap = new Map()
    addGcovText(map, text, 'bench')
    return renderGenericCoverage(relativeCoverage(map, '/w/p').files).length
  }, 5)
}

function overheadMs(runs = 9): number {
  const root = mkdtempSync(join(tmpdir(), 'sonar-bench-'))
  const version = '9.9.9.1'
  const home = join(root, 'tool-cache', 'sonar-scanner-cli', version, 'linux-x64')
  mkdirSync(join(home, 'bin'), { recursive: true })
  writeFileSync(`${home}.complete`, '')
  const stamp = join(root, 'started-ns')
  writeFileSync(join(home, 'bin', 'sonar-scanner'), `#!/bin/sh\ndate +%s%N > "${stamp}"\n`)
  chmodSync(join(home, 'bin', 'sonar-scanner'), 0o755)
  for (const dir of ['workspace', 'temp']) mkdirSync(join(root, dir))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: join(root, 'temp'),
    RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
    GITHUB_WORKSPACE: join(root, 'workspace'),
    GITHUB_REPOSITORY: 'aswf/bench',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    SONAR_TOKEN: 'squ_bench',
    'INPUT_HOST-URL': 'http://127.0.0.1:9',
    'INPUT_SCANNER-VERSION': version,
    'INPUT_SCANNER-SHA256': '0'.repeat(64),
    INPUT_COVERAGE: 'auto',
    INPUT_CACHE: 'false',
    'INPUT_SKIP-WITHOUT-TOKEN': 'true',
    'INPUT_QUALITY-GATE': 'off'
  }
  const bundle = join(process.cwd(), 'dist', 'sonar-scan', 'index.js')
  const samples: number[] = []
  for (let i = 0; i <= runs; i++) {
    const startedNs = BigInt(Date.now()) * 1000000n
    const result = spawnSync(process.execPath, [bundle], { env, cwd: join(root, 'workspace'), encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`sonar-scan bundle failed: ${result.stdout}${result.stderr}`)
    const scannerNs = BigInt(readFileSync(stamp, 'utf8').trim())
    if (i > 0) samples.push(Number(scannerNs - startedNs) / 1e6)
  }
  return median(samples)
}

export default async function bench(): Promise<BenchRow[]> {
  const convert = await conversionMs()
  const baseline = nodeBaselineMs()
  const overhead = overheadMs()
  return [
    {
      name: 'gcov JSON -> generic XML, 1,000 files x 200 lines',
      value: convert,
      unit: 'ms',
      goal: '< 1000 ms',
      ok: convert < 1000
    },
    { name: 'node -e 0 (baseline)', value: baseline, unit: 'ms' },
    {
      name: 'action start to scanner start (scanner cached, coverage auto)',
      value: overhead,
      unit: 'ms',
      goal: '< 300 ms',
      ok: overhead < 300
    }
  ]
}
