/**
 * Post: removes the fuzz decoys main planted. The installs main scheduled for @actions/cache are saved by runAction's
 * shared post work (toolkit action.ts), after this function; their errors are warnings.
 */
export async function post(): Promise<void> {
  const { removeDecoys } = await import('./fuzz-step.js')
  removeDecoys()
}
