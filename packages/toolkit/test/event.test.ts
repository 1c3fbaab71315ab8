import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestOf, readEventPayload } from '../src/event.js'

const pr = (head: { full_name?: string } | null, base = 'aswf/openexr') => ({
  pull_request: {
    number: 7,
    head: { ref: 'feature', sha: 'abc', repo: head },
    base: { ref: 'main', repo: { full_name: base } }
  }
})

describe('pullRequestOf', () => {
  test.each([
    ['same repository', pr({ full_name: 'aswf/openexr' }), false],
    ['same repository, other case', pr({ full_name: 'ASWF/OpenEXR' }), false],
    ['fork', pr({ full_name: 'someone/openexr' }), true],
    ['deleted fork (head.repo null)', pr(null), true]
  ])('%s', (_label, event, fromFork) => {
    expect(pullRequestOf('pull_request', event, 'aswf/openexr')).toMatchObject({
      number: 7,
      headRef: 'feature',
      headSha: 'abc',
      baseRef: 'main',
      fromFork
    })
  })

  test('pull_request_target counts; push, schedule and payloads without pull_request do not', () => {
    expect(pullRequestOf('pull_request_target', pr({ full_name: 'x/y' }), 'aswf/openexr')?.fromFork).toBe(true)
    expect(pullRequestOf('push', pr({ full_name: 'x/y' }), 'aswf/openexr')).toBeUndefined()
    expect(pullRequestOf('pull_request', {}, 'aswf/openexr')).toBeUndefined()
    expect(pullRequestOf('pull_request', null, 'aswf/openexr')).toBeUndefined()
  })
})

describe('readEventPayload', () => {
  test('a payload file, no file, a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    writeFileSync(join(dir, 'ok.json'), '{"number":1}')
    writeFileSync(join(dir, 'bad.json'), '{not json')
    expect(readEventPayload(join(dir, 'ok.json'))).toEqual({ number: 1 })
    expect(readEventPayload(join(dir, 'missing.json'))).toEqual({})
    expect(readEventPayload('')).toEqual({})
    expect(() => readEventPayload(join(dir, 'bad.json'))).toThrow(/not valid JSON/)
  })
})
