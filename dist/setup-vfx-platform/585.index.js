export const id = 585;
export const ids = [585];
export const modules = {

/***/ 5585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var src_runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
var secrets = __webpack_require__(2709);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
var summary = __webpack_require__(9388);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/walk.js
var walk = __webpack_require__(6147);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/audit-types.js
function versionKey(family, prefix) {
    return `${family} ${prefix}`;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/build-evidence.js
/**
 * Pure readers of what a CMake build directory records about the dependencies it used: CMakeCache.txt entries,
 * compile_commands.json include paths, compiler dependency files (make-style .d and Ninja's .ninja_deps log) and
 * link lines (Makefiles' link.txt, build.ninja's LINK_LIBRARIES). Each returns plain data; audit-evidence.ts reads
 * the files and turns the results into evidence.
 */
/** `NAME:TYPE=VALUE` lines of CMakeCache.txt (comments and `-ADVANCED` markers skipped). */
function parseCmakeCache(text) {
    const entries = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '' || line.startsWith('#') || line.startsWith('//'))
            continue;
        const match = /^(?:"([^"]*)"|([^":=]+)):([A-Z]+)=(.*)$/.exec(line);
        const name = match ? (match[1] ?? match[2]) : '';
        if (!match || name.endsWith('-ADVANCED'))
            continue;
        entries.push({ name, type: match[3], value: match[4] });
    }
    return entries;
}
/** Splits a command line as a POSIX shell would for the quoting CMake writes ("…", '…', backslash escapes). */
function splitCommand(command) {
    // Most compile commands have no quoting at all: split on blanks without walking every character.
    if (!/["'\\]/.test(command))
        return command.split(/\s+/).filter(Boolean);
    const args = [];
    let current = '';
    let inArg = false;
    let quote;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < command.length && '"\\$`'.includes(command[i + 1]))
                current += command[++i];
            else
                current += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inArg = true;
        }
        else if (c === '\\' && i + 1 < command.length) {
            current += command[++i];
            inArg = true;
        }
        else if (/\s/.test(c)) {
            if (inArg)
                args.push(current);
            current = '';
            inArg = false;
        }
        else {
            current += c;
            inArg = true;
        }
    }
    if (inArg)
        args.push(current);
    return args;
}
const INCLUDE_FLAGS = ['-isystem', '-I', '-iquote', '-idirafter', '/I', '-external:I', '/external:I'];
/** The include directories of one compile command, in the order the compiler searches them (-iquote aside). */
function includeDirs(entry) {
    const args = entry.arguments ?? splitCommand(entry.command ?? '');
    const quoted = [];
    const normal = [];
    const after = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg[0] !== '-' && arg[0] !== '/')
            continue;
        for (const flag of INCLUDE_FLAGS) {
            if (!arg.startsWith(flag))
                continue;
            const value = arg === flag ? args[++i] : arg.slice(flag.length);
            if (value === undefined || value === '')
                break;
            const dir = absolute(value, entry.directory);
            if (flag === '-iquote')
                quoted.push(dir);
            else if (flag === '-idirafter')
                after.push(dir);
            else
                normal.push(dir);
            break;
        }
    }
    // gcc: -I folders come before -isystem folders; both were collected in command order, which CMake writes
    // -I first. Quote folders only apply to #include "…", searched before all of them.
    return [...quoted, ...normal, ...after];
}
function absolute(path, base) {
    const p = path.replace(/\\/g, '/');
    if (p.startsWith('/') || /^[A-Za-z]:\//.test(p))
        return normalize(p);
    return normalize(`${base.replace(/\\/g, '/')}/${p}`);
}
/** Collapses `.`, `..` and repeated separators (no file system access). */
function normalize(path) {
    if (path.startsWith('/') && !/\/\.{0,2}(?:\/|$)/.test(path))
        return path;
    const drive = /^[A-Za-z]:/.exec(path)?.[0] ?? '';
    const parts = [];
    for (const part of path.slice(drive.length).split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return `${drive}/${parts.join('/')}`;
}
/** The prerequisites of a make-style dependency file (`out.o: a.cpp b.h \` …), escaped spaces kept. */
function parseMakeDeps(text) {
    const joined = text.replace(/\\\r?\n/g, ' ');
    const files = [];
    for (const line of joined.split(/\r?\n/)) {
        const colon = line.search(/:(?:\s|$)/);
        if (colon < 0)
            continue;
        const rest = line.slice(colon + 1);
        for (const token of rest.match(/(?:\\ |[^\s])+/g) ?? [])
            files.push(token.replace(/\\ /g, ' '));
    }
    return files;
}
/**
 * Ninja's binary deps log (.ninja_deps, versions 3 and 4): path records and, per output, the ids of the files it
 * depends on. Returns every output with its dependencies. Malformed input ends the parse (what was read stays).
 */
function parseNinjaDeps(data) {
    const magic = '# ninjadeps\n';
    if (data.length < 16 || data.toString('latin1', 0, magic.length) !== magic)
        return [];
    const version = data.readUInt32LE(magic.length);
    if (version !== 3 && version !== 4)
        return [];
    const paths = [];
    const deps = new Map();
    let at = magic.length + 4;
    while (at + 4 <= data.length) {
        const header = data.readUInt32LE(at);
        at += 4;
        const isDeps = (header & 0x80000000) !== 0;
        const size = header & 0x7fffffff;
        if (size > data.length - at || size % 4 !== 0)
            break;
        if (isDeps) {
            const out = data.readInt32LE(at);
            const start = at + (version === 4 ? 12 : 8);
            const ids = [];
            for (let p = start; p + 4 <= at + size; p += 4)
                ids.push(data.readInt32LE(p));
            deps.set(out, ids);
        }
        else {
            let end = at + size - 4;
            while (end > at && data[end - 1] === 0)
                end--;
            paths.push(data.toString('utf8', at, end));
        }
        at += size;
    }
    return [...deps].flatMap(([out, ids]) => paths[out] === undefined ? [] : [{ output: paths[out], inputs: ids.flatMap(id => paths[id] ?? []) }]);
}
/** The library files of a link command: absolute or relative library paths, and -l names with their -L folders. */
function linkItems(text, base) {
    const files = [];
    const names = [];
    const dirs = [];
    for (const arg of splitCommand(text)) {
        for (const piece of arg.startsWith('-Wl,') ? [] : [arg]) {
            if (piece.startsWith('-L') && piece.length > 2)
                dirs.push(absolute(piece.slice(2), base));
            else if (piece.startsWith('-l') && piece.length > 2)
                names.push(piece.slice(2));
            else if (!piece.startsWith('-') && /\.(?:so(?:\.\d+)*|a|dylib|lib|tbd)$/.test(piece))
                files.push(absolute(piece, base));
        }
    }
    return { files, names, dirs };
}
/** `LINK_LIBRARIES = …` and `LINK_PATH = …` lines of build.ninja, joined as one link command per target. */
function ninjaLinkLines(text) {
    const lines = [];
    for (const match of text.matchAll(/^\s+LINK_(?:LIBRARIES|PATH) = (.*)$/gm))
        lines.push(match[1].replace(/\$([ :$])/g, '$1'));
    return lines;
}
/**
 * The CMake files the configure step read, as the generator records them for re-running CMake: Makefiles'
 * CMAKE_MAKEFILE_DEPENDS (CMakeFiles/Makefile.cmake) or Ninja's RERUN_CMAKE implicit inputs (build.ninja).
 */
function cmakeInputs(makefileCmake, buildNinja) {
    const files = [];
    const block = makefileCmake ? /set\(CMAKE_MAKEFILE_DEPENDS\s+([^)]*)\)/.exec(makefileCmake)?.[1] : undefined;
    if (block)
        for (const match of block.matchAll(/"([^"]+)"/g))
            files.push(match[1]);
    const rerun = buildNinja ? /^build build\.ninja: RERUN_CMAKE \|((?:[^\n]|\$\n)*)$/m.exec(buildNinja)?.[1] : undefined;
    if (rerun)
        for (const token of rerun.replace(/\$\n\s*/g, ' ').match(/(?:\$ |\$:|\$\$|[^\s$])+/g) ?? [])
            files.push(token.replace(/\$([ :$])/g, '$1'));
    return files;
}
/** A CMake file that decides where a package comes from: Find<Pkg>.cmake or <Pkg>Config.cmake (not version files). */
function cmakePackageOfFile(path) {
    const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
    return (/^Find(\w+)\.cmake$/.exec(name) ??
        /^(\w+)Config\.cmake$/.exec(name) ??
        /^([\w-]+)-config\.cmake$/.exec(name))?.[1];
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/dependency-families.js
/**
 * The package families the audit follows, and how a path of evidence (a header, a library, a CMake package folder)
 * is attributed to one of them and to the install prefix it belongs to. Pure.
 *
 * A family is one install's worth of a dependency: Imath covers IlmBase (Imath 2 shipped as IlmBase, its headers
 * under include/OpenEXR), OpenEXR covers IlmImf (OpenEXR 2). Ids match LIBRARY_PROBES, so the version of a prefix
 * is read by the same probes detection uses.
 */
const FAMILIES = [
    {
        id: 'imath',
        label: 'Imath',
        header: /(?:^|\/)(?:Imath\/[^/]+|Imath[A-Z][A-Za-z]*\.h|IlmBaseConfig\.h|half\.h|halfLimits\.h)$/,
        library: /^lib(?:Imath|Half|PyImath)(?:[-_.\d]|\.so|\.a|\.dylib|$)|^(?:Imath|Half)(?:-\d+_\d+)?\.(?:lib|dll)$/,
        cmake: ['Imath', 'IlmBase'],
        markers: ['ImathVec.h', 'Imath/ImathVec.h'],
        variables: /^(?:imath|ilmbase|half)_/i
    },
    {
        id: 'openexr',
        label: 'OpenEXR',
        header: /(?:^|\/)(?:OpenEXR\/(?:Imf|OpenEXRConfig|Iex|IlmThread|openexr)[^/]*|Imf[A-Z][A-Za-z]*\.h|OpenEXRConfig\.h)$/,
        library: /^lib(?:OpenEXR|OpenEXRCore|OpenEXRUtil|IlmImf|IlmImfUtil|Iex|IexMath|IlmThread)(?:[-_.\d]|\.so|\.a|\.dylib|$)|^(?:OpenEXR|IlmImf|Iex|IlmThread)(?:-\d+_\d+)?\.(?:lib|dll)$/,
        cmake: ['OpenEXR'],
        markers: ['ImfHeader.h', 'OpenEXR/ImfHeader.h'],
        variables: /^(?:openexr|ilmimf|exr)_/i
    },
    {
        id: 'opencolorio',
        label: 'OpenColorIO',
        header: /(?:^|\/)OpenColorIO\/[^/]+$/,
        library: /^libOpenColorIO|^OpenColorIO[^/]*\.(?:lib|dll)$/,
        cmake: ['OpenColorIO'],
        markers: ['OpenColorIO/OpenColorIO.h'],
        variables: /^(?:opencolorio|ocio)_/i
    },
    {
        id: 'openimageio',
        label: 'OpenImageIO',
        header: /(?:^|\/)OpenImageIO\/[^/]+$/,
        library: /^libOpenImageIO|^OpenImageIO[^/]*\.(?:lib|dll)$/,
        cmake: ['OpenImageIO'],
        markers: ['OpenImageIO/imageio.h'],
        variables: /^(?:openimageio|oiio)_/i
    },
    {
        id: 'onetbb',
        label: 'oneTBB / TBB',
        header: /(?:^|\/)(?:oneapi\/)?tbb\/[^/]+$/,
        library: /^libtbb(?:malloc)?(?:[-_.\d]|\.so|\.a|\.dylib|$)|^tbb(?:12|malloc)?\.(?:lib|dll)$/,
        cmake: ['TBB'],
        markers: ['tbb/tbb.h', 'oneapi/tbb.h'],
        variables: /^tbb_/i
    },
    {
        id: 'boost',
        label: 'Boost',
        header: /(?:^|\/)boost\/[^]+$/,
        library: /^libboost_|^boost_[^/]*\.(?:lib|dll)$/,
        cmake: ['Boost'],
        markers: ['boost/version.hpp'],
        variables: /^boost_/i
    },
    {
        id: 'openvdb',
        label: 'OpenVDB',
        header: /(?:^|\/)openvdb\/[^]+$/,
        library: /^libopenvdb|^openvdb\.(?:lib|dll)$/,
        cmake: ['OpenVDB'],
        markers: ['openvdb/openvdb.h'],
        variables: /^openvdb_/i
    },
    {
        id: 'python',
        label: 'Python',
        header: /(?:^|\/)python\d\.\d+[a-z]*\/[^]+$/,
        library: /^libpython\d|^python\d+\.(?:lib|dll)$/,
        cmake: ['Python', 'Python3', 'PythonLibs'],
        markers: ['Python.h'],
        variables: /^(?:python\d*|pythonlibs)_/i
    }
];
const FAMILY_BY_ID = new Map(FAMILIES.map(f => [f.id, f]));
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function familyOfHeader(path) {
    const p = path.replace(/\\/g, '/');
    return FAMILIES.find(f => f.header.test(p));
}
function familyOfLibrary(path) {
    const name = baseName(path.replace(/\\/g, '/'));
    return FAMILIES.find(f => f.library.test(name));
}
function familyOfVariable(name) {
    return FAMILIES.find(f => f.variables.test(name));
}
/** `Imath_DIR` → Imath; `IlmBase_DIR` → Imath (IlmBase is Imath 2). */
function familyOfCmakePackage(name) {
    return FAMILIES.find(f => f.cmake.some(c => c.toLowerCase() === name.toLowerCase()));
}
const PREFIX_MARKERS = ['/include/', '/lib64/', '/lib32/', '/lib/', '/libexec/', '/share/', '/bin/', '/Frameworks/'];
/**
 * The install prefix a file or folder belongs to: the part before its last include/, lib/, share/ or bin/ folder
 * ('/usr/lib/x86_64-linux-gnu/libImath-3_1.so.29' → '/usr', '/opt/x/include/OpenEXR' → '/opt/x').
 */
function prefixOf(path) {
    const p = path.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    let best = -1;
    for (const marker of PREFIX_MARKERS) {
        const at = p.lastIndexOf(marker);
        if (at > best)
            best = at;
    }
    if (best < 0)
        return p.slice(0, p.lastIndexOf('/', p.length - 2)) || '/';
    return p.slice(0, best) || '/';
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/detect.js + 1 modules
var detect = __webpack_require__(5762);
// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/elf.js
var elf = __webpack_require__(9468);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/foreign-load-path.js
/**
 * Where macOS's dyld and the Windows loader would find each library a built binary needs, pure over the
 * dependency lists the platform tools print (binary-tool-output.ts) and an existence check; the Linux model is
 * load-path.ts. Both follow what the found libraries need in turn.
 *
 * dyld (dyld(1)): a name is looked up by its leaf in DYLD_LIBRARY_PATH first; then `@rpath/…` is tried with each
 * LC_RPATH of the loading image and of the images that loaded it (the executable last), `@loader_path` expanded
 * to the folder of the image that holds the LC_RPATH, `@executable_path` to the executable's; `@loader_path/…` and
 * `@executable_path/…` directly; an absolute install name at its path; then the leaf in DYLD_FALLBACK_LIBRARY_PATH
 * (default /usr/local/lib, /usr/lib). System libraries (/usr/lib, /System) live in the shared cache, not on disk:
 * not finding them there is not a problem.
 *
 * Windows (the standard safe DLL search order): the application's folder, the system folders (System32, the
 * Windows folder), then PATH. API sets (api-ms-win-*, ext-ms-*) are not files.
 */

/** The folder of a path, either separator (a Windows runner's paths use `\`). */
function folderOf(path) {
    const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return at <= 0 ? path.slice(0, at + 1) || '/' : path.slice(0, at);
}
function leafOf(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
/** Joins and normalizes ('..' folded, as the loader's open would), in the path's own flavour. */
function joinPath(dir, name) {
    return dir.includes('\\') && !dir.includes('/') ? external_node_path_.win32.join(dir, name) : external_node_path_.posix.join(dir, name);
}
/** DYLD_LIBRARY_PATH and DYLD_FALLBACK_LIBRARY_PATH as dyld reads them (':' separated; the fallback's default). */
function dyldSearch(env) {
    const split = (v) => (v ?? '').split(':').filter(Boolean);
    return {
        dyldLibraryPath: split(env.DYLD_LIBRARY_PATH),
        dyldFallbackLibraryPath: env.DYLD_FALLBACK_LIBRARY_PATH
            ? split(env.DYLD_FALLBACK_LIBRARY_PATH)
            : ['/usr/local/lib', '/usr/lib']
    };
}
/** Where a system library lives that the loader need not find on disk (dyld shared cache, Windows API sets). */
function isSystemProvided(os, name) {
    return os === 'macOS' ? /^\/(?:usr\/lib|System)\//.test(name) : /^(?:api|ext)-ms-/i.test(name);
}
function foreign_load_path_walk(binary, read, locate) {
    const root = read(binary);
    if (!root)
        return [];
    const results = [];
    const seen = new Set();
    const queue = [{ path: binary, deps: root, chain: [{ path: binary, rpaths: root.rpaths }] }];
    while (queue.length > 0) {
        const image = queue.shift();
        for (const name of image.deps.needed) {
            const key = name.toLowerCase();
            if (seen.has(key))
                continue;
            seen.add(key);
            const found = locate(name, image);
            results.push({ name, neededBy: image.path, ...found });
            if (found.path) {
                const next = read(found.path);
                if (next)
                    queue.push({
                        path: found.path,
                        deps: next,
                        chain: [{ path: found.path, rpaths: next.rpaths }, ...image.chain]
                    });
            }
        }
    }
    return results;
}
function resolveMachO(binary, read, search, exists) {
    const executableDir = folderOf(binary);
    const inDirs = (leaf, dirs, via) => {
        for (const dir of dirs) {
            const path = joinPath(dir, leaf);
            if (exists(path))
                return { path, via, dir };
        }
        return undefined;
    };
    const expand = (path, loader) => external_node_path_.posix.normalize(path.replace(/^@loader_path(?=\/|$)/, folderOf(loader)).replace(/^@executable_path(?=\/|$)/, executableDir));
    return foreign_load_path_walk(binary, read, (name, image) => {
        const leaf = leafOf(name);
        const first = inDirs(leaf, search.dyldLibraryPath, 'DYLD_LIBRARY_PATH');
        if (first)
            return first;
        const rest = /^@rpath\/(.+)$/.exec(name)?.[1];
        if (rest !== undefined) {
            for (const { path: holder, rpaths } of image.chain)
                for (const rpath of rpaths) {
                    const dir = expand(rpath, holder);
                    const path = joinPath(dir, rest);
                    if (exists(path))
                        return { path, via: '@rpath', dir };
                }
        }
        else if (/^@(?:loader|executable)_path\//.test(name)) {
            const path = expand(name, image.path);
            if (exists(path))
                return { path, via: name.startsWith('@loader') ? '@loader_path' : '@executable_path', dir: folderOf(path) };
        }
        else if (name.startsWith('/') && exists(name))
            return { path: name, via: 'install-name', dir: folderOf(name) };
        return inDirs(leaf, search.dyldFallbackLibraryPath, 'DYLD_FALLBACK_LIBRARY_PATH') ?? {};
    });
}
function resolvePe(binary, read, search, exists) {
    const lists = [
        ['application-folder', [folderOf(binary)]],
        ['system-folder', search.systemDirs],
        ['PATH', search.path]
    ];
    return foreign_load_path_walk(binary, read, name => {
        for (const [via, dirs] of lists)
            for (const dir of dirs) {
                const path = joinPath(dir, name);
                if (exists(path))
                    return { path, via, dir };
            }
        return {};
    });
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/load-path.js
/**
 * Where the Linux dynamic loader would find each shared library a binary needs, as ld.so searches (ld.so(8)):
 * DT_RPATH (when there is no DT_RUNPATH), LD_LIBRARY_PATH, DT_RUNPATH, then the system folders (ld.so.conf and the
 * trusted defaults), with $ORIGIN expanded; then the same for what those libraries need. Pure over a file reader
 * and an existence check; `systemLibraryDirs` is the one I/O helper.
 */

function dirOf(path) {
    const at = path.lastIndexOf('/');
    return at <= 0 ? '/' : path.slice(0, at);
}
function expandOrigin(dir, object) {
    return dir.replace(/\$(?:ORIGIN|\{ORIGIN\})/g, dirOf(object)).replace(/\/+$/, '') || '/';
}
/** LD_LIBRARY_PATH as ld.so reads it: ':' or ';' separated, an empty entry meaning the current folder. */
function splitLdLibraryPath(value, cwd) {
    if (!value)
        return [];
    return value.split(/[:;]/).map(d => (d === '' ? cwd : d.replace(/\/+$/, '') || '/'));
}
function resolveLibraries(binary, read, search, exists) {
    const root = read(binary);
    if (!root)
        return [];
    const rootRpath = root.runpath.length === 0 ? root.rpath.map(d => expandOrigin(d, binary)) : [];
    const results = [];
    const seen = new Set();
    const queue = [{ path: binary, dynamic: root }];
    while (queue.length > 0) {
        const { path: object, dynamic } = queue.shift();
        const ownRpath = dynamic.runpath.length === 0 ? dynamic.rpath.map(d => expandOrigin(d, object)) : [];
        const lists = [
            ['rpath', object === binary ? ownRpath : [...ownRpath, ...(dynamic.runpath.length === 0 ? rootRpath : [])]],
            ['LD_LIBRARY_PATH', search.ldLibraryPath],
            ['runpath', dynamic.runpath.map(d => expandOrigin(d, object))],
            ['system', search.systemDirs]
        ];
        for (const name of dynamic.needed) {
            if (seen.has(name))
                continue;
            seen.add(name);
            const found = name.includes('/') ? locateDirect(name, object, exists) : locate(name, lists, exists);
            results.push({ name, neededBy: object, ...found });
            if (found.path) {
                const next = read(found.path);
                if (next)
                    queue.push({ path: found.path, dynamic: next });
            }
        }
    }
    return results;
}
function locateDirect(name, object, exists) {
    const path = name.startsWith('/') ? name : `${dirOf(object)}/${name}`;
    return exists(path) ? { path, via: 'rpath', dir: dirOf(path) } : {};
}
function locate(name, lists, exists) {
    for (const [via, dirs] of lists) {
        for (const dir of dirs) {
            const path = `${dir}/${name}`;
            if (exists(path))
                return { path, via, dir };
        }
    }
    return {};
}
/** The folders of /etc/ld.so.conf (following its `include` lines) and the trusted defaults, in order. */
function systemLibraryDirs(confFile = '/etc/ld.so.conf') {
    const dirs = [];
    const visit = (file, depth) => {
        if (depth > 4)
            return;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return;
        }
        for (const raw of text.split('\n')) {
            const line = raw.replace(/#.*/, '').trim();
            if (!line)
                continue;
            const include = /^include\s+(.+)$/.exec(line);
            if (include) {
                for (const pattern of include[1].split(/\s+/)) {
                    const dir = dirOf(pattern);
                    const glob = new RegExp('^' +
                        pattern
                            .slice(dir.length + 1)
                            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                            .replace(/\*/g, '.*') +
                        '$');
                    let names = [];
                    try {
                        names = (0,external_node_fs_.readdirSync)(dir)
                            .filter(n => glob.test(n))
                            .sort();
                    }
                    catch {
                        /* no such folder */
                    }
                    for (const name of names)
                        visit(`${dir}/${name}`, depth + 1);
                }
            }
            else if (line.startsWith('/'))
                dirs.push(line.replace(/\/+$/, ''));
        }
    };
    visit(confFile, 0);
    const defaults = ['/lib64', '/usr/lib64', '/lib', '/usr/lib'];
    return [...new Set([...dirs, ...defaults])];
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/parse-versions.js
var parse_versions = __webpack_require__(8942);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/audit-evidence.js
/**
 * Gathers the audit's evidence from a CMake build directory (I/O): the cache, compile_commands.json, dependency
 * files, link lines and the built binaries' resolved libraries, then the version each used prefix states (read by
 * the same probes detection uses). What the evidence means is decided in audit-judge.ts.
 */











function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function inside(path, dir) {
    return dir !== undefined && (path === dir || path.startsWith(dir.replace(/\/+$/, '') + '/'));
}
async function gatherEvidence(options) {
    const buildDir = options.buildDir.replace(/\/+$/, '');
    const evidence = [];
    const notes = [];
    const cacheText = readText((0,external_node_path_.join)(buildDir, 'CMakeCache.txt')) ?? '';
    const cache = parseCmakeCache(cacheText);
    const sourceDir = cache.find(e => e.name === 'CMAKE_HOME_DIRECTORY')?.value;
    const own = (path) => inside(path, buildDir) || inside(path, sourceDir);
    const seen = new Set();
    const add = (raw) => {
        // One spelling per file: /lib/x86_64-linux-gnu is /usr/lib/x86_64-linux-gnu on a merged-/usr system.
        const path = canonical(raw.path);
        const item = path === raw.path ? raw : { ...raw, path, prefix: prefixOf(path) };
        if (own(item.path))
            return;
        const key = `${item.family}\0${item.kind}\0${item.path}\0${item.via ?? ''}`;
        if (seen.has(key))
            return;
        seen.add(key);
        evidence.push(item);
    };
    // 1. CMakeCache.txt: <Pkg>_DIR, then include and library entries of the families.
    for (const entry of cache) {
        if (/NOTFOUND$/.test(entry.value) || entry.value === '')
            continue;
        const pkg = /^(.+)_DIR$/.exec(entry.name)?.[1];
        const family = pkg ? familyOfCmakePackage(pkg) : undefined;
        if (family && entry.value.startsWith('/')) {
            add({
                family: family.id,
                kind: 'cmake-package',
                path: entry.value,
                prefix: prefixOf(entry.value),
                source: `CMakeCache.txt ${entry.name}`
            });
            continue;
        }
        if (!/INCLUDE|LIBRAR/i.test(entry.name) || !['PATH', 'FILEPATH', 'STRING'].includes(entry.type))
            continue;
        const byName = familyOfVariable(entry.name);
        for (const value of entry.value.split(';')) {
            if (!value.startsWith('/'))
                continue;
            const found = byName ?? familyOfLibrary(value) ?? familyOfHeader(value);
            if (found)
                add({
                    family: found.id,
                    kind: 'cache-entry',
                    path: value,
                    prefix: prefixOf(value),
                    source: `CMakeCache.txt ${entry.name}`
                });
        }
    }
    // The CMake files configure read: which Find module or package config decided each package.
    const readByCmake = cmakeInputs(readText((0,external_node_path_.join)(buildDir, 'CMakeFiles', 'Makefile.cmake')), readText((0,external_node_path_.join)(buildDir, 'build.ninja')));
    for (const file of readByCmake) {
        const pkg = cmakePackageOfFile(file);
        const family = pkg ? familyOfCmakePackage(pkg) : undefined;
        const path = absolute(file, buildDir);
        if (family && !path.includes('/cmake-3.') && !/\/share\/cmake[^/]*\/Modules\//.test(path))
            add({
                family: family.id,
                kind: 'cmake-package',
                path,
                prefix: prefixOf(path),
                source: `CMake read ${path.slice(path.lastIndexOf('/') + 1)} at configure time`
            });
    }
    // 2. compile_commands.json: for each command, the first include folder that provides each family.
    const commands = readCompileCommands(buildDir, notes);
    const provides = new Map();
    const familiesIn = (dir) => {
        let ids = provides.get(dir);
        if (!ids) {
            ids = FAMILIES.filter(f => f.markers.some(m => (0,external_node_fs_.existsSync)(`${dir}/${m}`))).map(f => f.id);
            provides.set(dir, ids);
        }
        return ids;
    };
    const recorded = new Set();
    let dependencyFiles = 0;
    const headerSources = new Map();
    // Folder listings instead of one failed open per object: a Ninja build has no .d files left at all.
    const listings = new Map();
    const listed = (path) => {
        const at = path.lastIndexOf('/');
        const folder = path.slice(0, at);
        let names = listings.get(folder);
        if (!names) {
            names = new Set(readdirSafe(folder));
            listings.set(folder, names);
        }
        return names.has(path.slice(at + 1));
    };
    for (const command of commands) {
        const dirs = includeDirs(command);
        const claimed = new Set();
        for (const [index, dir] of [...dirs, ...options.systemIncludeDirs].entries()) {
            for (const id of familiesIn(dir)) {
                if (claimed.has(id))
                    continue;
                claimed.add(id);
                const weak = index >= dirs.length;
                // One record per (family, folder, strength): ten thousand commands usually share a handful.
                const once = `${id}\0${dir}\0${weak}`;
                if (recorded.has(once))
                    continue;
                recorded.add(once);
                add({
                    family: id,
                    kind: 'include-dir',
                    path: dir,
                    prefix: prefixOf(dir),
                    source: weak
                        ? `the compiler's default include path (${relative(command.file, buildDir, sourceDir)})`
                        : `compile_commands.json include folder (${relative(command.file, buildDir, sourceDir)})`,
                    weak: weak || undefined
                });
            }
        }
        // 3. The compiler's own record of the headers it read (make-style .d files beside the objects).
        if (command.output) {
            const depFile = absolute(`${command.output}.d`, command.directory);
            const text = listed(depFile) ? readText(depFile) : undefined;
            if (text !== undefined) {
                dependencyFiles++;
                for (const file of parseMakeDeps(text))
                    if (!headerSources.has(file))
                        headerSources.set(absolute(file, command.directory), command.file);
            }
        }
    }
    const ninjaDeps = readBuffer((0,external_node_path_.join)(buildDir, '.ninja_deps'));
    if (ninjaDeps) {
        for (const record of parseNinjaDeps(ninjaDeps)) {
            dependencyFiles++;
            for (const file of record.inputs) {
                const path = absolute(file, buildDir);
                if (!headerSources.has(path))
                    headerSources.set(path, record.output);
            }
        }
    }
    for (const [path, from] of headerSources) {
        const family = familyOfHeader(path);
        if (family)
            add({
                family: family.id,
                kind: 'header',
                path,
                prefix: prefixOf(path),
                source: `compiler dependency record of ${relative(from, buildDir, sourceDir)}`
            });
    }
    // 4. Link lines.
    const linkLines = await readLinkLines(buildDir);
    for (const { text, source } of linkLines) {
        const items = linkItems(text, buildDir);
        const byName = items.names.flatMap(name => items.dirs.flatMap(dir => [`${dir}/lib${name}.so`, `${dir}/lib${name}.a`, `${dir}/lib${name}.dylib`]).slice(0, 30));
        for (const file of [...items.files, ...byName.filter(f => (0,external_node_fs_.existsSync)(f))]) {
            const family = familyOfLibrary(file);
            if (family)
                add({ family: family.id, kind: 'link', path: file, prefix: prefixOf(file), source });
        }
    }
    // 5. Built binaries and what the loader would map for them.
    const unresolved = [];
    const existsCache = new Map();
    const exists = (path) => {
        let hit = existsCache.get(path);
        if (hit === undefined) {
            hit = (0,external_node_fs_.existsSync)(path);
            existsCache.set(path, hit);
        }
        return hit;
    };
    const resolvedByBinary = options.foreign
        ? await resolveForeign(await findBinaries(buildDir, options.foreign.os), options.foreign, exists)
        : resolveElf(await findBinaries(buildDir), options.loader, exists);
    for (const [binary, libraries] of resolvedByBinary) {
        for (const resolved of libraries) {
            const family = familyOfLibrary(resolved.name);
            if (!resolved.path) {
                if (!options.foreign || !isSystemProvided(options.foreign.os, resolved.name))
                    unresolved.push({ binary: relative(binary, buildDir, sourceDir), name: resolved.name });
                continue;
            }
            if (!family || inside(resolved.path, buildDir))
                continue;
            add({
                family: family.id,
                kind: 'runtime',
                path: resolved.path,
                prefix: prefixOf(resolved.path),
                via: resolved.via,
                source: `${relative(binary, buildDir, sourceDir)} loads ${resolved.name} (${resolved.via}${resolved.dir ? ` ${resolved.dir}` : ''})`
            });
        }
    }
    const binaryCount = resolvedByBinary.size;
    if (commands.length === 0)
        notes.push('No compile_commands.json: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON for include evidence.');
    if (binaryCount === 0)
        notes.push('No built binaries were found: run the audit after the build.');
    return {
        buildDir,
        sourceDir,
        evidence,
        unresolved,
        versions: await prefixVersions(evidence, options.multiarch),
        counts: {
            cacheEntries: cache.length,
            compileCommands: commands.length,
            dependencyFiles,
            linkLines: linkLines.length,
            binaries: binaryCount
        },
        notes
    };
}
const realDirs = new Map();
/** The path with its folder's symbolic links resolved (the file name kept: a SONAME link stays a SONAME). */
function canonical(path) {
    const at = path.lastIndexOf('/');
    const dir = at <= 0 ? '/' : path.slice(0, at);
    let real = realDirs.get(dir);
    if (real === undefined) {
        try {
            real = (0,external_node_fs_.realpathSync)(dir);
        }
        catch {
            real = dir;
        }
        realDirs.set(dir, real);
    }
    return real === dir ? path : `${real === '/' ? '' : real}/${path.slice(at + 1)}`;
}
function relative(path, buildDir, sourceDir) {
    if (inside(path, buildDir))
        return path.slice(buildDir.length + 1) || '.';
    if (sourceDir && inside(path, sourceDir))
        return path.slice(sourceDir.replace(/\/+$/, '').length + 1) || '.';
    return path;
}
function readBuffer(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch {
        return undefined;
    }
}
function readCompileCommands(buildDir, notes) {
    const text = readText((0,external_node_path_.join)(buildDir, 'compile_commands.json'));
    if (text === undefined)
        return [];
    try {
        const data = JSON.parse(text);
        if (!Array.isArray(data))
            throw new Error('not an array');
        return data.filter((e) => typeof e === 'object' &&
            e !== null &&
            typeof e.directory === 'string' &&
            typeof e.file === 'string' &&
            (Array.isArray(e.arguments) || typeof e.command === 'string'));
    }
    catch {
        notes.push('compile_commands.json is not a JSON array of compile commands; include evidence skipped.');
        return [];
    }
}
/** Makefiles: every CMakeFiles/<target>.dir/link.txt; Ninja: LINK_LIBRARIES of build.ninja. */
async function readLinkLines(buildDir) {
    const lines = [];
    const ninja = readText((0,external_node_path_.join)(buildDir, 'build.ninja'));
    if (ninja)
        for (const text of ninjaLinkLines(ninja))
            lines.push({ text, source: 'build.ninja LINK_LIBRARIES' });
    for await (const { name, path } of buildFiles(buildDir, true)) {
        if (name === 'link.txt' && (0,external_node_path_.dirname)(path).endsWith('.dir')) {
            const text = readText(path);
            if (text)
                lines.push({ text, source: path.slice(buildDir.length + 1) });
        }
    }
    return lines;
}
function resolveElf(binaries, loader, exists) {
    const dynamicCache = new Map();
    const readDynamic = (path) => {
        if (!dynamicCache.has(path))
            dynamicCache.set(path, (0,elf/* readElfDynamic */.$g)(path));
        return dynamicCache.get(path);
    };
    const result = new Map();
    for (const binary of binaries)
        if (readDynamic(binary))
            result.set(binary, resolveLibraries(binary, readDynamic, loader, exists));
    return result;
}
/**
 * Mach-O and PE: the tool reads the built binaries in batches; the resolver then asks for the libraries it found,
 * which are read in the next batch, round after round, until nothing new is asked for (bounded: 16 rounds).
 */
async function resolveForeign(binaries, foreign, exists) {
    const known = await foreign.read(binaries);
    const tried = new Set(binaries);
    const resolveOne = (binary, read) => foreign.os === 'macOS'
        ? resolveMachO(binary, read, foreign.dyld, exists)
        : resolvePe(binary, read, foreign.windows, exists);
    let result = new Map();
    for (let round = 0; round < 16; round++) {
        const wanted = new Set();
        const read = (path) => {
            if (!tried.has(path))
                wanted.add(path);
            return known.get(path);
        };
        result = new Map();
        for (const binary of binaries)
            if (known.has(binary))
                result.set(binary, resolveOne(binary, read));
        if (wanted.size === 0)
            break;
        const next = [...wanted];
        for (const path of next)
            tried.add(path);
        for (const [path, deps] of await foreign.read(next))
            known.set(path, deps);
    }
    return result;
}
const MACHO_MAGIC = ['feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe'];
/** Whether a file's first bytes are those of the OS's binaries: ELF, Mach-O (thin or fat) or PE ('MZ'). */
function isBinaryOf(os, head) {
    if (os === 'Linux')
        return (0,elf/* isElf */.aB)(head);
    if (os === 'macOS')
        return head.length >= 4 && MACHO_MAGIC.includes(head.subarray(0, 4).toString('hex'));
    return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a;
}
/**
 * Regular files of the build tree that may be binaries, outside CMakeFiles: on Linux executables and shared
 * libraries that are ELF; on macOS executables, .dylib and .so files that are Mach-O; on Windows .exe and .dll
 * files that are PE (Windows has no executable bit).
 */
async function findBinaries(buildDir, os = 'Linux') {
    const found = [];
    for await (const { name, path, stats } of buildFiles(buildDir, false)) {
        if (/\.(?:o|obj|a|lib|c|cc|cpp|cxx|h|hpp|txt|cmake|json|make|ninja|d|log|py|sh)$/i.test(name))
            continue;
        if (os === 'Windows' && !/\.(?:exe|dll)$/i.test(name))
            continue;
        const so = os === 'Windows' || /\.so(?:\.\d+)*$/.test(name) || (os === 'macOS' && /\.dylib$/.test(name));
        if (!so && (stats.mode & 0o111) === 0)
            continue;
        const head = readHead(path);
        if (head && isBinaryOf(os, head))
            found.push(path);
    }
    return found;
}
function readHead(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const buffer = Buffer.alloc(4);
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, 4, 0));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Deeper than any build tree (a hostile one included) needs to be searched. */
const MAX_WALK_DEPTH = 32;
/**
 * The regular files of a build tree, through the toolkit's walker (no symbolic link followed, unreadable folders
 * skipped): .git never entered, CMakeFiles only when `intoCMakeFiles`, nothing below MAX_WALK_DEPTH folders.
 */
async function* buildFiles(root, intoCMakeFiles) {
    const prune = ({ name, relative }) => name === '.git' || (!intoCMakeFiles && name === 'CMakeFiles') || relative.split('/').length > MAX_WALK_DEPTH;
    for await (const entry of (0,walk/* walkTree */.I)(root, { prune, tolerant: true }))
        if (entry.stats.isFile())
            yield entry;
}
/** The version each (family, prefix) of the evidence states, through detection's probes; Python from patchlevel.h. */
async function prefixVersions(evidence, multiarch) {
    const versions = {};
    const pairs = new Map();
    for (const item of evidence) {
        const key = versionKey(item.family, item.prefix);
        const pair = pairs.get(key) ?? { family: item.family, prefix: item.prefix, paths: [] };
        pair.paths.push(item.path);
        pairs.set(key, pair);
    }
    await Promise.all([...pairs.values()].map(async ({ family, prefix, paths }) => {
        if (family === 'python') {
            const dir = paths.map(p => /^(.*\/include\/python\d\.\d+[a-z]*)(?:\/|$)/.exec(p)?.[1]).find(Boolean);
            const candidates = dir
                ? [`${dir}/patchlevel.h`]
                : readdirSafe(`${prefix}/include`)
                    .filter(n => /^python\d\.\d+/.test(n))
                    .map(n => `${prefix}/include/${n}/patchlevel.h`);
            for (const file of candidates) {
                const version = (0,parse_versions/* defineValue */.vQ)(readText(file) ?? '', 'PY_VERSION');
                if (version) {
                    versions[versionKey(family, prefix)] = { version, where: file };
                    break;
                }
            }
            return;
        }
        const found = (await (0,detect/* detectLibraries */.BG)([prefix], multiarch))[family];
        if (found)
            versions[versionKey(family, prefix)] = { version: found.version, where: found.where };
    }));
    return versions;
}
function readdirSafe(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/process.js
var src_process = __webpack_require__(7713);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/binary-tool-output.js
/**
 * Pure parsers of the dependency listings other platforms' tools print, for the audit on macOS and Windows (on
 * Linux the audit reads ELF itself, elf.ts): `otool -L`, `dumpbin /dependents` and `llvm-readobj --needed-libs`.
 * Recorded and format fixtures: test/dependency-audit/fixtures/binary-tools.
 */
/** `otool -L <file>`: the first line names the file; a dylib's first entry is its own id. */
function parseOtoolL(text, file) {
    const lines = text.split(/\r?\n/);
    const needed = [];
    for (const line of lines.slice(1)) {
        const match = /^\s+(.+?) \(compatibility version [^,]*, current version [^)]*\)\s*$/.exec(line);
        if (match)
            needed.push(match[1]);
    }
    const base = (p) => p.slice(p.lastIndexOf('/') + 1);
    const first = needed[0];
    if (first !== undefined && /\.dylib$/.test(file) && base(first) === base(file))
        return { id: first, needed: needed.slice(1), delayLoaded: [] };
    return { needed, delayLoaded: [] };
}
/** `dumpbin /dependents <file>`: the names under "has the following dependencies" and "delay load dependencies". */
function parseDumpbinDependents(text) {
    const needed = [];
    const delayLoaded = [];
    let into;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (/has the following delay load dependencies:$/.test(line))
            into = delayLoaded;
        else if (/has the following dependencies:$/.test(line))
            into = needed;
        else if (/^Summary$/.test(line) || /^Dump of file/.test(line))
            into = undefined;
        else if (into && line !== '' && /^[^\s\\/:]+\.(?:dll|exe|sys|drv|ocx)$/i.test(line))
            into.push(line);
    }
    return { needed, delayLoaded };
}
/** `llvm-readobj --needed-libs <file>`: the NeededLibraries block (and LoadName, ELF's DT_SONAME). */
function parseLlvmReadobjNeeded(text) {
    const needed = [];
    let inBlock = false;
    let id;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const load = /^LoadName: (.+)$/.exec(line);
        if (load)
            id = load[1];
        if (line === 'NeededLibraries [')
            inBlock = true;
        else if (inBlock && line === ']')
            inBlock = false;
        else if (inBlock && line !== '')
            needed.push(line);
    }
    return { id, needed, delayLoaded: [] };
}
/**
 * Splits one batched tool run (many files per invocation) into each file's part. `starts(line)` names the file a
 * line opens, from the files that were passed (so a path with spaces or colons is matched exactly); a fat Mach-O's
 * later architectures repeat a file and are skipped (the first slice stands for the file).
 */
function splitBatch(text, files, starts) {
    const parts = new Map();
    let current;
    const candidates = [...files].sort((a, b) => b.length - a.length);
    for (const line of text.split(/\r?\n/)) {
        const file = /^\s/.test(line) ? undefined : candidates.find(f => starts(line, f));
        if (file !== undefined) {
            if (parts.has(file))
                current = undefined;
            else {
                current = [line];
                parts.set(file, current);
            }
        }
        else
            current?.push(line);
    }
    return new Map([...parts].map(([file, lines]) => [file, lines.join('\n')]));
}
const otoolHeader = (line, file) => line === `${file}:` || (line.startsWith(`${file} (architecture `) && line.endsWith('):'));
/** `otool -L a b …`: each file's dependencies (parseOtoolL per file). */
function parseOtoolLBatch(text, files) {
    return new Map([...splitBatch(text, files, otoolHeader)].map(([file, part]) => [file, parseOtoolL(part, file)]));
}
/** `otool -l a b …`: each file's LC_RPATH entries, in load-command order (dyld searches them in that order). */
function parseOtoolRpathsBatch(text, files) {
    const result = new Map();
    for (const [file, part] of splitBatch(text, files, otoolHeader)) {
        const rpaths = [];
        let inRpath = false;
        for (const raw of part.split('\n')) {
            const line = raw.trim();
            if (/^Load command \d+$/.test(line))
                inRpath = false;
            else if (/^cmd LC_RPATH$/.test(line))
                inRpath = true;
            else if (inRpath) {
                const path = /^path (.+?) \(offset \d+\)$/.exec(line)?.[1];
                if (path !== undefined) {
                    rpaths.push(path);
                    inRpath = false;
                }
            }
        }
        result.set(file, rpaths);
    }
    return result;
}
/** `dumpbin /dependents a b …`: each file's part opens with `Dump of file <path>`. */
function parseDumpbinBatch(text, files) {
    const parts = splitBatch(text, files, (line, file) => line === `Dump of file ${file}`);
    return new Map([...parts].map(([file, part]) => [file, parseDumpbinDependents(part)]));
}
/** `llvm-readobj --needed-libs a b …`: each file's part opens with `File: <path>`. */
function parseLlvmReadobjBatch(text, files) {
    const parts = splitBatch(text, files, (line, file) => line === `File: ${file}`);
    return new Map([...parts].map(([file, part]) => [file, parseLlvmReadobjNeeded(part)]));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/foreign-binaries.js
/**
 * The audit's I/O for macOS and Windows binaries: runs `otool -L` and `otool -l` (macOS), `dumpbin /dependents`
 * (MSVC environment) or `llvm-readobj --needed-libs` (Windows) on many files per invocation, through the
 * toolkit's runProcess, and returns each file's dependency list for foreign-load-path.ts.
 */


/** Files per invocation: a few hundred, and well under Windows' 32,767-character command line. */
function batches(files, maxFiles = 200, maxChars = 24_000) {
    const out = [];
    let current = [];
    let chars = 0;
    for (const file of files) {
        if (current.length > 0 && (current.length >= maxFiles || chars + file.length + 3 > maxChars)) {
            out.push(current);
            current = [];
            chars = 0;
        }
        current.push(file);
        chars += file.length + 3;
    }
    if (current.length > 0)
        out.push(current);
    return out;
}
/** The tool the audit reads binaries with on this OS: otool; dumpbin, else llvm-readobj; undefined when none. */
async function chooseTool(os) {
    if (os === 'macOS')
        return (await (0,src_process/* which */.K7)('otool')) ? 'otool' : undefined;
    if (await (0,src_process/* which */.K7)('dumpbin'))
        return 'dumpbin';
    return (await (0,src_process/* which */.K7)('llvm-readobj')) ? 'llvm-readobj' : undefined;
}
/** Reads what each file needs (files a tool cannot read are simply absent from the answer). */
async function readForeignDependencies(tool, files) {
    const result = new Map();
    const run = async (args) => (await (0,src_process/* runProcess */.R3)(tool, args, { check: false, timeoutMs: 120_000 })).stdout;
    for (const batch of batches(files)) {
        if (tool === 'otool') {
            const listed = parseOtoolLBatch(await run(['-L', ...batch]), batch);
            const rpaths = parseOtoolRpathsBatch(await run(['-l', ...batch]), batch);
            for (const [file, deps] of listed)
                result.set(file, { needed: deps.needed, rpaths: rpaths.get(file) ?? [] });
        }
        else {
            const parsed = tool === 'dumpbin'
                ? parseDumpbinBatch(await run(['/NOLOGO', '/DEPENDENTS', ...batch]), batch)
                : parseLlvmReadobjBatch(await run(['--needed-libs', ...batch]), batch);
            for (const [file, deps] of parsed)
                result.set(file, { needed: [...deps.needed, ...deps.delayLoaded], rpaths: [] });
        }
    }
    return result;
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/vfx-platform/src/index.js + 14 modules
var src = __webpack_require__(1727);
// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/conformance.js
var conformance = __webpack_require__(3232);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/audit-judge.js
/**
 * Judges the audit's evidence, pure: per family, which installs the build used at compile, link and load time,
 * whether that is one install, whether its version satisfies the platform year (the conformance rules), and
 * whether any of it is a decoy the fuzz step planted. Every problem is one sentence naming the evidence.
 */




const BUILD_KINDS = ['cmake-package', 'cache-entry', 'include-dir', 'header', 'link'];
const KIND_WORDS = {
    'cmake-package': 'CMake package',
    'cache-entry': 'cache entry',
    'include-dir': 'include folder',
    header: 'headers',
    link: 'link',
    runtime: 'load'
};
function kindWords(kinds) {
    return kinds.map(k => KIND_WORDS[k]).join(', ');
}
function dirname(path) {
    return path.slice(0, path.lastIndexOf('/')) || '/';
}
/** The decoy an evidence path belongs to: inside its prefix (runner-temp decoys own theirs), or one of its files. */
function decoyOf(path, decoys) {
    for (const decoy of decoys) {
        if (decoy.prefix !== '/usr/local' && (path === decoy.prefix || path.startsWith(decoy.prefix + '/')))
            return decoy;
        const files = [
            ...decoy.files.map(f => `${decoy.prefix}/${f.path}`),
            ...decoy.libraries.flatMap(l => [
                `${decoy.prefix}/${l.path}`,
                ...l.links.map(n => `${dirname(`${decoy.prefix}/${l.path}`)}/${n}`)
            ])
        ];
        if (files.includes(path) || files.some(f => dirname(f) === path))
            return decoy;
    }
    return undefined;
}
function judgeVersion(version, platform, family) {
    const requirement = platform.components[family];
    if (!requirement)
        return undefined;
    try {
        return { verdict: (0,src/* satisfies */.ib)(version, requirement), required: (0,conformance/* describeRequirement */.v)(requirement) };
    }
    catch {
        return undefined; // not a version: reported, not judged
    }
}
function judgeAudit(evidence, platform, decoys) {
    const byFamily = new Map();
    for (const item of evidence.evidence)
        byFamily.set(item.family, [...(byFamily.get(item.family) ?? []), item]);
    const families = [];
    const used = new Map();
    for (const [id, all] of byFamily) {
        const strong = all.filter(e => !e.weak);
        if (strong.length === 0)
            continue; // only the compiler's default folders: the build does not use it
        const items = all;
        const family = FAMILY_BY_ID.get(id);
        const label = family?.label ?? id;
        const prefixes = new Map();
        for (const item of items) {
            const use = prefixes.get(item.prefix) ?? { prefix: item.prefix, kinds: [], sources: [], count: 0 };
            if (!use.kinds.includes(item.kind))
                use.kinds.push(item.kind);
            use.count++;
            if (use.sources.length < 3)
                use.sources.push(`${item.source}: ${item.path}`);
            const decoy = decoyOf(item.path, decoys);
            if (decoy) {
                use.decoy = decoy.name;
                const record = used.get(decoy.name) ?? {
                    decoy: decoy.name,
                    family: id,
                    exposedBy: decoy.exposedBy,
                    through: []
                };
                if (record.through.length < 5)
                    record.through.push(`${item.source}: ${item.path}`);
                used.set(decoy.name, record);
            }
            prefixes.set(item.prefix, use);
        }
        const problems = [];
        let required;
        for (const use of prefixes.values()) {
            const stated = evidence.versions[versionKey(id, use.prefix)];
            if (!stated)
                continue;
            use.version = stated.version;
            use.versionWhere = stated.where;
            const judged = judgeVersion(stated.version, platform, id);
            if (!judged)
                continue;
            required = judged.required;
            use.versionVerdict = judged.verdict;
            if (judged.verdict !== 'ok')
                problems.push(`${label} ${stated.version} from ${use.prefix} (${kindWords(use.kinds)}) is ${judged.verdict} than CY${platform.year} allows (${judged.required}); ${stated.where} says so.`);
        }
        const list = [...prefixes.values()];
        const buildSide = list.filter(u => u.kinds.some(k => BUILD_KINDS.includes(k)));
        if (buildSide.length > 1)
            problems.unshift(`${label} comes from ${buildSide.length} installs at build time, not one: ` +
                buildSide
                    .map(u => `${u.prefix} (${kindWords(u.kinds.filter(k => k !== 'runtime'))}; ${u.sources[0]})`)
                    .join('; ') +
                '.');
        const buildPrefixes = new Set(buildSide.map(u => u.prefix));
        const loadOnly = list.filter(u => u.kinds.includes('runtime') && !buildPrefixes.has(u.prefix));
        if (buildPrefixes.size > 0)
            for (const use of loadOnly) {
                const record = items.find(e => e.kind === 'runtime' && e.prefix === use.prefix);
                problems.unshift(`${label} is resolved from another install at load time: ${record.source} → ${record.path}, but the build used ${[...buildPrefixes].join(', ')}.`);
            }
        else if (loadOnly.length > 1)
            problems.unshift(`${label} is loaded from ${loadOnly.length} installs: ${loadOnly.map(u => u.prefix).join(', ')}.`);
        for (const use of list)
            if (use.decoy) {
                const decoy = decoys.find(d => d.name === use.decoy);
                problems.unshift(`${label}: the build picked up decoy ${decoy.name} (${decoy.description}; put in the way by ${decoy.exposedBy.join(', ') || 'its location'}) through ${use.sources[0]}.`);
            }
        families.push({ id, label, required, prefixes: list, problems });
    }
    for (const missing of evidence.unresolved)
        families.push({
            id: `unresolved:${missing.name}`,
            label: missing.name,
            prefixes: [],
            problems: [`${missing.binary} needs ${missing.name}, which the loader would not find.`]
        });
    families.sort((a, b) => a.label.localeCompare(b.label));
    const problems = families.flatMap(f => f.problems);
    return {
        year: platform.year,
        consistent: problems.length === 0,
        families,
        problems,
        decoysUsed: [...used.values()],
        decoysAvoided: decoys.filter(d => !used.has(d.name)).map(d => d.name)
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/audit-summary.js
/** The audit's job summary: the verdict, one table row per family and install, a Mermaid graph of what resolved where. Pure. */


/** Text inside a Mermaid quoted label: quotes and angle brackets as entities, no line breaks. */
function mermaidLabel(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;');
}
function renderAuditGraph(result, buildDir) {
    const lines = ['graph LR', `  build["${mermaidLabel(`build: ${buildDir}`)}"]`];
    const prefixIds = new Map();
    const decoyNodes = [];
    const badNodes = [];
    result.families.forEach((family, f) => {
        if (family.prefixes.length === 0)
            return;
        const familyId = `f${f}`;
        lines.push(`  ${familyId}["${mermaidLabel(family.label)}"]`, `  build --> ${familyId}`);
        if (family.problems.length > 0)
            badNodes.push(familyId);
        for (const use of family.prefixes) {
            const key = `${use.prefix}\0${use.decoy ?? ''}`;
            let id = prefixIds.get(key);
            if (!id) {
                id = `p${prefixIds.size}`;
                prefixIds.set(key, id);
                lines.push(`  ${id}["${mermaidLabel(use.decoy ? `decoy ${use.decoy}: ${use.prefix}` : use.prefix)}"]`);
                if (use.decoy)
                    decoyNodes.push(id);
            }
            const label = `${kindWords(use.kinds)}${use.version ? ` · ${use.version}` : ''}`;
            lines.push(`  ${familyId} -- "${mermaidLabel(label)}" --> ${id}`);
        }
    });
    lines.push('  classDef decoy fill:#fdd,stroke:#c00', '  classDef problem stroke:#c00,stroke-width:2px');
    if (decoyNodes.length)
        lines.push(`  class ${decoyNodes.join(',')} decoy`);
    if (badNodes.length)
        lines.push(`  class ${badNodes.join(',')} problem`);
    return lines.join('\n');
}
function renderAuditSummary(result, evidence, check, report, fuzzSeed) {
    const verdict = result.consistent
        ? `✅ **Consistent**: every dependency comes from one install that satisfies CY${result.year}.`
        : `${check === 'strict' ? '❌' : '⚠️'} **Inconsistent**: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n\n` +
            result.problems.map(p => `- ${(0,summary/* escapeCell */.kq)(p)}`).join('\n');
    const rows = result.families.flatMap(family => family.prefixes.map(use => [
        family.label,
        use.decoy ? `${use.prefix} (decoy ${use.decoy})` : use.prefix,
        use.version ?? '',
        family.required ?? '',
        `${kindWords(use.kinds)} (${use.count})`,
        family.problems.length === 0
            ? '✅'
            : use.decoy || (use.versionVerdict && use.versionVerdict !== 'ok')
                ? '❌'
                : '⚠️'
    ]));
    const table = (0,summary/* markdownTable */.Qj)(['Dependency', 'Install prefix', 'Version', `CY${result.year}`, 'Evidence', 'Verdict'], rows);
    const fuzz = fuzzSeed === undefined && result.decoysUsed.length === 0 && result.decoysAvoided.length === 0
        ? ''
        : (0,summary/* heading */.R_)('Decoys', 4) +
            (0,summary/* markdownTable */.Qj)(['Decoy', 'Picked up', 'Put in the way by', 'Through'], [
                ...result.decoysUsed.map(d => [d.decoy, '❌ yes', d.exposedBy.join(', '), d.through[0] ?? '']),
                ...result.decoysAvoided.map(name => [name, '✅ no', '', ''])
            ]);
    const counts = evidence.counts;
    const read = (0,summary/* markdownTable */.Qj)(['Evidence read', 'Count'], [
        ['CMakeCache.txt entries', counts.cacheEntries],
        ['compile commands', counts.compileCommands],
        ['compiler dependency records', counts.dependencyFiles],
        ['link lines', counts.linkLines],
        ['binaries', counts.binaries]
    ]);
    return [
        (0,summary/* heading */.R_)(`Dependency audit of ${evidence.buildDir} (CY${result.year})`),
        verdict + '\n',
        table,
        (0,summary/* mermaid */.a4)(renderAuditGraph(result, evidence.buildDir)),
        fuzz,
        (0,summary/* details */.zH)('Evidence read', read + (evidence.notes.length ? '\n' + evidence.notes.map(n => `- ${(0,summary/* escapeCell */.kq)(n)}`).join('\n') + '\n' : '')),
        `JSON report: \`${report}\`\n`
    ].join('\n');
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/setup-vfx-platform/fuzz-step.js + 1 modules
var fuzz_step = __webpack_require__(7256);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/audit-step.js
/**
 * The audit step (after the build): gathers the build directory's evidence, judges it against the platform year
 * and the decoys the fuzz step of this job planted (if any), and reports: JSON report, outputs, job summary,
 * warnings or a failed step.
 */














function realpath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** The decoys this job's fuzz step planted, with their prefixes in canonical form. */
function plantedDecoys(temp) {
    const path = (0,fuzz_step.fuzzManifestPath)(temp);
    if (!(0,external_node_fs_.existsSync)(path))
        return { decoys: [] };
    try {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return { seed: manifest.seed, decoys: manifest.decoys.map(d => ({ ...d, prefix: realpath(d.prefix) })) };
    }
    catch {
        src_runner/* log */.Rm.warning(`The fuzz manifest ${path} could not be read; decoys are not named in this audit.`);
        return { decoys: [] };
    }
}
/** macOS and Windows: the tool that reads the built binaries and the loader's search lists from the environment. */
async function foreignBinaries(os) {
    const tool = await chooseTool(os);
    if (!tool) {
        src_runner/* log */.Rm.warning(os === 'macOS'
            ? 'otool was not found: the audit reports the cache, include and link evidence, not what the binaries load (install the Xcode command line tools).'
            : 'Neither dumpbin (run the audit in the MSVC developer environment) nor llvm-readobj was found: the audit reports the cache, include and link evidence, not what the binaries load.');
        return undefined;
    }
    const read = (files) => readForeignDependencies(tool, files);
    if (os === 'macOS')
        return { os, dyld: dyldSearch(process.env), read };
    const systemRoot = process.env.SystemRoot ?? process.env.SYSTEMROOT ?? 'C:\\Windows';
    return {
        os,
        windows: {
            systemDirs: [(0,external_node_path_.join)(systemRoot, 'System32'), systemRoot],
            path: (process.env.PATH ?? process.env.Path ?? '').split(external_node_path_.delimiter).filter(Boolean)
        },
        read
    };
}
async function runAudit(inputs) {
    const runner = (0,src_runner/* runnerContext */.cE)();
    const foreign = runner.os === 'Linux' ? undefined : await foreignBinaries(runner.os);
    const temp = (0,secrets/* runnerTemp */.X5)();
    const multiarch = await (0,detect/* multiarchDirs */._L)(runner.os);
    const buildDir = realpath(inputs.auditBuildDir);
    const evidence = await gatherEvidence({
        buildDir,
        loader: {
            ldLibraryPath: splitLdLibraryPath(process.env.LD_LIBRARY_PATH, process.cwd()).map(realpath),
            systemDirs: systemLibraryDirs().map(realpath)
        },
        systemIncludeDirs: ['/usr/local/include', ...multiarch.map(t => `/usr/include/${t}`), '/usr/include'],
        multiarch,
        foreign
    });
    const planted = plantedDecoys(temp);
    const result = judgeAudit(evidence, inputs.platform, planted.decoys);
    const outDir = (0,external_node_path_.join)(temp, 'setup-vfx-platform');
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const report = (0,external_node_path_.join)(outDir, 'dependency-audit.json');
    (0,external_node_fs_.writeFileSync)(report, JSON.stringify({
        vfxPlatform: inputs.platform.year,
        buildDir,
        check: inputs.check,
        consistent: result.consistent,
        problems: result.problems,
        families: result.families,
        decoys: { seed: planted.seed ?? null, used: result.decoysUsed, avoided: result.decoysAvoided },
        counts: evidence.counts,
        notes: evidence.notes,
        evidence: evidence.evidence
    }, null, 2) + '\n');
    (0,src_runner/* setOutput */.uH)('vfx-platform', inputs.platform.year);
    (0,src_runner/* setOutput */.uH)('audit-report', report);
    (0,src_runner/* setOutput */.uH)('audit-consistent', result.consistent);
    (0,summary/* writeSummary */.Sy)(renderAuditSummary(result, evidence, inputs.check, report, planted.seed));
    if (inputs.check === 'warn')
        for (const problem of result.problems)
            src_runner/* log */.Rm.warning(problem, { title: `Dependency audit CY${inputs.platform.year}` });
    if (inputs.check === 'strict' && !result.consistent)
        throw new errors/* UserError */.yo(`Dependency audit of ${buildDir}: ${result.problems.length} problem(s). ${result.problems.join(' ')}`);
}


/***/ }),

/***/ 6147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * The one directory walker of the toolkit: every entry under a folder, depth first, in name order, without
 * following symbolic links (a link is reported as a link, never entered), so a hostile tree cannot lead the walk
 * outside itself or into a loop. `prune` skips a folder's contents; `tolerant` skips folders that cannot be read.
 */


async function* walkTree(root, options = {}, relative = '') {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(relative ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative) : root);
    }
    catch (error) {
        if (options.tolerant)
            return;
        throw error;
    }
    for (const name of names.sort()) {
        const rel = relative ? `${relative}/${name}` : name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
        let stats;
        try {
            stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path);
        }
        catch (error) {
            if (options.tolerant)
                continue;
            throw error;
        }
        const entry = { path, name, relative: rel, stats };
        yield entry;
        if (entry.stats.isDirectory() && !options.prune?.(entry))
            yield* walkTree(root, options, rel);
    }
}


/***/ })

};
