/**
 * `compile-commands: auto`: where CMake, Meson and the IDE presets usually leave compile_commands.json. The first
 * existing candidate wins; the order puts the conventional `build/` first and the project root last (a checked-in
 * or symlinked database at the root is usually a copy of one of the others).
 */
export const COMPILE_COMMANDS_CANDIDATES = [
  'build/compile_commands.json',
  '_build/compile_commands.json',
  'builddir/compile_commands.json',
  'cmake-build-debug/compile_commands.json',
  'cmake-build-release/compile_commands.json',
  'out/build/compile_commands.json',
  'compile_commands.json'
]

/** The first candidate for which `exists` holds; `extraDirs` (e.g. `build/*` found on disk) come after `build/`. */
export function findCompileCommands(
  exists: (relative: string) => boolean,
  extraDirs: string[] = []
): string | undefined {
  const [first, ...rest] = COMPILE_COMMANDS_CANDIDATES
  const ordered = [
    first as string,
    ...extraDirs.map(dir => `${dir.replace(/\/+$/, '')}/compile_commands.json`),
    ...rest
  ]
  return ordered.find(candidate => exists(candidate))
}
