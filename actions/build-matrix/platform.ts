/**
 * The one place build-matrix touches packages/vfx-platform (the platform table and the ASWF image facts), so the
 * rest of the action depends only on this small surface.
 */
export {
  resolveYear,
  aswfImage,
  aswfImageYears,
  aswfClangVariants,
  aswfImageProjects,
  type PlatformYear
} from '../../packages/vfx-platform/src/index.js'
