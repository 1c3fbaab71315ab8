import { describe, expect, it } from '@jest/globals'
import { tokenDecision, type TokenSituation } from './token-policy.js'

const FORK_PR = {
  description: 'pull request #7 (fix → main) from fork eve/repo',
  fromFork: true,
  fromDependabot: false
}
const DEPENDABOT_PR = { description: 'pull request #8 (deps → main)', fromFork: false, fromDependabot: true }
const BRANCH = { description: 'branch main', fromFork: false, fromDependabot: false }

const situation = (
  context: TokenSituation['context'],
  hasToken: boolean,
  skipWithoutToken = true,
  eventName = 'pull_request'
): TokenSituation => ({ context, eventName, hasToken, skipWithoutToken })

describe('tokenDecision', () => {
  it.each([
    ['a branch with a token', situation(BRANCH, true), 'scan'],
    ['a Dependabot pull request with a token', situation(DEPENDABOT_PR, true), 'scan'],
    ['a fork pull request with a token', situation(FORK_PR, true, true, 'pull_request_target'), 'scan'],
    ['a fork pull request without a token', situation(FORK_PR, false), 'skip'],
    ['a Dependabot pull request without a token', situation(DEPENDABOT_PR, false), 'skip'],
    ['a fork pull request without a token, skipping off', situation(FORK_PR, false, false), 'error'],
    ['a Dependabot pull request without a token, skipping off', situation(DEPENDABOT_PR, false, false), 'error'],
    ['a branch without a token', situation(BRANCH, false), 'error'],
    ['a branch without a token, skipping off', situation(BRANCH, false, false), 'error']
  ])('%s: %s', (_name, s, kind) => {
    expect(tokenDecision(s).kind).toBe(kind)
  })

  it('warns only when a fork pull request runs with a token, naming the event', () => {
    const fork = tokenDecision(situation(FORK_PR, true, true, 'pull_request_target'))
    expect(fork).toEqual({
      kind: 'scan',
      warning: expect.stringContaining(`${FORK_PR.description} (pull_request_target): the fork's code`)
    })
    expect(tokenDecision(situation(BRANCH, true))).toEqual({ kind: 'scan' })
    expect(tokenDecision(situation(DEPENDABOT_PR, true))).toEqual({ kind: 'scan' })
  })

  it.each([
    [FORK_PR, 'a pull request from a fork'],
    [DEPENDABOT_PR, 'a Dependabot pull request']
  ])('a skip says why: %j', (context, who) => {
    expect(tokenDecision(situation(context, false))).toEqual({
      kind: 'skip',
      reason: `No SonarQube token: ${who} gets no repository secrets. The analysis runs when the change is merged.`
    })
  })

  it('the error names the inputs, and points at skip-without-token only where skipping could apply', () => {
    const branch = tokenDecision(situation(BRANCH, false))
    expect(branch).toEqual({
      kind: 'error',
      message:
        "No SonarQube token for branch main. Set the 'token' input or the SONAR_TOKEN environment variable from a secret."
    })
    const fork = tokenDecision(situation(FORK_PR, false, false))
    expect(fork.kind === 'error' && fork.message).toMatch(
      /^No SonarQube token for pull request #7 .* \(or leave 'skip-without-token' at true to skip such pull requests\)\.$/
    )
  })
})
