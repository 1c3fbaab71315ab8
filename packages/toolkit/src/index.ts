// The shared toolkit every action is built from. Heavy modules (HTTP clients) load lazily.
// cache.ts is deliberately not exported here: its lazy `import('@actions/cache')` makes the bundler emit a 3.5 MB
// chunk into every bundle that can reach it, so only the actions that cache import './cache.js' directly.
export * from './errors.js'
export { formatCommand, formatFileCommand, type AnnotationProperties } from './commands.js'
export * from './inputs.js'
export * from './runner.js'
export * from './action.js'
export * from './process.js'
export * from './secrets.js'
export * from './hash.js'
export * from './http.js'
export * from './download.js'
export * from './archive.js'
export * from './tool-cache.js'
export * from './summary.js'
export * from './event.js'
