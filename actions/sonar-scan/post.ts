/** Post: saves a freshly downloaded scanner to @actions/cache, once the job's work is done (never fails the job). */
import { saveScheduled } from '../../packages/toolkit/src/cache.js'

export async function post(): Promise<void> {
  await saveScheduled()
}
