// The committed Ajv standalone validator is the one spec.schema.json generates (npm run generate).
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// @ts-expect-error: a plain .mjs script without type declarations
import { generateValidator, outputPath } from './generate-validator.mjs'

it('spec-validator.generated.ts matches build-matrix/spec.schema.json (run npm run generate)', async () => {
  expect(readFileSync(outputPath as string, 'utf8')).toBe(await (generateValidator as () => Promise<string>)())
})
