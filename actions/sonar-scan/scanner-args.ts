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

/**
 * The property a user argument defines, however it is spelled: `-Dkey=v`, `-D key=v` and `--define key=v` as one
 * line, `--define=key=v`, `-Dkey =v`, or `key=v` after a lone `-D`/`--define` line. Undefined for other arguments.
 */
export function definedKey(arg: string, previous?: string): string | undefined {
  const define = /^\s*(?:-D|--define(?:=|\s+|$))\s*(.*)$/s.exec(arg)
  const rest = define ? define[1] : previous !== undefined && /^\s*(?:-D|--define)\s*$/.test(previous) ? arg : undefined
  if (rest === undefined) return undefined
  const key = (/^([^=]*)/.exec(rest)?.[1] ?? '').trim()
  return key === '' ? undefined : key
}

/** Property keys the user sets (any spelling definedKey reads); theirs win over ours. */
export function userDefinedKeys(userArgs: readonly string[]): Set<string> {
  const keys = new Set<string>()
  userArgs.forEach((arg, i) => {
    const key = definedKey(arg, i > 0 ? userArgs[i - 1] : undefined)
    if (key) keys.add(key)
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

/**
 * Properties whose values are credentials: the token and the legacy login/password, and every password or secret
 * the scanner or its JVM reads (proxy, truststore, keystore: `sonar.scanner.proxyPassword`,
 * `sonar.scanner.truststorePassword`, `javax.net.ssl.keyStorePassword`, `http.proxyPassword` …). Compared without
 * case or white space, so no spelling gets one onto argv, where every process on the machine can read it.
 */
export function isCredentialKey(key: string): boolean {
  const k = key.replace(/\s+/g, '').toLowerCase()
  return (
    ['sonar.token', 'sonar.login', 'sonar.password'].includes(k) ||
    /(password|passphrase|secret|credential)/.test(k) ||
    /(^|\.)(token|apikey|api-key|auth)$/.test(k)
  )
}

/** A user argument that would put a credential on argv; the caller refuses it with this message (never the value). */
export function credentialInArgs(userArgs: readonly string[]): string | undefined {
  for (const [i, arg] of userArgs.entries()) {
    const key = definedKey(arg, i > 0 ? userArgs[i - 1] : undefined)
    if (key !== undefined && isCredentialKey(key)) {
      return `Input 'args' line ${i + 1} sets ${key.replace(/\s+/g, '')}: credentials must not be passed on the command line. Give the token in the 'token' input (or SONAR_TOKEN); the action hands it to the scanner in its environment. Proxy and keystore passwords belong in SONAR_SCANNER_JAVA_OPTS from a secret.`
    }
  }
  return undefined
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
