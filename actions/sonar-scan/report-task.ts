/**
 * The scanner's `.scannerwork/report-task.txt`: a Java properties file the scanner writes after uploading,
 * naming the dashboard and the compute-engine task that will process the report.
 */
export interface ReportTask {
  projectKey?: string
  serverUrl?: string
  dashboardUrl?: string
  ceTaskId?: string
  ceTaskUrl?: string
}

export function parseReportTask(text: string): ReportTask {
  const values: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line)
    // Properties files escape ':' and '=' in values (https\://...).
    if (match?.[1]) values[match[1]] = (match[2] ?? '').replace(/\\([:=\\ #!])/g, '$1')
  }
  return {
    projectKey: values.projectKey,
    serverUrl: values.serverUrl,
    dashboardUrl: values.dashboardUrl,
    ceTaskId: values.ceTaskId,
    ceTaskUrl: values.ceTaskUrl
  }
}
