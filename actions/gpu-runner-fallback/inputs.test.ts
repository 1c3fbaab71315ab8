import { describe, expect, test } from '@jest/globals'
import { parseOwners, parseRunsOn } from './inputs.js'

describe('parseOwners', () => {
  test.each([
    ['', []],
    ['AcademySoftwareFoundation', ['AcademySoftwareFoundation']],
    ['aswf, jane\n# a comment\nbob # inline', ['aswf', 'jane', 'bob']]
  ])('%j', (value, owners) => expect(parseOwners(value)).toEqual(owners))

  // A list that names nothing would switch the owner check off: an input error instead.
  test.each([' , ', '#org', ',\n,', 'not an owner', 'a/b'])('%j is an input error', value => {
    expect(() => parseOwners(value)).toThrow(/Input 'allowed-owners'/)
  })
})

describe('parseRunsOn', () => {
  test.each([
    ['gpu', ['gpu']],
    ['["self-hosted", "gpu"]', ['self-hosted', 'gpu']],
    ['', []]
  ])('%j', (value, labels) => expect(parseRunsOn('gpu-runner', value)).toEqual(labels))

  test.each([
    ['{"group":"gpu"}', /runner-group form of runs-on is not supported/],
    ['[]', /JSON array of labels/],
    ['["gpu", ""]', /JSON array of labels/],
    ['["gpu\\n::set-output name=x::y"]', /control characters/],
    ['[1]', /JSON array/],
    ['[broken', /JSON array/]
  ])('%j is an input error', (value, message) => {
    expect(() => parseRunsOn('gpu-runner', value)).toThrow(message)
  })
})
