import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { checkSpecShape } from './spec-schema.js'

describe('checkSpecShape', () => {
  it.each([
    [
      'the issue spec shape (compiler per OS, pins, patterns, profiles)',
      'vfx-platform: [2024]\ncompiler: { linux: [gcc] }\nimage-tags: { 2023: "2023.2" }\nexclude: [{ os: windows }]\nprofiles: { pr: { os: [linux] } }'
    ],
    [
      'a plain compiler list and single values',
      'vfx-platform: CY2025\nos: linux\ncompiler: [gcc, clang]\nbuild-type: Debug\ncxx-standard: 20'
    ],
    [
      'include extra keys of any shape',
      'vfx-platform: latest\ninclude: [{ name: docs, docs: true, cmake-args: [-DX=1] }]'
    ]
  ])('accepts %s', (_title, yaml) => {
    expect(checkSpecShape(parse(yaml)).problems).toEqual([])
  })

  it.each([
    [
      'an unknown top-level key, at the key',
      'vfx-platform: 2025\nplatforms: [linux]',
      ['platforms'],
      /unknown key 'platforms' \(accepted: project, vfx-platform, container, os, compiler,/
    ],
    ['a wrong OS', 'vfx-platform: 2025\nos: [linux, solaris]', ['os', 1], /must be one of 'linux', 'macos', 'windows'/],
    ['a wrong year shape', 'vfx-platform: [2025, next]', ['vfx-platform', 1], /expected A platform year/],
    ['a wrong build type', 'vfx-platform: 2025\nbuild-type: [Fast]', ['build-type', 0], /Release/],
    [
      'a compiler map with an unknown OS',
      'vfx-platform: 2025\ncompiler: { beos: [gcc] }',
      ['compiler', 'beos'],
      /unknown key 'beos'/
    ],
    [
      'an unquoted pin (a number)',
      'vfx-platform: 2025\nimage-tags: { 2025: 2025.10 }',
      ['image-tags', '2025'],
      /must be string/
    ],
    [
      'a derived key in an include',
      'vfx-platform: 2025\ninclude: [{ id: foo }]',
      ['include', 0, 'id'],
      /not allowed here: ids are derived/
    ],
    [
      'a reserved profile name, at the key',
      'vfx-platform: 2025\nprofiles: { full: {} }',
      ['profiles', 'full'],
      /the key 'full' is not allowed here/
    ],
    [
      'an env name that is not a variable name',
      'vfx-platform: 2025\nenv: { 1X: a }',
      ['env', '1X'],
      /the key '1X' is not accepted \(must match/
    ],
    ['an empty pattern', 'vfx-platform: 2025\nexclude: [{}]', ['exclude', 0], /fewer than 1/],
    ['not a mapping at all', '- 2025', [], /must be object/]
  ])('rejects %s', (_title, yaml, path, message) => {
    const { problems, spec } = checkSpecShape(parse(yaml))
    expect(spec).toBeUndefined()
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message), severity: 'error' })
  })
})
