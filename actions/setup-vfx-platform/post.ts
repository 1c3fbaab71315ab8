/**
 * Post: nothing of setup-vfx-platform's own to tear down. The installs main scheduled for @actions/cache are saved
 * by runAction's shared post work (toolkit action.ts), after this function; their errors are warnings.
 */
export async function post(): Promise<void> {}
