/** Post step: the install work's deferred cache save (its errors are warnings, see runAction). */
export async function post(): Promise<void> {
  const { postInstall } = await import('./install.js')
  await postInstall()
}
