/**
 * Post: deletes the temporary macOS keychain (main saved its path before creating it) and removes the
 * certificates main imported into Cert:\CurrentUser\My for signtool (their thumbprints were saved right after the
 * import), so both run also after a failed main. Everything else (GNUPGHOME, .pfx, .p12, API key, password files)
 * is in the toolkit's cleanup registry, which runAction empties after this function.
 */
import { existsSync } from 'node:fs'
import { log } from '../../packages/toolkit/src/runner.js'
import { signState } from './state.js'
import { deleteKeychain } from './macos.js'
import { removeImportedCertificates } from './signtool.js'

export async function post(): Promise<void> {
  await removeImportedCertificates()
  const keychain = signState.macosKeychain.read()
  if (!keychain) return
  const deleted = await deleteKeychain(keychain).catch(() => false)
  if (deleted) log.info(`Deleted the temporary keychain ${keychain}.`)
  else if (existsSync(keychain))
    log.warning(`Could not delete the temporary keychain ${keychain} with security; removing the file.`)
}
