/**
 * Workflow commands on stdout through @actions/core, with the one thing it does not do for us: `core.info` writes
 * its text raw, so text from outside (API answers, tool output, file names, runner and GPU names) could start a
 * workflow command of its own. Every line this toolkit logs goes through neutralizeCommands first. Annotations,
 * debug lines, masks and group titles are single commands whose data @actions/core escapes (`%`, CR and LF become
 * `%25`, `%0D`, `%0A`), so their text cannot begin a second line; group titles are neutralized as well.
 */
import * as core from '@actions/core'
import { EOL } from 'node:os'

export type AnnotationProperties = core.AnnotationProperties

/**
 * Text from outside must never start a workflow command: the runner reads a line as a command when, after leading
 * white space, it starts with `::`, and as a legacy command when it holds `##[`. A zero-width space (not white
 * space to the runner) breaks both; line ends of every kind (CR alone too) are made plain newlines so that a bare
 * CR cannot hide a second line.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
    .join(EOL)
}

export const info = (message: string): void => core.info(neutralizeCommands(message))
export const debug = (message: string): void => core.debug(message)
export const notice = (message: string, properties?: AnnotationProperties): void => core.notice(message, properties)
export const warning = (message: string, properties?: AnnotationProperties): void => core.warning(message, properties)
export const error = (message: string, properties?: AnnotationProperties): void => core.error(message, properties)
export const setFailed = (message: string): void => core.setFailed(message)
export const setSecret = (value: string): void => core.setSecret(value)
export const isDebug = (): boolean => core.isDebug()

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(neutralizeCommands(name), fn)
}
