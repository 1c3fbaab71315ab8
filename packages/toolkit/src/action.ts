/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 */
import * as core from './commands.js'
import { UserError, errorMessage } from './errors.js'
import { isPostPhase, markMainStarted } from './runner.js'
import { runCleanup } from './secrets.js'

export interface ActionPhases {
  main: () => Promise<void>
  post?: () => Promise<void>
}

export async function runAction(phases: ActionPhases): Promise<void> {
  if (isPostPhase()) {
    await runPost(phases.post)
    return
  }
  markMainStarted()
  try {
    await phases.main()
  } catch (error) {
    reportFailure(error)
  }
}

async function runPost(post: ActionPhases['post']): Promise<void> {
  try {
    if (post) await post()
  } catch (error) {
    core.warning(`Post step: ${errorMessage(error)}`)
  } finally {
    runCleanup()
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof UserError) {
    core.setFailed(error.message)
    return
  }
  // A bug: keep the stack for the report, but still one clear annotation.
  core.setFailed(`Unexpected error: ${errorMessage(error)}`)
  if (error instanceof Error && error.stack) core.debug(error.stack)
}
