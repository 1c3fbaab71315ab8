// The VFX Reference Platform (vfxplatform.com) and the ASWF CI images, as data with sources, and their queries.
export type { PlatformYear, Requirement, Semantics, OsName, AswfYearFacts } from './types.js'
export { supportedYears, resolveYear, allYears } from './years.js'
export { satisfies, compareVersions, versionParts, majorMinor, type Verdict } from './version.js'
export {
  aswfImageProjects,
  aswfImageYears,
  aswfImage,
  aswfClangVariants,
  aswfDefaultClang,
  aswfLatestTag,
  ciCommonGeneration,
  aswfEnvironment,
  aswfRegistry,
  type AswfImageOptions,
  type AswfEnvironmentNames
} from './aswf-images.js'
