import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5192:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.detectAswfContainer = detectAswfContainer;
/**
 * Recognises an ASWF CI image from its environment (aswf-docker's Dockerfile template): the year and image version
 * from the stable names, and the per-package versions under both the old and the renamed variable names.
 */
const index_js_1 = __nccwpck_require__(6830);
function detectAswfContainer(env) {
    const yearText = index_js_1.aswfEnvironment.year.map(name => env[name]).find(Boolean);
    const imageVersion = index_js_1.aswfEnvironment.imageVersion.map(name => env[name]).find(Boolean);
    if (!yearText && !imageVersion)
        return undefined;
    const year = yearText && /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
    const packages = {};
    const oldNames = [];
    for (const [id, names] of Object.entries(index_js_1.aswfEnvironment.packages)) {
        const index = names.findIndex(name => (env[name] ?? '').trim() !== '');
        if (index < 0)
            continue;
        const variable = names[index];
        packages[id] = { version: env[variable].trim(), variable };
        if (index > 0)
            oldNames.push(variable);
    }
    return {
        year: year ?? yearFromImageVersion(imageVersion),
        imageVersion: imageVersion ?? yearText ?? '',
        packages,
        oldNames
    };
}
/** '2024.7' or '2026-clang20.4' → the year; a ci-common version ('6-clang20.4') has none. */
function yearFromImageVersion(version) {
    const match = version ? /^(\d{4})(?:[-.]|$)/.exec(version) : null;
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The CMake initial-cache file (`cmake -C <file>`) that hands the build the year's settings: the C++ standard,
 * the old libstdc++ ABI for years up to CY2022 with gcc, the macOS deployment target, and the prefixes of what was
 * found or installed. Pure: the text is built from plain data.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cmakeQuote = cmakeQuote;
exports.cmakeQuoteList = cmakeQuoteList;
exports.renderCmakeCache = renderCmakeCache;
exports.prefixPathsFor = prefixPathsFor;
/** A CMake quoted argument: forward slashes for paths, and the characters CMake would interpret escaped. */
function cmakeQuote(value) {
    return `"${escapeQuoted(value).replace(/;/g, '\\;')}"`;
}
function escapeQuoted(value) {
    return value.replace(/\\/g, '/').replace(/"/g, '\\"').replace(/\$/g, '\\$');
}
/** A CMake list as one quoted argument (a ';' inside a path cannot be expressed in a CMake list, so it is dropped). */
function cmakeQuoteList(values) {
    return `"${values.map(v => escapeQuoted(v).replace(/;/g, '')).join(';')}"`;
}
function cacheSet(name, value, type, doc) {
    return `set(${name} ${value} CACHE ${type} ${cmakeQuote(doc)})`;
}
function renderCmakeCache(settings) {
    const lines = [
        `# VFX Reference Platform CY${settings.year}: initial cache written by setup-vfx-platform.`,
        '# Use it as: cmake -C <this file> -S <source> -B <build>',
        cacheSet('VFX_PLATFORM', cmakeQuote(String(settings.year)), 'STRING', 'VFX Reference Platform year'),
        cacheSet('CMAKE_CXX_STANDARD', cmakeQuote(String(settings.cxxStandard)), 'STRING', `C++ standard of CY${settings.year}`),
        cacheSet('CMAKE_CXX_STANDARD_REQUIRED', 'ON', 'BOOL', 'Fail rather than fall back to an older C++ standard')
    ];
    if (settings.oldCxxAbi) {
        // Up to CY2022 the platform uses the old libstdc++ ABI. $ENV{CXXFLAGS} keeps what the job already set, because a
        // CMAKE_CXX_FLAGS cache entry made here stops CMake from initialising it from CXXFLAGS itself.
        lines.push(`set(CMAKE_CXX_FLAGS "$ENV{CXXFLAGS} -D_GLIBCXX_USE_CXX11_ABI=0" CACHE STRING ${cmakeQuote(`CY${settings.year}: old libstdc++ ABI`)})`);
    }
    if (settings.macosDeploymentTarget) {
        lines.push(cacheSet('CMAKE_OSX_DEPLOYMENT_TARGET', cmakeQuote(settings.macosDeploymentTarget), 'STRING', `Minimum macOS of CY${settings.year}`));
    }
    if (settings.prefixPaths.length > 0) {
        lines.push(cacheSet('CMAKE_PREFIX_PATH', cmakeQuoteList(settings.prefixPaths), 'STRING', 'Where the platform libraries were found or installed'));
    }
    if (settings.modulePath && settings.modulePath.length > 0) {
        lines.push(cacheSet('CMAKE_MODULE_PATH', cmakeQuoteList(settings.modulePath), 'STRING', 'Decoy Find modules planted by setup-vfx-platform fuzz'));
    }
    return lines.join('\n') + '\n';
}
/** Prefixes worth handing to CMake: the install's first, then those libraries were found under, minus /usr (searched anyway). */
function prefixPathsFor(installPrefixes, libraryPrefixes) {
    return [...new Set([...installPrefixes, ...libraryPrefixes])].filter(p => p !== '/usr' && p !== '/' && p !== '');
}


/***/ }),

/***/ 6958:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeRequirement = describeRequirement;
exports.judgeConformance = judgeConformance;
/**
 * How the machine conforms to the requested platform year: one row per component (the year's requirement, what
 * was found, the verdict), pure over the detection. A row "counts" when a non-ok verdict makes the machine
 * non-conformant: anything found that does not match, and a missing toolchain part (compiler, glibc, Python, MSVC,
 * Windows SDK). A library that is absent is reported but does not count: not every project uses every library.
 */
const index_js_1 = __nccwpck_require__(6830);
/** Components the action cannot detect on any machine. */
const UNDETECTABLE = new Set(['fbx', 'aces', 'onemkl']);
/** Parts of the toolchain whose absence counts. */
const TOOLCHAIN = new Set(['gcc', 'glibc', 'python', 'windows-toolset', 'windows-sdk']);
/** Found things the platform does not specify, shown with the ASWF image's version for reference. */
const EXTRA = [
    ['openimageio', 'OpenImageIO'],
    ['openusd', 'OpenUSD'],
    ['cmake', 'CMake'],
    ['ninja', 'Ninja'],
    ['clang', 'clang'],
    ['apple-clang', 'Apple clang']
];
function describeRequirement(requirement) {
    const base = requirement.semantics === 'maximum'
        ? `≤ ${requirement.version}`
        : requirement.semantics === 'minimum'
            ? `≥ ${requirement.version}`
            : requirement.version;
    const floor = requirement.floor ? ` (≥ ${requirement.floor})` : '';
    const stated = requirement.stated && requirement.stated !== requirement.version && !requirement.floor
        ? ` (${requirement.stated})`
        : '';
    return `${base}${floor}${stated}`;
}
function judgeComponent(requirement, input) {
    const row = {
        id: requirement.id,
        label: requirement.label,
        required: describeRequirement(requirement),
        source: requirement.source
    };
    if (requirement.platforms && !requirement.platforms.includes(input.os))
        return { ...row, verdict: 'not applicable', counts: false };
    if (requirement.id === 'cxx-standard') {
        const found = String(input.cxxStandard);
        const verdict = (0, index_js_1.satisfies)(found, requirement);
        return {
            ...row,
            found,
            where: 'CMAKE_CXX_STANDARD in the CMake cache file',
            verdict: verdict === 'ok' ? 'configured' : verdict,
            counts: verdict !== 'ok'
        };
    }
    if (requirement.id === 'libstdcxx-abi') {
        return {
            ...row,
            found: requirement.version,
            where: '_GLIBCXX_USE_CXX11_ABI, set by the CMake cache file',
            verdict: 'configured',
            counts: false
        };
    }
    if (requirement.id === 'macos-deployment-target') {
        return {
            ...row,
            found: requirement.version,
            where: 'CMAKE_OSX_DEPLOYMENT_TARGET / MACOSX_DEPLOYMENT_TARGET',
            verdict: 'configured',
            counts: false
        };
    }
    if (UNDETECTABLE.has(requirement.id))
        return { ...row, verdict: 'not checked', counts: false };
    const found = input.found[requirement.id];
    if (!found)
        return { ...row, verdict: 'missing', counts: TOOLCHAIN.has(requirement.id) };
    return {
        ...row,
        found: found.version,
        where: found.where,
        verdict: (0, index_js_1.satisfies)(found.version, requirement),
        counts: true
    };
}
function problemText(row, year) {
    if (row.verdict === 'missing')
        return `${row.label} was not found; CY${year} requires ${row.required}.`;
    if (row.id === 'cxx-standard')
        return `C++${row.found} is configured (cxx-standard input); CY${year} requires C++${row.required}.`;
    return `${row.label} ${row.found} is ${row.verdict} than CY${year} allows (${row.required}), found at ${row.where}.`;
}
function judgeConformance(platform, input) {
    const rows = Object.values(platform.components).map(requirement => judgeComponent(requirement, input));
    for (const [id, label] of EXTRA) {
        const found = input.found[id];
        if (!found)
            continue;
        const reference = platform.aswf.versions[id];
        rows.push({
            id,
            label,
            required: reference ? `not specified (ASWF CY${platform.year} image: ${reference})` : 'not specified',
            found: found.version,
            where: found.where,
            verdict: 'not specified',
            counts: false
        });
    }
    const problems = rows
        .filter(row => row.counts && row.verdict !== 'ok' && row.verdict !== 'configured')
        .map(row => problemText(row, platform.year));
    let container;
    if (input.container) {
        const matches = input.container.year === platform.year;
        container = {
            imageVersion: input.container.imageVersion,
            year: input.container.year,
            matches,
            oldNames: input.container.oldNames
        };
        if (!matches) {
            problems.unshift(input.container.year === undefined
                ? `The job runs in ASWF image ${input.container.imageVersion}, which is not a VFX platform year image; CY${platform.year} was requested.`
                : `The job runs in an ASWF CY${input.container.year} image (${input.container.imageVersion}) but CY${platform.year} was requested.`);
        }
    }
    return { year: platform.year, rows, container, problems, conformant: problems.length === 0 };
}


/***/ }),

/***/ 9048:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.multiarchDirs = multiarchDirs;
exports.resolvePython = resolvePython;
exports.detectLibraries = detectLibraries;
exports.detectEnvironment = detectEnvironment;
exports.detectMachine = detectMachine;
exports.withInstalledLibraries = withInstalledLibraries;
/**
 * Looks at the machine: OS, distro, glibc, an ASWF container, compilers and build tools, Python and its packages,
 * and the libraries on the search prefixes. The few processes needed run in parallel; libraries are read from
 * files. Everything here is I/O; what the findings mean is decided in conformance.ts.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const process_js_1 = __nccwpck_require__(6635);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const aswf_container_js_1 = __nccwpck_require__(5192);
const library_probes_js_1 = __nccwpck_require__(446);
const parse_versions_js_1 = __nccwpck_require__(2080);
const PROBE_TIMEOUT_MS = 10_000;
async function output(file, args, env) {
    try {
        const result = await (0, process_js_1.runProcess)(file, args, { env, timeoutMs: PROBE_TIMEOUT_MS, check: false });
        return result.exitCode === 0 ? `${result.stdout}\n${result.stderr}` : undefined;
    }
    catch {
        return undefined; // not installed
    }
}
async function readText(file) {
    try {
        return await (0, promises_1.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** glibc of this very process, without a subprocess: Node's diagnostic report has it on glibc systems. */
function runtimeGlibc() {
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime;
}
/** Debian/Ubuntu multiarch folder names present on this machine (x86_64-linux-gnu, aarch64-linux-gnu). */
async function multiarchDirs(os) {
    if (os !== 'Linux')
        return [];
    const entries = await (0, promises_1.readdir)('/usr/lib').catch(() => []);
    return entries.filter(name => /^[a-z0-9_]+-linux-gnu[a-z]*$/.test(name));
}
/**
 * The Python a build would find. A pyenv shim is a shell script that takes half a second to start; the
 * interpreter it would run is found from pyenv's own version files instead.
 */
async function resolvePython(env, os, workspace) {
    for (const name of os === 'Windows' ? ['python'] : ['python3', 'python']) {
        const found = await (0, process_js_1.which)(name, env);
        if (!found)
            continue;
        const shims = (0, node_path_1.dirname)(found);
        if (!/[\\/]shims$/.test(shims))
            return found;
        const root = env.PYENV_ROOT || (0, node_path_1.dirname)(shims);
        const versionFile = [(0, node_path_1.join)(workspace, '.python-version'), (0, node_path_1.join)(root, 'version')].find(f => (0, node_fs_1.existsSync)(f));
        const version = (env.PYENV_VERSION || (versionFile ? ((await readText(versionFile)) ?? '') : ''))
            .trim()
            .split(/\s+/)[0];
        const real = version ? (0, node_path_1.join)(root, 'versions', version, 'bin', name) : '';
        return real && (0, node_fs_1.existsSync)(real) ? real : found;
    }
    return undefined;
}
const PYTHON_PROBE = [
    'import sys, json',
    'try:',
    '    from importlib import metadata',
    'except ImportError:',
    '    metadata = None',
    'def v(*names):',
    '    for n in names:',
    '        try:',
    '            return metadata.version(n)',
    '        except Exception:',
    '            pass',
    'print(json.dumps({"python": "%d.%d.%d" % sys.version_info[:3], "numpy": v("numpy"), "pyside": v("PySide6", "PySide2"), "pyqt": v("PyQt6", "PyQt5")}))'
].join('\n');
async function detectPython(env, os, workspace) {
    const python = await resolvePython(env, os, workspace);
    if (!python)
        return {};
    const text = await output(python, ['-c', PYTHON_PROBE], env);
    const line = text?.split(/\r?\n/).find(l => l.startsWith('{'));
    if (!line)
        return {};
    const parsed = JSON.parse(line);
    const found = {};
    for (const [id, version] of Object.entries(parsed))
        if (version)
            found[id] = { version, where: python };
    return found;
}
async function detectCompilersAndTools(env, os) {
    const [gcc, clang, cmake, ninja] = await Promise.all([
        os === 'Linux' ? output('gcc', ['-dumpfullversion', '-dumpversion'], env) : undefined,
        output('clang', ['--version'], env),
        output('cmake', ['--version'], env),
        output('ninja', ['--version'], env)
    ]);
    const found = {};
    const gccVersion = gcc ? ((0, parse_versions_js_1.firstVersion)(gcc) ?? gcc.trim().split(/\s+/)[0]) : undefined;
    if (gccVersion && /^\d/.test(gccVersion))
        found.gcc = { version: gccVersion, where: 'gcc -dumpfullversion' };
    const clangInfo = clang ? (0, parse_versions_js_1.parseClangVersion)(clang) : undefined;
    if (clangInfo)
        found[clangInfo.apple ? 'apple-clang' : 'clang'] = { version: clangInfo.version, where: 'clang --version' };
    const cmakeVersion = cmake ? (0, parse_versions_js_1.firstVersion)(cmake) : undefined;
    if (cmakeVersion)
        found.cmake = { version: cmakeVersion, where: 'cmake --version' };
    const ninjaVersion = ninja ? (0, parse_versions_js_1.firstVersion)(ninja) : undefined;
    if (ninjaVersion)
        found.ninja = { version: ninjaVersion, where: 'ninja --version' };
    return found;
}
/** MSVC through vswhere (its default install location) and the toolset version file; the newest Windows SDK. */
async function detectWindowsToolchain(env) {
    const found = {};
    const programFiles = env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)';
    const vswhere = (0, node_path_1.join)(programFiles, 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
    const [installation, sdks] = await Promise.all([
        output(vswhere, [
            '-latest',
            '-products',
            '*',
            '-requires',
            'Microsoft.VisualStudio.Component.VC.Tools.x86.x64',
            '-property',
            'installationPath'
        ], env),
        (0, promises_1.readdir)((0, node_path_1.join)(programFiles, 'Windows Kits', '10', 'Include')).catch(() => [])
    ]);
    const path = installation?.trim().split(/\r?\n/)[0];
    if (path) {
        const file = (0, node_path_1.join)(path, 'VC', 'Auxiliary', 'Build', 'Microsoft.VCToolsVersion.default.txt');
        const version = (0, parse_versions_js_1.firstVersion)((await readText(file)) ?? '');
        if (version)
            found['windows-toolset'] = { version, where: file };
    }
    const sdk = (0, parse_versions_js_1.newestWindowsSdk)(sdks);
    if (sdk)
        found['windows-sdk'] = { version: sdk, where: (0, node_path_1.join)(programFiles, 'Windows Kits', '10', 'Include', sdk) };
    return found;
}
/** The libraries under the prefixes: for each, the first prefix (in search order) that has it wins. */
async function detectLibraries(prefixes, multiarch) {
    const results = await Promise.all(library_probes_js_1.LIBRARY_PROBES.map(async (probe) => {
        for (const prefix of prefixes) {
            const candidates = (0, library_probes_js_1.candidateFiles)(probe, prefix, multiarch);
            const texts = await Promise.all(candidates.map(c => readText(c.file)));
            for (let i = 0; i < candidates.length; i++) {
                const text = texts[i];
                const candidate = candidates[i];
                const version = text !== undefined && candidate ? candidate.parse(text) : undefined;
                if (version && candidate)
                    return [probe.id, { version, where: candidate.file, prefix }];
            }
        }
        return undefined;
    }));
    return Object.fromEntries(results.filter(r => r !== undefined));
}
async function detectEnvironment(options) {
    const { runner, env } = options;
    const os = runner.os;
    const container = options.ignoreContainer ? undefined : (0, aswf_container_js_1.detectAswfContainer)(env);
    const multiarchPromise = multiarchDirs(os);
    const prefixes = (0, library_probes_js_1.searchPrefixes)({
        extra: options.extraPrefixes ?? [],
        cmakePrefixPath: env.CMAKE_PREFIX_PATH ?? '',
        aswfPrefix: container ? env.ASWF_INSTALL_PREFIX || '/usr/local' : undefined,
        os,
        delimiter: node_path_1.delimiter
    });
    const [osRelease, tools, python, windows, libraries, multiarch] = await Promise.all([
        os === 'Linux' ? readText('/etc/os-release') : undefined,
        detectCompilersAndTools(env, os),
        detectPython(env, os, runner.workspace),
        os === 'Windows' ? detectWindowsToolchain(env) : {},
        multiarchPromise.then(multiarch => detectLibraries(prefixes, multiarch)),
        multiarchPromise
    ]);
    const glibc = os === 'Linux' ? runtimeGlibc() : undefined;
    const found = { ...libraries, ...tools, ...python, ...windows };
    if (glibc)
        found.glibc = { version: glibc, where: 'the C library this process runs on' };
    return {
        os,
        arch: runner.arch,
        distro: osRelease ? (0, parse_versions_js_1.parseOsRelease)(osRelease) : undefined,
        glibc,
        libc: glibc ? `glibc${glibc}` : '',
        container,
        found,
        prefixes,
        multiarch
    };
}
/** The setup step's look at the machine: detection, the `mode` requirement, one line saying what was found. */
async function detectMachine(mode, platform, runner) {
    const detection = await detectEnvironment({ runner, env: process.env, ignoreContainer: mode === 'host' });
    if (mode === 'container' && !detection.container) {
        throw new errors_js_1.UserError("Input 'mode' is 'container' but this job does not run in an ASWF container (neither ASWF_VFXPLATFORM_VERSION nor ASWF_VERSION is set): " +
            `run the job in one (container: ${platform.aswf.imageVersion ? `aswf/ci-base:${platform.year}` : 'an aswf/ci-* image'}) or use mode 'auto' or 'host'.`);
    }
    runner_js_1.log.info(`CY${platform.year} (${platform.status}); ${detection.distro?.prettyName || detection.os} ${detection.arch}` +
        (detection.glibc ? `, glibc ${detection.glibc}` : '') +
        (detection.container ? `, ASWF image ${detection.container.imageVersion}` : ''));
    return detection;
}
/** After an install, the libraries under its prefixes take precedence (CMake will search them first). */
async function withInstalledLibraries(detection, prefixPaths) {
    const libraries = await detectLibraries(prefixPaths, detection.multiarch);
    return { ...detection, found: { ...detection.found, ...libraries } };
}


/***/ }),

/***/ 6450:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseFuzz = parseFuzz;
exports.resolveAuditBuildDir = resolveAuditBuildDir;
exports.readInputs = readInputs;
/**
 * The only file of setup-vfx-platform that reads inputs. Every input is validated here, once, with one error that
 * names the input, the value and what is accepted; the rest of the action works on the typed `Inputs`.
 *
 * One action, three kinds of step in a job (ADR 0060): the setup step (detect, install, configure), optionally
 * with `fuzz` (plant decoys before the build), and the audit step after the build (`audit-build-dir`).
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const inputs_js_1 = __nccwpck_require__(289);
const plan_js_1 = __nccwpck_require__(926);
const index_js_1 = __nccwpck_require__(6830);
const MAX_SEED = 0xffffffff;
/** 'off' (or empty) → undefined; a whole number 0..4294967295 → the seed. */
function parseFuzz(value) {
    if (value === '' || value.toLowerCase() === 'off')
        return undefined;
    if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_SEED)
        throw new errors_js_1.InputError('fuzz', value, `'off' or a seed: a whole number from 0 to ${MAX_SEED}`);
    return Number(value);
}
/** The build directory of the audit, resolved against the workspace; it must hold a CMakeCache.txt. */
function resolveAuditBuildDir(value, workspace) {
    if (value === '')
        return undefined;
    if (value.includes('\0'))
        throw new errors_js_1.InputError('audit-build-dir', value, 'a path to a CMake build directory');
    const dir = (0, node_path_1.isAbsolute)(value) ? (0, node_path_1.resolve)(value) : (0, node_path_1.resolve)(workspace, value);
    let isCache = false;
    try {
        isCache = (0, node_fs_1.statSync)((0, node_path_1.join)(dir, 'CMakeCache.txt')).isFile();
    }
    catch {
        // missing, not a folder, not readable: all the same to the user
    }
    if (!isCache) {
        throw new errors_js_1.InputError('audit-build-dir', value, `a configured CMake build directory (no CMakeCache.txt in ${dir}; run the audit step after the build)`);
    }
    return dir;
}
function readInputs() {
    const platform = (0, index_js_1.resolveYear)((0, inputs_js_1.readString)('vfx-platform', {
        required: true,
        pattern: { regex: /./, description: "a year such as 2025, CY2025, 'latest' or 'draft'" }
    }));
    const override = (0, inputs_js_1.readString)('cxx-standard', {
        pattern: {
            regex: /^(11|14|17|20|23|26)$/,
            description: 'one of 11, 14, 17, 20, 23, 26, or empty for the year’s own'
        }
    });
    const install = {
        components: (0, plan_js_1.parseComponents)((0, inputs_js_1.readList)('install')),
        manifest: (0, inputs_js_1.readString)('manifest'),
        cache: (0, inputs_js_1.readBoolean)('cache', true),
        token: (0, inputs_js_1.readSecret)('token')
    };
    const fuzzText = (0, inputs_js_1.readString)('fuzz');
    const fuzzSeed = parseFuzz(fuzzText);
    const fuzzScope = (0, inputs_js_1.readChoice)('fuzz-scope', ['runner-temp', 'system'], 'runner-temp');
    const auditText = (0, inputs_js_1.readString)('audit-build-dir');
    const auditBuildDir = resolveAuditBuildDir(auditText, process.env.GITHUB_WORKSPACE || process.cwd());
    if (auditBuildDir !== undefined && fuzzSeed !== undefined) {
        throw new errors_js_1.InputError('fuzz', fuzzText, "'off' in the audit step (audit-build-dir is set): decoys are planted by the setup step before the build");
    }
    if (auditBuildDir !== undefined && install.components.length > 0) {
        throw new errors_js_1.InputError('install', install.components.join(', '), 'an empty list in the audit step (audit-build-dir is set): install in the setup step before the build');
    }
    return {
        platform,
        mode: (0, inputs_js_1.readChoice)('mode', ['auto', 'container', 'host'], 'auto'),
        check: (0, inputs_js_1.readChoice)('check', ['warn', 'strict', 'off'], 'warn'),
        cxxStandard: override ? Number(override) : platform.cxxStandard,
        exportEnv: (0, inputs_js_1.readBoolean)('export-env', true),
        install,
        fuzzSeed,
        fuzzScope,
        auditBuildDir
    };
}


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LIBRARY_PROBES = void 0;
exports.libraryDirs = libraryDirs;
exports.candidateFiles = candidateFiles;
exports.searchPrefixes = searchPrefixes;
/**
 * Where each library a VFX build needs says its version, in the order CMake's find_package would trust it:
 * the package's CMake config version file, then its pkg-config file, then its version header. Reading these files
 * directly is what keeps detection fast (no pkg-config or compiler processes).
 */
const parse_versions_js_1 = __nccwpck_require__(2080);
const versionString = (name) => (text) => (0, parse_versions_js_1.defineValue)(text, name);
exports.LIBRARY_PROBES = [
    {
        id: 'openexr',
        label: 'OpenEXR',
        cmake: ['OpenEXR'],
        pkgconfig: ['OpenEXR'],
        headers: [{ path: 'OpenEXR/OpenEXRConfig.h', parse: versionString('OPENEXR_VERSION_STRING') }]
    },
    {
        id: 'imath',
        label: 'Imath',
        // Imath 2 shipped as IlmBase, its headers under include/OpenEXR: a prefix holding it is an Imath 2 install.
        cmake: ['Imath', 'IlmBase'],
        pkgconfig: ['Imath', 'IlmBase'],
        headers: [
            { path: 'Imath/ImathConfig.h', parse: versionString('IMATH_VERSION_STRING') },
            { path: 'OpenEXR/IlmBaseConfig.h', parse: versionString('ILMBASE_VERSION_STRING') }
        ]
    },
    {
        id: 'opencolorio',
        label: 'OpenColorIO',
        cmake: ['OpenColorIO'],
        pkgconfig: ['OpenColorIO'],
        headers: [{ path: 'OpenColorIO/OpenColorABI.h', parse: versionString('OCIO_VERSION') }]
    },
    {
        id: 'openimageio',
        label: 'OpenImageIO',
        cmake: ['OpenImageIO'],
        pkgconfig: ['OpenImageIO'],
        headers: [
            {
                path: 'OpenImageIO/oiioversion.h',
                parse: t => (0, parse_versions_js_1.definedParts)(t, ['OIIO_VERSION_MAJOR', 'OIIO_VERSION_MINOR', 'OIIO_VERSION_PATCH'])
            }
        ]
    },
    {
        id: 'onetbb',
        label: 'oneTBB / TBB',
        cmake: ['TBB'],
        pkgconfig: ['tbb'],
        headers: [
            { path: 'oneapi/tbb/version.h', parse: t => (0, parse_versions_js_1.definedParts)(t, ['TBB_VERSION_MAJOR', 'TBB_VERSION_MINOR']) },
            { path: 'tbb/tbb_stddef.h', parse: t => (0, parse_versions_js_1.definedParts)(t, ['TBB_VERSION_MAJOR', 'TBB_VERSION_MINOR']) }
        ]
    },
    {
        id: 'boost',
        label: 'Boost',
        // Boost's CMake package folder carries the version in its name (Boost-1.74.0); the header is simpler and exact.
        headers: [{ path: 'boost/version.hpp', parse: parse_versions_js_1.parseBoostVersionHeader }]
    },
    {
        id: 'openvdb',
        label: 'OpenVDB',
        pkgconfig: ['openvdb'],
        headers: [
            {
                path: 'openvdb/version.h',
                parse: t => (0, parse_versions_js_1.definedParts)(t, [
                    'OPENVDB_LIBRARY_MAJOR_VERSION_NUMBER',
                    'OPENVDB_LIBRARY_MINOR_VERSION_NUMBER',
                    'OPENVDB_LIBRARY_PATCH_VERSION_NUMBER'
                ])
            }
        ]
    },
    {
        id: 'ptex',
        label: 'Ptex',
        cmake: ['Ptex'],
        pkgconfig: ['ptex'],
        headers: [
            {
                path: 'PtexVersion.h',
                parse: t => (0, parse_versions_js_1.definedParts)(t, ['PTEX_MAJOR_VERSION', 'PTEX_MINOR_VERSION', 'PTEX_MICRO_VERSION'])
            }
        ]
    },
    {
        id: 'opensubdiv',
        label: 'OpenSubdiv',
        cmake: ['OpenSubdiv'],
        pkgconfig: ['opensubdiv'],
        headers: [{ path: 'opensubdiv/version.h', parse: parse_versions_js_1.parseOpenSubdivHeader }]
    },
    { id: 'alembic', label: 'Alembic', cmake: ['Alembic'], pkgconfig: ['alembic'] },
    { id: 'qt', label: 'Qt', cmake: ['Qt6', 'Qt5'], pkgconfig: ['Qt6Core', 'Qt5Core'] },
    { id: 'openusd', label: 'OpenUSD', headers: [{ path: 'pxr/pxr.h', parse: parse_versions_js_1.parseUsdHeader }] }
];
/** The library folders of a prefix: lib, lib64 and the Debian multiarch folder. */
function libraryDirs(prefix, multiarch) {
    return [
        `${prefix}/lib`,
        `${prefix}/lib64`,
        ...multiarch.map(triplet => `${prefix}/lib/${triplet}`),
        `${prefix}/share`
    ];
}
/** Every file that could tell a library's version under one prefix, most trusted first. */
function candidateFiles(probe, prefix, multiarch) {
    const dirs = libraryDirs(prefix, multiarch);
    const cmake = (probe.cmake ?? []).flatMap(name => dirs.flatMap(dir => [
        { file: `${dir}/cmake/${name}/${name}ConfigVersion.cmake`, parse: parse_versions_js_1.parseCmakePackageVersion },
        { file: `${dir}/cmake/${name}/${name.toLowerCase()}-config-version.cmake`, parse: parse_versions_js_1.parseCmakePackageVersion }
    ]));
    const pkgconfig = (probe.pkgconfig ?? []).flatMap(name => dirs.map(dir => ({ file: `${dir}/pkgconfig/${name}.pc`, parse: parse_versions_js_1.parsePkgConfigVersion })));
    const headers = (probe.headers ?? []).map(header => ({
        file: `${prefix}/include/${header.path}`,
        parse: header.parse
    }));
    return [...cmake, ...pkgconfig, ...headers];
}
/** The prefixes to search, in CMake's order: CMAKE_PREFIX_PATH first, then the image's prefix, then the system. */
function searchPrefixes(options) {
    const fromEnv = options.cmakePrefixPath.split(options.delimiter).filter(Boolean);
    const system = options.os === 'Windows'
        ? []
        : options.os === 'macOS'
            ? ['/opt/homebrew', '/usr/local', '/usr']
            : ['/usr/local', '/usr'];
    const all = [...options.extra, ...fromEnv, ...(options.aswfPrefix ? [options.aswfPrefix] : []), ...system];
    return [...new Set(all.map(p => p.replace(/[\\/]+$/, '') || '/'))];
}


/***/ }),

/***/ 5894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * setup-vfx-platform: resolve the requested VFX Reference Platform year, look at the machine, install what was
 * asked (install.ts), judge conformance, plant decoys when fuzzing (fuzz-step.ts), and hand the build the year's
 * settings (outputs, env, CMake cache). With `audit-build-dir` the step is the audit after the build instead
 * (audit-step.ts). ADR 0060.
 */
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const secrets_js_1 = __nccwpck_require__(6663);
const summary_js_1 = __nccwpck_require__(1906);
const conformance_js_1 = __nccwpck_require__(6958);
const detect_js_1 = __nccwpck_require__(9048);
const inputs_js_1 = __nccwpck_require__(6450);
const report_summary_js_1 = __nccwpck_require__(3980);
const setup_files_js_1 = __nccwpck_require__(5492);
async function main() {
    const inputs = (0, inputs_js_1.readInputs)();
    const { platform, auditBuildDir } = inputs;
    if (auditBuildDir !== undefined) {
        const { runAudit } = await Promise.all(/* import() */[__nccwpck_require__.e(797), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9039));
        return runAudit({ ...inputs, auditBuildDir });
    }
    const runner = (0, runner_js_1.runnerContext)();
    let detection = await (0, detect_js_1.detectMachine)(inputs.mode, platform, runner);
    const { installRequested } = await __nccwpck_require__.e(/* import() */ 588).then(__nccwpck_require__.bind(__nccwpck_require__, 7588));
    const context = { year: platform, runner, libc: detection.libc, inputs: inputs.install };
    const installed = await installRequested(context);
    if (installed && installed.prefixPaths.length > 0)
        detection = await (0, detect_js_1.withInstalledLibraries)(detection, installed.prefixPaths);
    const conformance = (0, conformance_js_1.judgeConformance)(platform, {
        os: detection.os,
        found: detection.found,
        container: detection.container,
        cxxStandard: inputs.cxxStandard
    });
    const fuzz = inputs.fuzzSeed === undefined
        ? undefined
        : await (await __nccwpck_require__.e(/* import() */ 797).then(__nccwpck_require__.bind(__nccwpck_require__, 9797))).plantDecoys({
            seed: inputs.fuzzSeed,
            scope: inputs.fuzzScope,
            temp: (0, secrets_js_1.runnerTemp)(),
            os: detection.os,
            detection
        });
    const outDir = (0, node_path_1.join)((0, secrets_js_1.runnerTemp)(), 'setup-vfx-platform');
    const files = (0, setup_files_js_1.writeSetupFiles)(inputs, detection, conformance, installed, outDir, fuzz);
    (0, setup_files_js_1.setSetupOutputs)(inputs, detection, conformance, files);
    (0, runner_js_1.setOutput)('decoys', fuzz ? fuzz.decoys.map(d => ({ name: d.name, prefix: d.prefix, exposedBy: d.exposedBy })) : []);
    (0, summary_js_1.writeSummary)((0, report_summary_js_1.renderSummary)({
        platform,
        conformance,
        check: inputs.check,
        os: detection.os,
        arch: detection.arch,
        distro: detection.distro?.prettyName,
        glibc: detection.glibc,
        cxxStandard: inputs.cxxStandard,
        cmakeCache: files.cmakeCache,
        report: files.report,
        installDir: installed?.installDir,
        fuzz
    }));
    if (inputs.check === 'warn')
        for (const problem of conformance.problems)
            runner_js_1.log.warning(problem, { title: `VFX Reference Platform CY${platform.year}` });
    if (inputs.check === 'strict' && !conformance.conformant)
        throw new errors_js_1.UserError(`Not conformant to VFX Reference Platform CY${platform.year}: ${conformance.problems.join(' ')}`);
}


/***/ }),

/***/ 2080:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Pure parsers for the version text tools and files print: `gcc -dumpfullversion`, `cmake --version`, CMake
 * package version files, pkg-config files, version headers, /etc/os-release. Each returns undefined when the text
 * does not hold a version, never a guess.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.firstVersion = firstVersion;
exports.parseClangVersion = parseClangVersion;
exports.parseCmakePackageVersion = parseCmakePackageVersion;
exports.parsePkgConfigVersion = parsePkgConfigVersion;
exports.defineValue = defineValue;
exports.definedParts = definedParts;
exports.parseBoostVersionHeader = parseBoostVersionHeader;
exports.parseOpenSubdivHeader = parseOpenSubdivHeader;
exports.parseUsdHeader = parseUsdHeader;
exports.parseOsRelease = parseOsRelease;
exports.newestWindowsSdk = newestWindowsSdk;
/** The first dotted version in a line of tool output ('cmake version 3.25.1' → '3.25.1'). */
function firstVersion(text) {
    return /(\d+(?:\.\d+)+)/.exec(text)?.[1];
}
/** `clang --version`: 'Apple clang version 15.0.0 (…)' or 'Debian clang version 14.0.6'. */
function parseClangVersion(text) {
    const match = /^(.*?)clang version (\d+(?:\.\d+)*)/m.exec(text);
    if (!match)
        return undefined;
    return { version: match[2], apple: /Apple/.test(match[1]) };
}
/** `set(PACKAGE_VERSION "3.1.5")` in a <Name>ConfigVersion.cmake file. */
function parseCmakePackageVersion(text) {
    return /set\s*\(\s*PACKAGE_VERSION\s+"?(\d[^")\s]*)"?\s*\)/i.exec(text)?.[1];
}
/** `Version: 3.1.5` in a pkg-config .pc file. */
function parsePkgConfigVersion(text) {
    return /^Version:\s*(\d\S*)\s*$/m.exec(text)?.[1];
}
/** The value of `#define NAME value` (quotes stripped). */
function defineValue(text, name) {
    const match = new RegExp(`^\\s*#\\s*define\\s+${name}\\s+"?([^"\\s]+)"?`, 'm').exec(text);
    return match?.[1];
}
/** major.minor[.patch] from separate #defines (TBB_VERSION_MAJOR / _MINOR, PTEX_MAJOR_VERSION, …). */
function definedParts(text, names) {
    const parts = [];
    for (const name of names) {
        const value = defineValue(text, name);
        if (value === undefined || !/^\d+$/.test(value))
            break;
        parts.push(String(Number(value)));
    }
    return parts.length >= 2 ? parts.join('.') : undefined;
}
/** boost/version.hpp: BOOST_VERSION 107400 → 1.74.0. */
function parseBoostVersionHeader(text) {
    const value = defineValue(text, 'BOOST_VERSION');
    if (!value || !/^\d{6}$/.test(value))
        return undefined;
    const n = Number(value);
    return `${Math.floor(n / 100000)}.${Math.floor(n / 100) % 1000}.${n % 100}`;
}
/** opensubdiv/version.h: OPENSUBDIV_VERSION v3_5_0 → 3.5.0. */
function parseOpenSubdivHeader(text) {
    const value = defineValue(text, 'OPENSUBDIV_VERSION');
    const match = value ? /^v?(\d+)_(\d+)_(\d+)$/.exec(value) : null;
    return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined;
}
/** pxr/pxr.h: PXR_MINOR_VERSION 25, PXR_PATCH_VERSION 5 → 25.05 (USD's own spelling). */
function parseUsdHeader(text) {
    const minor = defineValue(text, 'PXR_MINOR_VERSION');
    const patch = defineValue(text, 'PXR_PATCH_VERSION');
    if (!minor || !patch || !/^\d+$/.test(minor) || !/^\d+$/.test(patch))
        return undefined;
    return `${minor}.${patch.padStart(2, '0')}`;
}
function parseOsRelease(text) {
    const values = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (match)
            values[match[1]] = match[2].replace(/^["']|["']$/g, '');
    }
    return {
        id: values.ID ?? '',
        versionId: values.VERSION_ID ?? '',
        prettyName: values.PRETTY_NAME ?? values.NAME ?? ''
    };
}
/** The highest Windows SDK among the folder names under `Windows Kits\10\Include` ('10.0.22621.0'). */
function newestWindowsSdk(names) {
    return names
        .filter(name => /^10\.\d+\.\d+\.\d+$/.test(name))
        .sort((a, b) => {
        const pa = a.split('.').map(Number);
        const pb = b.split('.').map(Number);
        for (let i = 0; i < 4; i++)
            if (pa[i] !== pb[i])
                return pa[i] - pb[i];
        return 0;
    })
        .pop();
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderSummary = renderSummary;
/** The job summary: the verdict at a glance, the conformance table, a picture of the verdicts, the settings. Pure. */
const summary_js_1 = __nccwpck_require__(1906);
const ICON = {
    ok: '✅ ok',
    older: '⬇️ older',
    newer: '⬆️ newer',
    missing: '❌ missing',
    'not applicable': '➖ not applicable',
    'not checked': '❔ not checked',
    configured: '⚙️ configured',
    'not specified': 'ℹ️ not specified'
};
function renderSummary(input) {
    const { platform, conformance } = input;
    const title = `VFX Reference Platform CY${platform.year} (${platform.status}, ${platform.date})`;
    const machine = [input.distro ?? input.os, input.arch, input.glibc ? `glibc ${input.glibc}` : '']
        .filter(Boolean)
        .join(', ');
    const verdict = conformance.conformant
        ? `✅ **Conformant** to CY${platform.year} on ${(0, summary_js_1.escapeCell)(machine)}.`
        : `${input.check === 'strict' ? '❌' : '⚠️'} **Not conformant** to CY${platform.year} on ${(0, summary_js_1.escapeCell)(machine)}: ` +
            `${conformance.problems.length} problem${conformance.problems.length === 1 ? '' : 's'}` +
            (input.check === 'off' ? ' (check: off)' : '') +
            '\n\n' +
            conformance.problems.map(p => `- ${(0, summary_js_1.escapeCell)(p)}`).join('\n');
    const container = conformance.container
        ? `\nASWF container: image \`${conformance.container.imageVersion}\`` +
            (conformance.container.year ? ` (CY${conformance.container.year})` : '') +
            (conformance.container.oldNames.length
                ? `, built before the variable renames (${conformance.container.oldNames.join(', ')})`
                : '') +
            '.\n'
        : '';
    const legacy = platform.legacyGlibc
        ? `\n> CY${platform.year} ASWF images are CentOS 7 (glibc 2.17): JavaScript actions on node24 cannot start inside them. ` +
            'Run this action on the host, or see the README for building legacy years.\n'
        : '';
    const table = (0, summary_js_1.markdownTable)(['Component', `CY${platform.year}`, 'Found', 'Verdict', 'Where'], conformance.rows.map(row => [row.label, row.required, row.found ?? '', ICON[row.verdict], row.where ?? '']));
    const counts = new Map();
    for (const row of conformance.rows)
        counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
    const pie = (0, summary_js_1.mermaid)([
        `pie showData title CY${platform.year} components`,
        ...[...counts].map(([verdict, n]) => `  "${verdict}" : ${n}`)
    ].join('\n'));
    const settings = (0, summary_js_1.markdownTable)(['Setting', 'Value'], [
        ['C++ standard', `C++${input.cxxStandard}`],
        ['Python', platform.python],
        ['CMake (ASWF images)', platform.aswf.cmake ?? 'none yet'],
        ['CMake initial cache', `cmake -C ${input.cmakeCache}`],
        ['JSON report', input.report],
        ...(input.installDir ? [['Installed into', input.installDir]] : [])
    ]);
    const sources = (0, summary_js_1.details)('Sources', (0, summary_js_1.markdownTable)(['Component', 'Source'], conformance.rows.filter(row => row.source).map(row => [row.label, row.source])) + (platform.aswf.source ? `\nASWF image facts: ${(0, summary_js_1.escapeCell)(platform.aswf.source)}\n` : ''));
    const fuzz = input.fuzz
        ? (0, summary_js_1.heading)(`Fuzz seed ${input.fuzz.seed}: decoys planted`, 4) +
            (0, summary_js_1.markdownTable)(['Decoy', 'Prefix', 'Put in the way by'], input.fuzz.decoys.map(d => [`${d.name}: ${d.description}`, d.prefix, d.exposedBy.join(', ')])) +
            `\nRe-run with \`fuzz: ${input.fuzz.seed}\` to plant the same decoys; audit the build with \`audit-build-dir\`.\n`
        : '';
    return [
        (0, summary_js_1.heading)(title),
        verdict + '\n',
        container,
        legacy,
        table,
        pie,
        (0, summary_js_1.heading)('Build settings', 4),
        settings,
        fuzz,
        sources
    ].join('\n');
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeSetupFiles = writeSetupFiles;
exports.setSetupOutputs = setSetupOutputs;
/**
 * What the setup step hands the build: the CMake initial-cache file and the JSON conformance report, written under
 * RUNNER_TEMP/setup-vfx-platform, and the step's outputs and environment.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const runner_js_1 = __nccwpck_require__(7578);
const cmake_cache_js_1 = __nccwpck_require__(9059);
function writeSetupFiles(inputs, detection, conformance, installed, outDir, fuzz) {
    const { platform } = inputs;
    (0, node_fs_1.mkdirSync)(outDir, { recursive: true });
    const cmakeCache = (0, node_path_1.join)(outDir, `vfx-platform-${platform.year}.cmake`);
    const report = (0, node_path_1.join)(outDir, `vfx-platform-${platform.year}-report.json`);
    const libraryPrefixes = Object.values(detection.found).flatMap(f => (f.prefix ? [f.prefix] : []));
    (0, node_fs_1.writeFileSync)(cmakeCache, (0, cmake_cache_js_1.renderCmakeCache)({
        year: platform.year,
        cxxStandard: inputs.cxxStandard,
        oldCxxAbi: platform.oldCxxAbi && detection.os === 'Linux' && detection.found.gcc !== undefined,
        macosDeploymentTarget: detection.os === 'macOS' ? platform.macosDeploymentTarget : undefined,
        prefixPaths: (0, cmake_cache_js_1.prefixPathsFor)(installed?.prefixPaths ?? [], libraryPrefixes),
        modulePath: fuzz?.modulePath
    }));
    (0, node_fs_1.writeFileSync)(report, JSON.stringify({
        vfxPlatform: platform.year,
        status: platform.status,
        date: platform.date,
        check: inputs.check,
        mode: inputs.mode,
        conformant: conformance.conformant,
        problems: conformance.problems,
        container: conformance.container ?? null,
        machine: {
            os: detection.os,
            arch: detection.arch,
            distro: detection.distro ?? null,
            glibc: detection.glibc ?? null,
            prefixes: detection.prefixes
        },
        components: conformance.rows,
        settings: { cxxStandard: inputs.cxxStandard, python: platform.python, cmakeCache },
        install: installed ?? null,
        fuzz: fuzz
            ? {
                seed: fuzz.seed,
                scope: fuzz.scope,
                root: fuzz.root,
                env: fuzz.env,
                decoys: fuzz.decoys.map(d => ({
                    name: d.name,
                    family: d.family,
                    version: d.version,
                    prefix: d.prefix,
                    exposedBy: d.exposedBy
                }))
            }
            : null
    }, null, 2) + '\n');
    return { cmakeCache, report };
}
function setSetupOutputs(inputs, detection, conformance, files) {
    const { platform } = inputs;
    (0, runner_js_1.setOutput)('vfx-platform', platform.year);
    (0, runner_js_1.setOutput)('status', platform.status);
    (0, runner_js_1.setOutput)('cxx-standard', inputs.cxxStandard);
    (0, runner_js_1.setOutput)('python-version', platform.python);
    (0, runner_js_1.setOutput)('gcc-version', platform.components.gcc?.version ?? '');
    (0, runner_js_1.setOutput)('glibc-version', platform.components.glibc?.version ?? '');
    (0, runner_js_1.setOutput)('cmake-version', platform.aswf.cmake ?? '');
    (0, runner_js_1.setOutput)('macos-deployment-target', platform.macosDeploymentTarget ?? '');
    (0, runner_js_1.setOutput)('windows-toolset', platform.msvcToolsetVersion ?? '');
    (0, runner_js_1.setOutput)('versions', Object.fromEntries(Object.values(platform.components).map(c => [c.id, c.version])));
    (0, runner_js_1.setOutput)('aswf-image-version', detection.container?.imageVersion ?? '');
    (0, runner_js_1.setOutput)('conformant', conformance.conformant);
    (0, runner_js_1.setOutput)('report', files.report);
    (0, runner_js_1.setOutput)('cmake-cache', files.cmakeCache);
    if (inputs.exportEnv) {
        (0, runner_js_1.exportVariable)('VFX_PLATFORM', String(platform.year));
        (0, runner_js_1.exportVariable)('CMAKE_CXX_STANDARD', String(inputs.cxxStandard));
        if (detection.os === 'macOS' && platform.macosDeploymentTarget)
            (0, runner_js_1.exportVariable)('MACOSX_DEPLOYMENT_TARGET', platform.macosDeploymentTarget);
    }
}


/***/ }),

/***/ 7138:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.catalogVersions = catalogVersions;
exports.toolArchive = toolArchive;
/**
 * The catalog of official CMake and Ninja release archives (data/tool-archives.json): for a tool, version and
 * platform, the URL and the sha256 recorded in this repository. There is no fallback: a platform without a
 * recorded checksum fails, and a version is never substituted by another.
 */
const errors_js_1 = __nccwpck_require__(2087);
const tool_archives_json_1 = __importDefault(__nccwpck_require__(9669));
const platform_js_1 = __nccwpck_require__(414);
const CATALOG = tool_archives_json_1.default;
function catalogVersions(tool) {
    return Object.keys(CATALOG[tool].versions);
}
function toolArchive(tool, version, platform) {
    const data = CATALOG[tool];
    const entry = data.versions[version];
    if (!entry) {
        throw new errors_js_1.UserError(`The catalog has no ${tool} ${version}; it lists ${catalogVersions(tool).join(', ')}.`);
    }
    const key = (0, platform_js_1.catalogKey)(platform);
    const archive = entry.archives[key];
    if (!archive) {
        const have = Object.keys(entry.archives);
        throw new errors_js_1.UserError(`No verified checksum recorded for ${tool} ${version} on ${key}` +
            (entry.gap ? ` (${entry.gap})` : '') +
            `; recorded platforms: ${have.length ? have.join(', ') : 'none'}. Nothing was installed.`);
    }
    return {
        tool,
        version,
        file: archive.file,
        sha256: archive.sha256,
        url: data.urlTemplate.replace('{version}', version).replace('{file}', archive.file),
        source: entry.source ?? ''
    };
}


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MANIFEST_SCHEMA = void 0;
exports.validateManifest = validateManifest;
exports.describeBundle = describeBundle;
exports.selectBundle = selectBundle;
exports.resolveBundleUrl = resolveBundleUrl;
/**
 * The platform-bundle manifest: one JSON file listing the prebuilt, relocatable library bundles (one per
 * year x OS x arch, x libc on Linux) with URL, sha256, size and the versions inside. Validation is by hand (a
 * dozen fields) so that no schema library sits on the action's path; every problem is reported at once.
 *
 *   { "schema": 1,
 *     "toolMirror": "https://mirror.example/tools/",          optional: fetch CMake/Ninja archives from here
 *     "bundles": [ { "year": 2024, "os": "linux", "arch": "x64", "libc": "glibc2.28",
 *                    "url": "vfx-platform-2024-x64-linux-glibc2.28.tar.zst",   absolute or relative to the manifest
 *                    "sha256": "…", "size": 123456,
 *                    "versions": { "openexr": "3.2.9", "imath": "3.1.12" },
 *                    "libDirs": ["lib"], "pythonRoot": "python" } ] }   optional layout hints
 */
const node_url_1 = __nccwpck_require__(3136);
const errors_js_1 = __nccwpck_require__(2087);
const platform_js_1 = __nccwpck_require__(414);
exports.MANIFEST_SCHEMA = 1;
const OSES = ['linux', 'macos', 'windows'];
const ARCHES = ['x64', 'arm64'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isRelativeInside(path) {
    return !/^([/\\]|[A-Za-z]:)/.test(path) && !path.split(/[/\\]/).includes('..');
}
/** Checks a parsed manifest; throws one UserError listing every problem, naming where it came from. */
function validateManifest(data, origin) {
    const problems = [];
    if (!isRecord(data))
        throw new errors_js_1.UserError(`The bundle manifest ${origin} is not a JSON object.`);
    if (data.schema !== exports.MANIFEST_SCHEMA)
        problems.push(`schema must be ${exports.MANIFEST_SCHEMA} (got ${JSON.stringify(data.schema)})`);
    if (data.toolMirror !== undefined && (typeof data.toolMirror !== 'string' || !/^https?:\/\//.test(data.toolMirror))) {
        problems.push('toolMirror must be an http(s) URL');
    }
    if (!Array.isArray(data.bundles))
        problems.push('bundles must be an array');
    const bundles = Array.isArray(data.bundles) ? data.bundles : [];
    bundles.forEach((bundle, i) => {
        const at = `bundles[${i}]`;
        if (!isRecord(bundle))
            return void problems.push(`${at} is not an object`);
        if (!Number.isInteger(bundle.year) || bundle.year < 2000)
            problems.push(`${at}.year must be a year like 2024`);
        if (!OSES.includes(bundle.os))
            problems.push(`${at}.os must be one of ${OSES.join(', ')}`);
        if (!ARCHES.includes(bundle.arch))
            problems.push(`${at}.arch must be one of ${ARCHES.join(', ')}`);
        if (bundle.libc !== undefined && (typeof bundle.libc !== 'string' || !(0, platform_js_1.parseLibc)(bundle.libc))) {
            problems.push(`${at}.libc must look like 'glibc2.28'`);
        }
        if (bundle.os === 'linux' && bundle.libc === undefined)
            problems.push(`${at}.libc is required for Linux bundles`);
        if (typeof bundle.url !== 'string' || bundle.url === '')
            problems.push(`${at}.url must be a non-empty string`);
        if (typeof bundle.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(bundle.sha256))
            problems.push(`${at}.sha256 must be 64 lower-case hex digits`);
        if (!Number.isInteger(bundle.size) || bundle.size <= 0)
            problems.push(`${at}.size must be a positive whole number of bytes`);
        if (!isRecord(bundle.versions) || !Object.values(bundle.versions).every(v => typeof v === 'string')) {
            problems.push(`${at}.versions must map component names to version strings`);
        }
        const dirs = bundle.libDirs;
        if (dirs !== undefined &&
            (!Array.isArray(dirs) || !dirs.every(d => typeof d === 'string' && isRelativeInside(d)))) {
            problems.push(`${at}.libDirs must be relative folders inside the bundle`);
        }
        if (bundle.pythonRoot !== undefined &&
            (typeof bundle.pythonRoot !== 'string' || !isRelativeInside(bundle.pythonRoot))) {
            problems.push(`${at}.pythonRoot must be a relative folder inside the bundle`);
        }
    });
    if (problems.length)
        throw new errors_js_1.UserError(`The bundle manifest ${origin} is invalid: ${problems.join('; ')}.`);
    return data;
}
function describeBundle(bundle) {
    return `CY${bundle.year} ${bundle.os}-${bundle.arch}${bundle.libc ? `-${bundle.libc}` : ''}`;
}
/**
 * The bundle for this year and platform: same year, OS and arch, a libc the runner can run (the newest such,
 * being the closest match). No match is an error that lists what the manifest has, so the user sees at once
 * whether the year, the OS or the libc is the problem. Never another year.
 */
function selectBundle(manifest, year, platform, origin) {
    const candidates = manifest.bundles.filter(b => b.year === year && b.os === platform.os && b.arch === platform.arch && (0, platform_js_1.libcCompatible)(b.libc, platform.libc));
    const libcOf = (b) => (0, platform_js_1.parseLibc)(b.libc ?? '')?.version ?? [];
    candidates.sort((a, b) => (0, platform_js_1.compareVersions)(libcOf(b), libcOf(a)));
    const chosen = candidates[0];
    if (chosen)
        return chosen;
    const have = manifest.bundles.map(describeBundle);
    const wanted = describeBundle({ year, os: platform.os, arch: platform.arch, libc: platform.libc || undefined });
    throw new errors_js_1.UserError(`The bundle manifest ${origin} has no bundle for ${wanted}` +
        (platform.libc ? ` (or an older ${(0, platform_js_1.parseLibc)(platform.libc)?.family ?? 'libc'})` : '') +
        `; it has: ${have.length ? have.join(', ') : 'no bundles'}. Nothing was installed.`);
}
/** The bundle URL resolved against the manifest's own location (URL or file path). */
function resolveBundleUrl(bundleUrl, manifestLocation) {
    const base = /^(https?|file):/.test(manifestLocation) ? manifestLocation : (0, node_url_1.pathToFileURL)(manifestLocation).toString();
    return new URL(bundleUrl, base).toString();
}


/***/ }),

/***/ 926:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMPONENTS = void 0;
exports.parseComponents = parseComponents;
exports.planInstall = planInstall;
exports.installedVersions = installedVersions;
/**
 * What to install, decided from plain data: the requested components, the year's versions, the platform, the
 * catalog and the manifest. The result names every archive with its URL and sha256, the tool-cache folder and
 * the @actions/cache key, so the I/O that follows has nothing left to decide.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const cache_js_1 = __nccwpck_require__(7460);
const errors_js_1 = __nccwpck_require__(2087);
const catalog_js_1 = __nccwpck_require__(7138);
const manifest_js_1 = __nccwpck_require__(4984);
const platform_js_1 = __nccwpck_require__(414);
exports.COMPONENTS = ['cmake', 'ninja', 'libraries'];
/** Parses the `install` list: known names only, duplicates dropped, in a stable order. */
function parseComponents(items) {
    const unknown = items.filter(item => !exports.COMPONENTS.includes(item.toLowerCase()));
    if (unknown.length) {
        throw new errors_js_1.UserError(`Input 'install' has the value '${items.join(', ')}': expected a list of ${exports.COMPONENTS.join(', ')} (unknown: ${unknown.join(', ')}).`);
    }
    const wanted = new Set(items.map(item => item.toLowerCase()));
    return exports.COMPONENTS.filter(c => wanted.has(c));
}
function fileName(url) {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}
function planInstall(input) {
    const items = [];
    for (const component of input.components) {
        if (component === 'libraries') {
            if (!input.manifest)
                throw new errors_js_1.UserError("Installing 'libraries' needs a bundle manifest (input 'manifest').");
            const bundle = (0, manifest_js_1.selectBundle)(input.manifest.data, input.year, input.platform, input.manifest.location);
            const url = (0, manifest_js_1.resolveBundleUrl)(bundle.url, input.manifest.location);
            items.push({
                component,
                label: `CY${input.year} libraries`,
                version: String(input.year),
                url,
                sha256: bundle.sha256,
                size: bundle.size,
                archiveName: fileName(url),
                bundle
            });
            continue;
        }
        const version = input.versions[component];
        if (!version)
            throw new errors_js_1.UserError(`CY${input.year} pins no ${component} version in the ASWF images, so there is none to install.`);
        const archive = (0, catalog_js_1.toolArchive)(component, version, input.platform);
        const mirror = input.manifest?.data.toolMirror;
        const url = mirror ? new URL(archive.file, mirror.endsWith('/') ? mirror : `${mirror}/`).toString() : archive.url;
        items.push({
            component,
            label: `${component} ${version}`,
            version,
            url,
            sha256: archive.sha256,
            archiveName: archive.file
        });
    }
    const arch = (0, platform_js_1.toolCacheArch)(input.platform);
    const digest = (0, node_crypto_1.createHash)('sha256')
        .update(items.map(item => `${item.component}=${item.version}@${item.sha256}`).join('\n'))
        .digest('hex')
        .slice(0, 16);
    return {
        year: input.year,
        platform: input.platform,
        items,
        toolId: { tool: 'vfx-platform', version: String(input.year), arch },
        cacheKey: (0, cache_js_1.cacheKey)('vfx-platform', String(input.year), arch, items.map(i => i.component).join('+'), digest)
    };
}
/** The `installed` output: component -> version (libraries expand to the versions inside the bundle). */
function installedVersions(items) {
    const out = {};
    for (const item of items) {
        if (item.bundle)
            Object.assign(out, item.bundle.versions);
        else
            out[item.component] = item.version;
    }
    return out;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.targetPlatform = targetPlatform;
exports.catalogKey = catalogKey;
exports.toolCacheArch = toolCacheArch;
exports.parseLibc = parseLibc;
exports.compareVersions = compareVersions;
exports.libcCompatible = libcCompatible;
/**
 * Where an install runs, in the vocabulary the catalog and the manifest use: `linux`/`macos`/`windows`,
 * `x64`/`arm64`, and on Linux the C library (`glibc2.36`). The libc is part of every cache name so that a tree
 * built for one image is never reused by an older, incompatible one.
 */
const errors_js_1 = __nccwpck_require__(2087);
const OS = { Linux: 'linux', macOS: 'macos', Windows: 'windows' };
const ARCH = { X64: 'x64', ARM64: 'arm64' };
/** From the runner's RUNNER_OS / RUNNER_ARCH spelling. */
function targetPlatform(runnerOs, runnerArch, libc) {
    const os = OS[runnerOs];
    const arch = ARCH[runnerArch];
    if (!os || !arch) {
        throw new errors_js_1.UserError(`Installing the platform is supported on Linux, macOS and Windows, X64 or ARM64; this runner is ${runnerOs} ${runnerArch}.`);
    }
    return { os, arch, libc: os === 'linux' ? libc : '' };
}
/** `linux-x64`: the key of the tool catalog. */
function catalogKey(platform) {
    return `${platform.os}-${platform.arch}`;
}
/** `x64-linux-glibc2.36` / `arm64-macos`: the tool-cache arch folder and part of the cache key. */
function toolCacheArch(platform) {
    return [platform.arch, platform.os, platform.libc].filter(Boolean).join('-');
}
/** `glibc2.28` -> { family: 'glibc', version: [2, 28] }; undefined when it is not of that shape. */
function parseLibc(libc) {
    const match = /^([a-z]+)(\d+(?:\.\d+)*)$/.exec(libc);
    if (!match)
        return undefined;
    return { family: match[1], version: match[2].split('.').map(Number) };
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * A bundle built against `bundleLibc` runs on `runnerLibc` when the family is the same and the runner's is not
 * older (glibc is backwards compatible, never forwards). A bundle without a libc runs anywhere on its OS.
 */
function libcCompatible(bundleLibc, runnerLibc) {
    if (!bundleLibc)
        return true;
    const bundle = parseLibc(bundleLibc);
    const runner = parseLibc(runnerLibc);
    if (!bundle || !runner || bundle.family !== runner.family)
        return false;
    return compareVersions(runner.version, bundle.version) >= 0;
}


/***/ }),

/***/ 2558:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 */
const core = __importStar(__nccwpck_require__(2338));
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const secrets_js_1 = __nccwpck_require__(6663);
async function runAction(phases) {
    if ((0, runner_js_1.isPostPhase)()) {
        await runPost(phases.post);
        return;
    }
    (0, runner_js_1.markMainStarted)();
    try {
        await phases.main();
    }
    catch (error) {
        reportFailure(error);
    }
}
async function runPost(post) {
    try {
        if (post)
            await post();
    }
    catch (error) {
        core.warning(`Post step: ${(0, errors_js_1.errorMessage)(error)}`);
    }
    finally {
        (0, secrets_js_1.runCleanup)();
    }
}
function reportFailure(error) {
    if (error instanceof errors_js_1.UserError) {
        core.setFailed(error.message);
        return;
    }
    // A bug: keep the stack for the report, but still one clear annotation.
    core.setFailed(`Unexpected error: ${(0, errors_js_1.errorMessage)(error)}`);
    if (error instanceof Error && error.stack)
        core.debug(error.stack);
}


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.actionsCache = exports.CACHE_SCHEMA = void 0;
exports.cacheKey = cacheKey;
exports.restoreTool = restoreTool;
exports.scheduleSave = scheduleSave;
exports.saveScheduled = saveScheduled;
/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
 */
const promises_1 = __nccwpck_require__(1455);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const tool_cache_js_1 = __nccwpck_require__(1365);
/** Bump to invalidate every entry written before a change of layout or verification. */
exports.CACHE_SCHEMA = 'v1';
const SAVE_STATE = 'toolkit-cache-save';
exports.actionsCache = {
    available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
    async restore(paths, key) {
        const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
        return cache.restoreCache(paths, key, [], {}, true);
    },
    async save(paths, key) {
        const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
        await cache.saveCache(paths, key, {}, true);
    }
};
function cacheKey(...parts) {
    return [exports.CACHE_SCHEMA, ...parts].join('-');
}
/** Looks in both levels; returns the folder and where it came from, or undefined on a miss. */
async function restoreTool(spec, options = {}) {
    const local = (0, tool_cache_js_1.findTool)(spec);
    if (local)
        return { dir: local, source: 'tool-cache' };
    const remote = options.remote ?? exports.actionsCache;
    if (options.useRemote === false || !remote.available())
        return undefined;
    const dir = (0, tool_cache_js_1.toolDir)(spec);
    try {
        const hit = await remote.restore([dir], spec.key);
        if (hit === undefined)
            return undefined;
        await (0, tool_cache_js_1.markToolComplete)(spec);
        return { dir, source: 'actions-cache' };
    }
    catch (error) {
        await (0, promises_1.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        runner_js_1.log.warning(`Cache restore failed for ${spec.key}; continuing without it (${(0, errors_js_1.errorMessage)(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    (0, runner_js_1.saveState)(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse((0, runner_js_1.getState)(SAVE_STATE) || '[]');
    }
    catch {
        return [];
    }
}
/** The post phase's half: saves what main scheduled. Never throws; returns the keys saved. */
async function saveScheduled(remote = exports.actionsCache) {
    const saved = [];
    const pending = pendingSaves();
    if (pending.length === 0)
        return saved;
    if (!remote.available()) {
        runner_js_1.log.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    for (const spec of pending) {
        try {
            await remote.save([(0, tool_cache_js_1.toolDir)(spec)], spec.key);
            saved.push(spec.key);
            runner_js_1.log.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = (0, errors_js_1.errorMessage)(error);
            if (/another job|reserve|already exists/i.test(message))
                runner_js_1.log.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                runner_js_1.log.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
        }
    }
    return saved;
}


/***/ }),

/***/ 2338:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.error = exports.warning = exports.notice = exports.debug = exports.info = void 0;
exports.formatCommand = formatCommand;
exports.formatFileCommand = formatFileCommand;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
exports.saveState = saveState;
exports.getState = getState;
exports.setSecret = setSecret;
exports.neutralizeCommands = neutralizeCommands;
exports.setFailed = setFailed;
exports.group = group;
exports.appendSummary = appendSummary;
/**
 * The runner's command protocol, written directly: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::add-mask::`, `::error …::`, groups).
 *
 * Why not @actions/core: importing it loads @actions/http-client and undici (~1 MB of bundle, ~150 ms of start-up
 * on a 2-core runner), which alone breaks our cold-start goal of 1.5x `node -e 0`. The protocol is small and
 * stable; commands.test.ts checks that these functions write byte-for-byte what @actions/core writes.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn'
};
function formatCommand(command, properties, message) {
    // The runner's own order (title first), whatever order the caller wrote them in.
    const props = Object.keys(PROPERTY_NAMES)
        .filter(key => properties[key] !== undefined && properties[key] !== '')
        .map(key => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issue(command, message, properties = {}) {
    process.stdout.write(formatCommand(command, properties, message) + node_os_1.EOL);
}
/**
 * A heredoc delimiter, random like @actions/core's but without loading node:crypto (~7 ms of every action's
 * start-up): what keeps a value from ending the heredoc early is the check that it does not contain the delimiter,
 * not the delimiter being unpredictable; a clash just draws another one.
 */
function delimiterFor(name, value) {
    for (;;) {
        const token = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32)
            .toString(16)
            .padStart(8, '0'));
        const candidate = `ghadelimiter_${token.join('-')}`;
        if (!name.includes(candidate) && !value.includes(candidate))
            return candidate;
    }
}
/** `name<<delimiter` heredoc, the form the runner accepts for any value. */
function formatFileCommand(name, value, delimiterValue = delimiterFor(name, value)) {
    if (name.includes(delimiterValue) || value.includes(delimiterValue)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiterValue}`);
    }
    return `${name}<<${delimiterValue}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiterValue}${node_os_1.EOL}`;
}
function appendFileCommand(envName, text) {
    const path = process.env[envName];
    if (!path)
        return false;
    if (!(0, node_fs_1.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${envName})`);
    (0, node_fs_1.appendFileSync)(path, text, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', formatFileCommand(name, value))) {
        process.stdout.write(node_os_1.EOL + formatCommand('set-output', {}, value).replace('::set-output::', `::set-output name=${name}::`) + node_os_1.EOL);
    }
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendFileCommand('GITHUB_ENV', formatFileCommand(name, value)))
        issue(`set-env name=${name}`, value);
}
function addPath(path) {
    if (!appendFileCommand('GITHUB_PATH', path + node_os_1.EOL))
        issue('add-path', path);
    process.env.PATH = `${path}${node_path_1.delimiter}${process.env.PATH ?? ''}`;
}
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', formatFileCommand(name, value)))
        issue(`save-state name=${name}`, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issue('add-mask', value);
}
/**
 * Text from outside (API answers, tool output, file names) must never start a workflow command: the runner reads a
 * line as a command when, after leading white space, it starts with `::`, and as a legacy command when it holds
 * `##[`. A zero-width space (not white space to the runner) breaks both; line ends of every kind (CR alone too)
 * are made plain newlines so that a bare CR cannot hide a second line.
 */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
        .join(node_os_1.EOL);
}
const info = (message) => void process.stdout.write(neutralizeCommands(message) + node_os_1.EOL);
exports.info = info;
const debug = (message) => issue('debug', message);
exports.debug = debug;
const notice = (message, properties) => issue('notice', message, properties);
exports.notice = notice;
const warning = (message, properties) => issue('warning', message, properties);
exports.warning = warning;
const error = (message, properties) => issue('error', message, properties);
exports.error = error;
function setFailed(message) {
    process.exitCode = 1;
    (0, exports.error)(message);
}
async function group(name, fn) {
    process.stdout.write(`::group::${escapeData(name)}${node_os_1.EOL}`);
    try {
        return await fn();
    }
    finally {
        process.stdout.write(`::endgroup::${node_os_1.EOL}`);
    }
}
function appendSummary(markdown) {
    appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(node_os_1.EOL) ? markdown : markdown + node_os_1.EOL);
}


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputError = exports.UserError = void 0;
exports.errorMessage = errorMessage;
/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
class UserError extends Error {
    name = 'UserError';
}
exports.UserError = UserError;
/** A bad input: names the input, the value given and what is accepted. */
class InputError extends UserError {
    input;
    value;
    accepted;
    name = 'InputError';
    constructor(input, value, accepted) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
exports.InputError = InputError;
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 289:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inputEnvName = inputEnvName;
exports.readString = readString;
exports.readBoolean = readBoolean;
exports.readChoice = readChoice;
exports.readInt = readInt;
exports.readList = readList;
exports.splitList = splitList;
exports.readLines = readLines;
exports.readStringOrArray = readStringOrArray;
exports.readSecret = readSecret;
/**
 * Typed input readers. Every action reads its inputs only through these, so each input is validated once and a
 * bad value fails with an error naming the input, the value and what is accepted. The input name is always the
 * first argument as a string literal: test/action-metadata.test.ts finds the inputs an action reads that way and
 * checks them against its action.yml.
 */
const errors_js_1 = __nccwpck_require__(2087);
const secrets_js_1 = __nccwpck_require__(6663);
/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function raw(name) {
    return (process.env[inputEnvName(name)] ?? '').trim();
}
function readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new errors_js_1.InputError(name, value, options.pattern?.description ?? 'a non-empty value');
        return options.fallback ?? '';
    }
    if (options.pattern && !options.pattern.regex.test(value)) {
        throw new errors_js_1.InputError(name, value, options.pattern.description);
    }
    return value;
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
function readBoolean(name, fallback) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors_js_1.InputError(name, value, "'true' or 'false'");
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw new errors_js_1.InputError(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`);
    return match;
}
function readInt(name, options = {}) {
    const value = raw(name);
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    const accepted = options.min !== undefined && options.max !== undefined
        ? `a whole number from ${min} to ${max}`
        : options.min !== undefined
            ? `a whole number of at least ${min}`
            : 'a whole number';
    if (value === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw new errors_js_1.InputError(name, value, accepted);
    }
    if (!/^-?\d+$/.test(value))
        throw new errors_js_1.InputError(name, value, accepted);
    const n = Number(value);
    if (n < min || n > max)
        throw new errors_js_1.InputError(name, value, accepted);
    return n;
}
/** A list given one item per line or separated by commas; blank items and `#` comment lines are dropped. */
function readList(name) {
    return splitList(raw(name));
}
function splitList(value) {
    return value
        .split(/\r?\n/)
        .filter(line => !line.trim().startsWith('#'))
        .flatMap(line => line.split(','))
        .map(item => item.trim())
        .filter(item => item !== '');
}
/** Multi-line input kept line by line (no comma splitting), e.g. scanner arguments or globs with commas. */
function readLines(name) {
    return (process.env[inputEnvName(name)] ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** A label or a JSON array of labels (GitHub's `runs-on` shapes). */
function readStringOrArray(name, fallback = []) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (!value.startsWith('['))
        return [value];
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        throw new errors_js_1.InputError(name, value, 'a label or a JSON array of labels');
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(item => typeof item === 'string' && item !== '')) {
        throw new errors_js_1.InputError(name, value, 'a label or a non-empty JSON array of labels');
    }
    return parsed;
}
/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
function readSecret(name) {
    const value = (process.env[inputEnvName(name)] ?? '').trim();
    (0, secrets_js_1.maskSecret)(value);
    return value;
}


/***/ }),

/***/ 6635:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessError = void 0;
exports.runProcess = runProcess;
exports.which = which;
const errors_js_1 = __nccwpck_require__(2087);
class ProcessError extends errors_js_1.UserError {
    command;
    result;
    constructor(command, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
        super(result.timedOut
            ? `${command} did not finish in time and was stopped.`
            : `${command} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : '.'}`);
        this.command = command;
        this.result = result;
    }
}
exports.ProcessError = ProcessError;
async function runProcess(file, args, options = {}) {
    // Loaded on first use: node:child_process (with net and streams) costs an action's start-up ~7 ms.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const extra = options.extraInputs ?? [];
    const stdio = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe')];
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = spawn(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio,
                shell: false,
                windowsHide: true
            });
        }
        catch (error) {
            reject(error);
            return;
        }
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout?.on('data', (chunk) => {
            out.push(chunk);
            if (options.echo)
                process.stdout.write(chunk);
        });
        child.stderr?.on('data', (chunk) => {
            err.push(chunk);
            if (options.echo)
                process.stderr.write(chunk);
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input ?? '');
        extra.forEach((value, i) => {
            const stream = child.stdio[3 + i];
            stream.on('error', () => undefined);
            stream.end(value);
        });
        child.on('error', error => {
            if (timer)
                clearTimeout(timer);
            const code = error.code;
            reject(code === 'ENOENT' ? new errors_js_1.UserError(`${file} was not found on PATH.`) : error);
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            const result = {
                exitCode: code ?? -1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut
            };
            if ((options.check ?? true) && (timedOut || result.exitCode !== 0))
                reject(new ProcessError(file, result));
            else
                resolve(result);
        });
    });
}
/** Finds an executable on PATH (PATHEXT on Windows) without running anything. */
async function which(name, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { delimiter, join, isAbsolute } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const candidates = isAbsolute(name)
        ? [name]
        : (env.PATH ?? '')
            .split(delimiter)
            .filter(Boolean)
            .flatMap(dir => exts.map(ext => join(dir, name + ext)));
    for (const candidate of candidates) {
        try {
            await access(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}


/***/ }),

/***/ 7578:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.log = void 0;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
exports.saveState = saveState;
exports.getState = getState;
exports.isPostPhase = isPostPhase;
exports.markMainStarted = markMainStarted;
exports.runnerContext = runnerContext;
/**
 * The runner files (outputs, env, path, state) through commands.ts, plus the phase of the shared bundle.
 * Outputs are validated against nothing here: test/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 */
const core = __importStar(__nccwpck_require__(2338));
const PHASE_STATE = 'isPost';
function setOutput(name, value) {
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
function exportVariable(name, value) {
    core.exportVariable(name, value);
}
function addPath(path) {
    core.addPath(path);
}
function saveState(name, value) {
    core.saveState(name, typeof value === 'string' ? value : JSON.stringify(value));
}
function getState(name) {
    return core.getState(name);
}
/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
function isPostPhase() {
    return core.getState(PHASE_STATE) === 'true';
}
function markMainStarted() {
    core.saveState(PHASE_STATE, 'true');
}
exports.log = {
    info: (message) => core.info(message),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    debug: (message) => core.debug(message),
    group: (name, fn) => core.group(name, fn)
};
function defaultOs() {
    return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
function defaultArch() {
    return process.arch === 'arm64' ? 'ARM64' : process.arch === 'ia32' ? 'X86' : process.arch === 'arm' ? 'ARM' : 'X64';
}
function runnerContext(env = process.env) {
    return {
        os: env.RUNNER_OS || defaultOs(),
        arch: env.RUNNER_ARCH || defaultArch(),
        temp: env.RUNNER_TEMP || '',
        toolCache: env.RUNNER_TOOL_CACHE || '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        eventName: env.GITHUB_EVENT_NAME || '',
        eventPath: env.GITHUB_EVENT_PATH || '',
        repository: env.GITHUB_REPOSITORY || '',
        ref: env.GITHUB_REF || '',
        sha: env.GITHUB_SHA || '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    };
}


/***/ }),

/***/ 6663:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.maskSecret = maskSecret;
exports.runnerTemp = runnerTemp;
exports.registerCleanup = registerCleanup;
exports.privateTempDir = privateTempDir;
exports.writeSecretFile = writeSecretFile;
exports.runCleanup = runCleanup;
/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */
const core = __importStar(__nccwpck_require__(2338));
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const node_os_1 = __nccwpck_require__(8161);
const CLEANUP_STATE = 'toolkit-cleanup';
const registered = [];
/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
function maskSecret(value) {
    if (value === '')
        return;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4 && line !== value)
            core.setSecret(line.trim());
    }
}
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0, node_os_1.tmpdir)();
}
/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
function registerCleanup(path) {
    if (registered.includes(path))
        return;
    registered.push(path);
    core.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
function privateTempDir(prefix) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(runnerTemp(), `${prefix}-`));
    registerCleanup(dir);
    return dir;
}
/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
function writeSecretFile(prefix, fileName, content) {
    const dir = privateTempDir(prefix);
    const path = (0, node_path_1.join)(dir, fileName);
    (0, node_fs_1.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
    return path;
}
/** Removes everything registered in this process and in the saved state. Never throws. */
function runCleanup() {
    let saved = [];
    try {
        saved = JSON.parse(process.env[`STATE_${CLEANUP_STATE}`] || '[]');
    }
    catch {
        saved = [];
    }
    const removed = [];
    for (const path of new Set([...saved, ...registered])) {
        try {
            if ((0, node_fs_1.existsSync)(path)) {
                (0, node_fs_1.rmSync)(path, { recursive: true, force: true });
                removed.push(path);
            }
        }
        catch (error) {
            core.warning(`Could not remove ${path}: ${String(error)}`);
        }
    }
    return removed;
}


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeCell = escapeCell;
exports.markdownTable = markdownTable;
exports.mermaid = mermaid;
exports.codeBlock = codeBlock;
exports.details = details;
exports.heading = heading;
exports.writeSummary = writeSummary;
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test, user values
 * escaped so a file name cannot inject markup) and appended to GITHUB_STEP_SUMMARY once per step.
 */
const commands_js_1 = __nccwpck_require__(2338);
function escapeCell(value) {
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function mermaid(source) {
    return '```mermaid\n' + source.trim() + '\n```\n';
}
function codeBlock(source, language = '') {
    return '```' + language + '\n' + source.replace(/\n$/, '') + '\n```\n';
}
function details(title, body) {
    return `<details><summary>${escapeCell(title)}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
function writeSummary(...sections) {
    try {
        (0, commands_js_1.appendSummary)(sections.join('\n'));
    }
    catch (error) {
        (0, commands_js_1.warning)(`Could not write the job summary: ${String(error)}`);
    }
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toolCacheRoot = toolCacheRoot;
exports.toolDir = toolDir;
exports.findTool = findTool;
exports.installTool = installTool;
exports.markToolComplete = markToolComplete;
/**
 * The runner's tool cache (level one of the two-level cache): `RUNNER_TOOL_CACHE/<tool>/<version>/<arch>` with an
 * `<arch>.complete` marker, the layout @actions/tool-cache uses, so tools we store are found by other actions and
 * vice versa. Installs are atomic: a tree is built in a staging folder and renamed into place, so a failed or
 * concurrent install never leaves a half-installed tree that a later job would trust.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
function toolCacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new errors_js_1.UserError('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.');
    return root;
}
function toolDir(id) {
    for (const part of [id.tool, id.version, id.arch]) {
        if (!/^[A-Za-z0-9._+-]+$/.test(part))
            throw new errors_js_1.UserError(`Invalid tool-cache path component '${part}'`);
    }
    return (0, node_path_1.join)(toolCacheRoot(), id.tool, id.version, id.arch);
}
function findTool(id) {
    const dir = toolDir(id);
    return (0, node_fs_1.existsSync)(dir) && (0, node_fs_1.existsSync)(`${dir}.complete`) ? dir : undefined;
}
/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
async function installTool(id, populate) {
    const dir = toolDir(id);
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(dir), { recursive: true });
    const staging = await (0, promises_1.mkdtemp)(`${dir}.staging-`);
    try {
        await populate(staging);
        if (findTool(id))
            return dir; // another job on this runner finished first; keep its tree
        await (0, promises_1.rm)(dir, { recursive: true, force: true }); // an incomplete tree from a crashed install
        try {
            await (0, promises_1.rename)(staging, dir);
        }
        catch (error) {
            // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
            // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
            if (!(0, node_fs_1.existsSync)(dir))
                throw error;
        }
        await (0, promises_1.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    finally {
        await (0, promises_1.rm)(staging, { recursive: true, force: true });
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function markToolComplete(id) {
    await (0, promises_1.writeFile)(`${toolDir(id)}.complete`, '');
}


/***/ }),

/***/ 9584:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aswfRegistry = exports.aswfEnvironment = void 0;
exports.ciCommonGeneration = ciCommonGeneration;
exports.aswfImageProjects = aswfImageProjects;
exports.aswfImageYears = aswfImageYears;
exports.aswfClangVariants = aswfClangVariants;
exports.aswfDefaultClang = aswfDefaultClang;
exports.aswfLatestTag = aswfLatestTag;
exports.aswfImage = aswfImage;
/**
 * ASWF CI Docker images (aswf-docker): which image exists for which year and clang variant, and its name.
 * Data: ../data/aswf-images.json (latest released tag per image and year, tag rules, identifying env vars).
 */
const errors_js_1 = __nccwpck_require__(2087);
const aswf_images_json_1 = __importDefault(__nccwpck_require__(6536));
const years_js_1 = __nccwpck_require__(3680);
const PROJECTS = aswf_images_json_1.default.projects;
const DEFAULT_CLANG = aswf_images_json_1.default.defaultClang;
const COMMON_DEFAULT_CLANG = aswf_images_json_1.default.commonDefaultClang;
exports.aswfEnvironment = aswf_images_json_1.default.environment;
exports.aswfRegistry = { registry: aswf_images_json_1.default.registry, org: aswf_images_json_1.default.org, testingOrg: aswf_images_json_1.default.testingOrg };
function parseTag(tag) {
    const match = /^(\d+)(?:-clang(\d+))?\.(\d+)$/.exec(tag);
    if (!match)
        throw new Error(`aswf-images.json: malformed tag '${tag}'`);
    return { key: match[1], clang: match[2] ? Number(match[2]) : undefined, build: Number(match[3]) };
}
/** The ci-common generation a year's images are built on (e.g. 2025 → '5'). */
function ciCommonGeneration(year) {
    return (0, years_js_1.allYears)().find(y => y.year === year)?.aswf.ciCommon;
}
function normaliseProject(project) {
    return project
        .trim()
        .toLowerCase()
        .replace(/^(?:docker\.io\/)?(?:aswf(?:testing)?\/)?/, '')
        .replace(/^ci-/, '');
}
function projectData(project) {
    const name = normaliseProject(project);
    const data = PROJECTS[name];
    if (!data)
        throw new errors_js_1.UserError(`There is no ASWF image 'ci-${name}': known images are ${aswfImageProjects()
            .map(p => `ci-${p}`)
            .join(', ')}.`);
    return { name, data };
}
/** The releases key of a year: the year itself, or its ci-common generation for ci-common. */
function releaseKey(name, year) {
    return name === 'common' ? ciCommonGeneration(year) : String(year);
}
function releasesOf(name, data, year) {
    const key = releaseKey(name, year);
    return key === undefined ? [] : (data.releases[key] ?? []).map(parseTag);
}
function aswfImageProjects() {
    return Object.keys(PROJECTS).sort();
}
/** Years (VFX platform years) for which `aswf/ci-<project>` exists. */
function aswfImageYears(project) {
    const { name, data } = projectData(project);
    return (0, years_js_1.allYears)()
        .map(y => y.year)
        .filter(year => releasesOf(name, data, year).length > 0);
}
/** The clang variants (majors) of a clang-variant image for a year; [] for one-image-per-year projects. */
function aswfClangVariants(project, year) {
    const { name, data } = projectData(project);
    if (!data.clangVariants)
        return [];
    return releasesOf(name, data, year)
        .map(tag => tag.clang)
        .sort((a, b) => a - b);
}
/** The clang variant behind the bare tag (`:<year>`, or `:<N>` for ci-common); undefined without variants. */
function aswfDefaultClang(project, year) {
    const { name, data } = projectData(project);
    if (!data.clangVariants)
        return undefined;
    const key = releaseKey(name, year);
    if (key === undefined || data.bareTags?.[key])
        return undefined;
    return name === 'common' ? COMMON_DEFAULT_CLANG[key] : DEFAULT_CLANG[key];
}
/** The newest released exact tag for a year (and clang variant), e.g. '2025.6' or '2026-clang20.4'. */
function aswfLatestTag(project, year, clang) {
    const { name, data } = projectData(project);
    aswfImage(name, year, clang === undefined ? {} : { clang }); // throws a UserError naming what exists
    const bare = data.bareTags?.[releaseKey(name, year) ?? ''];
    if (clang === undefined && bare)
        return bare;
    const wanted = clang ?? aswfDefaultClang(name, year);
    const tag = releasesOf(name, data, year).find(t => t.clang === wanted);
    return `${tag.key}${tag.clang !== undefined ? `-clang${tag.clang}` : ''}.${tag.build}`;
}
function parseClang(value) {
    const match = /^(?:clang-?)?(\d+)$/i.exec(String(value).trim());
    if (!match)
        throw new errors_js_1.UserError(`'${value}' is not a clang variant: use a major version such as 19 or 'clang19'.`);
    return Number(match[1]);
}
/**
 * The image reference for a project and year, e.g. aswfImage('osl', 2025, { clang: 19 }) === 'aswf/ci-osl:2025-clang19',
 * aswfImage('openexr', 2023, { tag: '2023.2' }) === 'aswf/ci-openexr:2023.2'. A UserError names what does not exist
 * and what does.
 */
function aswfImage(project, year, options = {}) {
    const { name, data } = projectData(project);
    const image = `${aswf_images_json_1.default.org}/${data.image}`;
    const releases = releasesOf(name, data, year);
    if (releases.length === 0) {
        const years = aswfImageYears(name);
        const planned = data.planned?.[String(year)];
        if (planned)
            throw new errors_js_1.UserError(`${image}:${planned[planned.length - 1]} is planned in aswf-docker's versions.yaml but was never released: ` +
                `it exists for ${years.length ? years.join(', ') : 'no year'}.`);
        throw new errors_js_1.UserError(`${image} does not exist for CY${year}: it exists for ${years.length ? years.join(', ') : 'no year'}.`);
    }
    const key = releaseKey(name, year);
    let clang;
    if (options.clang !== undefined && String(options.clang) !== '') {
        clang = parseClang(options.clang);
        if (!data.clangVariants) {
            throw new errors_js_1.UserError(`${image} has no clang variants (one image per year: ${image}:${year}); only ${aswfImageProjects()
                .filter(p => PROJECTS[p]?.clangVariants)
                .map(p => `ci-${p}`)
                .join(', ')} have them.`);
        }
        const variants = aswfClangVariants(name, year);
        if (!variants.includes(clang)) {
            throw new errors_js_1.UserError(`${image} has no clang${clang} variant for CY${year}: its variants are ${variants.map(v => `clang${v}`).join(', ')}.`);
        }
    }
    const bare = data.bareTags?.[key];
    if (bare && clang === undefined && options.tag !== undefined && options.tag.trim() !== '') {
        const match = /^(\d+)\.(\d+)$/.exec(options.tag.trim());
        if (match && match[1] === key && Number(match[2]) <= Number(bare.split('.')[1]))
            return `${image}:${options.tag.trim()}`;
    }
    if (options.tag !== undefined && options.tag.trim() !== '')
        return `${image}:${checkedTag(image, year, key, releases, clang, options.tag.trim())}`;
    return `${image}:${key}${clang !== undefined ? `-clang${clang}` : ''}`;
}
/**
 * Validates an exact tag against the releases: the right year (or ci-common generation), a clang variant that exists
 * (clang-variant images only carry `<year>-clang<NN>.<n>` exact tags) and a build number not newer than the last release.
 */
function checkedTag(image, year, key, releases, clang, tag) {
    const known = releases
        .map(r => `${r.key}${r.clang !== undefined ? `-clang${r.clang}` : ''}.0 to .${r.build}`)
        .join(', ');
    const match = /^(\d+)(?:-clang(\d+))?(?:\.(\d+))?$/.exec(tag);
    if (!match || match[1] !== key)
        throw new errors_js_1.UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    const tagClang = match[2] !== undefined ? Number(match[2]) : clang;
    if (clang !== undefined && tagClang !== clang)
        throw new errors_js_1.UserError(`Tag '${tag}' is not the clang${clang} variant of ${image}.`);
    const variants = releases.some(r => r.clang !== undefined);
    if (variants && tagClang === undefined && match[3] !== undefined) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}': exact tags of its clang variants are ${known}.`);
    }
    const release = releases.find(r => r.clang === (tagClang ?? (variants ? r.clang : undefined)));
    if (!release || (tagClang !== undefined && release.clang !== tagClang)) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    }
    if (match[3] !== undefined && Number(match[3]) > release.build) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}': the newest is ${release.key}${release.clang !== undefined ? `-clang${release.clang}` : ''}.${release.build}.`);
    }
    return `${key}${tagClang !== undefined ? `-clang${tagClang}` : ''}${match[3] !== undefined ? `.${match[3]}` : ''}`;
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aswfRegistry = exports.aswfEnvironment = exports.ciCommonGeneration = exports.aswfLatestTag = exports.aswfDefaultClang = exports.aswfClangVariants = exports.aswfImage = exports.aswfImageYears = exports.aswfImageProjects = exports.majorMinor = exports.versionParts = exports.compareVersions = exports.satisfies = exports.allYears = exports.resolveYear = exports.supportedYears = void 0;
var years_js_1 = __nccwpck_require__(3680);
Object.defineProperty(exports, "supportedYears", ({ enumerable: true, get: function () { return years_js_1.supportedYears; } }));
Object.defineProperty(exports, "resolveYear", ({ enumerable: true, get: function () { return years_js_1.resolveYear; } }));
Object.defineProperty(exports, "allYears", ({ enumerable: true, get: function () { return years_js_1.allYears; } }));
var version_js_1 = __nccwpck_require__(9458);
Object.defineProperty(exports, "satisfies", ({ enumerable: true, get: function () { return version_js_1.satisfies; } }));
Object.defineProperty(exports, "compareVersions", ({ enumerable: true, get: function () { return version_js_1.compareVersions; } }));
Object.defineProperty(exports, "versionParts", ({ enumerable: true, get: function () { return version_js_1.versionParts; } }));
Object.defineProperty(exports, "majorMinor", ({ enumerable: true, get: function () { return version_js_1.majorMinor; } }));
var aswf_images_js_1 = __nccwpck_require__(9584);
Object.defineProperty(exports, "aswfImageProjects", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImageProjects; } }));
Object.defineProperty(exports, "aswfImageYears", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImageYears; } }));
Object.defineProperty(exports, "aswfImage", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImage; } }));
Object.defineProperty(exports, "aswfClangVariants", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfClangVariants; } }));
Object.defineProperty(exports, "aswfDefaultClang", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfDefaultClang; } }));
Object.defineProperty(exports, "aswfLatestTag", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfLatestTag; } }));
Object.defineProperty(exports, "ciCommonGeneration", ({ enumerable: true, get: function () { return aswf_images_js_1.ciCommonGeneration; } }));
Object.defineProperty(exports, "aswfEnvironment", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfEnvironment; } }));
Object.defineProperty(exports, "aswfRegistry", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfRegistry; } }));


/***/ }),

/***/ 9458:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionParts = versionParts;
exports.compareParts = compareParts;
exports.compareVersions = compareVersions;
exports.satisfies = satisfies;
exports.majorMinor = majorMinor;
/** The numeric parts of a version, up to the first 'x' (wildcard). */
function versionParts(version) {
    const parts = [];
    for (const token of version.trim().split(/[._\-\s]+/)) {
        if (/^x$/i.test(token) || token === '*')
            break;
        const digits = /\d+/.exec(token);
        if (!digits)
            continue;
        parts.push(Number(digits[0]));
    }
    return parts;
}
/** Compares `a` and `b` over the first `precision` parts (missing parts count as 0). */
function compareParts(a, b, precision = Math.max(a.length, b.length)) {
    for (let i = 0; i < precision; i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff < 0 ? -1 : 1;
    }
    return 0;
}
function compareVersions(a, b) {
    return compareParts(versionParts(a), versionParts(b));
}
/** Whether a found version meets a requirement, honouring its semantics. */
function satisfies(found, requirement) {
    const verdict = satisfiesOne(found, requirement);
    if (verdict === 'ok' || !requirement.alternatives)
        return verdict;
    const alternative = requirement.alternatives.some(version => satisfiesOne(found, { version, semantics: requirement.semantics }) === 'ok');
    return alternative ? 'ok' : verdict;
}
function satisfiesOne(found, requirement) {
    const have = versionParts(found);
    const want = versionParts(requirement.version);
    if (have.length === 0)
        throw new Error(`'${found}' is not a version`);
    const cmp = compareParts(have, want, want.length);
    const verdict = cmp < 0 ? 'older' : cmp > 0 ? 'newer' : 'ok';
    switch (requirement.semantics) {
        case 'minimum':
            return cmp < 0 ? 'older' : 'ok';
        case 'maximum':
            return cmp > 0 ? 'newer' : 'ok';
        case 'series':
        case 'exact':
            if (verdict === 'ok' && requirement.floor && compareVersions(found, requirement.floor) < 0)
                return 'older';
            return verdict;
    }
}
/** major.minor of a version ('3.11.13' → '3.11'). */
function majorMinor(version) {
    return versionParts(version).slice(0, 2).join('.');
}


/***/ }),

/***/ 3680:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.supportedYears = supportedYears;
exports.allYears = allYears;
exports.resolveYear = resolveYear;
/**
 * The platform years, from the data files in ../data/years (one JSON file per year, every value with its source).
 * Adding a year is adding its file and its import below, plus a test row.
 */
const errors_js_1 = __nccwpck_require__(2087);
const version_js_1 = __nccwpck_require__(9458);
const CY2018_json_1 = __importDefault(__nccwpck_require__(7530));
const CY2019_json_1 = __importDefault(__nccwpck_require__(1045));
const CY2020_json_1 = __importDefault(__nccwpck_require__(7449));
const CY2021_json_1 = __importDefault(__nccwpck_require__(2990));
const CY2022_json_1 = __importDefault(__nccwpck_require__(6783));
const CY2023_json_1 = __importDefault(__nccwpck_require__(1420));
const CY2024_json_1 = __importDefault(__nccwpck_require__(6701));
const CY2025_json_1 = __importDefault(__nccwpck_require__(18));
const CY2026_json_1 = __importDefault(__nccwpck_require__(8707));
const CY2027_json_1 = __importDefault(__nccwpck_require__(1184));
const FILES = [CY2018_json_1.default, CY2019_json_1.default, CY2020_json_1.default, CY2021_json_1.default, CY2022_json_1.default, CY2023_json_1.default, CY2024_json_1.default, CY2025_json_1.default, CY2026_json_1.default, CY2027_json_1.default];
function toPlatformYear(file) {
    const components = {};
    for (const [id, requirement] of Object.entries(file.components))
        components[id] = { id, ...requirement };
    const need = (id) => {
        const found = components[id];
        if (!found)
            throw new Error(`CY${file.year}: the data has no '${id}'`);
        return found;
    };
    const toolset = components['windows-toolset'];
    return {
        year: file.year,
        status: file.status === 'draft' ? 'draft' : 'final',
        date: file.date,
        source: file.source,
        cxxStandard: Number(need('cxx-standard').version),
        python: (0, version_js_1.majorMinor)(need('python').version),
        // The ASWF image of the year, or (without one) the platform's own glibc, is what a container job would run.
        legacyGlibc: ((0, version_js_1.versionParts)(file.aswf.glibc ?? need('glibc').version)[1] ?? 0) < 28,
        oldCxxAbi: need('libstdcxx-abi').version === '0',
        components,
        macosDeploymentTarget: components['macos-deployment-target']?.version,
        windowsToolset: toolset?.stated ?? toolset?.version,
        msvcToolsetVersion: toolset?.version,
        windowsSdk: components['windows-sdk']?.version,
        notes: file.notes,
        aswf: file.aswf
    };
}
const YEARS = new Map(FILES.map(file => [file.year, toPlatformYear(file)]));
function supportedYears() {
    return [...YEARS.keys()].sort((a, b) => a - b);
}
/** Every year, oldest first. */
function allYears() {
    return supportedYears().map(year => YEARS.get(year));
}
function newest(status) {
    return allYears()
        .filter(year => year.status === status)
        .pop();
}
/** '2025' | 'CY2025' | 'latest' (newest final year) | 'draft' (newest draft year). */
function resolveYear(input) {
    const value = input.trim();
    const lower = value.toLowerCase();
    const match = /^(?:cy)?(\d{4})$/i.exec(value);
    const year = lower === 'latest' ? newest('final') : lower === 'draft' ? newest('draft') : YEARS.get(Number(match?.[1]));
    if (year)
        return year;
    const years = supportedYears();
    const aliases = [
        `'latest' (CY${newest('final')?.year})`,
        ...(newest('draft') ? [`'draft' (CY${newest('draft')?.year})`] : [])
    ];
    throw new errors_js_1.UserError(`${value === '' ? 'An empty VFX Reference Platform year' : `'${value}' is not a supported VFX Reference Platform year`}` +
        (lower === 'draft' ? ' (no draft year is published now)' : '') +
        `: use one of ${years.join(', ')} (also written CY${years[0]}), ${aliases.join(' or ')}.`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9669:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"//":"Official CMake and Ninja release archives with their sha256, per platform. Every checksum names where it was read (no network here: published pins in other repositories). A version without an archive for a platform fails with \'no verified checksum recorded\'; add the value with its source, never a guess.","cmake":{"urlTemplate":"https://github.com/Kitware/CMake/releases/download/v{version}/{file}","versions":{"3.9.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake @ a31a31710f594386b9f4efbd1230b92d2c176394 (linux64/macosx/win64 *_binary_sha256 of the cmake.org/files/v3.9 files; Kitware publishes the same bytes as the GitHub release: for 3.11.4 that file\'s cmake.org sha256 equals rules_foreign_cc\'s for the GitHub URL)","archives":{"linux-x64":{"file":"cmake-3.9.4-Linux-x86_64.tar.gz","sha256":"6d8573377fc7fca86ed1952b76f62880e2159a3de6508761dd0d619a8e96551b"},"macos-x64":{"file":"cmake-3.9.4-Darwin-x86_64.tar.gz","sha256":"4d1356623e4e83c497d44b4601e24e39dd5c6a9594a2b042a9107319254fac0d"},"windows-x64":{"file":"cmake-3.9.4-win64-x64.zip","sha256":"63b74a0685b2dd1c5d76428fd915539db6353dd8804aed5683a533ee1a08196d"}}},"3.12.4":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ e67c45c8db19f13b681fff0d608117308c1bfd4c (cmake-3.12.4-* http_archive sha256, GitHub release URLs)","archives":{"linux-x64":{"file":"cmake-3.12.4-Linux-x86_64.tar.gz","sha256":"486edd6710b5250946b4b199406ccbf8f567ef0e23cfe38f7938b8c78a2ffa5f"},"macos-x64":{"file":"cmake-3.12.4-Darwin-x86_64.tar.gz","sha256":"95d76c00ccb9ecb5cb51de137de00965c5e8d34b2cf71556cf8ba40577d1cff3"},"windows-x64":{"file":"cmake-3.12.4-win64-x64.zip","sha256":"4dd43cdc0fef6c70e3d92a8aef4f2c66a8c5f4ad08a66ed2b376766dbd815069"}}},"3.18.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.18.4 revision (linux64/macosx/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.18.4-Linux-x86_64.tar.gz","sha256":"149e0cee002e59e0bb84543cf3cb099f108c08390392605e944daeb6594cbc29"},"macos-x64":{"file":"cmake-3.18.4-Darwin-x86_64.tar.gz","sha256":"9d27049660474cf134ab46fa0e0db771b263313fcb8ba82ee8b2d1a1a62f8f20"},"windows-x64":{"file":"cmake-3.18.4-win64-x64.zip","sha256":"a932bc0c8ee79f1003204466c525b38a840424d4ae29f9e5fb88959116f2407d"}}},"3.19.3":{"archives":{},"gap":"no published sha256 for the 3.19.3 binaries was found"},"3.22.0":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.22.0 revision (linux64/macos10_10/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.22.0-linux-x86_64.tar.gz","sha256":"dc73115520d13bb64202383d3df52bc3d6bbb8422ecc5b2c05f803491cb215b0"},"macos-x64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"macos-arm64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"windows-x64":{"file":"cmake-3.22.0-windows-x86_64.zip","sha256":"fcce74d1d7eaf825234c036702df3f0874dcd3cee8fdf90b56d0c7bfedd29465"}}},"3.31.11":{"archives":{},"gap":"no published sha256 for the 3.31.11 binaries was found in the reachable sources"},"4.0.6":{"archives":{},"gap":"no published sha256 for the 4.0.6 binaries was found in the reachable sources"}}},"ninja":{"urlTemplate":"https://github.com/ninja-build/ninja/releases/download/v{version}/{file}","versions":{"1.10.1":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.10.1_*)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"7ee7f467a1a747c5b5e02342904af9c24e84df4ca993541f1c4d0f113cab27aa"},"macos-x64":{"file":"ninja-mac.zip","sha256":"0bd650190d4405c15894055e349d9b59d5690b0389551d757c5ed2d3841972d1"},"windows-x64":{"file":"ninja-win.zip","sha256":"5d1211ea003ec9760ad7f5d313ebf0b659d4ffafa221187d2b4444bc03714a33"}}},"1.11.0":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.11.0_*; the mac zip is universal, listed there for x86_64 and aarch64)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"9726e730d5b8599f82654dc80265e64a10a8a817552c34153361ed0c017f9f02"},"macos-x64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"windows-x64":{"file":"ninja-win.zip","sha256":"d0ee3da143211aa447e750085876c9b9d7bcdd637ab5b2c5b41349c617f22f3b"}}},"1.13.2":{"source":"two independent pins that agree: a Conan recipe for ninja 1.13.2 (all six assets) and a Rust build helper (linux, mac, win), found with the code search of public repositories","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"5749cbc4e668273514150a80e387a957f933c6ed3f5f11e03fb30955e2bbead6"},"linux-arm64":{"file":"ninja-linux-aarch64.zip","sha256":"fd2cacc8050a7f12a16a2e48f9e06fca5c14fc4c2bee2babb67b58be17a607fc"},"macos-x64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"windows-x64":{"file":"ninja-win.zip","sha256":"07fc8261b42b20e71d1720b39068c2e14ffcee6396b76fb7a795fb460b78dc65"},"windows-arm64":{"file":"ninja-winarm64.zip","sha256":"e52f0bdef9dfb1003229dbd6508a508c4073fd017247002adc66e5e806cb0391"}}}}}}');

/***/ }),

/***/ 6536:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml (ci-images) @ e41baee; tag rules python/aswfdocker/versioninfo.py, index.py","registry":"docker.io","org":"aswf","testingOrg":"aswftesting","tagScheme":"aswf/ci-<project>:<year> (floating), <year>.<n> (exact, n = rebuild counter); clang-variant projects: <year>-clang<NN>[.<n>], the bare <year> tag going to the default clang; ci-common: <N>-clang<NN>[.<n>]","defaultClang":{"2018":7,"2019":7,"2020":7,"2021":10,"2022":10,"2023":15,"2024":17,"2025":19,"2026":20},"commonDefaultClang":{"1":7,"2":10,"3":15,"4":17,"5":19,"6":20},"commonDefaultClangNotes":"For ci-common 4, 5 and 6 both variants carry use_major_version_as_tag; the newer is the likely target of the bare tag.","projects":{"base":{"image":"ci-base","releases":{"2018":["2018.8"],"2019":["2019.9"],"2020":["2020.9"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"Python, TBB, Boost and other base libraries"},"baseqt":{"image":"ci-baseqt","releases":{"2018":["2018.1"],"2019":["2019.2"],"2020":["2020.2"],"2021":["2021.3"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"ci-base plus Qt and PySide"},"common":{"image":"ci-common","clangVariants":true,"keyedBy":"ci-common generation","releases":{"1":["1-clang6.8","1-clang7.8","1-clang8.8","1-clang9.8","1-clang10.8"],"2":["2-clang10.5","2-clang11.6","2-clang12.1","2-clang13.1","2-clang14.0"],"3":["3-clang14.3","3-clang15.3"],"4":["4-clang16.7","4-clang17.7"],"5":["5-clang18.6","5-clang19.6"],"6":["6-clang19.4","6-clang20.4"]},"notes":["ci-common is keyed by generation (1..6), shared by several years; aswfImage(\'common\', year) maps the year to its generation."],"contents":"the compiler/OS layer (gcc toolset, clang, CUDA, CMake, Ninja)"},"imath":{"image":"ci-imath","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build imath (not imath itself)"},"materialx":{"image":"ci-materialx","releases":{"2022":["2022.1"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build materialx (not materialx itself)"},"ocio":{"image":"ci-ocio","releases":{"2018":["2018.9"],"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build ocio (not ocio itself)"},"oiio":{"image":"ci-oiio","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build oiio (not oiio itself)"},"opencue":{"image":"ci-opencue","releases":{"2018":["2018.10"],"2019":["2019.10"],"2020":["2020.10"],"2021":["2021.7"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build opencue (not opencue itself)"},"openexr":{"image":"ci-openexr","releases":{"2018":["2018.8"],"2019":["2019.8"],"2020":["2020.8"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openexr (not openexr itself)"},"openfx":{"image":"ci-openfx","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openfx (not openfx itself)"},"openrv":{"image":"ci-openrv","releases":{"2024":["2024.2"]},"contents":"the dependencies needed to build openrv (not openrv itself)","planned":{"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"plannedSource":"versions.yaml @ e41baee lists ci-openrv 2024.7, 2025.6, 2026.4; the only release tag is aswf/ci-openrv/2024.2 (git tags of AcademySoftwareFoundation/aswf-docker @ e41baee): planned, never released"},"openvdb":{"image":"ci-openvdb","clangVariants":true,"releases":{"2018":["2018-clang7.8"],"2019":["2019-clang6.8","2019-clang7.8","2019-clang8.8","2019-clang9.8"],"2020":["2020-clang7.8"],"2021":["2021-clang10.6"],"2022":["2022-clang10.12","2022-clang11.12","2022-clang12.3","2022-clang13.3","2022-clang14.2"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build openvdb (not openvdb itself)","bareTags":{"2018":"2018.5"},"bareTagsSource":"aswf-docker tags @ e41baee: aswf/ci-openvdb/2018.5 (one image, no clang variant) and aswf/ci-openvdb/2018-clang7.6 to .8; the 2018-clang7 variant never had the bare :2018 tag"},"osl":{"image":"ci-osl","clangVariants":true,"releases":{"2018":["2018-clang7.5"],"2019":["2019-clang6.5","2019-clang7.5","2019-clang8.5","2019-clang9.5","2019-clang10.5"],"2020":["2020-clang7.5"],"2021":["2021-clang10.7","2021-clang11.7"],"2022":["2022-clang10.11","2022-clang11.11","2022-clang12.2","2022-clang13.2","2022-clang14.1"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build osl (not osl itself)","bareTags":{"2018":"2018.1"},"bareTagsSource":"aswf-docker tags @ e41baee: aswf/ci-osl/2018.1 (one image, no clang variant) and aswf/ci-osl/2018-clang7.2 to .5; the 2018-clang7 variant never had the bare :2018 tag"},"otio":{"image":"ci-otio","releases":{"2019":["2019.3"],"2020":["2020.3"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build otio (not otio itself)"},"rawtoaces":{"image":"ci-rawtoaces","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build rawtoaces (not rawtoaces itself)"},"usd":{"image":"ci-usd","releases":{"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build usd (not usd itself)"},"vfxall":{"image":"ci-vfxall","clangVariants":true,"releases":{"2019":["2019-clang6.12","2019-clang7.12","2019-clang8.12","2019-clang9.12"],"2020":["2020-clang7.10"],"2021":["2021-clang10.7"],"2022":["2022-clang10.13","2022-clang11.13","2022-clang12.4","2022-clang13.4","2022-clang14.3"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"builds of everything, installed in /usr/local"}},"environment":{"source":"aswf-docker python/aswfdocker/data/ci-image-dockerfile.jinja2 and ci-common Dockerfiles @ e41baee; renames from commits 18629e4, c4509b9, 23b323e, 884aeeb, cca3f53","year":["ASWF_VFXPLATFORM_VERSION"],"imageVersion":["ASWF_VERSION"],"packages":{"python":["ASWF_CPYTHON_VERSION","ASWF_PYTHON_VERSION"],"python-major-minor":["ASWF_PYTHON_MAJOR_MINOR_VERSION"],"cxx-standard":["ASWF_CXX_STANDARD"],"onetbb":["ASWF_ONETBB_VERSION","ASWF_TBB_VERSION"],"c-blosc":["ASWF_C_BLOSC_VERSION","ASWF_BLOSC_VERSION"],"openusd":["ASWF_OPENUSD_VERSION","ASWF_USD_VERSION"],"opentimelineio":["ASWF_OPENTIMELINEIO_VERSION","ASWF_OTIO_VERSION"],"opencolorio":["ASWF_OPENCOLORIO_VERSION","ASWF_OCIO_VERSION"],"openimageio":["ASWF_OPENIMAGEIO_VERSION","ASWF_OIIO_VERSION"],"numpy":["ASWF_NUMPY_VERSION"],"qt":["ASWF_QT_VERSION"],"pyside":["ASWF_PYSIDE_VERSION"],"boost":["ASWF_BOOST_VERSION"],"imath":["ASWF_IMATH_VERSION"],"openexr":["ASWF_OPENEXR_VERSION"],"opensubdiv":["ASWF_OPENSUBDIV_VERSION"],"openvdb":["ASWF_OPENVDB_VERSION"],"alembic":["ASWF_ALEMBIC_VERSION"],"ptex":["ASWF_PTEX_VERSION"],"osl":["ASWF_OSL_VERSION"],"materialx":["ASWF_MATERIALX_VERSION"],"openfx":["ASWF_OPENFX_VERSION"],"partio":["ASWF_PARTIO_VERSION"],"pybind11":["ASWF_PYBIND11_VERSION"],"hdf5":["ASWF_HDF5_VERSION"],"cmake":["ASWF_CMAKE_VERSION"],"ninja":["ASWF_NINJA_VERSION"],"clang":["ASWF_CLANG_VERSION"],"cuda":["ASWF_CUDA_VERSION"],"optix":["ASWF_OPTIX_VERSION"],"gcc-toolset":["ASWF_DTS_VERSION"]},"renamed":{"ASWF_PYTHON_VERSION":"ASWF_CPYTHON_VERSION (2025-04-20)","ASWF_TBB_VERSION":"ASWF_ONETBB_VERSION (2025-05-24, 2025.1)","ASWF_BLOSC_VERSION":"ASWF_C_BLOSC_VERSION (2025-08-09)","ASWF_USD_VERSION":"ASWF_OPENUSD_VERSION (2026-03-23)","ASWF_OTIO_VERSION":"ASWF_OPENTIMELINEIO_VERSION (2026-04-01)","ASWF_OCIO_VERSION":"ASWF_OPENCOLORIO_VERSION (2026-05-12)","ASWF_OIIO_VERSION":"ASWF_OPENIMAGEIO_VERSION (2026-05-12)"},"notes":["ASWF_VFXPLATFORM_VERSION and ASWF_VERSION are the only identifiers stable across all years; ci-common sets ASWF_VERSION like 6-clang20.4 and no ASWF_VFXPLATFORM_VERSION.","Older images carry the old names; 2018-2022 images have no ASWF_CXX_STANDARD."]},"notes":["Pre-2023 images are not rebuilt (README, Dec 2025); 2018 frozen July 2021. Current releases: 2023.3 / 2024.7 / 2025.6 / 2026.4 (May 2026).","Linux x86_64 only (linux/amd64); no native macOS/Windows images.","Floating preview/draft tags existed in the past and may be stale: not used."]}');

/***/ }),

/***/ 7530:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2018,"status":"final","date":"2017-11-26","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.5","stated":"2.7.5 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.6.x","semantics":"series","floor":"5.6.1","stated":"5.6.1 - 5.6.latest (modified)","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"(modified)"},"pyqt":{"label":"PyQt","version":"5.6","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.12.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.28","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2018.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.0.9","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.0.x","semantics":"series","floor":"1.0.3","stated":"1.0.3 - 1.0.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.61","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2017.6","semantics":"maximum","stated":"2017 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2017.2","semantics":"series","stated":"2017 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18) (2018: parent of 1c9885a)","imageVersion":"2018.8","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.9.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"python":"2.7.15","numpy":"1.14","qt":"5.6.1","pyside":"2.0.0","boost":"1.61.0","onetbb":"2017_U6","openexr":"2.2.1","opencolorio":"1.0.9","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"5.2.0","alembic":"1.7.11","ptex":"2.1.28","openusd":"19.11","osl":"1.10.9","cmake":"3.9.4","partio":"1.10.1","c-blosc":"1.5.0","hdf5":"1.8.21","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0"},"notes":["Historical: 2018 was removed from versions.yaml in commit 1c9885a (2021-07-07); values from its parent. Images frozen since July 2021.","NumPy 1.14 disagrees with platform 1.12.1.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2018.8 (release tag aswf/ci-base/2018.8 -> commit 22eaf4b, 2021-06-20, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, no Conan, no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');

/***/ }),

/***/ 1045:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2019,"status":"final","date":"2018-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.9","stated":"2.7.9 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.14.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.33","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2019.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.66","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2018","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2018","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2019.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[6,7,8,9,10],"defaultClang":7,"clangInYearImages":7,"cmake":"3.12.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"14","python":"2.7.15","numpy":"1.14","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.66.0","onetbb":"2018","imath":"2.3.0","openexr":"2.3.0","opencolorio":"1.1.0","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"6.2.1","alembic":"1.7.11","ptex":"2.1.33","openusd":"19.11","osl":"1.10.9","opentimelineio":"0.12.1","cmake":"3.12.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.8.1","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["Imath 2.3.0 is a placeholder (OpenEXR 2 / IlmBase era).","Images not rebuilt since 2021-2022; env uses old names (ASWF_PYTHON_VERSION, ASWF_TBB_VERSION, ASWF_OCIO_VERSION, ...).","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2019.9 (release tag aswf/ci-base/2019.9 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');

/***/ }),

/***/ 7449:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2020,"status":"final","date":"2019-11-02","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12.x","semantics":"series","stated":"5.12 (with patch) or 5.13","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"5.12 with a patch, or 5.13: both satisfy the requirement (alternatives).","alternatives":["5.13.x"]},"numpy":{"label":"NumPy","version":"1.17.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.70","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2019.6","semantics":"maximum","stated":"2019 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2019","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2020.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.18.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.3","numpy":"1.16","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.70.0","onetbb":"2019_u6","imath":"2.4.0","openexr":"2.4.0","opencolorio":"1.1.1","openimageio":"2.1.13.0","opensubdiv":"3_4_3","openvdb":"7.1.0","alembic":"1.7.12","ptex":"2.3.2","openusd":"20.11","osl":"1.10.10","opentimelineio":"0.12.1","cmake":"3.18.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.10.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["NumPy 1.16 disagrees with platform 1.17.x.","cxx_standard 17 in versions.yaml disagrees with platform C++14; value added retroactively in 2024, the images do not carry ASWF_CXX_STANDARD.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2020.9 (release tag aswf/ci-base/2020.9 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');

/***/ }),

/***/ 2990:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2021,"status":"final","date":"2020-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":["OpenEXR: home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 Jekyll data (_data/platforms/CY2021.yml) say 3.0.x. Imath 3.0.x was back-filled in Nov 2025. FBX reverted from 2021.x to 2020.x."],"components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.19.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Imath row back-filled in Nov 2025 (goes with the OpenEXR 3.0.x reading of CY2021)."},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/status_updates.yml 2021-03-22 (OpenEXR 3.0.x reverted to 2.4.x) over _data/platforms/CY2021.yml @ a91caf6","notes":"Decision: 2.4.x. The year file vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 says 3.0.x; the status update of 2021-03-22 (_data/status_updates.yml @ a91caf6) reverted OpenEXR to 2.4.x for CY2021, and the home page kept 2.4.x from then on. The later status update wins: it is the platform\'s own correction of the year file. Both sources are named in the conformance report."},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Reverted from 2021.x to 2020.x."},"opencolorio":{"label":"OpenColorIO","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.73","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.2","semantics":"maximum","stated":"2020 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.13","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.10","semantics":"minimum","stated":"Visual Studio 2017","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0","semantics":"minimum","stated":"v10","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2021.6","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11],"defaultClang":10,"clangInYearImages":10,"cmake":"3.19.3","cuda":"11.1","cudaBaseImage":"nvidia/cudagl:11.1-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.9","numpy":"1.19","qt":"5.15.2","pyside":"5.15.2","boost":"1.73.0","onetbb":"2020_u2","imath":"2.5.5","openexr":"2.5.5","opencolorio":"2.0.1","openimageio":"2.2.14.0","opensubdiv":"3_4_3","openvdb":"8.0.1","alembic":"1.7.16","ptex":"2.3.2","openusd":"21.05","osl":"1.11.13.0","opentimelineio":"0.13","cmake":"3.19.3","partio":"1.14.0","pybind11":"2.6.2","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.1","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["OpenEXR 2.5.5 matches neither platform value (2.4.x per home page after 2021-03-22 revert; 3.0.x per history page).","CUDA: config now says 11.4.0 but the last 2021 images (2021-11) were built when ci-common 2 had CUDA 11.1 (inferred, not verified on Docker Hub).","CUDA 11.1 (inferred for last 2021 images; versions.yaml now says 11.4.0)","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2021.6 (release tag aswf/ci-base/2021.6 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.2.0, conan 1.47.0, conan-python 3.9.11, ninja 1.11.0 for this ci-common generation, values set after the last image of the year was built."]}}');

/***/ }),

/***/ 6783:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2022,"status":"final","date":"2021-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"python":{"label":"Python","version":"3.9.x","semantics":"series","floor":"3.9.1","stated":"3.9.1 - 3.9.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.20.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"9.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.76","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.15","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.28","semantics":"minimum","stated":"Visual Studio 2019 v16.9 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2022.4","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11,12,13,14],"defaultClang":10,"clangInYearImages":10,"cmake":"3.22.0","cuda":"11.4.0","cudaBaseImage":"nvidia/cudagl:11.4.0-devel-centos7","versions":{"cxx-standard":"17","python":"3.9.15","numpy":"1.20","qt":"5.15.2","pyside":"5.15.2","boost":"1.76.0","onetbb":"2020.3","imath":"3.1.5","openexr":"3.1.5","opencolorio":"2.1.1","openimageio":"2.4.5.0","opensubdiv":"3_4_4","openvdb":"9.1.0","alembic":"1.8.2","ptex":"2.4.0","openusd":"22.11","osl":"1.12.7.0","materialx":"1.38.5","opentimelineio":"0.14.1","cmake":"3.22.0","partio":"1.14.0","pybind11":"2.8.1","c-blosc":"1.17.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.4.0","ninja":"1.11.0","ccache":"4.0","conan":"1.47.0","conan-python":"3.9.11"},"notes":["Last images built around Jan 2023 with old env var names.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2022.4 (release tag aswf/ci-base/2022.4 -> commit 2fcc50a, 2023-01-15, python/aswfdocker/data/versions.yaml there): Ninja 1.11.0, Conan 1.47.0 (Python 3.9.11), no OptiX. versions.yaml @ e41baee lists optix 7.2.0, conan 1.47.0, conan-python 3.9.11, ninja 1.11.0 for this ci-common generation, values set after the last image of the year was built."]}}');

/***/ }),

/***/ 1420:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2023,"status":"final","date":"2022-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new (switch in CY2023)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"python":{"label":"Python","version":"3.10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.23.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.80","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.30","semantics":"minimum","stated":"Visual Studio 2022","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2023.3","ciCommon":"3","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[14,15],"defaultClang":15,"clangInYearImages":14,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.10.20","numpy":"1.23.5","qt":"5.15.18","pyside":"5.15.18","pyside-clang":"14.0.6","boost":"1.80.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.1.13","opencolorio":"2.2.1","openimageio":"2.4.17.0","opensubdiv":"3.5.1","openvdb":"10.1.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"23.08","osl":"1.12.14.0","materialx":"1.38.7","opentimelineio":"0.15","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.10.20","ccache":"4.9.1"},"notes":["Values are for the 2023.3 rebuild (May 2026, Conan 2); 2023.0-2023.2 had CUDA 11.8.0, Qt 5.15.9, Python 3.10.x earlier patch levels.","README still says ci-common:3 has CUDA 11.8.","CUDA history: 11.8.0 (nvidia/cuda:11.8.0-devel-rockylinux8) for 2023.0-2023.2; 12.6.3 runtime base for 2023.3"]}}');

/***/ }),

/***/ 6701:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2024,"status":"final","date":"2023-11-01","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.24.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.82","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.34","semantics":"minimum","stated":"Visual Studio 2022 v17.4 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2024.7","ciCommon":"4","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[16,17],"defaultClang":17,"clangInYearImages":16,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.24.3","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"16.0.6","boost":"1.82.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.2.9","opencolorio":"2.3.2","openimageio":"2.5.19.1","opensubdiv":"3.6.1","openvdb":"11.0.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"24.08","osl":"1.13.11.0","materialx":"1.39.1","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["CHANGELOG says OIIO \'2.5.19.0 to 2.5.15.1\' for 2024.7; versions.yaml and Conan profile say 2.5.19.1.","CUDA history: 12.3.0 in 2024.0/2024.1, 12.6.1 in 2024.2, 12.6.3 from 2024.3; -devel- base until the 2024.7 rebuild"]}}');

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2025,"status":"final","date":"2024-11-03","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"Reluctantly reverted to 3.11 because of a Qt 6.5 incompatibility (2024-08-18)."},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.26.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.85","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2021.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2024","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"12.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2025.6","ciCommon":"5","baseOs":"Rocky Linux 8.10","glibc":"2.28","toolset":"gcc-toolset-11","clang":[18,19],"defaultClang":19,"clangInYearImages":18,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.26.4","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"18.1.8","boost":"1.85.0","onetbb":"2021.13.0","imath":"3.1.12","openexr":"3.3.11","opencolorio":"2.4.2","openimageio":"3.1.6.2","opensubdiv":"3.6.1","openvdb":"12.1.1","alembic":"1.8.8","ptex":"2.4.3","openusd":"25.05.01","osl":"1.14.9.0","materialx":"1.39.3","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["2025.0 used TBB 2020_u3; oneTBB 2021.13.0 since 2025.1.","CUDA history: 12.6.1 in 2025.0, 12.6.3 from 2025.1; -devel- base until the 2025.6 rebuild"]}}');

/***/ }),

/***/ 8707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2026,"status":"final","date":"2025-11-05","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":["CY2026 draft (2025-05-08) had glibc 2.34, NumPy 1.26.x, OpenSubdiv 3.6.x, OCIO 2.4.x; changed Aug 2025; Imath 3.2.x added at Final."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.88","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2022.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2026.4","ciCommon":"6","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-14","clang":[19,20],"defaultClang":20,"clangInYearImages":19,"cmake":"4.0.6","cuda":"12.9.1","cudaBaseImage":"nvidia/cuda:12.9.1-runtime-rockylinux8","versions":{"cxx-standard":"20","python":"3.13.3","numpy":"2.3.2","qt":"6.8.3","pyside":"6.8.3","pyside-clang":"19.1.7","boost":"1.88.0","onetbb":"2022.1.0","imath":"3.2.2","openexr":"3.4.11","opencolorio":"2.5.1","openimageio":"3.1.13.1","opensubdiv":"3.7.0","openvdb":"13.0.0","alembic":"1.8.10","ptex":"2.4.3","openusd":"26.03","osl":"1.15.4.0","materialx":"1.39.4","opentimelineio":"0.18.1","openfx":"1.5.1","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.17.0","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"14.2.x","cuda":"12.9.1","optix":"8.0.0","cmake":"4.0.6","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.13.12","ccache":"4.11.3"},"notes":["gcc exact patch level not stated in repo (README: GCC-14.2.x; Conan profile compiler.version 14.2).","CHANGELOG \'Python 3.13.3 to 3.13.12\' refers to ASWF_CONAN_PYTHON_VERSION, not the VFX Python.","CUDA history: 12.9.1; -devel- base until the 2026.4 rebuild"]}}');

/***/ }),

/***/ 1184:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2027,"status":"draft","date":"2026-06-03","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":["DRAFT from ves-tech/vfxplatform _data/platforms/CY2027.yml; the 2026-04-08 revision said \'Visual Studio 2022 v17.14 or later\'. Status text still has a placeholder. A different CY2027 file in vfxplatform/vfxplatform (commit 37c8130: gcc 15.1, Python 3.14, C++23) was a removed test - ignore."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.34","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"numpy":{"label":"NumPy","version":"2.4.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openexr":{"label":"OpenEXR","version":"3.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"ptex":{"label":"Ptex","version":"2.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opensubdiv":{"label":"OpenSubdiv","version":"3.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openvdb":{"label":"OpenVDB","version":"14.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opencolorio":{"label":"OpenColorIO","version":"2.6.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"boost":{"label":"Boost","version":"1.91","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"onetbb":{"label":"oneTBB / TBB","version":"2023.x","semantics":"maximum","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.44","semantics":"minimum","stated":"Visual Studio build tools v14.44 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","versions":{},"notes":["aswf-docker has no images for this year yet."]}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const action_js_1 = __nccwpck_require__(2558);
const main_js_1 = __nccwpck_require__(5894);
void (0, action_js_1.runAction)({ main: main_js_1.main, post: async () => (await __nccwpck_require__.e(/* import() */ 569).then(__nccwpck_require__.bind(__nccwpck_require__, 2569))).post() });

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
