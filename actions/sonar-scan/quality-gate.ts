/**
 * `quality-gate: wait`: after the upload, the server processes the report asynchronously (a compute-engine task);
 * only then does the project have a quality-gate status. We poll api/ce/task until the task ends, then read
 * api/qualitygates/project_status for that analysis. A task that fails, or a gate of ERROR, fails the step (a
 * green job with a red gate would be a false green); running out of time fails as well, with what was last seen.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'

export type GateStatus = 'OK' | 'ERROR' | 'NONE'

export type TaskState =
  | { state: 'pending'; status: string }
  | { state: 'success'; analysisId: string }
  | { state: 'failed'; status: string; message: string }

export function interpretCeTask(body: unknown): TaskState {
  const task = (body as { task?: { status?: string; analysisId?: string; errorMessage?: string } } | null)?.task
  const status = task?.status ?? ''
  if (status === 'PENDING' || status === 'IN_PROGRESS') return { state: 'pending', status }
  if (status === 'SUCCESS' && task?.analysisId) return { state: 'success', analysisId: task.analysisId }
  if (status === 'SUCCESS') return { state: 'failed', status, message: 'the task succeeded but named no analysis' }
  return { state: 'failed', status: status || 'UNKNOWN', message: task?.errorMessage ?? 'no error message' }
}

export function interpretGate(body: unknown): { status: GateStatus; failedConditions: string[] } {
  const project = (
    body as {
      projectStatus?: {
        status?: string
        conditions?: {
          status?: string
          metricKey?: string
          actualValue?: string
          errorThreshold?: string
          comparator?: string
        }[]
      }
    } | null
  )?.projectStatus
  const raw = project?.status ?? 'NONE'
  // WARN existed before SonarQube 7.6; it never failed a gate.
  const status: GateStatus = raw === 'ERROR' ? 'ERROR' : raw === 'OK' || raw === 'WARN' ? 'OK' : 'NONE'
  const failedConditions = (project?.conditions ?? [])
    .filter(c => c.status === 'ERROR')
    .map(
      c =>
        `${c.metricKey ?? '?'} = ${c.actualValue ?? '?'} (${c.comparator === 'GT' ? 'must be at most' : 'must be at least'} ${c.errorThreshold ?? '?'})`
    )
  return { status, failedConditions }
}

/** Poll spacing: a twentieth of the time allowed, between 200 ms and 5 s. */
export function pollIntervalMs(timeoutMs: number): number {
  return Math.min(5000, Math.max(200, Math.floor(timeoutMs / 20)))
}

export interface GateIo {
  getJson: (url: string) => Promise<unknown>
  sleep: (ms: number) => Promise<void>
  now: () => number
}

export interface GateResult {
  status: GateStatus
  failedConditions: string[]
  analysisId: string
  polls: number
}

export async function waitForQualityGate(
  serverUrl: string,
  taskId: string,
  timeoutMs: number,
  io: GateIo
): Promise<GateResult> {
  const base = serverUrl.replace(/\/+$/, '')
  const deadline = io.now() + timeoutMs
  const interval = pollIntervalMs(timeoutMs)
  let polls = 0
  let last = 'not yet polled'
  for (;;) {
    polls++
    const task = interpretCeTask(await io.getJson(`${base}/api/ce/task?id=${encodeURIComponent(taskId)}`))
    if (task.state === 'success') {
      const gate = interpretGate(
        await io.getJson(`${base}/api/qualitygates/project_status?analysisId=${encodeURIComponent(task.analysisId)}`)
      )
      return { ...gate, analysisId: task.analysisId, polls }
    }
    if (task.state === 'failed') {
      throw new UserError(
        `The server could not process the analysis (compute-engine task ${taskId} ended ${task.status}: ${task.message}).`
      )
    }
    last = task.status
    if (io.now() + interval > deadline) {
      throw new UserError(
        `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the quality gate: compute-engine task ${taskId} is still ${last}. Raise 'quality-gate-timeout' or check the server's background tasks.`
      )
    }
    await io.sleep(interval)
  }
}

/** The error for a failed gate (undefined unless the gate is ERROR): the conditions it failed and the dashboard. */
export function gateFailureMessage(
  gate: Pick<GateResult, 'status' | 'failedConditions'> | undefined,
  projectKey: string,
  dashboardUrl: string | undefined
): string | undefined {
  if (gate?.status !== 'ERROR') return undefined
  return (
    `Quality gate failed for ${projectKey || 'the project'}` +
    (gate.failedConditions.length ? `: ${gate.failedConditions.join('; ')}` : '') +
    (dashboardUrl ? `. See ${dashboardUrl}` : '.')
  )
}
