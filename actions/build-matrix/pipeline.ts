/**
 * Everything main.ts needs once the inputs are read, behind one dynamic import: one chunk to load at start-up
 * (an input error loads none of it).
 */
export { readSpec, checkSize } from './report.js'
export { expandMatrix } from './expand.js'
export { chooseProfile } from './profile.js'
export { renderSummary } from './summary.js'
