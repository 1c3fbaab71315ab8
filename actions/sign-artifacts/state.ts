/** What sign-artifacts' main hands to its post step, to undo what it changed on the machine. */
import { isString, listState, textState } from '../../packages/toolkit/src/state.js'

export const signState = {
  /** The temporary macOS keychain, saved before it is created. */
  macosKeychain: textState('sign-artifacts-keychain'),
  /** Thumbprints of the certificates imported into Cert:\\CurrentUser\\My, saved right after import. */
  windowsCertificates: listState('sign-artifacts-windows-certificates', isString)
} as const
