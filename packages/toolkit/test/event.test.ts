import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EVENT_TRUST_RULES, eventTrust, pullRequestOf, readEventPayload } from '../src/event.js'

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

describe('eventTrust', () => {
  const repo = 'aswf/openexr'
  const same = pr({ full_name: 'aswf/openexr' })
  const fork = pr({ full_name: 'mallory/openexr' })
  test.each([
    ['push', {}, true],
    ['schedule', {}, true],
    ['workflow_dispatch', {}, true],
    ['repository_dispatch', {}, true],
    ['merge_group', {}, true],
    ['pull_request', same, true],
    ['pull_request', fork, false],
    ['pull_request', pr(null), false],
    ['pull_request_target', fork, false],
    ['pull_request_target', same, true],
    ['pull_request_review', { ...same, review: { author_association: 'MEMBER' } }, true],
    ['pull_request_review', { ...same, review: { author_association: 'NONE' } }, false],
    ['pull_request_review', { ...fork, review: { author_association: 'OWNER' } }, false],
    ['pull_request_review_comment', { ...same, comment: { author_association: 'COLLABORATOR' } }, true],
    ['pull_request_review_comment', { ...same, comment: { author_association: 'CONTRIBUTOR' } }, false],
    ['issue_comment', { comment: { author_association: 'OWNER' } }, true],
    ['issue_comment', { comment: { author_association: 'FIRST_TIME_CONTRIBUTOR' } }, false],
    ['issue_comment', {}, false],
    ['discussion_comment', { comment: { author_association: 'NONE' } }, false],
    ['discussion', { discussion: { author_association: 'MEMBER' } }, true],
    ['workflow_run', { workflow_run: { head_repository: { full_name: 'aswf/openexr' } } }, true],
    ['workflow_run', { workflow_run: { head_repository: { full_name: 'mallory/openexr' } } }, false],
    ['workflow_run', { workflow_run: { head_repository: null } }, false],
    ['fork', {}, false],
    ['issues', {}, false],
    ['watch', {}, false],
    ['check_run', {}, false],
    ['a_future_event', {}, false],
    ['', {}, false],
    ['__proto__', {}, false],
    ['toString', {}, false]
  ])('%s %#: trusted %s', (name, payload, trusted) => {
    expect(eventTrust(name, payload, repo).trusted).toBe(trusted)
  })

  test('every documented trigger has a rule with a reason', () => {
    for (const [name, { why }] of Object.entries(EVENT_TRUST_RULES))
      expect([name, why.length > 10]).toEqual([name, true])
    expect(Object.keys(EVENT_TRUST_RULES)).toHaveLength(31)
  })
})
