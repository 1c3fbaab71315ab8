import { describe, expect, it } from '@jest/globals'
import { analysisContext } from './analysis-context.js'

const pr = (head: string | null, extra: Record<string, unknown> = {}) => ({
  pull_request: {
    number: 7,
    head: { ref: 'topic', sha: 'f'.repeat(40), repo: head === null ? null : { full_name: head } },
    base: { ref: 'main', repo: { full_name: 'aswf/oiio' } },
    ...extra
  }
})

describe('analysisContext', () => {
  it.each([
    ['same-repository pull request', 'pull_request', pr('aswf/oiio'), false],
    ['fork pull request', 'pull_request', pr('someone/oiio'), true],
    ['deleted fork', 'pull_request', pr(null), true],
    ['pull_request_target from a fork', 'pull_request_target', pr('someone/oiio'), true]
  ])('%s', (_name, eventName, event, fromFork) => {
    const c = analysisContext({
      eventName,
      event,
      ref: 'refs/pull/7/merge',
      repository: 'aswf/oiio',
      sha: 'e'.repeat(40)
    })
    expect(c.kind).toBe('pull-request')
    expect(c.fromFork).toBe(fromFork)
    expect(c.properties).toEqual({
      'sonar.pullrequest.key': '7',
      'sonar.pullrequest.branch': 'topic',
      'sonar.pullrequest.base': 'main',
      'sonar.scm.revision': 'f'.repeat(40)
    })
  })

  it.each([
    [
      'push to a branch',
      'push',
      'refs/heads/feature/x',
      'branch',
      { 'sonar.branch.name': 'feature/x', 'sonar.scm.revision': 'e'.repeat(40) }
    ],
    ['a tag', 'push', 'refs/tags/v1.0', 'other', {}],
    [
      'a pull request event without a payload',
      'pull_request',
      'refs/heads/main',
      'branch',
      { 'sonar.branch.name': 'main', 'sonar.scm.revision': 'e'.repeat(40) }
    ],
    [
      'workflow_dispatch on a branch',
      'workflow_dispatch',
      'refs/heads/main',
      'branch',
      { 'sonar.branch.name': 'main', 'sonar.scm.revision': 'e'.repeat(40) }
    ]
  ])('%s', (_name, eventName, ref, kind, properties) => {
    const c = analysisContext({ eventName, event: {}, ref, repository: 'aswf/oiio', sha: 'e'.repeat(40) })
    expect(c.kind).toBe(kind)
    expect(c.properties).toEqual(properties)
    expect(c.fromFork).toBe(false)
  })

  it('notices Dependabot, which gets no secrets either', () => {
    expect(
      analysisContext({
        eventName: 'pull_request',
        event: pr('aswf/oiio'),
        ref: '',
        repository: 'aswf/oiio',
        actor: 'dependabot[bot]'
      }).fromDependabot
    ).toBe(true)
  })

  it('describes the fork in words', () => {
    expect(
      analysisContext({ eventName: 'pull_request', event: pr('someone/oiio'), ref: '', repository: 'aswf/oiio' })
        .description
    ).toBe('pull request #7 (topic → main) from fork someone/oiio')
  })
})
