export const id = 256;
export const ids = [256];
export const modules = {

/***/ 9468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ readElfDynamic),
/* harmony export */   aB: () => (/* binding */ isElf)
/* harmony export */ });
/* unused harmony export parseElfDynamic */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/**
 * Reads what the dynamic loader needs from an ELF file without running readelf: the class, the machine, DT_NEEDED,
 * DT_SONAME, DT_RPATH and DT_RUNPATH. Only the header, the section headers, the dynamic section and its string
 * table are read, so a thousand binaries take milliseconds (ADR 0061). `parseElfDynamic` is pure over a reader.
 */

const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_RUNPATH = 29;
const SHT_DYNAMIC = 6;
const PT_INTERP = 3;
function isElf(head) {
    return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}
function cString(buffer, offset) {
    if (offset < 0 || offset >= buffer.length)
        return '';
    const end = buffer.indexOf(0, offset);
    return buffer.toString('utf8', offset, end < 0 ? buffer.length : end);
}
/** The dynamic information of an ELF file, or undefined when it is not ELF or has no dynamic section. */
function parseElfDynamic(read, fileSize) {
    const ident = read(0, 64);
    if (!isElf(ident) || ident.length < 52)
        return undefined;
    const is64 = ident[4] === 2;
    const le = ident[5] !== 2;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b, o) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o));
    if (is64 && ident.length < 64)
        return undefined;
    const type = u16(ident, 16);
    const machine = u16(ident, 18);
    const phoff = word(ident, is64 ? 32 : 28);
    const shoff = word(ident, is64 ? 40 : 32);
    const phentsize = u16(ident, is64 ? 54 : 42);
    const phnum = u16(ident, is64 ? 56 : 44);
    const shentsize = u16(ident, is64 ? 58 : 46);
    const shnum = u16(ident, is64 ? 60 : 48);
    if (shoff === 0 || shnum === 0 || shoff + shnum * shentsize > fileSize)
        return undefined;
    if (shentsize < (is64 ? 64 : 40))
        return undefined;
    let interpreter;
    if (phoff > 0 && phnum > 0 && phoff + phnum * phentsize <= fileSize) {
        const ph = read(phoff, phnum * phentsize);
        for (let i = 0; i < phnum; i++) {
            const base = i * phentsize;
            if (u32(ph, base) !== PT_INTERP)
                continue;
            const offset = word(ph, base + (is64 ? 8 : 4));
            const size = word(ph, base + (is64 ? 32 : 16));
            if (size > 0 && size < 4096 && offset + size <= fileSize)
                interpreter = cString(read(offset, size), 0);
        }
    }
    const sections = read(shoff, shnum * shentsize);
    const section = (i) => {
        const base = i * shentsize;
        return {
            type: u32(sections, base + 4),
            offset: word(sections, base + (is64 ? 24 : 16)),
            size: word(sections, base + (is64 ? 32 : 20)),
            link: u32(sections, base + (is64 ? 40 : 24))
        };
    };
    for (let i = 0; i < shnum; i++) {
        const dynamic = section(i);
        if (dynamic.type !== SHT_DYNAMIC)
            continue;
        if (dynamic.link >= shnum || dynamic.offset + dynamic.size > fileSize)
            return undefined;
        const strtab = section(dynamic.link);
        if (strtab.offset + strtab.size > fileSize)
            return undefined;
        const strings = read(strtab.offset, strtab.size);
        const entries = read(dynamic.offset, dynamic.size);
        const entrySize = is64 ? 16 : 8;
        const result = {
            class: is64 ? 'elf64' : 'elf32',
            machine,
            type,
            needed: [],
            rpath: [],
            runpath: [],
            interpreter
        };
        for (let at = 0; at + entrySize <= entries.length; at += entrySize) {
            const tag = word(entries, at);
            if (tag === 0)
                break;
            if (tag === DT_STRTAB)
                continue;
            const value = word(entries, at + entrySize / 2);
            if (tag === DT_NEEDED)
                result.needed.push(cString(strings, value));
            else if (tag === DT_SONAME)
                result.soname = cString(strings, value);
            else if (tag === DT_RPATH)
                result.rpath.push(...cString(strings, value).split(':').filter(Boolean));
            else if (tag === DT_RUNPATH)
                result.runpath.push(...cString(strings, value).split(':').filter(Boolean));
        }
        return result;
    }
    return undefined;
}
/** Reads an ELF file's dynamic information from disk (undefined when it is not a dynamic ELF file). */
function readElfDynamic(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const read = (offset, length) => {
            const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
            if (buffer.length > 0)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, offset);
            return buffer;
        };
        return parseElfDynamic(read, size);
    }
    catch {
        return undefined; // truncated or hostile: not evidence
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 7256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fuzzManifestPath: () => (/* binding */ fuzzManifestPath),
  plantDecoys: () => (/* binding */ plantDecoys),
  removeDecoys: () => (/* binding */ removeDecoys)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/process.js
var src_process = __webpack_require__(7713);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/state.js
var state = __webpack_require__(9653);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/decoys.js
/**
 * The fuzz step's plan: which decoy installs to plant, what each holds and how each is put in a fragile build's
 * way. Pure: a seed gives the same plan on every run (versions, prefix order, which <Pkg>_ROOT variables are set).
 * The files are tiny but real: headers with their version macros and the few declarations the test projects use,
 * CMake config and config-version files, pkg-config files, and shared libraries (built with the real compiler by
 * fuzz-step.ts) with their own SONAMEs.
 */
/** mulberry32: a small, well-known 32-bit PRNG; enough to make a seed reproducible across platforms. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function pick(next, items) {
    return items[Math.floor(next() * items.length)];
}
function shuffle(next, items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
const guard = (name, body) => `#ifndef ${name}\n#define ${name}\n${body}#endif\n`;
function configVersion(version) {
    // The SameMajorVersion logic CMake's write_basic_package_version_file writes, reduced to what find_package reads.
    const major = version.split('.')[0];
    return [
        `set(PACKAGE_VERSION "${version}")`,
        'if(PACKAGE_FIND_VERSION_RANGE)',
        '  set(PACKAGE_VERSION_COMPATIBLE FALSE)',
        `elseif(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION OR NOT PACKAGE_FIND_VERSION_MAJOR STREQUAL "${major}")`,
        '  set(PACKAGE_VERSION_COMPATIBLE FALSE)',
        'else()',
        '  set(PACKAGE_VERSION_COMPATIBLE TRUE)',
        '  if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)',
        '    set(PACKAGE_VERSION_EXACT TRUE)',
        '  endif()',
        'endif()',
        ''
    ].join('\n');
}
function importedTarget(target, prefix, library, includes) {
    return [
        `if(NOT TARGET ${target})`,
        `  add_library(${target} SHARED IMPORTED)`,
        `  set_target_properties(${target} PROPERTIES`,
        `    IMPORTED_LOCATION "${prefix}/${library}"`,
        `    INTERFACE_INCLUDE_DIRECTORIES "${includes.map(i => `${prefix}/${i}`).join(';')}")`,
        'endif()',
        ''
    ].join('\n');
}
function pkgConfig(name, version, prefix, cflags, libs) {
    return `prefix=${prefix}\nincludedir=\${prefix}/include\nlibdir=\${prefix}/lib\n\nName: ${name}\nDescription: ${name} (decoy planted by setup-vfx-platform fuzz)\nVersion: ${version}\nCflags: ${cflags}\nLibs: -L\${libdir} ${libs}\n`;
}
function ilmbase(prefix, version) {
    const [major, minor] = version.split('.');
    const tag = `${major}_${minor}`;
    const ns = `Imath_${tag}`;
    return {
        name: `ilmbase-${version}`,
        family: 'imath',
        version,
        description: `IlmBase ${version} (Imath 2): headers in include/OpenEXR, CMake config IlmBase, pkg-config IlmBase`,
        prefix,
        files: [
            {
                path: 'include/OpenEXR/IlmBaseConfig.h',
                content: guard('INCLUDED_ILMBASE_CONFIG_H', `#define ILMBASE_VERSION_STRING "${version}"\n#define ILMBASE_VERSION_MAJOR ${major}\n#define ILMBASE_VERSION_MINOR ${minor}\n#define IMATH_INTERNAL_NAMESPACE ${ns}\n`)
            },
            {
                path: 'include/OpenEXR/ImathVec.h',
                content: guard('INCLUDED_IMATHVEC_H', `#include "IlmBaseConfig.h"\nnamespace ${ns} {\ntemplate <class T> class Vec3 {\n public:\n  T x, y, z;\n  Vec3(T a, T b, T c) : x(a), y(b), z(c) {}\n};\ntypedef Vec3<float> V3f;\n}\nnamespace Imath = ${ns};\n`)
            },
            { path: 'include/OpenEXR/half.h', content: guard('_HALF_H_', `#include "IlmBaseConfig.h"\nclass half;\n`) },
            { path: `lib/cmake/IlmBase/IlmBaseConfigVersion.cmake`, content: configVersion(version) },
            {
                path: `lib/cmake/IlmBase/IlmBaseConfig.cmake`,
                content: importedTarget('IlmBase::Imath', prefix, `lib/libImath-${tag}.so`, ['include', 'include/OpenEXR'])
            },
            {
                path: 'lib/pkgconfig/IlmBase.pc',
                content: pkgConfig('IlmBase', version, prefix, '-I${includedir} -I${includedir}/OpenEXR', `-lImath-${tag} -lHalf-${tag}`)
            }
        ],
        libraries: [
            {
                path: `lib/libImath-${tag}.so.${major}${minor}`,
                soname: `libImath-${tag}.so.${major}${minor}`,
                links: [`libImath-${tag}.so`, 'libImath.so'],
                source: `int imath_decoy_version_${tag}(void) { return ${major}${minor}; }\n`
            },
            {
                path: `lib/libHalf-${tag}.so.${major}${minor}`,
                soname: `libHalf-${tag}.so.${major}${minor}`,
                links: [`libHalf-${tag}.so`, 'libHalf.so'],
                source: `int half_decoy_version_${tag}(void) { return ${major}${minor}; }\n`
            }
        ],
        exposedBy: []
    };
}
function openexr2(prefix, version) {
    const [major, minor] = version.split('.');
    const tag = `${major}_${minor}`;
    const ns = `Imf_${tag}`;
    return {
        name: `openexr-${version}`,
        family: 'openexr',
        version,
        description: `OpenEXR ${version} (IlmImf): headers in include/OpenEXR, CMake config OpenEXR, pkg-config OpenEXR`,
        prefix,
        files: [
            {
                path: 'include/OpenEXR/OpenEXRConfig.h',
                content: guard('INCLUDED_OPENEXR_CONFIG_H', `#define OPENEXR_VERSION_STRING "${version}"\n#define OPENEXR_VERSION_MAJOR ${major}\n#define OPENEXR_VERSION_MINOR ${minor}\n#define OPENEXR_IMF_INTERNAL_NAMESPACE ${ns}\n`)
            },
            {
                path: 'include/OpenEXR/ImfThreading.h',
                content: guard('INCLUDED_IMF_THREADING_H', `#include "OpenEXRConfig.h"\nnamespace ${ns} {\nint globalThreadCount();\n}\nnamespace Imf = ${ns};\n`)
            },
            { path: 'include/OpenEXR/ImfHeader.h', content: guard('INCLUDED_IMF_HEADER_H', '#include "OpenEXRConfig.h"\n') },
            { path: 'lib/cmake/OpenEXR/OpenEXRConfigVersion.cmake', content: configVersion(version) },
            {
                path: 'lib/cmake/OpenEXR/OpenEXRConfig.cmake',
                content: importedTarget('OpenEXR::OpenEXR', prefix, `lib/libIlmImf-${tag}.so`, ['include', 'include/OpenEXR'])
            },
            {
                path: 'lib/pkgconfig/OpenEXR.pc',
                content: pkgConfig('OpenEXR', version, prefix, '-I${includedir} -I${includedir}/OpenEXR', `-lIlmImf-${tag}`)
            }
        ],
        libraries: [
            {
                path: `lib/libIlmImf-${tag}.so.${major}${minor}`,
                soname: `libIlmImf-${tag}.so.${major}${minor}`,
                links: [`libIlmImf-${tag}.so`, 'libIlmImf.so'],
                // Imf_2_5::globalThreadCount(), spelled as its mangled name so a C compiler builds it.
                source: `int _ZN${ns.length}${ns}17globalThreadCountEv(void) { return 0; }\n`
            }
        ],
        exposedBy: []
    };
}
function python(prefix, version) {
    const [major, minor] = version.split('.');
    const dir = `python${major}.${minor}m`;
    return {
        name: `python-${version}`,
        family: 'python',
        version,
        description: `A second Python ${version}: headers in include/${dir}, libpython, pkg-config python3`,
        prefix,
        files: [
            {
                path: `include/${dir}/patchlevel.h`,
                content: `#define PY_MAJOR_VERSION ${major}\n#define PY_MINOR_VERSION ${minor}\n#define PY_VERSION "${version}"\n`
            },
            { path: `include/${dir}/Python.h`, content: '#include "patchlevel.h"\n' },
            {
                path: 'lib/pkgconfig/python3.pc',
                content: pkgConfig('Python', `${major}.${minor}`, prefix, `-I\${includedir}/${dir}`, `-lpython${major}.${minor}m`)
            },
            {
                path: 'lib/pkgconfig/python3-embed.pc',
                content: pkgConfig('Python', `${major}.${minor}`, prefix, `-I\${includedir}/${dir}`, `-lpython${major}.${minor}m`)
            }
        ],
        libraries: [
            {
                path: `lib/libpython${major}.${minor}m.so.1.0`,
                soname: `libpython${major}.${minor}m.so.1.0`,
                links: [`libpython${major}.${minor}m.so`],
                source: `int Py_IsInitialized(void) { return 0; }\n`
            }
        ],
        exposedBy: []
    };
}
/** A SONAME-compatible stand-in for the platform's Imath 3 library: what a stray LD_LIBRARY_PATH would load. */
function imathRuntime(prefix, soname) {
    return {
        name: `imath-runtime-${soname}`,
        family: 'imath',
        version: '3.1.0',
        description: `A copy of ${soname} with the same SONAME (only a library: meets a binary at load time)`,
        prefix,
        files: [],
        libraries: [{ path: `lib/${soname}`, soname, links: [], source: 'int imath_runtime_decoy(void) { return 1; }\n' }],
        exposedBy: ['LD_LIBRARY_PATH of the job (the fuzz step plants it but sets no variable for it)']
    };
}
function staleFindModules(prefix, exr, imath) {
    const exrTag = exr.version.split('.').slice(0, 2).join('_');
    const imathTag = imath.version.split('.').slice(0, 2).join('_');
    const find = (pkg, upper, version, decoys, libs) => [
        `# Find${pkg}.cmake from the OpenEXR 2 era (planted by setup-vfx-platform fuzz): no version check, no hints.`,
        `set(${pkg}_FOUND TRUE)`,
        `set(${upper}_FOUND TRUE)`,
        `set(${pkg}_VERSION "${version}")`,
        `set(${upper}_INCLUDE_DIR "${decoys[0]?.prefix}/include/OpenEXR" CACHE PATH "${pkg} include folder")`,
        `set(${upper}_INCLUDE_DIRS "${decoys.flatMap(d => [`${d.prefix}/include`, `${d.prefix}/include/OpenEXR`]).join(';')}")`,
        `set(${upper}_LIBRARY "${libs[0]}" CACHE FILEPATH "${pkg} library")`,
        `set(${upper}_LIBRARIES "${libs.join(';')}")`,
        ''
    ].join('\n');
    const exrLib = `${exr.prefix}/lib/libIlmImf-${exrTag}.so`;
    const imathLib = `${imath.prefix}/lib/libImath-${imathTag}.so`;
    exr.exposedBy.push('FindOpenEXR.cmake on CMAKE_MODULE_PATH (the cmake -C cache file)');
    imath.exposedBy.push('FindOpenEXR.cmake / FindIlmBase.cmake on CMAKE_MODULE_PATH (the cmake -C cache file)');
    return {
        name: 'stale-find-modules',
        family: 'find-module',
        version: exr.version,
        description: `FindOpenEXR.cmake and FindIlmBase.cmake of the OpenEXR 2 era, pointing at ${exr.name} and ${imath.name}`,
        prefix,
        files: [
            { path: 'FindOpenEXR.cmake', content: find('OpenEXR', 'OPENEXR', exr.version, [exr, imath], [exrLib, imathLib]) },
            { path: 'FindIlmBase.cmake', content: find('IlmBase', 'ILMBASE', imath.version, [imath], [imathLib]) }
        ],
        libraries: [],
        exposedBy: ['CMAKE_MODULE_PATH in the CMake initial-cache file (cmake -C)']
    };
}
function planDecoys(input) {
    const next = random(input.seed);
    const root = `${input.temp.replace(/[\\/]+$/, '')}/setup-vfx-platform/fuzz-${input.seed}`;
    const ilmbaseVersion = pick(next, ['2.3.0', '2.4.3', '2.5.8']);
    const openexrVersion = ilmbaseVersion.replace(/^2\.(\d)\..*$/, (_, m) => `2.${m}.${Math.floor(next() * 9)}`);
    const pythonVersion = pick(next, ['3.6.15', '3.7.17', '3.8.20']);
    const temp = (name) => `${root}/${name}`;
    const imath = ilmbase(input.scope === 'system' ? '/usr/local' : temp(`ilmbase-${ilmbaseVersion}`), ilmbaseVersion);
    const exr = openexr2(input.scope === 'system' ? '/usr/local' : temp(`openexr-${openexrVersion}`), openexrVersion);
    const py = python(temp(`python-${pythonVersion}`), pythonVersion);
    const runtime = imathRuntime(temp('imath-runtime'), input.imathSoname);
    const modules = staleFindModules(temp('cmake-modules'), exr, imath);
    const env = {};
    const ordered = shuffle(next, [imath, exr, py]);
    const prepend = (name, dirs) => {
        const current = input.env[name];
        env[name] = [...new Set(dirs), ...(current ? [current] : [])].join(input.delimiter);
        for (const decoy of ordered)
            if (dirs.some(d => d.startsWith(decoy.prefix + '/') || d === decoy.prefix))
                decoy.exposedBy.push(name);
    };
    prepend('CMAKE_PREFIX_PATH', ordered.map(d => d.prefix));
    prepend('PKG_CONFIG_PATH', ordered.map(d => `${d.prefix}/lib/pkgconfig`));
    // Each <Pkg>_ROOT spelling is set or not by the seed, at least one per family.
    const roots = [
        [imath, ['Imath_ROOT', 'IlmBase_ROOT', 'ILMBASE_ROOT']],
        [exr, ['OpenEXR_ROOT', 'OPENEXR_ROOT']],
        [py, ['Python_ROOT_DIR', 'Python3_ROOT_DIR']]
    ];
    for (const [decoy, names] of roots) {
        const chosen = names.filter(() => next() < 0.5);
        for (const name of chosen.length ? chosen : [pick(next, names)]) {
            env[name] = decoy.prefix;
            decoy.exposedBy.push(name);
        }
    }
    if (input.scope === 'system')
        for (const decoy of [imath, exr])
            decoy.exposedBy.push('the system prefix /usr/local (searched by CMake, pkg-config, gcc and ld.so)');
    const decoys = [imath, exr, py, runtime, modules];
    return { seed: input.seed, scope: input.scope, root, decoys, env, modulePath: [modules.prefix] };
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/elf.js
var elf = __webpack_require__(9468);
// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/library-probes.js
var library_probes = __webpack_require__(7872);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/fuzz-step.js
/**
 * The fuzz step's I/O: plants the decoys of decoys.ts (files, tiny shared libraries built with the real compiler),
 * writes the manifest the audit step reads, and exports the variables that put the decoys in a fragile build's way.
 * Nothing is written outside the plan's root (under RUNNER_TEMP) unless `fuzz-scope: system`; even then no existing
 * file is touched, and post removes exactly what was created.
 */









// Post trusts only its own state (a later step cannot change it), never the manifest file on disk: the keys are
// state.fuzzCreated and state.fuzzRoot in the toolkit's state registry.
/** Where the fuzz step leaves its manifest for the audit step of the same job. */
function fuzzManifestPath(temp) {
    return (0,external_node_path_.join)(temp, 'setup-vfx-platform', 'fuzz-manifest.json');
}
/** The SONAME of the Imath library the build would use (the load-time decoy copies it). */
function imathSoname(detection) {
    const prefix = detection.found.imath?.prefix;
    for (const dir of prefix ? (0,library_probes/* libraryDirs */.qo)(prefix, detection.multiarch) : []) {
        const soname = (0,elf/* readElfDynamic */.$g)((0,external_node_path_.join)(dir, 'libImath.so'))?.soname;
        if (soname)
            return soname;
    }
    return 'libImath-3_1.so.29';
}
async function compileLibrary(os, source, output, soname) {
    const src = `${output}.c`;
    (0,external_node_fs_.writeFileSync)(src, source);
    const args = os === 'macOS'
        ? ['-dynamiclib', '-install_name', soname, '-o', output, src]
        : ['-shared', '-fPIC', `-Wl,-soname,${soname}`, '-o', output, src];
    try {
        await (0,src_process/* runProcess */.R3)(os === 'macOS' ? 'cc' : 'gcc', args, { timeoutMs: 60_000 });
    }
    finally {
        (0,external_node_fs_.rmSync)(src, { force: true });
    }
}
async function plantDecoys(options) {
    if (options.os === 'Windows')
        throw new errors/* UserError */.yo("Input 'fuzz' is set on Windows: decoys are planted on Linux and macOS runners only.");
    const plan = planDecoys({
        seed: options.seed,
        scope: options.scope,
        temp: options.temp,
        env: process.env,
        imathSoname: imathSoname(options.detection),
        delimiter: external_node_path_.delimiter
    });
    const targets = plan.decoys.flatMap(d => [
        ...d.files.map(f => (0,external_node_path_.join)(d.prefix, f.path)),
        ...d.libraries.flatMap(l => [(0,external_node_path_.join)(d.prefix, l.path), ...l.links.map(n => (0,external_node_path_.join)(d.prefix, (0,external_node_path_.dirname)(l.path), n))])
    ]);
    const clash = targets.find(path => (0,external_node_fs_.existsSync)(path) || isLink(path));
    if (clash && !clash.startsWith(plan.root + '/'))
        throw new errors/* UserError */.yo(`fuzz-scope 'system' would overwrite ${clash}, which already exists: decoys never replace a real file (use a throwaway runner or fuzz-scope 'runner-temp').`);
    (0,external_node_fs_.rmSync)(plan.root, { recursive: true, force: true });
    const created = [];
    const ensureDir = (dir) => {
        const missing = [];
        for (let d = dir; !(0,external_node_fs_.existsSync)(d); d = (0,external_node_path_.dirname)(d))
            missing.push(d);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        created.push(...missing.reverse());
    };
    for (const decoy of plan.decoys) {
        for (const file of decoy.files) {
            const path = (0,external_node_path_.join)(decoy.prefix, file.path);
            ensureDir((0,external_node_path_.dirname)(path));
            (0,external_node_fs_.writeFileSync)(path, file.content, { flag: 'wx' });
            created.push(path);
        }
        for (const library of decoy.libraries) {
            const path = (0,external_node_path_.join)(decoy.prefix, library.path);
            ensureDir((0,external_node_path_.dirname)(path));
            await compileLibrary(options.os, library.source, path, library.soname);
            created.push(path);
            for (const link of library.links) {
                const linkPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), link);
                (0,external_node_fs_.symlinkSync)(library.path.slice(library.path.lastIndexOf('/') + 1), linkPath);
                created.push(linkPath);
            }
        }
    }
    const manifest = { ...plan, created: created.reverse() };
    const manifestPath = fuzzManifestPath(options.temp);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(manifestPath), { recursive: true });
    (0,external_node_fs_.writeFileSync)(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    state/* state */.wk.fuzzCreated.write(manifest.created);
    state/* state */.wk.fuzzRoot.write(plan.root);
    for (const [name, value] of Object.entries(plan.env))
        (0,runner/* exportVariable */.dN)(name, value);
    runner/* log */.Rm.info(`Fuzz seed ${plan.seed}: planted ${plan.decoys.map(d => d.name).join(', ')} under ${plan.scope === 'system' ? `${plan.root} and /usr/local` : plan.root}.`);
    return manifest;
}
function isLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * Post: removes what the fuzz step created outside its root (system-scope decoys), deepest first, folders only when
 * empty. The root itself lies under RUNNER_TEMP, which the runner empties after the job; it is left for the audit
 * step and for anyone reading the report until then.
 */
function removeDecoys() {
    const root = state/* state */.wk.fuzzRoot.read();
    const created = state/* state */.wk.fuzzCreated.read();
    for (const path of created) {
        if (root && (path === root || path.startsWith(root + '/')))
            continue;
        try {
            if ((0,external_node_fs_.lstatSync)(path).isDirectory())
                (0,external_node_fs_.rmdirSync)(path);
            else
                (0,external_node_fs_.rmSync)(path, { force: true });
        }
        catch {
            /* already gone, or a folder something else also uses */
        }
    }
}


/***/ })

};
