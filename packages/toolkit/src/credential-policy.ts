/**
 * Where a credential may go: only to the origin it was meant for (scheme, host and port all equal), and only over
 * https. An http origin is accepted only when the credential was meant for that very http origin on the loopback
 * interface (a server on the runner itself: the local test stand-ins). Redirects, pagination links and URLs from
 * manifests are checked with this before a credential is attached; a refusal drops the credential, never the request.
 */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

export function mayCarryCredential(target: URL | string, intendedOrigin: URL | string): boolean {
  let to: URL
  let meant: URL
  try {
    to = new URL(target)
    meant = new URL(intendedOrigin)
  } catch {
    return false
  }
  if (to.origin !== meant.origin || to.username !== '' || to.password !== '') return false
  if (to.protocol === 'https:') return true
  return to.protocol === 'http:' && LOOPBACK.test(to.hostname)
}
