// Platform bundles: the CMake/Ninja catalog, the bundle manifest, install planning, the install flow, the
// environment of an installed tree and the vcpkg.json generator.
export * from './platform.js'
export * from './catalog.js'
export * from './manifest.js'
export * from './plan.js'
export * from './environment.js'
export * from './install.js'
export * from './vcpkg.js'
