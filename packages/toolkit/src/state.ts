/**
 * Typed state: a value handed from `main` to `post` through the runner's state (GITHUB_STATE, read back as
 * STATE_<key>) is declared once, with its type, by whoever owns it: the toolkit's own keys here, an action's in its
 * `state.ts` (keys prefixed with the action's name). A reader returns what the runner handed
 * back (in post: what main saved; in main: nothing), parses the JSON once, and falls back to the empty value on
 * anything malformed: a post step must clean up what it can, never crash on its own state.
 */
import * as core from '@actions/core'

export interface StateEntry<T> {
  readonly key: string
  read(): T
  write(value: T): void
}

function entry<T>(key: string, parse: (text: string) => T, format: (value: T) => string): StateEntry<T> {
  let cached: { raw: string; value: T } | undefined
  return {
    key,
    read() {
      const raw = core.getState(key)
      if (cached?.raw !== raw) cached = { raw, value: parse(raw) }
      return cached.value
    },
    write(value) {
      core.saveState(key, format(value))
    }
  }
}

/** A plain text value. */
export const textState = (key: string): StateEntry<string> =>
  entry(
    key,
    value => value,
    value => value
  )

/** A JSON array whose items pass `isItem`; anything else reads as []. */
export function listState<T>(key: string, isItem: (item: unknown) => item is T): StateEntry<T[]> {
  return entry(
    key,
    value => {
      if (value === '') return []
      try {
        const parsed: unknown = JSON.parse(value)
        return Array.isArray(parsed) ? parsed.filter(isItem) : []
      } catch {
        return []
      }
    },
    value => JSON.stringify(value)
  )
}

export const isString = (item: unknown): item is string => typeof item === 'string'

/** A tool folder main installed and post saves to @actions/cache (written by cache.ts's scheduleSave). */
export interface ScheduledCacheSave {
  key: string
  tool: string
  version: string
  arch: string
  [more: string]: unknown
}

const isScheduledSave = (item: unknown): item is ScheduledCacheSave =>
  typeof item === 'object' &&
  item !== null &&
  ['key', 'tool', 'version', 'arch'].every(name => typeof (item as Record<string, unknown>)[name] === 'string')

/** The toolkit's own state keys (every action's runAction uses them). */
export const state = {
  /** Set by runAction when main starts; the runner hands state back only to post, so it tells the phases apart. */
  phase: textState('isPost'),
  /** Paths of secret material and private temp folders (secrets.ts), removed after post even when main failed. */
  cleanup: listState('toolkit-cleanup', isString),
  /** Tool folders to save to @actions/cache once the job's work is done (toolkit cache.ts). */
  cacheSaves: listState('toolkit-cache-save', isScheduledSave),
  /** setup-vfx-platform fuzzing: the decoy paths main created outside the decoy root, removed by post. */
  fuzzCreated: listState('fuzz-created', isString),
  /** setup-vfx-platform fuzzing: the decoy root (removed whole by post). */
  fuzzRoot: textState('fuzz-root')
} as const

/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
export function isPostPhase(): boolean {
  return state.phase.read() === 'true'
}

export function markMainStarted(): void {
  state.phase.write('true')
}
