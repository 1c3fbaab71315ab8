import { describe, expect, it } from '@jest/globals'
import {
  gateFailureMessage,
  interpretCeTask,
  interpretGate,
  pollIntervalMs,
  waitForQualityGate,
  type GateIo
} from './quality-gate.js'

describe('interpretCeTask', () => {
  it.each([
    [{ task: { status: 'PENDING' } }, { state: 'pending', status: 'PENDING' }],
    [{ task: { status: 'IN_PROGRESS' } }, { state: 'pending', status: 'IN_PROGRESS' }],
    [{ task: { status: 'SUCCESS', analysisId: 'A1' } }, { state: 'success', analysisId: 'A1' }],
    [{ task: { status: 'FAILED', errorMessage: 'boom' } }, { state: 'failed', status: 'FAILED', message: 'boom' }],
    [{ task: { status: 'CANCELED' } }, { state: 'failed', status: 'CANCELED', message: 'no error message' }],
    [{}, { state: 'failed', status: 'UNKNOWN', message: 'no error message' }]
  ])('%j', (body, expected) => {
    expect(interpretCeTask(body)).toEqual(expected)
  })
})

describe('interpretGate', () => {
  it.each([
    ['OK', 'OK'],
    ['WARN', 'OK'],
    ['ERROR', 'ERROR'],
    ['NONE', 'NONE'],
    [undefined, 'NONE']
  ])('%s -> %s', (status, expected) => {
    expect(interpretGate({ projectStatus: { status } }).status).toBe(expected)
  })

  it('lists the failed conditions in words', () => {
    const body = {
      projectStatus: {
        status: 'ERROR',
        conditions: [
          { status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '50' },
          { status: 'ERROR', metricKey: 'new_bugs', comparator: 'GT', errorThreshold: '0', actualValue: '2' },
          { status: 'OK', metricKey: 'new_smells', comparator: 'GT', errorThreshold: '5', actualValue: '1' }
        ]
      }
    }
    expect(interpretGate(body).failedConditions).toEqual([
      'new_coverage = 50 (must be at least 80)',
      'new_bugs = 2 (must be at most 0)'
    ])
  })
})

/** A clock that only moves when the code under test sleeps. */
function fakeIo(answers: Record<string, unknown[]>): GateIo & { urls: string[] } {
  let now = 0
  const urls: string[] = []
  return {
    urls,
    now: () => now,
    sleep: async ms => void (now += ms),
    getJson: async url => {
      urls.push(url)
      const key = Object.keys(answers).find(prefix => url.includes(prefix)) as string
      const queue = answers[key] as unknown[]
      return queue.length > 1 ? queue.shift() : queue[0]
    }
  }
}

describe('waitForQualityGate', () => {
  it('polls until the task succeeds, then reads the gate of that analysis', async () => {
    const io = fakeIo({
      'api/ce/task': [
        { task: { status: 'PENDING' } },
        { task: { status: 'IN_PROGRESS' } },
        { task: { status: 'SUCCESS', analysisId: 'A 1' } }
      ],
      'api/qualitygates': [{ projectStatus: { status: 'OK' } }]
    })
    const result = await waitForQualityGate('https://sq/', 'T1', 60000, io)
    expect(result).toEqual({ status: 'OK', failedConditions: [], analysisId: 'A 1', polls: 3 })
    expect(io.urls).toEqual([
      'https://sq/api/ce/task?id=T1',
      'https://sq/api/ce/task?id=T1',
      'https://sq/api/ce/task?id=T1',
      'https://sq/api/qualitygates/project_status?analysisId=A%201'
    ])
  })

  it('times out with what it last saw', async () => {
    const io = fakeIo({ 'api/ce/task': [{ task: { status: 'IN_PROGRESS' } }] })
    await expect(waitForQualityGate('https://sq', 'T1', 10000, io)).rejects.toThrow(
      /Timed out after 10 s .* still IN_PROGRESS/
    )
    expect(io.urls.length).toBe(21) // at 0 s, then every 0.5 s up to and including the deadline
  })

  it('fails when the server could not process the report', async () => {
    const io = fakeIo({ 'api/ce/task': [{ task: { status: 'FAILED', errorMessage: 'bad report' } }] })
    await expect(waitForQualityGate('https://sq', 'T1', 10000, io)).rejects.toThrow('ended FAILED: bad report')
  })

  it.each([
    [1000, 200],
    [60000, 3000],
    [300000, 5000]
  ])('polls every %s ms / 20, within 200 ms..5 s: %s', (timeout, interval) => {
    expect(pollIntervalMs(timeout)).toBe(interval)
  })
})

describe('gateFailureMessage', () => {
  const failed = { status: 'ERROR' as const, failedConditions: ['new_bugs = 2 (must be at most 0)', 'x'] }
  it.each([
    ['no gate waited for', undefined, 'k', undefined, undefined],
    ['a passed gate', { status: 'OK' as const, failedConditions: [] }, 'k', 'https://d', undefined],
    ['no gate for the project', { status: 'NONE' as const, failedConditions: [] }, 'k', undefined, undefined],
    [
      'a failed gate with conditions and a dashboard',
      failed,
      'oiio',
      'https://sonarcloud.io/dashboard?id=oiio',
      'Quality gate failed for oiio: new_bugs = 2 (must be at most 0); x. See https://sonarcloud.io/dashboard?id=oiio'
    ],
    [
      'a failed gate, key from sonar-project.properties, no conditions, no dashboard',
      { status: 'ERROR' as const, failedConditions: [] },
      '',
      undefined,
      'Quality gate failed for the project.'
    ]
  ])('%s', (_name, gate, key, dashboard, expected) => {
    expect(gateFailureMessage(gate, key, dashboard)).toBe(expected)
  })
})
