import { describe, expect, it } from '@jest/globals'
import { parseReportTask } from './report-task.js'

describe('parseReportTask', () => {
  it('reads the scanner properties file, escaped or not', () => {
    const text = [
      '# written by the scanner',
      'organization=aswf',
      'projectKey=aswf_oiio',
      'serverUrl=https\\://sonarcloud.io',
      'serverVersion=8.0.0',
      'dashboardUrl=https://sonarcloud.io/dashboard?id=aswf_oiio&branch=main',
      'ceTaskId=AYx-1',
      'ceTaskUrl = https://sonarcloud.io/api/ce/task?id=AYx-1',
      ''
    ].join('\r\n')
    expect(parseReportTask(text)).toEqual({
      projectKey: 'aswf_oiio',
      serverUrl: 'https://sonarcloud.io',
      dashboardUrl: 'https://sonarcloud.io/dashboard?id=aswf_oiio&branch=main',
      ceTaskId: 'AYx-1',
      ceTaskUrl: 'https://sonarcloud.io/api/ce/task?id=AYx-1'
    })
  })

  it('returns nothing for an empty file', () => {
    expect(parseReportTask('')).toEqual({})
  })
})
