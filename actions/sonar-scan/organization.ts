/**
 * The SonarCloud organization when none is given: the repository owner, lowercased. SonarCloud organization keys
 * are lowercase (an owner's display case, `AcademySoftwareFoundation`, is not a key: `academysoftwarefoundation`
 * is). SonarQube Server has no organizations, so nothing is set for other hosts.
 */
const SONARCLOUD_HOSTS = new Set(['sonarcloud.io', 'www.sonarcloud.io', 'sonarqube.us'])

export function isSonarCloud(hostUrl: string): boolean {
  try {
    return SONARCLOUD_HOSTS.has(new URL(hostUrl).hostname.toLowerCase())
  } catch {
    return false
  }
}

export function organizationFor(given: string, hostUrl: string, repository: string): string {
  if (given !== '') return given
  if (!isSonarCloud(hostUrl)) return ''
  return (repository.split('/')[0] ?? '').toLowerCase()
}
