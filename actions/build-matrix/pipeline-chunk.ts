/**
 * Everything main.ts needs once the inputs are read, behind one dynamic import: one chunk to load at start-up
 * (an input error loads none of it).
 */
export { planMatrix } from './pipeline.js'
export { renderSummary } from './summary.js'
