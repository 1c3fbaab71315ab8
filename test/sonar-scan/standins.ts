/**
 * Test stand-ins for sonar-scan: a scanner zip built at test time (its bin/sonar-scanner records argv, environment
 * and working directory, then writes .scannerwork/report-task.txt as the real scanner does) and a SonarQube Web API
 * stand-in for the compute-engine task and quality-gate endpoints, both on test/support/local-server.ts.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { json, serveBytes, type LocalServer } from '../support/local-server.js'

const SCANNER_SCRIPT = `#!/bin/sh
# Stand-in for sonar-scanner: records what it was given, then writes what the real scanner writes.
rec="\${SCANNER_RECORD:?SCANNER_RECORD is not set}"
mkdir -p "$rec"
: > "$rec/argv"
for arg in "$@"; do printf '%s\\0' "$arg" >> "$rec/argv"; done
env -0 > "$rec/env"
pwd > "$rec/cwd"
date +%s%N > "$rec/started-ns"
mkdir -p .scannerwork
cat > .scannerwork/report-task.txt <<REPORT
projectKey=demo
serverUrl=\${SCANNER_SERVER_URL:-\${SONAR_HOST_URL}}
serverVersion=10.7.0
dashboardUrl=\${SONAR_HOST_URL}/dashboard?id=demo&branch=main
ceTaskId=task-1
ceTaskUrl=\${SONAR_HOST_URL}/api/ce/task?id=task-1
REPORT
echo "INFO: EXECUTION SUCCESS (stand-in)"
exit "\${SCANNER_EXIT:-0}"
`

export interface ScannerZip {
  version: string
  platform: string
  fileName: string
  bytes: Buffer
  sha256: string
}

/** Builds sonar-scanner-cli-<version>-<platform>.zip with the layout of the real one (a top-level folder). */
export function buildScannerZip(version = '9.9.9.1', platform = 'linux-x64'): ScannerZip {
  const work = mkdtempSync(join(tmpdir(), 'scanner-zip-'))
  const top = join(work, `sonar-scanner-${version}-${platform}`)
  mkdirSync(join(top, 'bin'), { recursive: true })
  mkdirSync(join(top, 'lib'), { recursive: true })
  writeFileSync(join(top, 'bin', 'sonar-scanner'), SCANNER_SCRIPT)
  chmodSync(join(top, 'bin', 'sonar-scanner'), 0o755)
  writeFileSync(join(top, 'lib', `sonar-scanner-cli-${version}.jar`), 'not a real jar')
  const fileName = `sonar-scanner-cli-${version}-${platform}.zip`
  execFileSync('zip', ['-q', '-r', fileName, `sonar-scanner-${version}-${platform}`], { cwd: work })
  const bytes = readFileSync(join(work, fileName))
  return { version, platform, fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** Serves the zip at <server>/dist/<fileName>; the mirror input is <server>/dist. */
export function serveScanner(server: LocalServer, zip: ScannerZip, fileName = zip.fileName): string {
  server.route('GET', `/dist/${fileName}`, serveBytes(zip.bytes))
  return `${server.url}/dist`
}

export interface RecordedScan {
  argv: string[]
  env: Record<string, string>
  cwd: string
  startedNs: bigint
}

export function readRecord(dir: string): RecordedScan {
  const argv = readFileSync(join(dir, 'argv'), 'utf8').split('\0').slice(0, -1)
  const env: Record<string, string> = {}
  for (const entry of readFileSync(join(dir, 'env'), 'utf8').split('\0')) {
    const at = entry.indexOf('=')
    if (at > 0) env[entry.slice(0, at)] = entry.slice(at + 1)
  }
  return {
    argv,
    env,
    cwd: readFileSync(join(dir, 'cwd'), 'utf8').trim(),
    startedNs: BigInt(readFileSync(join(dir, 'started-ns'), 'utf8').trim())
  }
}

export type GateScenario = 'pending-then-ok' | 'error' | 'never-finishes' | 'task-failed' | 'no-gate'

/** api/ce/task and api/qualitygates/project_status for task-1, answering as the scenario says. */
export function serveSonarApi(
  server: LocalServer,
  scenario: GateScenario,
  pendingPolls = 2
): { authorizations: string[] } {
  const authorizations: string[] = []
  let polls = 0
  server.route('GET', '/api/ce/task', (request, response, body) => {
    authorizations.push(request.headers.authorization ?? '')
    polls++
    const pending = scenario === 'never-finishes' || polls <= pendingPolls
    const task = pending
      ? { id: 'task-1', status: polls === 1 ? 'PENDING' : 'IN_PROGRESS' }
      : scenario === 'task-failed'
        ? { id: 'task-1', status: 'FAILED', errorMessage: 'Unsupported language plugin' }
        : { id: 'task-1', status: 'SUCCESS', analysisId: 'analysis-7' }
    return json(200, { task })(request, response, body)
  })
  server.route('GET', '/api/qualitygates/project_status', (request, response, body) => {
    authorizations.push(request.headers.authorization ?? '')
    const status = scenario === 'error' ? 'ERROR' : scenario === 'no-gate' ? 'NONE' : 'OK'
    const conditions =
      scenario === 'error'
        ? [{ status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '42.0' }]
        : [{ status: 'OK', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '91.0' }]
    return json(200, { projectStatus: { status, conditions } })(request, response, body)
  })
  return { authorizations }
}
