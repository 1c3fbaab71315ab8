/**
 * Everything main.ts needs once the inputs are read, behind one dynamic import: one chunk to load at start-up
 * rather than five (an input error still loads none of it). The full YAML parser stays a chunk of its own.
 */
export { parseSpecDocument } from './spec-document.js'
export { checkSpecShape } from './spec-schema.js'
export { expandMatrix } from './expand.js'
export { chooseProfile } from './profile.js'
export { renderSummary } from './summary.js'
