/**
 * The checksums file, byte-compatible with GNU coreutils' `sha256sum`/`sha512sum` output so that
 * `sha256sum -c SHA256SUMS` verifies it: `<hex>  <name>` per line (text mode, two spaces), sorted by name, and
 * coreutils' escaping for names holding a backslash or a newline (the line then starts with `\`).
 */

export type ChecksumAlgorithm = 'sha256' | 'sha512'

export interface FileDigest {
  /** The name as written in the checksums file: relative to the file's folder, `/`-separated. */
  name: string
  digest: string
}

export function defaultChecksumsFileName(algorithm: ChecksumAlgorithm): string {
  return algorithm === 'sha256' ? 'SHA256SUMS' : 'SHA512SUMS'
}

export function checksumLine({ name, digest }: FileDigest): string {
  if (/[\\\n\r]/.test(name)) {
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    return `\\${digest}  ${escaped}\n`
  }
  return `${digest}  ${name}\n`
}

/** Sorted by byte order of the name (stable for any locale), one line per file. */
export function checksumsFileContent(digests: readonly FileDigest[]): string {
  return [...digests]
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
    .map(checksumLine)
    .join('')
}
