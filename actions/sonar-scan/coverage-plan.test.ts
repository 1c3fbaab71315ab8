import { describe, expect, it } from '@jest/globals'
import {
  classifyByName,
  planCoverage,
  sniffReport,
  type CoverageCandidates,
  type CoverageMode
} from './coverage-plan.js'

const none: CoverageCandidates = { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] }
const all: CoverageCandidates = {
  gcovJson: ['a.gcov.json.gz'],
  gcda: ['a.gcda'],
  llvmJson: ['l.json'],
  genericXml: ['g.xml'],
  coberturaXml: ['c.xml']
}

describe('planCoverage', () => {
  it.each<[CoverageMode, CoverageCandidates, string]>([
    ['auto', all, 'gcov'],
    ['auto', { ...none, gcda: ['a.gcda'] }, 'gcov'],
    ['auto', { ...none, llvmJson: ['l.json'], coberturaXml: ['c.xml'] }, 'llvm-cov'],
    ['auto', { ...none, coberturaXml: ['c.xml'] }, 'coverage-xml'],
    ['auto', none, 'none'],
    ['llvm-cov', all, 'llvm-cov'],
    ['coverage-xml', all, 'coverage-xml'],
    ['gcov', { ...none, llvmJson: ['l.json'] }, 'none'],
    ['none', all, 'none']
  ])('%s with %j -> %s', (mode, found, expected) => {
    expect(planCoverage(mode, found, 'build').mode).toBe(expected)
  })

  it('prefers existing gcov JSON over running gcov again on .gcda data', () => {
    expect(planCoverage('gcov', all, '.')).toEqual({ mode: 'gcov', gcovJson: ['a.gcov.json.gz'], gcda: [] })
  })
})

describe('report recognition', () => {
  it.each([
    ['main.gcov.json.gz', 'gcov-json'],
    ['x.GCDA', 'gcda'],
    ['coverage.json', 'json'],
    ['coverage.xml', 'xml'],
    ['main.cpp', undefined]
  ])('classifyByName(%s) -> %s', (name, kind) => {
    expect(classifyByName(name)).toBe(kind)
  })

  it.each([
    ['{"data":[],"type":"llvm.coverage.json.export","version":"2.0.1"}', 'llvm-json'],
    ['<?xml version="1.0"?>\n<coverage version="1">\n<file path="a">', 'generic-xml'],
    [
      '<?xml version="1.0" ?>\n<coverage version="7.4.1" timestamp="1" lines-valid="10" line-rate="0.5">',
      'cobertura-xml'
    ],
    ['{"name":"package"}', undefined],
    ['<project/>', undefined]
  ])('sniffReport(%s) -> %s', (head, kind) => {
    expect(sniffReport(head)).toBe(kind)
  })
})
