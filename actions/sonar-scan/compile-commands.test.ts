import { describe, expect, it } from '@jest/globals'
import { findCompileCommands } from './compile-commands.js'

describe('findCompileCommands', () => {
  it.each<[string[], string[], string | undefined]>([
    [['build/compile_commands.json', 'compile_commands.json'], [], 'build/compile_commands.json'],
    [
      ['build/Release/compile_commands.json', '_build/compile_commands.json'],
      ['build/Release'],
      'build/Release/compile_commands.json'
    ],
    [['cmake-build-debug/compile_commands.json'], [], 'cmake-build-debug/compile_commands.json'],
    [['compile_commands.json'], [], 'compile_commands.json'],
    [[], ['build/x'], undefined]
  ])('%j (extra %j) -> %s', (present, extra, expected) => {
    expect(findCompileCommands(rel => present.includes(rel), extra)).toBe(expected)
  })
})
