import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { scannerCommand } from './scanner-command.js'

describe('scannerCommand', () => {
  it('runs bin/sonar-scanner on Linux and macOS', () => {
    expect(scannerCommand('/tc/s', 'Linux', '/w', ['-X'])).toEqual({
      file: join('/tc/s', 'bin', 'sonar-scanner'),
      args: ['-X']
    })
  })

  it('starts the bundled Java on Windows instead of the .bat (no cmd.exe re-parsing)', () => {
    const c = scannerCommand(
      'C:/tc/s',
      'Windows',
      'C:/w',
      ['-Dsonar.x=a&b'],
      ['other.jar', 'sonar-scanner-cli-8.1.0.6389.jar']
    )
    expect(c.file).toBe(join('C:/tc/s', 'jre', 'bin', 'java.exe'))
    expect(c.args).toEqual([
      '-Djava.awt.headless=true',
      '-classpath',
      join('C:/tc/s', 'lib', 'sonar-scanner-cli-8.1.0.6389.jar'),
      '-Dscanner.home=C:/tc/s',
      '-Dproject.home=C:/w',
      'org.sonarsource.scanner.cli.Main',
      '-Dsonar.x=a&b'
    ])
  })
})
