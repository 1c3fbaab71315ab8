import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../packages/toolkit/src/errors.js'
import { chooseProfile } from './profile.js'

describe('chooseProfile', () => {
  it.each([
    ['auto', 'pull_request', ['pr'], 'pr'],
    ['auto', 'pull_request_target', ['pr', 'nightly'], 'pr'],
    ['auto', 'pull_request', [], undefined],
    ['auto', 'push', ['pr'], undefined],
    ['auto', 'schedule', ['pr'], undefined],
    ['', 'pull_request', ['pr'], 'pr'],
    ['full', 'pull_request', ['pr'], undefined],
    ['nightly', 'push', ['pr', 'nightly'], 'nightly']
  ])('%s on %s with %j → %s', (input, event, profiles, name) => {
    expect(chooseProfile(input, event, profiles).name).toBe(name)
  })
  it('names the accepted profiles when the input is unknown', () => {
    expect(() => chooseProfile('nigthly', 'push', ['pr', 'nightly'])).toThrow(InputError)
    expect(() => chooseProfile('nigthly', 'push', ['pr', 'nightly'])).toThrow(/'auto', 'full', 'pr', 'nightly'/)
  })
})

describe('chooseProfile follows the toolkit list of pull-request events', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    '%s picks the pr profile',
    eventName => {
      expect(chooseProfile('auto', eventName, ['pr']).name).toBe('pr')
    }
  )
})
