/**
 * The scanner's argv and environment. Every value is one argv element, never shell text: the official action's
 * shell-based `args` handling had two CVEs (CVE-2025-58178, CVE-2025-59844). The token goes only into the
 * environment (SONAR_TOKEN), which the scanner reads itself; argv is visible to every process on the machine.
 */

export interface ScannerSettings {
  /** Properties this action derives (host, project, branch or pull request, coverage, compile commands). */
  properties: Record<string, string>
  /** The user's `args` lines, each one argv element, passed through untouched after ours. */
  userArgs: string[]
}

/** Property keys the user sets with `-Dkey=value` (or `--define key=value`); theirs win over ours. */
export function userDefinedKeys(userArgs: readonly string[]): Set<string> {
  const keys = new Set<string>()
  userArgs.forEach((arg, i) => {
    const define = /^(?:-D|--define=)([^=\s]+)=/.exec(arg)
    if (define?.[1]) keys.add(define[1])
    if ((arg === '--define' || arg === '-D') && userArgs[i + 1]) {
      const key = /^([^=\s]+)=/.exec(userArgs[i + 1] as string)?.[1]
      if (key) keys.add(key)
    }
  })
  return keys
}

export function scannerArguments(settings: ScannerSettings): string[] {
  const overridden = userDefinedKeys(settings.userArgs)
  const ours = Object.entries(settings.properties)
    .filter(([key, value]) => value !== '' && !overridden.has(key))
    .map(([key, value]) => `-D${key}=${value}`)
  return [...ours, ...settings.userArgs]
}

/** Properties whose values are secrets and must never be given on the command line. */
const SECRET_KEYS = ['sonar.token', 'sonar.login', 'sonar.password']

/** A user argument that would put a credential on argv; the caller refuses it with this message. */
export function credentialInArgs(userArgs: readonly string[]): string | undefined {
  const keys = userDefinedKeys(userArgs)
  const found = SECRET_KEYS.find(key => keys.has(key))
  return found
    ? `'args' sets ${found}: credentials must not be passed on the command line. Give the token in the 'token' input (or SONAR_TOKEN); the action hands it to the scanner in its environment.`
    : undefined
}

/** The scanner's environment: the job's, plus the token and host the scanner reads itself. */
export function scannerEnvironment(base: NodeJS.ProcessEnv, token: string, hostUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, SONAR_HOST_URL: hostUrl }
  // The runner hands every input to the action as INPUT_*; the scanner has no business seeing them (INPUT_TOKEN).
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name]
  if (token) env.SONAR_TOKEN = token
  else delete env.SONAR_TOKEN
  return env
}
