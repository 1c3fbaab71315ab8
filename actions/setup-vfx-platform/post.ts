/** Post step: the install work's deferred cache save (its errors are warnings, see runAction), and the fuzz decoys removed. */
export async function post(): Promise<void> {
  const { removeDecoys } = await import('./fuzz-step.js')
  removeDecoys()
  const { postInstall } = await import('./install.js')
  await postInstall()
}
