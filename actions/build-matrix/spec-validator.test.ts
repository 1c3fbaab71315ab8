import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { generateValidatorSource, generatedPath } from './generate-validator.js'

describe('spec-validator.generated.ts', () => {
  it('is generated from the current spec.schema.json', async () => {
    const fresh = await generateValidatorSource()
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(generatedPath, fresh)
    const committed = existsSync(generatedPath) ? readFileSync(generatedPath, 'utf8') : ''
    expect(committed).toBe(fresh)
  })
})
