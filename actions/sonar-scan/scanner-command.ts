/**
 * How to start the scanner. On Linux and macOS its own `bin/sonar-scanner` script. On Windows the launcher is a
 * .bat file, which Node can only start through cmd.exe, re-parsing every argument as shell text: the very hole of
 * the official action's CVEs. So on Windows we start the bundled Java directly, with what sonar-scanner.bat passes.
 */
import { join } from 'node:path'

export interface ScannerCommand {
  file: string
  args: string[]
}

export function scannerCommand(
  home: string,
  os: string,
  projectDir: string,
  args: string[],
  libJars: string[] = []
): ScannerCommand {
  if (os !== 'Windows') return { file: join(home, 'bin', 'sonar-scanner'), args }
  const jar = libJars.find(name => /^sonar-scanner-cli-.*\.jar$/.test(name))
  return {
    file: join(home, 'jre', 'bin', 'java.exe'),
    args: [
      '-Djava.awt.headless=true',
      '-classpath',
      join(home, 'lib', jar ?? 'sonar-scanner-cli.jar'),
      `-Dscanner.home=${home}`,
      `-Dproject.home=${projectDir}`,
      'org.sonarsource.scanner.cli.Main',
      ...args
    ]
  }
}
