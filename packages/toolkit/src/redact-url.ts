/**
 * URLs with credentials in them (`https://user:pass@mirror/…`) must never reach a log, an output or a summary.
 * redactUrl gives the printable form; maskUrlCredentials registers the secret parts with the runner at once, so
 * that whatever prints the URL later (an error from a library included) shows `***` instead.
 */
import { maskSecret } from './secrets.js'

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i

/** The URL with any user name and password replaced by `***`; text that is not a URL is returned as it is. */
export function redactUrl(url: string): string {
  return url.replace(USERINFO, (_all, scheme: string) => `${scheme}***@`)
}

/** Every URL inside a text (an argument such as `-Dsonar.host.url=…`, an error message) with its user-info redacted. */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/gi, (_all, scheme: string) => `${scheme}***@`)
}

/** True when the URL carries a user name or password. */
export function hasUrlCredentials(url: string): boolean {
  return USERINFO.test(url)
}

/** Masks the user-info of a URL (raw and percent-decoded, password alone and user:password together). */
export function maskUrlCredentials(url: string): void {
  const userinfo = USERINFO.exec(url)?.[2]
  if (!userinfo) return
  const [user = '', password = ''] = userinfo.split(/:(.*)/s)
  for (const part of [userinfo, password, user]) {
    if (part === '') continue
    maskSecret(part)
    try {
      const decoded = decodeURIComponent(part)
      if (decoded !== part) maskSecret(decoded)
    } catch {
      // Not valid percent-encoding: the raw form is masked already.
    }
  }
}
