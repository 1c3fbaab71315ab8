/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 *
 * runAction owns the post work every action shares, after the action's own `post`: the cleanup registry (secret
 * files, private temp folders), the cache saves main scheduled (cache.js is imported only when there is one: it
 * loads @actions/cache, 3.5 MB), and an explicit exit once that is done, so that a socket or timer left behind by a
 * cache upload cannot keep the job waiting (setup-node exits for the same reason).
 */
import { UserError, errorMessage } from './errors.js'
import { sealInputs } from './inputs.js'
import { debugDecision, log, setFailed } from './runner.js'
import { runCleanup } from './secrets.js'
import { isPostPhase, markMainStarted, state } from './state.js'

export interface ActionPhases {
  main: () => Promise<void>
  post?: () => Promise<void>
}

export interface RunActionOptions {
  /** Ends the process after post (tests pass their own). */
  exit?: (code: number) => void
}

export async function runAction(phases: ActionPhases, options: RunActionOptions = {}): Promise<void> {
  sealInputs()
  const post = isPostPhase()
  debugDecision('phase', post ? 'post' : 'main')
  if (post) {
    await runPost(phases.post)
    exitOnceFlushed(options.exit ?? ((code: number) => process.exit(code)))
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
    log.warning(`Post step: ${errorMessage(error)}`)
  } finally {
    runCleanup()
  }
  const scheduled = state.cacheSaves.read()
  debugDecision(
    'scheduled cache saves',
    scheduled.map(save => save.key)
  )
  if (scheduled.length === 0) return
  try {
    const { saveScheduled } = await import('./cache.js')
    await saveScheduled()
  } catch (error) {
    log.warning(`Post step: the cache save failed; the job result is unaffected (${errorMessage(error)})`)
  }
}

/** Exits once what was written to stdout has been handed on (macOS pipes are asynchronous), or after a second. */
function exitOnceFlushed(exit: (code: number) => void): void {
  const code = typeof process.exitCode === 'number' ? process.exitCode : 0
  let done = false
  const once = () => {
    if (done) return
    done = true
    exit(code)
  }
  setTimeout(once, 1000)
  process.stdout.write('', once)
}

function reportFailure(error: unknown): void {
  if (error instanceof UserError) {
    setFailed(error.message)
    return
  }
  // A bug: keep the stack for the report, but still one clear annotation.
  setFailed(`Unexpected error: ${errorMessage(error)}`)
  if (error instanceof Error && error.stack) log.debug(error.stack)
}
