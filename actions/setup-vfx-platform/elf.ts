/**
 * Reads what the dynamic loader needs from an ELF file without running readelf: the class, the machine, DT_NEEDED,
 * DT_SONAME, DT_RPATH and DT_RUNPATH. Only the header, the section headers, the dynamic section and its string
 * table are read, so a thousand binaries take milliseconds (ADR 0061). `parseElfDynamic` is pure over a reader.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

export interface ElfDynamic {
  /** 'elf32' or 'elf64'. */
  class: 'elf32' | 'elf64'
  machine: number
  /** ET_EXEC 2, ET_DYN 3. */
  type: number
  needed: string[]
  soname?: string
  rpath: string[]
  runpath: string[]
  /** The PT_INTERP program interpreter of an executable, if any. */
  interpreter?: string
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Buffer

const DT_NEEDED = 1
const DT_STRTAB = 5
const DT_SONAME = 14
const DT_RPATH = 15
const DT_RUNPATH = 29
const SHT_DYNAMIC = 6
const PT_INTERP = 3

export function isElf(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46
}

function cString(buffer: Buffer, offset: number): string {
  if (offset < 0 || offset >= buffer.length) return ''
  const end = buffer.indexOf(0, offset)
  return buffer.toString('utf8', offset, end < 0 ? buffer.length : end)
}

/** The dynamic information of an ELF file, or undefined when it is not ELF or has no dynamic section. */
export function parseElfDynamic(read: ByteReader, fileSize: number): ElfDynamic | undefined {
  const ident = read(0, 64)
  if (!isElf(ident) || ident.length < 52) return undefined
  const is64 = ident[4] === 2
  const le = ident[5] !== 2
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o))
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o))
  const word = (b: Buffer, o: number) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o))
  if (is64 && ident.length < 64) return undefined
  const type = u16(ident, 16)
  const machine = u16(ident, 18)
  const phoff = word(ident, is64 ? 32 : 28)
  const shoff = word(ident, is64 ? 40 : 32)
  const phentsize = u16(ident, is64 ? 54 : 42)
  const phnum = u16(ident, is64 ? 56 : 44)
  const shentsize = u16(ident, is64 ? 58 : 46)
  const shnum = u16(ident, is64 ? 60 : 48)
  if (shoff === 0 || shnum === 0 || shoff + shnum * shentsize > fileSize) return undefined
  if (shentsize < (is64 ? 64 : 40)) return undefined

  let interpreter: string | undefined
  if (phoff > 0 && phnum > 0 && phoff + phnum * phentsize <= fileSize) {
    const ph = read(phoff, phnum * phentsize)
    for (let i = 0; i < phnum; i++) {
      const base = i * phentsize
      if (u32(ph, base) !== PT_INTERP) continue
      const offset = word(ph, base + (is64 ? 8 : 4))
      const size = word(ph, base + (is64 ? 32 : 16))
      if (size > 0 && size < 4096 && offset + size <= fileSize) interpreter = cString(read(offset, size), 0)
    }
  }

  const sections = read(shoff, shnum * shentsize)
  const section = (i: number) => {
    const base = i * shentsize
    return {
      type: u32(sections, base + 4),
      offset: word(sections, base + (is64 ? 24 : 16)),
      size: word(sections, base + (is64 ? 32 : 20)),
      link: u32(sections, base + (is64 ? 40 : 24))
    }
  }
  for (let i = 0; i < shnum; i++) {
    const dynamic = section(i)
    if (dynamic.type !== SHT_DYNAMIC) continue
    if (dynamic.link >= shnum || dynamic.offset + dynamic.size > fileSize) return undefined
    const strtab = section(dynamic.link)
    if (strtab.offset + strtab.size > fileSize) return undefined
    const strings = read(strtab.offset, strtab.size)
    const entries = read(dynamic.offset, dynamic.size)
    const entrySize = is64 ? 16 : 8
    const result: ElfDynamic = {
      class: is64 ? 'elf64' : 'elf32',
      machine,
      type,
      needed: [],
      rpath: [],
      runpath: [],
      interpreter
    }
    for (let at = 0; at + entrySize <= entries.length; at += entrySize) {
      const tag = word(entries, at)
      if (tag === 0) break
      if (tag === DT_STRTAB) continue
      const value = word(entries, at + entrySize / 2)
      if (tag === DT_NEEDED) result.needed.push(cString(strings, value))
      else if (tag === DT_SONAME) result.soname = cString(strings, value)
      else if (tag === DT_RPATH) result.rpath.push(...cString(strings, value).split(':').filter(Boolean))
      else if (tag === DT_RUNPATH) result.runpath.push(...cString(strings, value).split(':').filter(Boolean))
    }
    return result
  }
  return undefined
}

/** Reads an ELF file's dynamic information from disk (undefined when it is not a dynamic ELF file). */
export function readElfDynamic(path: string): ElfDynamic | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  try {
    const size = fstatSync(fd).size
    const read: ByteReader = (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      if (buffer.length > 0) readSync(fd, buffer, 0, buffer.length, offset)
      return buffer
    }
    return parseElfDynamic(read, size)
  } catch {
    return undefined // truncated or hostile: not evidence
  } finally {
    closeSync(fd)
  }
}
