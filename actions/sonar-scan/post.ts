/**
 * Post: nothing of sonar-scan's own to tear down. The scanner download main scheduled for @actions/cache is saved
 * by runAction's shared post work (toolkit action.ts), after this function.
 */
export async function post(): Promise<void> {}
