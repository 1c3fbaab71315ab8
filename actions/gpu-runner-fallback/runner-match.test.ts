import { describe, expect, test } from '@jest/globals'
import {
  canBeHostedLabel,
  carriesLabels,
  judgeHosted,
  judgeSelfHosted,
  usableGroupIds,
  type SelfHostedRunner
} from './runner-match.js'

const gpuRunner = (status: string, busy: boolean): SelfHostedRunner => ({
  id: 1,
  name: 'gpu-1',
  status,
  busy,
  labels: ['self-hosted', 'Linux', 'X64', 'gpu', 'CUDA'].map(name => ({ name }))
})

describe('runner matching', () => {
  test.each([
    [['gpu'], true],
    [['GPU', 'linux'], true],
    [['self-hosted', 'gpu', 'cuda'], true],
    [['gpu', 'optix'], false],
    [[], true]
  ])('carriesLabels(%j) = %s', (requested, expected) => {
    expect(carriesLabels(requested, ['self-hosted', 'Linux', 'X64', 'gpu', 'CUDA'])).toBe(expected)
  })

  test.each([
    ['online', false, false, 'usable'],
    ['online', true, false, 'usable'],
    ['online', true, true, 'busy'],
    ['offline', false, false, 'offline'],
    ['Online', false, true, 'usable']
  ])('self-hosted %s busy=%s require-idle=%s: %s', (status, busy, requireIdle, verdict) => {
    expect(judgeSelfHosted(gpuRunner(status as string, busy as boolean), ['gpu'], requireIdle as boolean)).toBe(verdict)
  })

  test('a runner without the labels does not match, whatever its state', () => {
    expect(judgeSelfHosted(gpuRunner('online', false), ['gpu', 'rocm'], false)).toBe('no-match')
  })

  test.each([
    ['Ready', 'usable'],
    ['Provisioning', 'not-ready'],
    ['Shutdown', 'not-ready'],
    ['Deleting', 'not-ready'],
    ['Stuck', 'not-ready']
  ])('hosted larger runner in status %s: %s', (status, verdict) => {
    const runner = { id: 1, name: 'ubuntu-20.04-gpu-t4-4c-16g-176h', status, runner_group_id: 1 }
    expect(judgeHosted(runner, ['Ubuntu-20.04-GPU-T4-4c-16g-176h'])).toBe(verdict)
    expect(judgeHosted(runner, ['other'])).toBe('no-match')
  })

  test.each([
    [['ubuntu-20.04-gpu-t4-4c-16g-176h'], true],
    [['gpu', 'GPU'], true],
    [['self-hosted'], false],
    [['self-hosted', 'gpu'], false],
    [['linux', 'gpu'], false]
  ])('canBeHostedLabel(%j) = %s', (labels, expected) => {
    expect(canBeHostedLabel(labels)).toBe(expected)
  })

  test('a group closed to public repositories is not usable by a public one', () => {
    const groups = [
      { id: 1, name: 'Default', allows_public_repositories: true },
      { id: 2, name: 'gpu-private', allows_public_repositories: false }
    ]
    expect([...usableGroupIds(groups, true)]).toEqual([1])
    expect([...usableGroupIds(groups, false)]).toEqual([1, 2])
    expect([...usableGroupIds(groups, undefined)]).toEqual([1, 2])
  })
})
