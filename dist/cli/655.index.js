export const id = 655;
export const ids = [655];
export const modules = {

/***/ 655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var lib_core = __webpack_require__(7264);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/state.js
/**
 * Typed state: a value handed from `main` to `post` through the runner's state (GITHUB_STATE, read back as
 * STATE_<key>) is declared once, with its type, by whoever owns it: the toolkit's own keys here, an action's in its
 * `state.ts` (keys prefixed with the action's name). A reader returns what the runner handed
 * back (in post: what main saved; in main: nothing), parses the JSON once, and falls back to the empty value on
 * anything malformed: a post step must clean up what it can, never crash on its own state.
 */

function entry(key, parse, format) {
    let cached;
    return {
        key,
        read() {
            const raw = lib_core/* getState */.Gu(key);
            if (cached?.raw !== raw)
                cached = { raw, value: parse(raw) };
            return cached.value;
        },
        write(value) {
            lib_core/* saveState */.LZ(key, format(value));
        }
    };
}
/** A plain text value. */
const textState = (key) => entry(key, value => value, value => value);
/** A JSON array whose items pass `isItem`; anything else reads as []. */
function listState(key, isItem) {
    return entry(key, value => {
        if (value === '')
            return [];
        try {
            const parsed = JSON.parse(value);
            return Array.isArray(parsed) ? parsed.filter(isItem) : [];
        }
        catch {
            return [];
        }
    }, value => JSON.stringify(value));
}
const isString = (item) => typeof item === 'string';
const isScheduledSave = (item) => typeof item === 'object' &&
    item !== null &&
    ['key', 'tool', 'version', 'arch'].every(name => typeof item[name] === 'string');
/** The toolkit's own state keys (every action's runAction uses them). */
const state_state = {
    /** Set by runAction when main starts; the runner hands state back only to post, so it tells the phases apart. */
    phase: textState('isPost'),
    /** Paths of secret material and private temp folders (secrets.ts), removed after post even when main failed. */
    cleanup: listState('toolkit-cleanup', isString),
    /** Tool folders to save to @actions/cache once the job's work is done (toolkit cache.ts). */
    cacheSaves: listState('toolkit-cache-save', isScheduledSave),
    /** setup-vfx-platform fuzzing: the decoy paths main created outside the decoy root, removed by post. */
    fuzzCreated: listState('fuzz-created', isString),
    /** setup-vfx-platform fuzzing: the decoy root (removed whole by post). */
    fuzzRoot: textState('fuzz-root')
};
/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
function isPostPhase() {
    return state_state.phase.read() === 'true';
}
function markMainStarted() {
    state_state.phase.write('true');
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */






const registered = (/* unused pure expression or super */ null && ([]));
/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
function secrets_maskSecret(value) {
    if (value === '')
        return;
    setSecret(value);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4 && line !== value)
            setSecret(line.trim());
    }
}
/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
function registerCleanup(path) {
    if (registered.includes(path))
        return;
    registered.push(path);
    state.cleanup.write(registered);
}
/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
function privateTempDir(prefix) {
    const dir = mkdtempSync(join(runnerTemp(), `${prefix}-`));
    registerCleanup(dir);
    return dir;
}
/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
function writeSecretFile(prefix, fileName, content) {
    const dir = privateTempDir(prefix);
    const path = join(dir, fileName);
    writeFileSync(path, content, { mode: 0o600, flag: 'wx' });
    return path;
}
/** Removes everything registered in this process and in the saved state. Never throws. */
function runCleanup() {
    const saved = state.cleanup.read();
    const removed = [];
    for (const path of new Set([...saved, ...registered])) {
        try {
            if (existsSync(path)) {
                rmSync(path, { recursive: true, force: true });
                removed.push(path);
            }
        }
        catch (error) {
            log.warning(`Could not remove ${path}: ${String(error)}`);
        }
    }
    debugDecision('cleanup removed', removed);
    return removed;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/inputs.js
/**
 * Typed input readers over @actions/core's getInput, getBooleanInput and getMultilineInput. Every action reads its
 * inputs only through these (in its inputs.ts), so each input is validated once and a bad value fails with an
 * InputError naming the input, the value and what is accepted, instead of @actions/core's generic TypeError. The
 * input name is always the first argument as a string literal: test/repository/action-metadata.test.ts finds the
 * inputs an action reads that way and checks them against its action.yml.
 */




/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept (as getInput reads it). */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * The runner hands inputs (the token among them) to the action as INPUT_* environment variables, and every child
 * process inherits the environment: not only ours (runProcess withholds them) but also tar, zstd and unzip that
 * @actions/cache and @actions/tool-cache start with the whole of process.env. runAction therefore seals the inputs
 * first: they move out of process.env into this private copy, and a reader puts its one variable back only for the
 * synchronous getInput call that reads it.
 */
let sealed;
function sealInputs(env = process.env) {
    sealed ??= new Map();
    for (const [key, value] of Object.entries(env)) {
        if (!/^INPUT_/i.test(key) || value === undefined)
            continue;
        sealed.set(key, value);
        delete env[key];
    }
}
function withInput(name, read) {
    const key = inputEnvName(name);
    const value = sealed?.get(key);
    if (value === undefined)
        return read();
    process.env[key] = value;
    try {
        return read();
    }
    finally {
        delete process.env[key];
    }
}
/** The value, trimmed (getInput's default). */
function raw(name) {
    return withInput(name, () => core.getInput(name));
}
/** An empty input replaced by the reader's default: logged in debug mode, as it is a decision the user did not see. */
function defaulted(name, value) {
    debugDecision(`input '${name}' is empty, using`, value);
    return value;
}
function inputs_readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new InputError(name, value, options.pattern?.description ?? 'a non-empty value');
        return defaulted(name, options.fallback ?? '');
    }
    if (options.pattern && !options.pattern.regex.test(value)) {
        throw new InputError(name, value, options.pattern.description);
    }
    return value;
}
/** getBooleanInput's spellings exactly (YAML 1.2 core schema): true, True, TRUE, false, False, FALSE. */
function readBoolean(name, fallback) {
    const value = raw(name);
    if (value === '')
        return defaulted(name, fallback);
    try {
        return withInput(name, () => core.getBooleanInput(name));
    }
    catch {
        throw new InputError(name, value, "'true' or 'false' (also True, TRUE, False, FALSE)");
    }
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return defaulted(name, fallback);
    const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw new InputError(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`);
    return match;
}
function inputs_readInt(name, options = {}) {
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
            return defaulted(name, options.fallback);
        throw new InputError(name, value, accepted);
    }
    if (!/^-?\d+$/.test(value))
        throw new InputError(name, value, accepted);
    const n = Number(value);
    if (n < min || n > max)
        throw new InputError(name, value, accepted);
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
    return withInput(name, () => core.getMultilineInput(name))
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
function readSecret(name) {
    const value = raw(name);
    maskSecret(value);
    return value;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/inputs.js
/**
 * The inputs of build-matrix, read and checked here only: the spec (inline, or a file in the workspace read with
 * bounds: a regular file of at most 1 MiB, never a directory, device or FIFO), the profile and max-jobs.
 */






const DEFAULT_SPEC_FILE = '.github/ci-matrix.yml';
/** GitHub refuses a matrix of more than 256 jobs. */
const GITHUB_MATRIX_LIMIT = 256;
/** Same bound as the YAML reader's: a spec is a few kilobytes. */
const MAX_SPEC_BYTES = 1024 * 1024;
function readInputs() {
    const inline = readString('spec');
    const specFile = readString('spec-file', { fallback: DEFAULT_SPEC_FILE });
    const profile = readString('profile', { fallback: 'auto' });
    const maxJobs = readInt('max-jobs', { fallback: GITHUB_MATRIX_LIMIT, min: 1, max: GITHUB_MATRIX_LIMIT });
    const context = runnerContext();
    if (Buffer.byteLength(inline, 'utf8') > MAX_SPEC_BYTES)
        throw new InputError('spec', `${inline.slice(0, 40)}…`, 'a YAML spec of at most 1 MiB');
    const source = inline ? { text: inline, label: "the 'spec' input" } : readSpecFile(specFile, context.workspace);
    return { source, profile, maxJobs, eventName: context.eventName };
}
/** The spec file, bounded (also used by `ci-actions matrix --spec-file`, where 'spec-file' names that option). */
function readSpecFile(specFile, workspace) {
    const path = (0,external_node_path_.isAbsolute)(specFile) ? specFile : (0,external_node_path_.join)(workspace, specFile);
    let kind;
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)';
    }
    catch {
        throw new errors/* InputError */.dz('spec-file', specFile, `a spec file in the workspace (${workspace}): check out the repository first, or give the spec inline with the 'spec' input`);
    }
    if (kind !== 'file')
        throw new errors/* InputError */.dz('spec-file', specFile, `a regular YAML file, and this is ${kind}`);
    // Opened without blocking (a FIFO swapped in after the check cannot hang the step) and read up to the bound.
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            throw new errors/* InputError */.dz('spec-file', specFile, 'a regular YAML file');
        const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1);
        let length = 0;
        for (let n = 1; n > 0 && length <= MAX_SPEC_BYTES; length += n) {
            n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
        }
        if (length > MAX_SPEC_BYTES)
            throw new errors/* InputError */.dz('spec-file', specFile, 'a YAML spec of at most 1 MiB');
        const file = (0,external_node_path_.relative)(workspace, path).split('\\').join('/');
        return { text: buffer.subarray(0, length).toString('utf8'), label: file, file };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/compilers.js
/** The compiler families each OS knows, with the `cc`/`cxx` a build should use. Data, not branches. */
const OSES = ['linux', 'macos', 'windows'];
const COMPILERS = {
    linux: {
        gcc: { cc: 'gcc', cxx: 'g++' },
        clang: { cc: 'clang', cxx: 'clang++' },
        icx: { cc: 'icx', cxx: 'icpx' }
    },
    macos: { 'apple-clang': { cc: 'clang', cxx: 'clang++' }, clang: { cc: 'clang', cxx: 'clang++' } },
    windows: { msvc: { cc: 'cl', cxx: 'cl' }, 'clang-cl': { cc: 'clang-cl', cxx: 'clang-cl' } }
};
/** Used when the spec names no compiler for an OS. */
const DEFAULT_COMPILER = { linux: 'gcc', macos: 'apple-clang', windows: 'msvc' };
const DEFAULT_RUNNER = { linux: 'ubuntu-24.04', macos: 'macos-14', windows: 'windows-2022' };
const DEFAULT_GENERATOR = {
    linux: 'Ninja',
    macos: 'Unix Makefiles',
    windows: 'Visual Studio 17 2022'
};
/** A compiler name for an OS, or undefined when that OS does not know it (then cc/cxx must be given). */
function parseCompiler(os, value) {
    const text = String(value).trim().toLowerCase();
    const known = COMPILERS[os][text];
    if (known)
        return { name: text, family: known, base: text };
    const versioned = /^(gcc|clang)-?(\d+)$/.exec(text);
    if (os === 'linux' && versioned) {
        const base = versioned[1];
        const version = Number(versioned[2]);
        return {
            name: base === 'clang' ? `clang${version}` : `gcc-${version}`,
            family: COMPILERS.linux[base],
            version,
            base
        };
    }
    return undefined;
}
/** The commands of a versioned compiler on a host runner: gcc-13/g++-13, clang-18/clang++-18. */
function hostCommands(compiler) {
    if (compiler.version === undefined)
        return compiler.family;
    return { cc: `${compiler.family.cc}-${compiler.version}`, cxx: `${compiler.family.cxx}-${compiler.version}` };
}
function acceptedCompilers(os) {
    return [
        ...Object.keys(COMPILERS[os]),
        ...(os === 'linux' ? ['gcc-<N>', 'clang<N> (an image variant, or clang-<N> on the host)'] : []),
        'any other name with cc and cxx in an include'
    ].join(', ');
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/problems.js
const problem = (path, message) => ({ path, message, severity: 'error' });
const warningAt = (path, message) => ({ path, message, severity: 'warning' });
/** A risk worth naming that is no mistake (e.g. an image tag newer than the data). */
const notice = (path, message) => ({ path, message, severity: 'notice' });
/** `include[0].compiler`: how a path reads in a message. */
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
/** `include[0].compiler: message`: a problem as it reads in an annotation or a CLI line (its place comes apart). */
function problemText(p) {
    const where = formatPath(p.path);
    return where ? `${where}: ${p.message}` : p.message;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-types.js
/** The keys that can be axes of the matrix: a list of values at the top of the spec makes one an axis. */
const AXIS_KEYS = [
    'os',
    'vfx-platform',
    'container',
    'compiler',
    'build-type',
    'cxx-standard',
    'python-version',
    'backend'
];
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/backends.js



const BACKENDS = {
    serial: { oses: ['linux', 'macos', 'windows'], gpu: false, env: { BACKEND: 'serial' }, cmakeArgs: [] },
    // Apple's clang ships no OpenMP runtime.
    openmp: {
        oses: ['linux', 'macos', 'windows'],
        compilers: ['gcc', 'clang', 'icx', 'msvc', 'clang-cl'],
        gpu: false,
        env: { BACKEND: 'openmp', OMP_NUM_THREADS: '2' },
        cmakeArgs: []
    },
    cuda: {
        oses: ['linux', 'windows'],
        compilers: ['gcc', 'clang', 'msvc'],
        runners: ['cuda', 'gpu'],
        gpu: true,
        env: { BACKEND: 'cuda', CUDACXX: 'nvcc' },
        cmakeArgs: []
    },
    hip: {
        oses: ['linux'],
        compilers: ['gcc', 'clang'],
        runners: ['hip'],
        gpu: true,
        env: { BACKEND: 'hip', HIPCXX: '/opt/rocm/llvm/bin/clang++' },
        cmakeArgs: []
    },
    // oneAPI DPC++; tests on the CPU device unless the cell says otherwise.
    sycl: {
        oses: ['linux', 'windows'],
        compilers: ['icx'],
        defaultCompiler: 'icx',
        gpu: false,
        env: { BACKEND: 'sycl', ONEAPI_DEVICE_SELECTOR: 'opencl:cpu' },
        cmakeArgs: []
    }
};
const BACKEND_NAMES = Object.keys(BACKENDS);
/** The compiler family of a cell's compiler name, as backends list them ('gcc-13' → gcc, 'clang19' → clang). */
function compilerFamily(name) {
    return /^(gcc|clang)-?\d+$/.exec(name)?.[1] ?? name;
}
/** A list keeps one argument per item; one text is split at white space. */
function argumentList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
}
/**
 * The backends a spec expands with: the built-in ones, each with the settings `backends:` adds (its CMake
 * arguments; variables after the built-in ones, null removing one; a GPU, a runner, OSes and compilers replacing
 * the built-in's), and the spec's own (BACKEND=<name>, every OS and compiler, no GPU unless it says so).
 */
function resolveBackends(spec, problems) {
    const table = { ...BACKENDS };
    const seen = new Map();
    for (const [given, settings] of Object.entries(spec.backends ?? {})) {
        const name = given.toLowerCase();
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            problems.push(problem(['backends', given], `'${given}' is the backend '${earlier}' again (names ignore case)`));
            continue;
        }
        seen.set(name, given);
        const base = table[name] ?? { oses: [...OSES], gpu: false, env: { BACKEND: name }, cmakeArgs: [] };
        const env = { ...base.env };
        for (const [key, value] of Object.entries(settings.env ?? {})) {
            if (value === null)
                delete env[key];
            else
                env[key] = String(value);
        }
        table[name] = {
            ...base,
            oses: settings.os === undefined ? base.oses : asList(settings.os),
            compilers: settings.compilers === undefined ? base.compilers : asList(settings.compilers).map(c => c.toLowerCase()),
            gpu: settings.gpu ?? base.gpu,
            runsOn: settings['runs-on'] ?? base.runsOn,
            env,
            cmakeArgs: [...base.cmakeArgs, ...argumentList(settings['cmake-args'])]
        };
    }
    return table;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/version.js
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2018.json
const CY2018_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2018,"status":"final","date":"2017-11-26","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.5","stated":"2.7.5 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.6.x","semantics":"series","floor":"5.6.1","stated":"5.6.1 - 5.6.latest (modified)","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"(modified)"},"pyqt":{"label":"PyQt","version":"5.6","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.12.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.28","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2018.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.0.9","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.0.x","semantics":"series","floor":"1.0.3","stated":"1.0.3 - 1.0.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.61","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2017.6","semantics":"maximum","stated":"2017 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2017.2","semantics":"series","stated":"2017 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18) (2018: parent of 1c9885a)","imageVersion":"2018.8","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.9.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"python":"2.7.15","numpy":"1.14","qt":"5.6.1","pyside":"2.0.0","boost":"1.61.0","onetbb":"2017_U6","openexr":"2.2.1","opencolorio":"1.0.9","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"5.2.0","alembic":"1.7.11","ptex":"2.1.28","openusd":"19.11","osl":"1.10.9","cmake":"3.9.4","partio":"1.10.1","c-blosc":"1.5.0","hdf5":"1.8.21","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0"},"notes":["Historical: 2018 was removed from versions.yaml in commit 1c9885a (2021-07-07); values from its parent. Images frozen since July 2021.","NumPy 1.14 disagrees with platform 1.12.1.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2018.8 (release tag aswf/ci-base/2018.8 -> commit 22eaf4b, 2021-06-20, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, no Conan, no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2019.json
const CY2019_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2019,"status":"final","date":"2018-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.9","stated":"2.7.9 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.14.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.33","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2019.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.66","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2018","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2018","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2019.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[6,7,8,9,10],"defaultClang":7,"clangInYearImages":7,"cmake":"3.12.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"14","python":"2.7.15","numpy":"1.14","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.66.0","onetbb":"2018","imath":"2.3.0","openexr":"2.3.0","opencolorio":"1.1.0","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"6.2.1","alembic":"1.7.11","ptex":"2.1.33","openusd":"19.11","osl":"1.10.9","opentimelineio":"0.12.1","cmake":"3.12.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.8.1","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["Imath 2.3.0 is a placeholder (OpenEXR 2 / IlmBase era).","Images not rebuilt since 2021-2022; env uses old names (ASWF_PYTHON_VERSION, ASWF_TBB_VERSION, ASWF_OCIO_VERSION, ...).","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2019.9 (release tag aswf/ci-base/2019.9 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2020.json
const CY2020_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2020,"status":"final","date":"2019-11-02","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12.x","semantics":"series","stated":"5.12 (with patch) or 5.13","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"5.12 with a patch, or 5.13: both satisfy the requirement (alternatives).","alternatives":["5.13.x"]},"numpy":{"label":"NumPy","version":"1.17.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.70","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2019.6","semantics":"maximum","stated":"2019 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2019","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2020.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.18.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.3","numpy":"1.16","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.70.0","onetbb":"2019_u6","imath":"2.4.0","openexr":"2.4.0","opencolorio":"1.1.1","openimageio":"2.1.13.0","opensubdiv":"3_4_3","openvdb":"7.1.0","alembic":"1.7.12","ptex":"2.3.2","openusd":"20.11","osl":"1.10.10","opentimelineio":"0.12.1","cmake":"3.18.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.10.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["NumPy 1.16 disagrees with platform 1.17.x.","cxx_standard 17 in versions.yaml disagrees with platform C++14; value added retroactively in 2024, the images do not carry ASWF_CXX_STANDARD.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2020.9 (release tag aswf/ci-base/2020.9 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.1.0, conan 1.47.0, conan-python 3.9.11, ninja 1.10.1 for this ci-common generation, values set after the last image of the year was built."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2021.json
const CY2021_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2021,"status":"final","date":"2020-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":["OpenEXR: home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 Jekyll data (_data/platforms/CY2021.yml) say 3.0.x. Imath 3.0.x was back-filled in Nov 2025. FBX reverted from 2021.x to 2020.x."],"components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.19.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Imath row back-filled in Nov 2025 (goes with the OpenEXR 3.0.x reading of CY2021)."},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/status_updates.yml 2021-03-22 (OpenEXR 3.0.x reverted to 2.4.x) over _data/platforms/CY2021.yml @ a91caf6","notes":"Decision: 2.4.x. The year file vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 says 3.0.x; the status update of 2021-03-22 (_data/status_updates.yml @ a91caf6) reverted OpenEXR to 2.4.x for CY2021, and the home page kept 2.4.x from then on. The later status update wins: it is the platform\'s own correction of the year file. Both sources are named in the conformance report."},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Reverted from 2021.x to 2020.x."},"opencolorio":{"label":"OpenColorIO","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.73","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.2","semantics":"maximum","stated":"2020 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.13","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.10","semantics":"minimum","stated":"Visual Studio 2017","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0","semantics":"minimum","stated":"v10","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2021.6","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11],"defaultClang":10,"clangInYearImages":10,"cmake":"3.19.3","cuda":"11.1","cudaBaseImage":"nvidia/cudagl:11.1-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.9","numpy":"1.19","qt":"5.15.2","pyside":"5.15.2","boost":"1.73.0","onetbb":"2020_u2","imath":"2.5.5","openexr":"2.5.5","opencolorio":"2.0.1","openimageio":"2.2.14.0","opensubdiv":"3_4_3","openvdb":"8.0.1","alembic":"1.7.16","ptex":"2.3.2","openusd":"21.05","osl":"1.11.13.0","opentimelineio":"0.13","cmake":"3.19.3","partio":"1.14.0","pybind11":"2.6.2","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.1","ninja":"1.10.1","ccache":"4.0","conan":"1.42.0","conan-python":"3.9.5"},"notes":["OpenEXR 2.5.5 matches neither platform value (2.4.x per home page after 2021-03-22 revert; 3.0.x per history page).","CUDA: config now says 11.4.0 but the last 2021 images (2021-11) were built when ci-common 2 had CUDA 11.1 (inferred, not verified on Docker Hub).","CUDA 11.1 (inferred for last 2021 images; versions.yaml now says 11.4.0)","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2021.6 (release tag aswf/ci-base/2021.6 -> commit ad89b9d, 2021-11-21, python/aswfdocker/data/versions.yaml there): Ninja 1.10.1, Conan 1.42.0 (Python 3.9.5), no OptiX. versions.yaml @ e41baee lists optix 7.2.0, conan 1.47.0, conan-python 3.9.11, ninja 1.11.0 for this ci-common generation, values set after the last image of the year was built."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2022.json
const CY2022_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2022,"status":"final","date":"2021-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"python":{"label":"Python","version":"3.9.x","semantics":"series","floor":"3.9.1","stated":"3.9.1 - 3.9.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.20.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"9.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.76","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.15","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.28","semantics":"minimum","stated":"Visual Studio 2019 v16.9 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2022.4","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11,12,13,14],"defaultClang":10,"clangInYearImages":10,"cmake":"3.22.0","cuda":"11.4.0","cudaBaseImage":"nvidia/cudagl:11.4.0-devel-centos7","versions":{"cxx-standard":"17","python":"3.9.15","numpy":"1.20","qt":"5.15.2","pyside":"5.15.2","boost":"1.76.0","onetbb":"2020.3","imath":"3.1.5","openexr":"3.1.5","opencolorio":"2.1.1","openimageio":"2.4.5.0","opensubdiv":"3_4_4","openvdb":"9.1.0","alembic":"1.8.2","ptex":"2.4.0","openusd":"22.11","osl":"1.12.7.0","materialx":"1.38.5","opentimelineio":"0.14.1","cmake":"3.22.0","partio":"1.14.0","pybind11":"2.8.1","c-blosc":"1.17.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.4.0","ninja":"1.11.0","ccache":"4.0","conan":"1.47.0","conan-python":"3.9.11"},"notes":["Last images built around Jan 2023 with old env var names.","Ninja, Conan and OptiX are those of the last released image, aswf/ci-base:2022.4 (release tag aswf/ci-base/2022.4 -> commit 2fcc50a, 2023-01-15, python/aswfdocker/data/versions.yaml there): Ninja 1.11.0, Conan 1.47.0 (Python 3.9.11), no OptiX. versions.yaml @ e41baee lists optix 7.2.0, conan 1.47.0, conan-python 3.9.11, ninja 1.11.0 for this ci-common generation, values set after the last image of the year was built."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2023.json
const CY2023_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2023,"status":"final","date":"2022-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new (switch in CY2023)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"python":{"label":"Python","version":"3.10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.23.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.80","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.30","semantics":"minimum","stated":"Visual Studio 2022","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2023.3","ciCommon":"3","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[14,15],"defaultClang":15,"clangInYearImages":14,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.10.20","numpy":"1.23.5","qt":"5.15.18","pyside":"5.15.18","pyside-clang":"14.0.6","boost":"1.80.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.1.13","opencolorio":"2.2.1","openimageio":"2.4.17.0","opensubdiv":"3.5.1","openvdb":"10.1.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"23.08","osl":"1.12.14.0","materialx":"1.38.7","opentimelineio":"0.15","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.10.20","ccache":"4.9.1"},"notes":["Values are for the 2023.3 rebuild (May 2026, Conan 2); 2023.0-2023.2 had CUDA 11.8.0, Qt 5.15.9, Python 3.10.x earlier patch levels.","README still says ci-common:3 has CUDA 11.8.","CUDA history: 11.8.0 (nvidia/cuda:11.8.0-devel-rockylinux8) for 2023.0-2023.2; 12.6.3 runtime base for 2023.3"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2024.json
const CY2024_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2024,"status":"final","date":"2023-11-01","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.24.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.82","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.34","semantics":"minimum","stated":"Visual Studio 2022 v17.4 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2024.7","ciCommon":"4","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[16,17],"defaultClang":17,"clangInYearImages":16,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.24.3","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"16.0.6","boost":"1.82.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.2.9","opencolorio":"2.3.2","openimageio":"2.5.19.1","opensubdiv":"3.6.1","openvdb":"11.0.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"24.08","osl":"1.13.11.0","materialx":"1.39.1","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["CHANGELOG says OIIO \'2.5.19.0 to 2.5.15.1\' for 2024.7; versions.yaml and Conan profile say 2.5.19.1.","CUDA history: 12.3.0 in 2024.0/2024.1, 12.6.1 in 2024.2, 12.6.3 from 2024.3; -devel- base until the 2024.7 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2025.json
const CY2025_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2025,"status":"final","date":"2024-11-03","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"Reluctantly reverted to 3.11 because of a Qt 6.5 incompatibility (2024-08-18)."},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.26.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.85","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2021.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2024","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"12.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2025.6","ciCommon":"5","baseOs":"Rocky Linux 8.10","glibc":"2.28","toolset":"gcc-toolset-11","clang":[18,19],"defaultClang":19,"clangInYearImages":18,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.26.4","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"18.1.8","boost":"1.85.0","onetbb":"2021.13.0","imath":"3.1.12","openexr":"3.3.11","opencolorio":"2.4.2","openimageio":"3.1.6.2","opensubdiv":"3.6.1","openvdb":"12.1.1","alembic":"1.8.8","ptex":"2.4.3","openusd":"25.05.01","osl":"1.14.9.0","materialx":"1.39.3","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["2025.0 used TBB 2020_u3; oneTBB 2021.13.0 since 2025.1.","CUDA history: 12.6.1 in 2025.0, 12.6.3 from 2025.1; -devel- base until the 2025.6 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2026.json
const CY2026_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2026,"status":"final","date":"2025-11-05","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":["CY2026 draft (2025-05-08) had glibc 2.34, NumPy 1.26.x, OpenSubdiv 3.6.x, OCIO 2.4.x; changed Aug 2025; Imath 3.2.x added at Final."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.88","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2022.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2026.4","ciCommon":"6","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-14","clang":[19,20],"defaultClang":20,"clangInYearImages":19,"cmake":"4.0.6","cuda":"12.9.1","cudaBaseImage":"nvidia/cuda:12.9.1-runtime-rockylinux8","versions":{"cxx-standard":"20","python":"3.13.3","numpy":"2.3.2","qt":"6.8.3","pyside":"6.8.3","pyside-clang":"19.1.7","boost":"1.88.0","onetbb":"2022.1.0","imath":"3.2.2","openexr":"3.4.11","opencolorio":"2.5.1","openimageio":"3.1.13.1","opensubdiv":"3.7.0","openvdb":"13.0.0","alembic":"1.8.10","ptex":"2.4.3","openusd":"26.03","osl":"1.15.4.0","materialx":"1.39.4","opentimelineio":"0.18.1","openfx":"1.5.1","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.17.0","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"14.2.x","cuda":"12.9.1","optix":"8.0.0","cmake":"4.0.6","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.13.12","ccache":"4.11.3"},"notes":["gcc exact patch level not stated in repo (README: GCC-14.2.x; Conan profile compiler.version 14.2).","CHANGELOG \'Python 3.13.3 to 3.13.12\' refers to ASWF_CONAN_PYTHON_VERSION, not the VFX Python.","CUDA history: 12.9.1; -devel- base until the 2026.4 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2027.json
const CY2027_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2027,"status":"draft","date":"2026-06-03","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":["DRAFT from ves-tech/vfxplatform _data/platforms/CY2027.yml; the 2026-04-08 revision said \'Visual Studio 2022 v17.14 or later\'. Status text still has a placeholder. A different CY2027 file in vfxplatform/vfxplatform (commit 37c8130: gcc 15.1, Python 3.14, C++23) was a removed test - ignore."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.34","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"numpy":{"label":"NumPy","version":"2.4.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openexr":{"label":"OpenEXR","version":"3.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"ptex":{"label":"Ptex","version":"2.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opensubdiv":{"label":"OpenSubdiv","version":"3.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openvdb":{"label":"OpenVDB","version":"14.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opencolorio":{"label":"OpenColorIO","version":"2.6.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"boost":{"label":"Boost","version":"1.91","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"onetbb":{"label":"oneTBB / TBB","version":"2023.x","semantics":"maximum","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.44","semantics":"minimum","stated":"Visual Studio build tools v14.44 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","versions":{},"notes":["aswf-docker has no images for this year yet."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/years.js
/**
 * The platform years, from the data files in ../data/years (one JSON file per year, every value with its source).
 * Adding a year is adding its file and its import below, plus a test row.
 */












const FILES = [CY2018_namespaceObject, CY2019_namespaceObject, CY2020_namespaceObject, CY2021_namespaceObject, CY2022_namespaceObject, CY2023_namespaceObject, CY2024_namespaceObject, CY2025_namespaceObject, CY2026_namespaceObject, CY2027_namespaceObject];
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
        python: majorMinor(need('python').version),
        // The ASWF image of the year, or (without one) the platform's own glibc, is what a container job would run.
        legacyGlibc: (versionParts(file.aswf.glibc ?? need('glibc').version)[1] ?? 0) < 28,
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
    throw new errors/* UserError */.yo(`${value === '' ? 'An empty VFX Reference Platform year' : `'${value}' is not a supported VFX Reference Platform year`}` +
        (lower === 'draft' ? ' (no draft year is published now)' : '') +
        `: use one of ${years.join(', ')} (also written CY${years[0]}), ${aliases.join(' or ')}.`);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/aswf-images.json
const aswf_images_namespaceObject = /*#__PURE__*/JSON.parse('{"u5":"docker.io","$r":"aswf","r_":"aswftesting","Li":{"2018":7,"2019":7,"2020":7,"2021":10,"2022":10,"2023":15,"2024":17,"2025":19,"2026":20},"MG":{"1":7,"2":10,"3":15,"4":17,"5":19,"6":20},"dt":{"base":{"image":"ci-base","releases":{"2018":["2018.8"],"2019":["2019.9"],"2020":["2020.9"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"Python, TBB, Boost and other base libraries"},"baseqt":{"image":"ci-baseqt","releases":{"2018":["2018.1"],"2019":["2019.2"],"2020":["2020.2"],"2021":["2021.3"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"ci-base plus Qt and PySide"},"common":{"image":"ci-common","clangVariants":true,"keyedBy":"ci-common generation","releases":{"1":["1-clang6.8","1-clang7.8","1-clang8.8","1-clang9.8","1-clang10.8"],"2":["2-clang10.5","2-clang11.6","2-clang12.1","2-clang13.1","2-clang14.0"],"3":["3-clang14.3","3-clang15.3"],"4":["4-clang16.7","4-clang17.7"],"5":["5-clang18.6","5-clang19.6"],"6":["6-clang19.4","6-clang20.4"]},"notes":["ci-common is keyed by generation (1..6), shared by several years; aswfImage(\'common\', year) maps the year to its generation."],"contents":"the compiler/OS layer (gcc toolset, clang, CUDA, CMake, Ninja)"},"imath":{"image":"ci-imath","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build imath (not imath itself)"},"materialx":{"image":"ci-materialx","releases":{"2022":["2022.1"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build materialx (not materialx itself)"},"ocio":{"image":"ci-ocio","releases":{"2018":["2018.9"],"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build ocio (not ocio itself)"},"oiio":{"image":"ci-oiio","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build oiio (not oiio itself)"},"opencue":{"image":"ci-opencue","releases":{"2018":["2018.10"],"2019":["2019.10"],"2020":["2020.10"],"2021":["2021.7"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build opencue (not opencue itself)"},"openexr":{"image":"ci-openexr","releases":{"2018":["2018.8"],"2019":["2019.8"],"2020":["2020.8"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openexr (not openexr itself)"},"openfx":{"image":"ci-openfx","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openfx (not openfx itself)"},"openrv":{"image":"ci-openrv","releases":{"2024":["2024.2"]},"contents":"the dependencies needed to build openrv (not openrv itself)","planned":{"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"plannedSource":"versions.yaml @ e41baee lists ci-openrv 2024.7, 2025.6, 2026.4; the only release tag is aswf/ci-openrv/2024.2 (git tags of AcademySoftwareFoundation/aswf-docker @ e41baee): planned, never released"},"openvdb":{"image":"ci-openvdb","clangVariants":true,"releases":{"2018":["2018-clang7.8"],"2019":["2019-clang6.8","2019-clang7.8","2019-clang8.8","2019-clang9.8"],"2020":["2020-clang7.8"],"2021":["2021-clang10.6"],"2022":["2022-clang10.12","2022-clang11.12","2022-clang12.3","2022-clang13.3","2022-clang14.2"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build openvdb (not openvdb itself)","bareTags":{"2018":"2018.5"},"bareTagsSource":"aswf-docker tags @ e41baee: aswf/ci-openvdb/2018.5 (one image, no clang variant) and aswf/ci-openvdb/2018-clang7.6 to .8; the 2018-clang7 variant never had the bare :2018 tag"},"osl":{"image":"ci-osl","clangVariants":true,"releases":{"2018":["2018-clang7.5"],"2019":["2019-clang6.5","2019-clang7.5","2019-clang8.5","2019-clang9.5","2019-clang10.5"],"2020":["2020-clang7.5"],"2021":["2021-clang10.7","2021-clang11.7"],"2022":["2022-clang10.11","2022-clang11.11","2022-clang12.2","2022-clang13.2","2022-clang14.1"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build osl (not osl itself)","bareTags":{"2018":"2018.1"},"bareTagsSource":"aswf-docker tags @ e41baee: aswf/ci-osl/2018.1 (one image, no clang variant) and aswf/ci-osl/2018-clang7.2 to .5; the 2018-clang7 variant never had the bare :2018 tag"},"otio":{"image":"ci-otio","releases":{"2019":["2019.3"],"2020":["2020.3"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build otio (not otio itself)"},"rawtoaces":{"image":"ci-rawtoaces","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build rawtoaces (not rawtoaces itself)"},"usd":{"image":"ci-usd","releases":{"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build usd (not usd itself)"},"vfxall":{"image":"ci-vfxall","clangVariants":true,"releases":{"2019":["2019-clang6.12","2019-clang7.12","2019-clang8.12","2019-clang9.12"],"2020":["2020-clang7.10"],"2021":["2021-clang10.7"],"2022":["2022-clang10.13","2022-clang11.13","2022-clang12.4","2022-clang13.4","2022-clang14.3"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"builds of everything, installed in /usr/local"}},"cA":{"source":"aswf-docker python/aswfdocker/data/ci-image-dockerfile.jinja2 and ci-common Dockerfiles @ e41baee; renames from commits 18629e4, c4509b9, 23b323e, 884aeeb, cca3f53","year":["ASWF_VFXPLATFORM_VERSION"],"imageVersion":["ASWF_VERSION"],"packages":{"python":["ASWF_CPYTHON_VERSION","ASWF_PYTHON_VERSION"],"python-major-minor":["ASWF_PYTHON_MAJOR_MINOR_VERSION"],"cxx-standard":["ASWF_CXX_STANDARD"],"onetbb":["ASWF_ONETBB_VERSION","ASWF_TBB_VERSION"],"c-blosc":["ASWF_C_BLOSC_VERSION","ASWF_BLOSC_VERSION"],"openusd":["ASWF_OPENUSD_VERSION","ASWF_USD_VERSION"],"opentimelineio":["ASWF_OPENTIMELINEIO_VERSION","ASWF_OTIO_VERSION"],"opencolorio":["ASWF_OPENCOLORIO_VERSION","ASWF_OCIO_VERSION"],"openimageio":["ASWF_OPENIMAGEIO_VERSION","ASWF_OIIO_VERSION"],"numpy":["ASWF_NUMPY_VERSION"],"qt":["ASWF_QT_VERSION"],"pyside":["ASWF_PYSIDE_VERSION"],"boost":["ASWF_BOOST_VERSION"],"imath":["ASWF_IMATH_VERSION"],"openexr":["ASWF_OPENEXR_VERSION"],"opensubdiv":["ASWF_OPENSUBDIV_VERSION"],"openvdb":["ASWF_OPENVDB_VERSION"],"alembic":["ASWF_ALEMBIC_VERSION"],"ptex":["ASWF_PTEX_VERSION"],"osl":["ASWF_OSL_VERSION"],"materialx":["ASWF_MATERIALX_VERSION"],"openfx":["ASWF_OPENFX_VERSION"],"partio":["ASWF_PARTIO_VERSION"],"pybind11":["ASWF_PYBIND11_VERSION"],"hdf5":["ASWF_HDF5_VERSION"],"cmake":["ASWF_CMAKE_VERSION"],"ninja":["ASWF_NINJA_VERSION"],"clang":["ASWF_CLANG_VERSION"],"cuda":["ASWF_CUDA_VERSION"],"optix":["ASWF_OPTIX_VERSION"],"gcc-toolset":["ASWF_DTS_VERSION"]},"renamed":{"ASWF_PYTHON_VERSION":"ASWF_CPYTHON_VERSION (2025-04-20)","ASWF_TBB_VERSION":"ASWF_ONETBB_VERSION (2025-05-24, 2025.1)","ASWF_BLOSC_VERSION":"ASWF_C_BLOSC_VERSION (2025-08-09)","ASWF_USD_VERSION":"ASWF_OPENUSD_VERSION (2026-03-23)","ASWF_OTIO_VERSION":"ASWF_OPENTIMELINEIO_VERSION (2026-04-01)","ASWF_OCIO_VERSION":"ASWF_OPENCOLORIO_VERSION (2026-05-12)","ASWF_OIIO_VERSION":"ASWF_OPENIMAGEIO_VERSION (2026-05-12)"},"notes":["ASWF_VFXPLATFORM_VERSION and ASWF_VERSION are the only identifiers stable across all years; ci-common sets ASWF_VERSION like 6-clang20.4 and no ASWF_VFXPLATFORM_VERSION.","Older images carry the old names; 2018-2022 images have no ASWF_CXX_STANDARD."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/aswf-images.js
/**
 * ASWF CI Docker images (aswf-docker): which image exists for which year and clang variant, and its name.
 * Data: ../data/aswf-images.json (latest released tag per image and year, tag rules, identifying env vars).
 */



const PROJECTS = aswf_images_namespaceObject.dt;
const DEFAULT_CLANG = aswf_images_namespaceObject.Li;
const COMMON_DEFAULT_CLANG = aswf_images_namespaceObject.MG;
const aswfEnvironment = aswf_images_namespaceObject.cA;
const aswfRegistry = { registry: aswf_images_namespaceObject.u5, org: aswf_images_namespaceObject.$r, testingOrg: aswf_images_namespaceObject.r_ };
function parseTag(tag) {
    const match = /^(\d+)(?:-clang(\d+))?\.(\d+)$/.exec(tag);
    if (!match)
        throw new Error(`aswf-images.json: malformed tag '${tag}'`);
    return { key: match[1], clang: match[2] ? Number(match[2]) : undefined, build: Number(match[3]) };
}
/** The ci-common generation a year's images are built on (e.g. 2025 → '5'). */
function ciCommonGeneration(year) {
    return allYears().find(y => y.year === year)?.aswf.ciCommon;
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
        throw new errors/* UserError */.yo(`There is no ASWF image 'ci-${name}': known images are ${aswfImageProjects()
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
    return allYears()
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
        throw new errors/* UserError */.yo(`'${value}' is not a clang variant: use a major version such as 19 or 'clang19'.`);
    return Number(match[1]);
}
/**
 * The image reference for a project and year, e.g. aswfImage('osl', 2025, { clang: 19 }) === 'aswf/ci-osl:2025-clang19',
 * aswfImage('openexr', 2023, { tag: '2023.2' }) === 'aswf/ci-openexr:2023.2'. A UserError names what does not exist
 * and what does.
 */
function aswfImage(project, year, options = {}) {
    const { name, data } = projectData(project);
    const image = `${aswf_images_namespaceObject.$r}/${data.image}`;
    const releases = releasesOf(name, data, year);
    if (releases.length === 0) {
        const years = aswfImageYears(name);
        const planned = data.planned?.[String(year)];
        if (planned)
            throw new errors/* UserError */.yo(`${image}:${planned[planned.length - 1]} is planned in aswf-docker's versions.yaml but was never released: ` +
                `it exists for ${years.length ? years.join(', ') : 'no year'}.`);
        throw new errors/* UserError */.yo(`${image} does not exist for CY${year}: it exists for ${years.length ? years.join(', ') : 'no year'}.`);
    }
    const key = releaseKey(name, year);
    let clang;
    if (options.clang !== undefined && String(options.clang) !== '') {
        clang = parseClang(options.clang);
        if (!data.clangVariants) {
            throw new errors/* UserError */.yo(`${image} has no clang variants (one image per year: ${image}:${year}); only ${aswfImageProjects()
                .filter(p => PROJECTS[p]?.clangVariants)
                .map(p => `ci-${p}`)
                .join(', ')} have them.`);
        }
        const variants = aswfClangVariants(name, year);
        if (!variants.includes(clang)) {
            throw new errors/* UserError */.yo(`${image} has no clang${clang} variant for CY${year}: its variants are ${variants.map(v => `clang${v}`).join(', ')}.`);
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
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    const tagClang = match[2] !== undefined ? Number(match[2]) : clang;
    if (clang !== undefined && tagClang !== clang)
        throw new errors/* UserError */.yo(`Tag '${tag}' is not the clang${clang} variant of ${image}.`);
    const variants = releases.some(r => r.clang !== undefined);
    if (variants && tagClang === undefined && match[3] !== undefined) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}': exact tags of its clang variants are ${known}.`);
    }
    const release = releases.find(r => r.clang === (tagClang ?? (variants ? r.clang : undefined)));
    if (!release || (tagClang !== undefined && release.clang !== tagClang)) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    }
    if (match[3] !== undefined && Number(match[3]) > release.build) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}': the newest is ${release.key}${release.clang !== undefined ? `-clang${release.clang}` : ''}.${release.build}.`);
    }
    return `${key}${tagClang !== undefined ? `-clang${tagClang}` : ''}${match[3] !== undefined ? `.${match[3]}` : ''}`;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/index.js




;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/platform.js
/**
 * The one place build-matrix touches packages/vfx-platform (the platform table and the ASWF image facts), so the
 * rest of the action depends only on this small surface.
 */


;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/axes.js
/**
 * The spec's axes, normalised and checked against the platform table: each value keeps the spec path it came
 * from, so a problem found with it later can still point at its line. Axis values are compared as canonical text
 * (CY2025 = 2025, clang-19 = clang19, debug = Debug), the way `exclude`, `include` and profiles match them.
 */





const BUILD_TYPES = ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel'];
/** Each value of a one-or-list key with its path: `key` itself for a single value, `key[i]` in a list. */
function located(value, path) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : [{ value, path }];
}
/** Duplicates (2025 and CY2025, or a value listed twice) would only give duplicate cells. */
function unique(items) {
    const seen = new Set();
    return items.filter(item => !seen.has(String(item.value)) && seen.add(String(item.value)));
}
/** A platform year, or a problem naming the value and the years that exist. */
function yearAt(value, path, problems) {
    try {
        return resolveYear(String(value));
    }
    catch (error) {
        problems.push(problem(path, error.message));
        return undefined;
    }
}
function canonicalBuildType(value) {
    return BUILD_TYPES.find(b => b.toLowerCase() === String(value).toLowerCase());
}
/**
 * The canonical text of an axis value, or undefined after reporting why it is refused. A compiler is checked
 * against `os` when given; without one, any OS that knows it will do (patterns, include entries).
 */
function canonicalAxisValue(key, value, path, problems, { os, backends = BACKEND_NAMES } = {}) {
    switch (key) {
        case 'vfx-platform': {
            // null: no platform year, the value of a cell without one.
            if (value === null)
                return '';
            const year = yearAt(value, path, problems);
            return year ? String(year.year) : undefined;
        }
        case 'os': {
            const text = String(value).toLowerCase();
            if (OSES.includes(text))
                return text;
            problems.push(problem(path, `'${String(value)}' is not an OS (accepted: ${OSES.join(', ')})`));
            return undefined;
        }
        case 'compiler': {
            const parsed = (os ? [os] : OSES).map(o => parseCompiler(o, value)).find(c => c !== undefined);
            // An unknown compiler is accepted by name: the cell must then give cc and cxx (checked when it is built).
            return parsed ? parsed.name : String(value).trim().toLowerCase();
        }
        case 'build-type': {
            const buildType = canonicalBuildType(value);
            if (!buildType)
                problems.push(problem(path, `'${String(value)}' is not a CMake build type (accepted: ${BUILD_TYPES.join(', ')})`));
            return buildType;
        }
        case 'backend': {
            const text = String(value).toLowerCase();
            if (backends.includes(text))
                return text;
            problems.push(problem(path, `'${String(value)}' is not a backend (accepted: ${backends.join(', ')}; declare a backend of the project's own under 'backends')`));
            return undefined;
        }
        case 'container':
            return String(value).trim();
        case 'cxx-standard':
        case 'python-version':
            return String(value);
    }
}
function axis(key, value, path, problems, context = {}) {
    return unique(located(value, path).flatMap(v => {
        const text = canonicalAxisValue(key, v.value, v.path, problems, context);
        return text === undefined ? [] : [{ value: text, path: v.path }];
    }));
}
function normaliseAxes(spec, problems) {
    // `vfx-platform: null` is the same spec as leaving the key out: cells without a platform year.
    const declared = new Set(AXIS_KEYS.filter(key => spec[key] !== undefined && spec[key] !== null));
    const backendTable = resolveBackends(spec, problems);
    // os is always an axis of a generated matrix (linux unless the spec lists others).
    if (declared.size > 0)
        declared.add('os');
    const oses = spec.os === undefined ? [{ value: 'linux', path: [] }] : axis('os', spec.os, ['os'], problems);
    const osNames = oses.map(os => os.value);
    return {
        declared,
        oses: oses,
        years: axis('vfx-platform', spec['vfx-platform'] ?? undefined, ['vfx-platform'], problems),
        compilers: compilerAxes(spec, osNames, problems),
        buildTypes: axis('build-type', spec['build-type'], ['build-type'], problems),
        cxxStandards: axis('cxx-standard', spec['cxx-standard'], ['cxx-standard'], problems),
        pythons: axis('python-version', spec['python-version'], ['python-version'], problems),
        backends: axis('backend', spec.backend, ['backend'], problems, { backends: Object.keys(backendTable) }),
        containers: axis('container', spec.container, ['container'], problems),
        backendTable
    };
}
/**
 * `compiler` is a map from OS to names, or one list for every OS: then each OS takes the names it knows, a name
 * no listed OS knows is an error (an axis compiler must be a known family: other compilers come in an include
 * with their cc and cxx), and so is an OS left with no compiler.
 */
function compilerAxes(spec, osNames, problems) {
    const result = {};
    const given = spec.compiler;
    const known = (os, names) => unique(names.flatMap(({ value, path }) => {
        const parsed = parseCompiler(os, value);
        return parsed ? [{ value: parsed.name, path }] : [];
    }));
    if (given !== undefined && !Array.isArray(given) && typeof given === 'object') {
        for (const os of OSES) {
            const names = located(given[os], ['compiler', os]);
            if (names.length > 0 && !osNames.includes(os)) {
                problems.push(warningAt(['compiler', os], `compilers are given for ${os}, but ${os} is not in 'os'`));
            }
            if (!osNames.includes(os))
                continue;
            for (const { value, path } of names) {
                if (!parseCompiler(os, value))
                    problems.push(problem(path, `'${value}' is not a compiler for ${os} (accepted: ${acceptedCompilers(os)})`));
            }
            result[os] = names.length === 0 ? [{ value: DEFAULT_COMPILER[os], path: [] }] : known(os, names);
        }
        return result;
    }
    const names = located(given, ['compiler']);
    if (names.length === 0) {
        for (const os of osNames)
            result[os] = [{ value: DEFAULT_COMPILER[os], path: [] }];
        return result;
    }
    for (const { value, path } of names) {
        if (!osNames.some(os => parseCompiler(os, value))) {
            const accepted = osNames.map(os => `${os}: ${acceptedCompilers(os)}`).join('; ');
            problems.push(problem(path, `'${value}' is not a compiler of ${osNames.join(', ')} (accepted: ${accepted})`));
        }
    }
    for (const os of osNames) {
        const mine = known(os, names);
        if (mine.length === 0) {
            problems.push(problem(['compiler'], `no compiler listed for ${os} (accepted: ${acceptedCompilers(os)})`));
        }
        result[os] = mine;
    }
    return result;
}
/** "vfx-platform 3 × os 3 × compiler (linux 2, macos 1, windows 1) × build-type 1": the size of each axis. */
function describeAxes(axes) {
    const compilers = axes.oses.map(os => `${os.value} ${axes.compilers[os.value]?.length ?? 0}`).join(', ');
    return [
        ...(axes.years.length ? [`vfx-platform ${axes.years.length}`] : []),
        `os ${axes.oses.length}`,
        ...(axes.containers.length ? [`container ${axes.containers.length} (linux)`] : []),
        `compiler (${compilers})`,
        ...(axes.buildTypes.length ? [`build-type ${axes.buildTypes.length}`] : []),
        ...(axes.cxxStandards.length ? [`cxx-standard ${axes.cxxStandards.length}`] : []),
        ...(axes.pythons.length ? [`python-version ${axes.pythons.length}`] : []),
        ...(axes.backends.length ? [`backend ${axes.backends.length}`] : [])
    ].join(' × ');
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/images.js


/** A Docker image reference: [registry[:port]/]name[/name…][:tag][@sha256:digest], lower-case names. */
const IMAGE_REFERENCE = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
class ImageResolver {
    pins;
    memo = new Map();
    /** undefined: Linux cells run on the runner itself. */
    project;
    constructor(project, pins, problems) {
        this.pins = pins;
        this.project = project && knownProject(project, problems) ? project : undefined;
    }
    /** The image for a Linux cell of a year ('' without a project); problems go to `problems` once per cause. */
    resolve(year, compiler, problems) {
        if (this.project === undefined)
            return '';
        const variant = compiler.value.base === 'clang' ? compiler.value.version : undefined;
        const pin = this.pins.get(year.value.year);
        const key = `${year.value.year}|${variant ?? ''}`;
        let found = this.memo.get(key);
        if (!found) {
            found = lookUp(this.project, year, compiler, variant, pin);
            this.memo.set(key, found);
        }
        problems.push(...found.problems);
        return found.image;
    }
}
function lookUp(project, year, compiler, variant, pin) {
    const steps = [[year.path, () => aswfImage(project, year.value.year)]];
    if (variant !== undefined)
        steps.push([compiler.path, () => aswfImage(project, year.value.year, { clang: variant })]);
    if (pin)
        steps.push([pin.path, () => aswfImage(project, year.value.year, { clang: variant, tag: pin.tag })]);
    let image = '';
    for (const [path, step] of steps) {
        try {
            image = step();
        }
        catch (error) {
            return { image: '', problems: [problem(path, error.message)] };
        }
    }
    return { image, problems: [] };
}
/**
 * A container the spec names: any image reference is accepted ('' runs the cell on the runner itself). An ASWF
 * CI image whose tag names a year or build the table does not know is a notice, not an error: the image may be
 * newer than this action's data, and a floating tag of a draft year changes under the build.
 */
function checkContainer(value, path, problems) {
    if (value === '')
        return;
    if (!IMAGE_REFERENCE.test(value)) {
        problems.push(problem(path, `'${value}' is not an image reference (accepted: [registry/]name[:tag][@sha256:digest], lower-case, or '' for none)`));
        return;
    }
    const aswf = /^(?:docker\.io\/)?aswf\/ci-([a-z0-9-]+):((\d{4})\S*)$/.exec(value);
    if (!aswf)
        return;
    const [, project, tag, yearText] = aswf;
    if (!aswfImageProjects().includes(project))
        return;
    const year = Number(yearText);
    if (!aswfImageYears(project).includes(year)) {
        problems.push(notice(path, `${value}: the platform table knows no CY${year} release of aswf/ci-${project}; a tag of a year not yet released changes without notice, pin an exact tag once it is published`));
        return;
    }
    try {
        aswfImage(project, year, { tag });
    }
    catch (error) {
        problems.push(notice(path, `${value}: ${error.message} It may be newer than this action's data.`));
    }
}
/** An ASWF CI image (`aswf/ci-<name>:<year>…`, docker.io/ optional): its year, from the tag. */
function aswfImageYear(image) {
    const year = /^(?:docker\.io\/)?aswf\/ci-[a-z0-9-]+:(\d{4})(?![0-9])\S*$/.exec(image)?.[1];
    return year === undefined ? undefined : Number(year);
}
/**
 * The year of an ASWF CI image that is CentOS 7 (glibc 2.17: every image of CY2018 to CY2022, ci-base included),
 * where no node24 action can start; undefined for any other image. The platform table says which years those are.
 */
function legacyImage(image) {
    const year = aswfImageYear(image);
    if (year === undefined)
        return undefined;
    try {
        return resolveYear(String(year)).legacyGlibc ? year : undefined;
    }
    catch {
        return undefined; // a year the table does not know: newer than its data, so not CentOS 7
    }
}
function knownProject(project, problems) {
    try {
        aswfImageYears(project);
        return true;
    }
    catch (error) {
        problems.push(problem(['project'], error.message));
        return false;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/names.js
const OS_LABEL = { linux: 'Linux', macos: 'macOS', windows: 'Windows' };
function words(v) {
    const out = [{ text: OS_LABEL[v.os], part: v.os }];
    if (v.year !== undefined)
        out.push({ text: `CY${v.year}`, part: String(v.year) });
    if (v.container !== undefined)
        out.push({ text: v.container === '' ? 'host' : shortImage(v.container), part: imagePart(v.container) });
    out.push({ text: v.compiler, part: v.compiler }, { text: v.buildType, part: v.buildType });
    if (v.cxx !== undefined)
        out.push({ text: `C++${v.cxx}`, part: `cxx${v.cxx}` });
    if (v.python !== undefined)
        out.push({ text: `Python ${v.python}`, part: `py${v.python}` });
    if (v.backend !== undefined)
        out.push({ text: v.backend, part: v.backend });
    return out;
}
function cellId(v) {
    const parts = words(v).map(w => slug(w.part));
    if (v.name)
        parts.push(...nameTokens(v.name).filter(token => !covered(token, parts)));
    return parts.filter(Boolean).join('-');
}
/** "asan: Linux CY2025 clang Debug (GPU)"; the given name's own words are not repeated after it. */
function cellName(v) {
    let shown = words(v);
    if (v.name) {
        const said = nameTokens(v.name);
        shown = shown.filter(w => !tokens(w.part).every(token => covered(token, said)));
    }
    const text = shown.map(w => w.text);
    if (v.gpu)
        text.push('(GPU)');
    if (!v.name)
        return text.join(' ');
    return text.length ? `${v.name}: ${text.join(' ')}` : v.name;
}
/** `ghcr.io/kokkos/ci-containers/fedora:latest` → `fedora:latest`: the image's last name and its tag. */
function shortImage(image) {
    return image.replace(/@sha256:[a-f0-9]+$/, '').replace(/^.*\//, '');
}
function imagePart(image) {
    return image === '' ? 'host' : shortImage(image);
}
/**
 * Results of the text functions below, by their argument: a matrix repeats the same few values (linux, 2025, gcc,
 * release, a name) in every cell, and an id is made for each of up to 100,000 cells. Bounded: cleared when full.
 */
function memo(compute) {
    const cache = new Map();
    return text => {
        let value = cache.get(text);
        if (value === undefined) {
            if (cache.size >= 10_000)
                cache.clear();
            value = compute(text);
            cache.set(text, value);
        }
        return value;
    };
}
/** Lower-case, `+` as p (c++ → cpp), runs of anything but [a-z0-9.] as one dash, no dash at either end. */
const slug = memo(text => text
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, ''));
const tokens = memo(text => slug(text).split('-').filter(Boolean));
/** A name's tokens: what it says, compared with the values. */
const nameTokens = tokens;
/** Spellings of one value: python39, py3.9 and python3.9 are py3.9; cy2025 and vfx2025 are 2025; cpp17 is cxx17. */
const normalise = memo(token => {
    const python = /^py(?:thon)?(\d)\.?(\d+)$/.exec(token);
    if (python)
        return `py${python[1]}.${python[2]}`;
    const year = /^(?:cy|vfx|vp)(\d{4})$/.exec(token);
    if (year)
        return year[1];
    const cxx = /^(?:cxx|cpp|c\+\+)(\d{2})$/.exec(token);
    if (cxx)
        return `cxx${cxx[1]}`;
    return token;
});
/** Letter runs and number runs: gcc10 → gcc, 10; clang19 → clang, 19; py3.9 → py, 3.9. */
const pieces = memo(token => token.match(/[a-z]+|\d+(?:\.\d+)*/g) ?? []);
/** Everything a part (or a name's token) says, in every spelling: its tokens, their spellings, their runs. */
const says = memo(part => {
    const said = new Set();
    for (const token of tokens(part)) {
        said.add(token);
        said.add(normalise(token));
        for (const piece of pieces(token))
            said.add(piece);
    }
    return said;
});
/** A token the parts already say: itself, in another spelling, or each of its letter and number runs. */
function covered(token, parts) {
    const saidBy = (text) => parts.some(part => says(part).has(text));
    const norm = normalise(token);
    if (saidBy(token) || saidBy(norm))
        return true;
    const runs = pieces(norm);
    return runs.length > 1 && runs.every(saidBy);
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/cells.js






/** Keys every cell has, in this order; an include's other keys are passed through after them. */
const CELL_KEYS = [
    'id',
    'name',
    'os',
    'runs-on',
    'container',
    'vfx-platform',
    'compiler',
    'cc',
    'cxx',
    'cxx-standard',
    'python-version',
    'build-type',
    'cmake-generator',
    'cmake-args',
    'ctest-args',
    'gpu',
    'legacy-glibc',
    'env'
];
/** Include keys that set a cell key rather than being passed through. */
const OVERRIDE_KEYS = new Set([
    'name',
    'container',
    'cc',
    'cxx',
    'runs-on',
    'cmake-generator',
    'cmake-args',
    'ctest-args',
    'gpu',
    'env'
]);
const FIXED = new Set(CELL_KEYS);
/** The C++ standard of a cell without a platform year, unless the spec gives one. */
const YEARLESS_CXX_STANDARD = 17;
function buildCell(c, spec, axes, images, problems) {
    const set = (key) => c.set.get(key);
    const os = (c.axis.os?.value ?? 'linux');
    // '' is `vfx-platform: null`: a cell without a platform year.
    const yearValue = c.axis['vfx-platform']?.value ? c.axis['vfx-platform'] : undefined;
    const year = yearValue && cells_located(yearAt(yearValue.value, yearValue.path, problems), yearValue.path);
    if (yearValue && !year)
        return undefined;
    const backendValue = c.axis.backend;
    const backend = backendValue && axes.backendTable[backendValue.value];
    const compilerLeftToDefault = c.axis.compiler === undefined || c.axis.compiler.path.length === 0;
    const compilerValue = backend?.defaultCompiler && compilerLeftToDefault
        ? { value: backend.defaultCompiler, path: [] }
        : (c.axis.compiler ?? { value: defaultCompiler(os, axes), path: [] });
    const cc = set('cc');
    const cxx = set('cxx');
    const parsed = parseCompiler(os, compilerValue.value);
    if (!parsed && (!cc || !cxx)) {
        problems.push(problem(compilerValue.path, `'${compilerValue.value}' is not a compiler for ${os}: give its 'cc' and 'cxx' in the include (accepted without them: ${acceptedCompilers(os)})`));
        return undefined;
    }
    const compiler = {
        value: parsed ?? {
            name: compilerValue.value,
            family: { cc: cc.value, cxx: cxx.value },
            base: compilerValue.value
        },
        path: compilerValue.path
    };
    if (backend && backendValue && !backendFits(backend, backendValue, os, compiler, problems))
        return undefined;
    const containerSet = c.axis.container;
    let container = '';
    if (containerSet !== undefined) {
        container = String(containerSet.value);
        if (os !== 'linux' && container !== '')
            problems.push(problem(containerSet.path, `a container runs only in Linux cells, this cell is ${os} (accepted: '' or leave it out)`));
        else
            checkContainer(container, containerSet.path, problems);
    }
    else if (os === 'linux' && year) {
        container = images.resolve(year, compiler, problems);
    }
    // On the runner itself a versioned compiler is its versioned commands; inside an image clang19 is the image's.
    const commands = container === '' ? hostCommands(compiler.value) : compiler.value.family;
    const buildType = c.axis['build-type']?.value ?? 'Release';
    if (!canonicalBuildType(buildType))
        return undefined;
    const cxxStandard = Number(c.axis['cxx-standard']?.value ?? year?.value.cxxStandard ?? YEARLESS_CXX_STANDARD);
    const python = c.axis['python-version']?.value ?? year?.value.python ?? '';
    const env = { ...backend?.env, ...cellEnv(c, spec, os, year?.value, problems) };
    const generator = spec['cmake-generator'];
    const gpu = c.gpu || (backend?.gpu ?? false);
    let runner = set('runs-on')?.value ?? backend?.runsOn;
    if (runner === undefined && backend?.runners) {
        const key = backend.runners.find(k => spec.runners?.[k] !== undefined);
        if (!key) {
            problems.push(problem(backendValue.path, `backend ${backendValue.value} needs its node type: set ${backend.runners.map(k => `runners.${k}`).join(' or ')}`));
            return undefined;
        }
        runner = spec.runners[key];
    }
    // The values that name the cell, final: an include that changes one changes the id with it.
    const naming = {
        os,
        year: year?.value.year,
        container: axes.declared.has('container') && os === 'linux' ? container : undefined,
        compiler: compiler.value.name,
        buildType,
        // The C++ standard and Python name a cell when the spec gives them: an axis, or an include (created or extended).
        cxx: c.axis['cxx-standard'] ? cxxStandard : undefined,
        python: c.axis['python-version']?.value,
        backend: backendValue?.value,
        gpu,
        name: set('name')?.value
    };
    const cell = {
        id: cellId(naming),
        name: cellName(naming),
        os,
        'runs-on': runner ?? runsOn(spec, os, gpu),
        container,
        'vfx-platform': year?.value.year ?? null,
        compiler: compiler.value.name,
        cc: cc?.value ?? commands.cc,
        cxx: cxx?.value ?? commands.cxx,
        'cxx-standard': cxxStandard,
        'python-version': python,
        'build-type': buildType,
        'cmake-generator': set('cmake-generator')?.value ??
            (typeof generator === 'string' ? generator : (generator?.[os] ?? DEFAULT_GENERATOR[os])),
        'cmake-args': [
            ...argumentList(set('cmake-args')?.value ?? spec['cmake-args']),
            ...(backend?.cmakeArgs ?? [])
        ],
        'ctest-args': argumentList(set('ctest-args')?.value ?? spec['ctest-args']),
        gpu,
        // CentOS 7 (glibc 2.17): the year's ASWF image, or an image the spec names that is one (aswf/ci-base:2021).
        'legacy-glibc': container !== '' &&
            (containerSet === undefined ? (year?.value.legacyGlibc ?? false) : legacyImage(container) !== undefined),
        env
    };
    if (backendValue)
        cell.backend = backendValue.value;
    for (const [key, value] of c.set) {
        if (FIXED.has(key) || key === 'backend') {
            if (!OVERRIDE_KEYS.has(key))
                problems.push(problem(value.path, `'${key}' is derived by build-matrix and cannot be set (set the keys it comes from)`));
            continue;
        }
        cell[key] = value.value;
    }
    return cell;
}
/** Whether a backend can run in this cell: its OS and compiler; a problem at the backend value when not. */
function backendFits(backend, at, os, compiler, problems) {
    if (!backend.oses.includes(os)) {
        problems.push(problem(at.path, `backend ${at.value} runs on ${backend.oses.join(', ')}, not ${os} (exclude { os: ${os}, backend: ${at.value} })`));
        return false;
    }
    const family = compilerFamily(compiler.value.name);
    const known = parseCompiler(os, compiler.value.name) !== undefined;
    if (known && backend.compilers && !backend.compilers.includes(family)) {
        problems.push(problem(at.path, `backend ${at.value} cannot be built with ${compiler.value.name} (accepted: ${backend.compilers.join(', ')}; exclude the others)`));
        return false;
    }
    return true;
}
function cells_located(value, path) {
    return value === undefined ? undefined : { value, path };
}
function defaultCompiler(os, axes) {
    return axes.compilers[os]?.[0]?.value ?? DEFAULT_COMPILER[os];
}
/**
 * The spec's env, then each include's env in order (a null value removes the variable). MACOSX_DEPLOYMENT_TARGET
 * only when the spec asks for it: 'platform' is the year's minimum macOS, any other value is used as given.
 */
function cellEnv(c, spec, os, year, problems) {
    const env = {};
    const apply = (vars) => {
        for (const [key, value] of Object.entries(vars ?? {})) {
            if (value === null)
                delete env[key];
            else
                env[key] = String(value);
        }
    };
    const target = spec['macos-deployment-target'];
    if (os === 'macos' && target !== undefined) {
        if (String(target) !== 'platform')
            env.MACOSX_DEPLOYMENT_TARGET = String(target);
        else if (year?.macosDeploymentTarget)
            env.MACOSX_DEPLOYMENT_TARGET = year.macosDeploymentTarget;
        else if (!year)
            problems.push(problem(['macos-deployment-target'], `'platform' needs a platform year, and a macOS cell has none (accepted: a version such as '12.0')`));
    }
    apply(spec.env);
    for (const { value } of c.envs)
        apply(value);
    return env;
}
function runsOn(spec, os, gpu) {
    return (gpu ? spec.runners?.gpu : undefined) ?? spec.runners?.[os] ?? DEFAULT_RUNNER[os];
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/patterns.js
/**
 * Partial cells, as used by `exclude`, `gpu` and `profiles`: every key given must match, and a list matches any
 * of its values. Values are normalised the way cells are (CY2025 = 2025, clang-19 = clang19, debug = Debug), so
 * a pattern matches what a person meant.
 */


function compilePattern(pattern, path, problems, backends) {
    const matcher = {};
    for (const key of AXIS_KEYS) {
        if (pattern[key] === undefined)
            continue;
        const values = asList(pattern[key]).map((value, index) => {
            const at = Array.isArray(pattern[key]) ? [...path, key, index] : [...path, key];
            return canonicalAxisValue(key, value, at, problems, { backends });
        });
        matcher[key] = new Set(values.filter((v) => v !== undefined));
    }
    return matcher;
}
function matches(matcher, cell) {
    return AXIS_KEYS.every(key => matcher[key] === undefined || matcher[key].has(cell[key]));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/fuzz.js
/**
 * The `fuzz` spec key: for each seed, a copy of every Linux cell the `cells` pattern matches (all Linux cells by
 * default; legacy CentOS 7 cells cannot run the action), with `fuzz-seed` set, so vfx-build.yml plants decoys
 * with setup-vfx-platform before the build and audits the build after it (docs/adr/0060).
 */



/** The cell's own values of every axis, as patterns compare them (a cell without a year matches no year). */
function keyOf(cell) {
    return Object.fromEntries(AXIS_KEYS.map(key => [key, cell[key] === null || cell[key] === undefined ? '' : String(cell[key])]));
}
function fuzzCells(fuzz, cells, problems, backends) {
    if (!fuzz)
        return [];
    const matcher = compilePattern(fuzz.cells ?? {}, ['fuzz', 'cells'], problems, backends);
    const chosen = cells.filter(c => c.os === 'linux' && !c['legacy-glibc'] && c['vfx-platform'] !== null && matches(matcher, keyOf(c)));
    if (chosen.length === 0)
        problems.push(warningAt(['fuzz'], 'fuzz matches no Linux cell of CY2023 or later'));
    // The audit reads include folders from compile_commands.json: the fuzz cells export it.
    return [...new Set(fuzz.seeds)].flatMap(seed => chosen.map(cell => ({
        ...cell,
        id: `${cell.id}-fuzz${seed}`,
        name: `${cell.name} (fuzz ${seed})`,
        'cmake-args': [...cell['cmake-args'], '-DCMAKE_EXPORT_COMPILE_COMMANDS=ON'],
        'fuzz-seed': seed
    })));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/rewrites.js


/** Values that name a cell: part of its id. */
const NAMING = ['vfx-platform', 'compiler', 'build-type', 'cxx-standard', 'python-version', 'backend'];
/** Values build-matrix derives for a cell, which an include may replace. */
const DERIVED = ['container', 'runs-on', 'cc', 'cxx'];
/** Include keys that replace a derived value. */
const OVERRIDES = ['runs-on', 'cc', 'cxx', 'gpu'];
/** Cells listed in one notice before "and N more". */
const LISTED = 8;
function rewriteNotices(built, buildCell, markedGpu, 
/** Whether include[index] reads as a cell of its own or as a change of every cell (see above). */
broad) {
    const renamed = new Map();
    const changed = new Map();
    for (const { candidate, cell } of built) {
        const extendedBy = candidate.extendedBy ?? [];
        const origin = candidate.origin;
        if (!origin || extendedBy.length === 0)
            continue;
        // Only an axis value or a runner/compiler override can change what is compared: env, arguments and free keys
        // (the common include) cannot, and the cell is not built a second time for them.
        const touched = AXIS_KEYS.some(key => candidate.axis[key] !== origin[key]) || OVERRIDES.some(key => candidate.set.has(key));
        if (!touched)
            continue;
        const bare = {
            axis: { ...origin },
            origin: { ...origin },
            set: new Map(),
            envs: [],
            gpu: false
        };
        bare.gpu = markedGpu(bare);
        const before = buildCell(bare);
        if (!before)
            continue;
        const responsible = (path) => path?.[0] === 'include' && typeof path[1] === 'number' ? path[1] : extendedBy[extendedBy.length - 1];
        const naming = NAMING.filter(key => differ(before[key], cell[key]));
        const byInclude = new Map();
        for (const key of naming)
            append(byInclude, responsible(candidate.axis[key]?.path), key);
        for (const [index, keys] of byInclude)
            append(renamed, index, { before, after: cell, keys });
        for (const key of DERIVED) {
            if (!differ(before[key], cell[key]))
                continue;
            const index = responsible(key === 'container' ? candidate.axis.container?.path : candidate.set.get(key)?.path);
            if (byInclude.has(index))
                continue; // said with the renaming
            const keys = changed.get(index) ?? new Map();
            changed.set(index, keys);
            append(keys, key, cell.id);
        }
    }
    const notices = [];
    for (const [index, cells] of [...renamed].sort(([a], [b]) => a - b))
        notices.push(renameNotice(index, cells));
    for (const [index, keys] of [...changed].sort(([a], [b]) => a - b)) {
        const ids = [...new Set([...keys.values()].flat())];
        if (ids.length < 2 || !broad(index))
            continue;
        notices.push(notice(['include', index], `this include changes the ${[...keys.keys()].join(', ')} of ${ids.length} generated cells (${list(ids)}): ` +
            'an include extends every generated cell its axis values match; to add a cell of its own instead, give ' +
            'it an axis value no generated cell has'));
    }
    return notices;
}
function renameNotice(index, cells) {
    const keys = [...new Set(cells.flatMap(c => c.keys))];
    const what = keys
        .map(key => {
        const pairs = [...new Set(cells.map(c => `${rewrites_text(c.before[key])} → ${rewrites_text(c.after[key])}`))];
        return `${key} (${pairs.join(', ')})`;
    })
        .join(', ');
    const ids = cells.map(c => `${c.before.id} (now ${c.after.id})`);
    const hint = keys.map(key => `${key}: [${[...new Set(cells.map(c => rewrites_text(c.before[key])))].join(', ')}]`);
    const one = cells.length === 1;
    return notice(['include', index], `this include changes the ${what} of ${one ? 'the generated cell' : `${cells.length} generated cells`} ` +
        `${list(ids)}: ${keys.join(', ')} ${keys.length === 1 ? 'is not an axis' : 'are not axes'} of the spec, so ` +
        "the include adds its value to the cells its axis values match, as GitHub's include does. To add a cell of " +
        `its own instead, list the value the generated cells have at the top (${hint.join(', ')})`);
}
function append(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function differ(a, b) {
    return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}
function rewrites_text(value) {
    if (value === undefined || value === null)
        return 'none';
    if (value === '')
        return "''";
    return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}
function list(items) {
    const shown = items.slice(0, LISTED).join(', ');
    return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/expand.js
/**
 * expandMatrix: the spec → the cells of `strategy.matrix`, the way GitHub expands its own matrix. The cartesian
 * product of the axes the spec lists (os, vfx-platform, container, compiler, build-type, cxx-standard,
 * python-version, backend), minus `exclude`; then each `include` entry (one per value of a list it gives for an
 * axis) extends every generated cell whose axis values it matches, adding its other keys without overwriting an
 * axis value; an entry that matches no generated cell creates a cell of its own. Then GPU patterns, the profile
 * and duplicates. Every value is checked against the platform table and the ASWF images; all problems are
 * collected with their spec paths. An include that changes a value naming a generated cell, or the container,
 * runner or compiler commands of several, is a notice (rewrites.ts).
 */









/** Beyond this many product cells the spec is surely a mistake: stop before building them. */
const PRODUCT_CEILING = 100_000;
/** An include entry with lists for several axes multiplies; past this many entries it is a mistake. */
const INCLUDE_CEILING = 10_000;
function expandMatrix(spec, options = {}) {
    const problems = [];
    const axes = normaliseAxes(spec, problems);
    const axesText = describeAxes(axes);
    const empty = { cells: [], axes, axesText, excluded: 0, duplicates: 0 };
    const sizes = [axes.years, axes.buildTypes, axes.cxxStandards, axes.pythons, axes.backends].map(a => Math.max(1, a.length));
    const productSize = axes.oses.reduce((sum, os) => sum +
        sizes.reduce((p, n) => p * n, axes.compilers[os.value]?.length ?? 0) *
            (os.value === 'linux' ? Math.max(1, axes.containers.length) : 1), 0);
    if (productSize > PRODUCT_CEILING) {
        problems.push(problem([], `the axes give ${productSize} cells (${axesText}): far more than a CI matrix can run`));
        return { ...empty, problems };
    }
    const backends = Object.keys(axes.backendTable);
    const excludes = (spec.exclude ?? []).map((p, i) => compilePattern(p, ['exclude', i], problems, backends));
    const gpus = (spec.gpu ?? []).map((p, i) => compilePattern(p, ['gpu', i], problems, backends));
    const profile = options.profile === undefined ? undefined : compileProfile(spec, options.profile, problems, backends);
    // As in GitHub: a spec with no axis at all generates nothing, its includes are the cells.
    const all = axes.declared.size > 0 ? cartesian(axes) : [];
    const excludeUsed = excludes.map(() => false);
    const generated = all.filter(candidate => {
        const hit = excludes.findIndex(matcher => matches(matcher, cellKey(candidate)));
        if (hit >= 0)
            excludeUsed[hit] = true;
        return hit < 0;
    });
    excludeUsed.forEach((used, i) => {
        if (!used)
            problems.push(warningAt(['exclude', i], 'this exclude matches no cell'));
    });
    const created = [];
    for (const [index, entry] of (spec.include ?? []).entries()) {
        const expanded = expandEntry(entry, index, axes, problems);
        if (expanded.length > INCLUDE_CEILING) {
            problems.push(problem(['include', index], `this entry gives ${expanded.length} cells: far more than a CI matrix can run`));
            return { ...empty, problems };
        }
        for (const one of expanded)
            applyInclude(one, index, entry, generated, created, axes);
    }
    let candidates = [...generated, ...created];
    const gpuUsed = gpus.map(() => false);
    const markedGpu = (candidate) => gpus.reduce((marked, matcher, i) => {
        if (!matches(matcher, cellKey(candidate)))
            return marked;
        gpuUsed[i] = true;
        return true;
    }, false);
    for (const candidate of candidates)
        if (markedGpu(candidate) && !candidate.set.has('gpu'))
            candidate.gpu = true;
    gpuUsed.forEach((used, i) => {
        if (!used)
            problems.push(warningAt(['gpu', i], 'this gpu pattern matches no cell'));
    });
    if (profile)
        candidates = candidates.filter(c => (c.created ? profile.includes : true) && matches(profile.matcher, cellKey(c)));
    const images = new ImageResolver(spec.project, imagePins(spec, axes, problems), problems);
    const built = candidates.flatMap(candidate => {
        const cell = buildCell(candidate, spec, axes, images, problems);
        return cell ? [{ candidate, cell }] : [];
    });
    // Computed on the whole matrix only: a profile shows part of it, and the pipeline always expands the whole.
    if (options.profile === undefined)
        problems.push(...rewriteNotices(built, candidate => buildCell(candidate, spec, axes, images, []), markedGpu, index => {
            // A name reads as a cell of its own; no axis value, as a change of every cell.
            const entry = spec.include?.[index] ?? {};
            return entry.name !== undefined || !AXIS_KEYS.some(key => axes.declared.has(key) && entry[key] !== undefined);
        }));
    const { cells, duplicates } = uniqueCells(built, problems);
    const excluded = all.length - generated.length;
    cells.push(...fuzzCells(spec.fuzz, cells, problems, backends));
    return { cells, problems: dedupeProblems(problems), axes, axesText, excluded, duplicates };
}
function cartesian(axes) {
    const out = [];
    const each = (list) => (list.length ? list : [undefined]);
    for (const os of axes.oses) {
        for (const year of each(axes.years)) {
            // Containers are images of Linux cells: other OSes are not multiplied by them.
            for (const container of os.value === 'linux' ? each(axes.containers) : [undefined]) {
                for (const compiler of axes.compilers[os.value] ?? []) {
                    for (const buildType of each(axes.buildTypes)) {
                        for (const cxx of each(axes.cxxStandards)) {
                            for (const python of each(axes.pythons)) {
                                for (const backend of each(axes.backends)) {
                                    const axis = { os, compiler };
                                    if (year)
                                        axis['vfx-platform'] = year;
                                    if (container)
                                        axis.container = container;
                                    if (buildType)
                                        axis['build-type'] = buildType;
                                    if (cxx)
                                        axis['cxx-standard'] = cxx;
                                    if (python)
                                        axis['python-version'] = python;
                                    if (backend)
                                        axis.backend = backend;
                                    out.push({ axis, origin: { ...axis }, set: new Map(), envs: [], gpu: false });
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return out;
}
/** The axis values patterns look at ('' where a cell has none; defaults filled as the cell will have them). */
function cellKey(c) {
    return {
        os: c.axis.os?.value ?? 'linux',
        'vfx-platform': c.axis['vfx-platform']?.value ?? '',
        container: c.axis.container?.value ?? '',
        compiler: c.axis.compiler?.value ?? '',
        'build-type': c.axis['build-type']?.value ?? 'Release',
        'cxx-standard': c.axis['cxx-standard']?.value ?? '',
        'python-version': c.axis['python-version']?.value ?? '',
        backend: c.axis.backend?.value ?? ''
    };
}
/** One entry per combination of the lists the entry gives for axis keys (`vfx-platform: [2024, 2025]`). */
function expandEntry(entry, index, axes, problems) {
    let out = [{ axis: {} }];
    for (const key of AXIS_KEYS) {
        if (entry[key] === undefined)
            continue;
        const os = typeof entry.os === 'string' ? entry.os : undefined;
        const context = { os: key === 'compiler' ? os : undefined, backends: Object.keys(axes.backendTable) };
        const values = located(entry[key], ['include', index, key]).flatMap(v => {
            const text = canonicalAxisValue(key, v.value, v.path, problems, context);
            return text === undefined ? [] : [{ value: text, path: v.path }];
        });
        if (values.length === 0)
            return [];
        out = out.flatMap(e => values.map(v => ({ axis: { ...e.axis, [key]: v } })));
        if (out.length > INCLUDE_CEILING)
            return out;
    }
    return out;
}
/**
 * GitHub's rule: the entry's values for the spec's axes select the generated cells it extends (all of them when
 * it names no axis); it never overwrites an axis value of those cells; keys added by an earlier include can be
 * overwritten. An entry that extends no generated cell becomes a cell of its own.
 */
function applyInclude(one, index, entry, generated, created, axes) {
    const selecting = AXIS_KEYS.filter(key => axes.declared.has(key) && one.axis[key] !== undefined);
    const targets = generated.filter(c => selecting.every(key => (c.axis[key]?.value ?? '') === one.axis[key].value));
    const addTo = (c, overwriteAxes) => {
        for (const key of AXIS_KEYS) {
            const value = one.axis[key];
            if (!value || (!overwriteAxes && axes.declared.has(key)))
                continue;
            c.axis[key] = value;
        }
        for (const [key, value] of Object.entries(entry)) {
            if (AXIS_KEYS.includes(key) || value === undefined)
                continue;
            if (key === 'env')
                c.envs.push({ value: value, path: ['include', index, 'env'] });
            else
                c.set.set(key, { value, path: ['include', index, key] });
            if (key === 'gpu')
                c.gpu = value === true;
        }
    };
    if (targets.length > 0) {
        for (const c of targets) {
            addTo(c, false);
            c.extendedBy = [...(c.extendedBy ?? []), index];
        }
        return;
    }
    const cell = { axis: {}, set: new Map(), envs: [], gpu: false, created: { index, name: entry.name } };
    addTo(cell, true);
    created.push(cell);
}
/** A profile keeps, for each axis it names, only the values it lists. */
function compileProfile(spec, name, problems, backends) {
    const given = spec.profiles?.[name];
    if (!given)
        return undefined;
    const { include, ...pattern } = given;
    return { matcher: compilePattern(pattern, ['profiles', name], problems, backends), includes: include ?? true };
}
function imagePins(spec, axes, problems) {
    const pins = new Map();
    for (const [key, tag] of Object.entries(spec['image-tags'] ?? {})) {
        const path = ['image-tags', key];
        const year = yearAt(key, path, problems);
        if (!year)
            continue;
        if (axes.years.length && !axes.years.some(y => y.value === String(year.year)))
            problems.push(warningAt(path, `CY${year.year} is not in 'vfx-platform': this pin is unused`));
        pins.set(year.year, { tag: String(tag), path });
    }
    return pins;
}
/**
 * Identical cells collapse into one. Two different cells with one id would break cache keys and job names:
 * that is an error at the include that caused it.
 */
function uniqueCells(built, problems) {
    const byId = new Map();
    const cells = [];
    let duplicates = 0;
    for (const { candidate, cell } of built) {
        const seen = byId.get(cell.id);
        if (seen === undefined) {
            byId.set(cell.id, cell);
            cells.push(cell);
        }
        else if (JSON.stringify(seen) === JSON.stringify(cell)) {
            // Compared as text only when two cells share an id: rare, and the common path stays cheap.
            duplicates++;
        }
        else {
            const path = candidate.created ? ['include', candidate.created.index] : [];
            problems.push(problem(path, `this cell's id '${cell.id}' is already used by another cell: give it a distinct 'name'`));
        }
    }
    return { cells, duplicates };
}
function dedupeProblems(problems) {
    const seen = new Set();
    return problems.filter(p => {
        const key = `${p.severity}|${JSON.stringify(p.path)}|${p.message}`;
        return !seen.has(key) && seen.add(key);
    });
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/event.js
/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */


/** The events whose payload carries `pull_request` (the one list; eventTrust below says which are trusted). */
const PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
];
/** The parsed payload, `{}` when there is none; a payload that is not JSON is an error (a broken runner). */
function readEventPayload(path = process.env.GITHUB_EVENT_PATH) {
    if (!path || !existsSync(path))
        return {};
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        throw new UserError(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
    }
}
/** The pull request of a pull-request event, or undefined for any other event. */
function pullRequestOf(eventName, event, repository) {
    if (!PULL_REQUEST_EVENTS.includes(eventName) || typeof event !== 'object' || event === null)
        return undefined;
    const pr = event.pull_request;
    if (typeof pr !== 'object' || pr === null)
        return undefined;
    const payload = pr;
    const headRepository = payload.head?.repo?.full_name;
    const baseRepository = payload.base?.repo?.full_name ?? repository;
    return {
        number: payload.number,
        headRef: payload.head?.ref,
        headSha: payload.head?.sha,
        baseRef: payload.base?.ref,
        headRepository,
        baseRepository,
        fromFork: headRepository === undefined || headRepository.toLowerCase() !== baseRepository.toLowerCase()
    };
}
/** The associations GitHub gives people with write access (or ownership): the only ones trusted to act. */
const MEMBER_ASSOCIATIONS = (/* unused pure expression or super */ null && (['OWNER', 'MEMBER', 'COLLABORATOR']));
/**
 * Every workflow trigger GitHub documents ("Events that trigger workflows"), with the reason for its rule.
 * `workflow_call` never appears: a called workflow sees its caller's event.
 */
const EVENT_TRUST_RULES = {
    branch_protection_rule: { rule: { kind: 'trusted' }, why: 'changed by repository admins' },
    check_run: {
        rule: { kind: 'untrusted' },
        why: 'a check on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
    },
    check_suite: {
        rule: { kind: 'untrusted' },
        why: 'a check suite on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
    },
    create: { rule: { kind: 'trusted' }, why: 'a branch or tag pushed by someone with write access' },
    delete: { rule: { kind: 'trusted' }, why: 'a branch or tag deleted by someone with write access' },
    deployment: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
    deployment_status: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
    discussion: {
        rule: { kind: 'association', path: 'discussion' },
        why: 'anyone may open a discussion: trusted only when its author is a member'
    },
    discussion_comment: {
        rule: { kind: 'association', path: 'comment' },
        why: 'anyone may comment: trusted only when the commenter is a member'
    },
    fork: { rule: { kind: 'untrusted' }, why: 'anyone may fork a public repository' },
    gollum: { rule: { kind: 'untrusted' }, why: 'a public wiki may be edited by anyone' },
    issue_comment: {
        rule: { kind: 'association', path: 'comment' },
        why: 'anyone may comment (workflows on it often check out the pull request): trusted only for members'
    },
    issues: { rule: { kind: 'untrusted' }, why: 'anyone may open or edit an issue' },
    label: { rule: { kind: 'trusted' }, why: 'labels are managed by people with write access' },
    merge_group: { rule: { kind: 'trusted' }, why: 'the merge queue holds only changes a member queued for merging' },
    milestone: { rule: { kind: 'trusted' }, why: 'milestones are managed by people with write access' },
    page_build: { rule: { kind: 'trusted' }, why: 'a GitHub Pages build of a pushed branch' },
    public: { rule: { kind: 'trusted' }, why: 'only an admin can make a repository public' },
    pull_request: { rule: { kind: 'pull-request' }, why: "runs the pull request's code" },
    pull_request_review: {
        rule: { kind: 'pull-request', association: 'review' },
        why: "runs the pull request's code, started by the reviewer"
    },
    pull_request_review_comment: {
        rule: { kind: 'pull-request', association: 'comment' },
        why: "runs the pull request's code, started by the commenter"
    },
    pull_request_target: {
        rule: { kind: 'pull-request' },
        why: 'runs with secrets and is often made to check out the pull request head'
    },
    push: { rule: { kind: 'trusted' }, why: 'commits pushed by someone with write access' },
    registry_package: { rule: { kind: 'trusted' }, why: 'a package published with write access' },
    release: { rule: { kind: 'trusted' }, why: 'releases are made by people with write access' },
    repository_dispatch: { rule: { kind: 'trusted' }, why: 'needs a token with write access to the repository' },
    schedule: { rule: { kind: 'trusted' }, why: 'the default branch, on the repository’s own schedule' },
    status: { rule: { kind: 'trusted' }, why: 'commit statuses need write access' },
    watch: { rule: { kind: 'untrusted' }, why: 'anyone may star a repository' },
    workflow_dispatch: { rule: { kind: 'trusted' }, why: 'started by someone with write access' },
    workflow_run: {
        rule: { kind: 'workflow-run' },
        why: 'follows another run, which may have run a fork pull request (head_repository tells)'
    }
};
function isMember(association) {
    return association !== undefined && MEMBER_ASSOCIATIONS.includes(association.toUpperCase());
}
/** The trust of the event that started this run (see EVENT_TRUST_RULES). */
function eventTrust(eventName, event, repository) {
    const entry = Object.hasOwn(EVENT_TRUST_RULES, eventName) ? EVENT_TRUST_RULES[eventName] : undefined;
    if (!entry)
        return { trusted: false, reason: `${eventName || 'an unnamed event'} is not a known trusted event` };
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const { rule } = entry;
    switch (rule.kind) {
        case 'trusted':
            return { trusted: true, reason: `${eventName}: ${entry.why}` };
        case 'untrusted':
            return { trusted: false, reason: `${eventName}: ${entry.why}` };
        case 'association': {
            const association = payload[rule.path]?.author_association;
            return isMember(association)
                ? { trusted: true, reason: `${eventName} by a ${association?.toLowerCase()}` }
                : { trusted: false, reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})` };
        }
        case 'workflow-run': {
            const head = payload.workflow_run?.head_repository?.full_name;
            if (head !== undefined && head.toLowerCase() === repository.toLowerCase())
                return { trusted: true, reason: `workflow_run of this repository's own code` };
            return {
                trusted: false,
                reason: `workflow_run of code from ${head ?? 'an unknown or deleted repository'}`,
                headRepository: head
            };
        }
        case 'pull-request': {
            const pr = pullRequestOf(eventName, event, repository);
            if (!pr)
                return { trusted: false, reason: `${eventName} without a pull request in its payload` };
            if (pr.fromFork) {
                return {
                    trusted: false,
                    reason: `${eventName} from fork ${pr.headRepository ?? '(deleted repository)'}`,
                    headRepository: pr.headRepository
                };
            }
            if (rule.association) {
                const association = payload[rule.association]?.author_association;
                if (!isMember(association))
                    return {
                        trusted: false,
                        reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})`
                    };
            }
            return { trusted: true, reason: `${eventName} from this repository` };
        }
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/profile.js
/** Which part of the matrix to run: the `profile` input, the event and the profiles the spec defines. */


function chooseProfile(input, eventName, profiles) {
    const wanted = input.trim() || 'auto';
    if (wanted === 'auto') {
        if (PULL_REQUEST_EVENTS.includes(eventName) && profiles.includes('pr')) {
            return { name: 'pr', reason: `profile 'pr' for a ${eventName} event` };
        }
        return { name: undefined, reason: `the full matrix for a ${eventName || 'local'} event` };
    }
    if (wanted === 'full')
        return { name: undefined, reason: 'the full matrix (profile: full)' };
    if (profiles.includes(wanted))
        return { name: wanted, reason: `profile '${wanted}'` };
    const accepted = ['auto', 'full', ...profiles].map(p => `'${p}'`).join(', ');
    throw new errors/* InputError */.dz('profile', wanted, `${accepted} (the profiles of the spec)`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-document.js
/**
 * Parses the YAML spec with the `yaml` package (all of YAML 1.2: anchors, aliases, merge keys, block scalars),
 * keeping positions (its LineCounter), so a problem found later (by the schema or against the platform table) can
 * be reported at its line and column. Bounded: text size, nesting depth and alias expansion each end in one clear
 * problem at the place that exceeds them, never a crash.
 */

/** A matrix spec is a few kilobytes; a megabyte is no spec. */
const spec_document_MAX_SPEC_BYTES = 1024 * 1024;
/** Deeper than any spec needs (a spec is 4 levels deep), far below what could exhaust the stack. */
const MAX_DEPTH = 32;
/** Aliases resolved while converting: enough for any spec, far too few for a billion-laughs expansion. */
const MAX_ALIASES = 200;
/** Values in the converted spec: an alias of an alias … can multiply a small text; this bounds what it becomes. */
const MAX_VALUES = 100_000;
function parseSpecDocument(text) {
    const start = { line: 1, column: 1 };
    const fail = (message, position = start) => ({
        value: undefined,
        syntaxProblems: [{ message, position }],
        locate: () => position
    });
    if (Buffer.byteLength(text, 'utf8') > spec_document_MAX_SPEC_BYTES)
        return fail(`the spec is larger than ${spec_document_MAX_SPEC_BYTES} bytes (accepted: a YAML spec of at most 1 MiB)`);
    const flowDepth = deepestFlow(text);
    if (flowDepth.depth > MAX_DEPTH)
        return fail(`the spec nests deeper than ${MAX_DEPTH} levels (accepted: at most ${MAX_DEPTH})`, flowDepth.at);
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        return fail(`the spec nests too deeply to read (accepted: at most ${MAX_DEPTH} levels)`);
    }
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    // The yaml package turns a stack overflow of its composer into a document error: say what the limit is.
    const overflow = doc.errors.find(error => /call stack/i.test(error.message));
    if (overflow)
        return fail(`the spec nests too deeply to read (accepted: at most ${MAX_DEPTH} levels)`, at(overflow.pos[0]));
    const syntaxProblems = doc.errors.map(error => ({
        message: error.message.split('\n')[0],
        position: at(error.pos[0])
    }));
    const locate = (path) => at(offsetOf(doc.contents, path));
    if (syntaxProblems.length > 0)
        return { value: undefined, syntaxProblems, locate };
    const deep = deepestNode(doc.contents);
    if (deep)
        return fail(`the spec nests deeper than ${MAX_DEPTH} levels (accepted: at most ${MAX_DEPTH})`, at(deep));
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        // The yaml package refuses an alias expanding to too many nodes (a "billion laughs") with a ReferenceError.
        return fail(`${error.message.split('\n')[0]} (accepted: anchors and aliases that expand to a spec-sized document)`);
    }
    if (countValues(value) > MAX_VALUES)
        return fail(`the spec expands to more than ${MAX_VALUES} values through its aliases (accepted: a spec-sized document)`);
    return { value, syntaxProblems: [], locate };
}
/** The deepest nesting of flow collections ([ and {), outside quotes and comments: checked before parsing. */
function deepestFlow(text) {
    let depth = 0;
    let line = 1;
    let column = 0;
    let quote = '';
    let comment = false;
    let previous = '\n';
    for (const char of text) {
        column++;
        if (char === '\n') {
            line++;
            column = 0;
            comment = false;
        }
        else if (comment) {
            // skip
        }
        else if (quote) {
            if (char === quote)
                quote = '';
        }
        else if (char === '#' && /\s/.test(previous)) {
            comment = true;
        }
        else if ((char === '"' || char === "'") && /[\s[{,:]/.test(previous)) {
            quote = char;
        }
        else if (char === '[' || char === '{') {
            if (++depth > MAX_DEPTH)
                return { depth, at: { line, column } };
        }
        else if (char === ']' || char === '}') {
            depth = Math.max(0, depth - 1);
        }
        previous = char;
    }
    return { depth, at: { line, column } };
}
/** The offset of the first node deeper than MAX_DEPTH (block indentation included), walked without recursion. */
function deepestNode(root) {
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (depth > MAX_DEPTH)
            return node.range?.[0] ?? 0;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item))
                stack.push([item.value, depth + 1], [item.key, depth + 1]);
            else
                stack.push([item, depth + 1]);
        }
    }
    return undefined;
}
function countValues(root) {
    let count = 0;
    const stack = [root];
    while (stack.length > 0 && count <= MAX_VALUES) {
        const value = stack.pop();
        count++;
        if (value && typeof value === 'object')
            stack.push(...Object.values(value));
    }
    return count;
}
/** Walks the node tree by keys (compared as text, so `2023:` matches '2023') and indexes. */
function offsetOf(root, path) {
    let node = root;
    let offset = root?.range?.[0] ?? 0;
    for (const part of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            break;
        let next;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => (0,dist/* isPair */.tO)(item) && keyText(item.key) === String(part));
            if (!pair)
                break;
            next = pair.value ?? pair.key;
            // A problem about a key (e.g. an unknown one) is best shown at the key itself.
            const keyRange = pair.key?.range;
            if (keyRange)
                offset = keyRange[0];
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof part === 'number') {
            next = node.items[part];
        }
        const range = next?.range;
        if (!next || !range)
            break;
        if (!(0,dist/* isMap */.jh)(node))
            offset = range[0];
        node = next;
    }
    return offset;
}
function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-validator.generated.js
// GENERATED by actions/build-matrix/generate-validator.mjs from build-matrix/spec.schema.json: do not edit.
/* eslint-disable */
// @ts-nocheck
const validate = validate10;
/* harmony default export */ const spec_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/aswf/ci-actions/build-matrix/spec.schema.json',
    title: 'build-matrix spec',
    description: "The CI matrix of a VFX project: axes (a list of values at the top level makes a key an axis), exclusions, include entries (GitHub's rules: extend the cells they match, or add a cell), GPU cells and named profiles. Values are checked against the VFX Reference Platform and the ASWF image facts by the action itself.",
    type: 'object',
    additionalProperties: false,
    properties: {
        project: {
            description: 'ASWF image family: Linux cells run in aswf/ci-<project>:<year> (e.g. openexr, ocio, oiio, osl, openvdb, vfxall). Leave it out to run Linux cells on the runner itself.',
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]*$'
        },
        'vfx-platform': {
            description: "VFX Reference Platform years: 2025, CY2025, 'latest' or 'draft', or a list of them. Leave it out (or null) for cells without a platform year (host runners following a Python or toolchain axis).",
            anyOf: [
                { $ref: '#/definitions/year' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/year' } },
                { type: 'null' }
            ]
        },
        container: {
            description: "Containers (distributions) as an axis: Linux cells run in each image given (any image reference, or '' for the runner itself), instead of the ASWF image of the project and year. Part of the id (the image's last name and tag, e.g. fedora-latest).",
            anyOf: [
                { $ref: '#/definitions/container' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/container' } }
            ]
        },
        os: {
            description: 'Operating systems: linux, macos, windows (one or a list). Default: linux.',
            anyOf: [{ $ref: '#/definitions/os' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/os' } }]
        },
        compiler: {
            description: 'Compiler families: a list used on every OS that knows them, or a map from OS to a list (linux: gcc, clang, clang<N>; macos: apple-clang; windows: msvc, clang-cl).',
            anyOf: [
                { $ref: '#/definitions/names' },
                {
                    type: 'object',
                    minProperties: 1,
                    additionalProperties: false,
                    properties: {
                        linux: { $ref: '#/definitions/names' },
                        macos: { $ref: '#/definitions/names' },
                        windows: { $ref: '#/definitions/names' }
                    },
                    description: 'A map from OS (linux, macos, windows) to compiler names.'
                }
            ]
        },
        'build-type': {
            description: 'CMake build types (one or a list). Default: Release.',
            anyOf: [
                { $ref: '#/definitions/buildType' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/buildType' } }
            ]
        },
        'cxx-standard': {
            description: 'C++ standards to build with (one or a list). Default: the standard of each platform year.',
            anyOf: [
                { $ref: '#/definitions/cxxStandard' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/cxxStandard' } }
            ]
        },
        'cmake-generator': {
            description: 'CMake generator: one for all, or a map from OS. Default: Ninja on linux, Unix Makefiles on macos, Visual Studio 17 2022 on windows.',
            anyOf: [{ $ref: '#/definitions/text' }, { $ref: '#/definitions/perOsText' }]
        },
        runners: {
            description: "runs-on labels per OS (a label or a list of labels); 'gpu' is used for cells that need a GPU, 'cuda' and 'hip' for the cells of those backends (cuda falls back to 'gpu').",
            type: 'object',
            additionalProperties: false,
            properties: {
                linux: { $ref: '#/definitions/labels' },
                macos: { $ref: '#/definitions/labels' },
                windows: { $ref: '#/definitions/labels' },
                gpu: { $ref: '#/definitions/labels' },
                cuda: { $ref: '#/definitions/labels' },
                hip: { $ref: '#/definitions/labels' },
                gitlab: { $ref: '#/definitions/gitlabRunners' }
            }
        },
        'image-tags': {
            description: 'Per-year pins of the image tag, e.g. { 2023: "2023.2" } (quote the tag: 2023.10 unquoted is the number 2023.1).',
            type: 'object',
            propertyNames: { pattern: '^(CY)?[0-9]{4}$' },
            additionalProperties: { $ref: '#/definitions/text' }
        },
        env: {
            description: 'Environment variables for every cell.',
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            additionalProperties: { type: ['string', 'number', 'boolean'] }
        },
        exclude: {
            description: 'Cells to leave out, each matched as a partial cell.',
            type: 'array',
            items: { $ref: '#/definitions/pattern' }
        },
        include: {
            description: "GitHub's include: an entry whose values for the spec's axes match generated cells adds its other keys to them (never overwriting an axis value; a list for an axis is one entry per value); an entry that matches no cell creates one. Overrides: container, cc, cxx, runs-on, cmake-generator, cmake-args, ctest-args, gpu, env (null removes a variable); any other key is passed through. An include that changes a value naming a generated cell, or the container, runner or compiler commands of several, says so in a notice.",
            type: 'array',
            items: { $ref: '#/definitions/include' }
        },
        gpu: {
            description: 'Cells that need a GPU, each matched as a partial cell.',
            type: 'array',
            items: { $ref: '#/definitions/pattern' }
        },
        fuzz: {
            description: "Build-environment fuzzing (setup-vfx-platform fuzz + audit): one extra cell per seed for each Linux cell matching 'cells' (default: every Linux cell), with a fuzz-seed key (seeds from 1: vfx-build.yml treats 0 as no seed).",
            type: 'object',
            required: ['seeds'],
            additionalProperties: false,
            properties: {
                seeds: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1, maximum: 4294967295 } },
                cells: { $ref: '#/definitions/pattern' }
            }
        },
        profiles: {
            description: "Named subsets of the matrix; 'pr' is used for pull_request events when present.",
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$', not: { enum: ['auto', 'full'] } },
            additionalProperties: { $ref: '#/definitions/profile' }
        },
        'python-version': {
            anyOf: [
                { $ref: '#/definitions/pythonVersion' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/pythonVersion' } }
            ],
            description: "Python versions, an axis (one or a list of quoted versions, e.g. ['3.10', '3.11']). Default: the Python of each platform year, none without a year."
        },
        backend: {
            description: "HPC backends, an axis: serial, openmp, cuda (a GPU runner: runners.cuda or runners.gpu), hip (runners.hip), sycl (compiler icx), or a backend of the project's own declared under 'backends'. Each sets BACKEND and its variables; cuda and hip cells are GPU cells.",
            anyOf: [
                { $ref: '#/definitions/backend' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/backend' } }
            ]
        },
        backends: {
            description: "The project's own backends (e.g. Kokkos' threads and hpx), or settings added to a built-in one: each name maps to the CMake arguments its cells get (after the cell's own), its variables (after BACKEND=<name>), whether its cells need a GPU, their runs-on, and the OSes and compilers it builds on.",
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
            additionalProperties: { $ref: '#/definitions/backendSettings' }
        },
        'macos-deployment-target': {
            description: "MACOSX_DEPLOYMENT_TARGET of macOS cells: 'platform' (the minimum macOS of the cell's platform year) or a version such as '12.0'. Default: not set.",
            type: 'string',
            pattern: '^(platform|[0-9]+(\\.[0-9]+)*)$'
        },
        'cmake-args': {
            description: 'CMake arguments of every cell: a list (one argument per item) or one text (split at white space).',
            $ref: '#/definitions/arguments'
        },
        'ctest-args': {
            description: 'CTest arguments of every cell: a list (one argument per item) or one text (split at white space).',
            $ref: '#/definitions/arguments'
        }
    },
    definitions: {
        year: {
            description: 'A platform year: 2025, CY2025, latest or draft.',
            anyOf: [
                { type: 'integer', minimum: 2000, maximum: 2999 },
                { type: 'string', pattern: '^((CY)?[0-9]{4}|latest|draft)$' }
            ]
        },
        os: { enum: ['linux', 'macos', 'windows'] },
        buildType: { enum: ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel'] },
        cxxStandard: { enum: [11, 14, 17, 20, 23, 26] },
        text: { type: 'string', pattern: '\\S', description: 'A non-empty text.' },
        name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
        names: {
            anyOf: [{ $ref: '#/definitions/name' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/name' } }],
            description: 'A name or a list of names.'
        },
        gitlabRunners: {
            description: "GitLab CI node types (`ci-actions matrix --format gitlab`): the runner tags of each node type, which tags fork merge requests never get, and the jobs' defaults.",
            type: 'object',
            additionalProperties: false,
            properties: {
                cpu: {
                    $ref: '#/definitions/gitlabTags',
                    description: "Tags of CPU nodes: serial and openmp cells, cells without a backend, and fork merge requests' GPU cells."
                },
                nvidia: {
                    $ref: '#/definitions/gitlabTags',
                    description: 'Tags of NVIDIA GPU nodes: cuda cells and GPU cells without a backend.'
                },
                amd: { $ref: '#/definitions/gitlabTags', description: 'Tags of AMD GPU nodes: hip cells.' },
                intel: {
                    $ref: '#/definitions/gitlabTags',
                    description: 'Tags of Intel nodes: sycl cells (default: the cpu tags).'
                },
                protected: {
                    $ref: '#/definitions/gitlabTags',
                    description: 'Tags a merge request from a fork never gets (self-hosted GPU node types), unless allow-forks is true.'
                },
                'allow-forks': {
                    type: 'boolean',
                    description: 'Let merge requests from forks use protected tags (default false).'
                },
                image: {
                    $ref: '#/definitions/text',
                    description: "The image of cells without a container of their own (default: none, the runner's)."
                },
                timeout: {
                    type: 'string',
                    pattern: '^[0-9][0-9a-z ]*$',
                    description: "The jobs' timeout, e.g. '1h 30m' (default 1h)."
                },
                script: {
                    type: 'array',
                    minItems: 1,
                    items: { $ref: '#/definitions/text' },
                    description: "The jobs' script lines (default: CMake configure, build and ctest from the cell's variables)."
                }
            }
        },
        gitlabTags: {
            description: 'A GitLab runner tag or a list of tags (no white space or commas).',
            anyOf: [
                { $ref: '#/definitions/gitlabTag' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/gitlabTag' } }
            ]
        },
        gitlabTag: { type: 'string', pattern: '^[^\\s,]{1,255}$', description: 'A GitLab runner tag.' },
        labels: {
            anyOf: [{ $ref: '#/definitions/text' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/text' } }],
            description: 'A runner label or a list of labels.'
        },
        perOsText: {
            type: 'object',
            additionalProperties: false,
            properties: {
                linux: { $ref: '#/definitions/text' },
                macos: { $ref: '#/definitions/text' },
                windows: { $ref: '#/definitions/text' }
            },
            description: 'A map from OS (linux, macos, windows) to a value.'
        },
        env: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            additionalProperties: { type: ['string', 'number', 'boolean', 'null'] }
        },
        oneOrMany: {
            anyOf: [{ type: ['string', 'number'] }, { type: 'array', minItems: 1, items: { type: ['string', 'number'] } }],
            description: 'A value or a list of values.'
        },
        pattern: {
            description: 'A partial cell: every key given must match (a list matches any of its values).',
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: {
                'vfx-platform': { $ref: '#/definitions/oneOrMany' },
                os: { $ref: '#/definitions/oneOrMany' },
                compiler: { $ref: '#/definitions/oneOrMany' },
                'build-type': { $ref: '#/definitions/oneOrMany' },
                'cxx-standard': { $ref: '#/definitions/oneOrMany' },
                'python-version': { $ref: '#/definitions/oneOrMany' },
                backend: { $ref: '#/definitions/oneOrMany' },
                container: { $ref: '#/definitions/oneOrMany' }
            }
        },
        include: {
            type: 'object',
            properties: {
                name: { $ref: '#/definitions/name' },
                'vfx-platform': {
                    anyOf: [
                        { $ref: '#/definitions/year' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/year' } },
                        { type: 'null' }
                    ],
                    description: 'A platform year or a list of them (one entry per year); null for a cell without a platform year.'
                },
                os: {
                    anyOf: [{ $ref: '#/definitions/os' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/os' } }],
                    description: 'An OS or a list of them.'
                },
                compiler: {
                    anyOf: [
                        { $ref: '#/definitions/name' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/name' } }
                    ],
                    description: 'A compiler or a list of them; one the OS does not know needs cc and cxx.'
                },
                'build-type': {
                    anyOf: [
                        { $ref: '#/definitions/buildType' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/buildType' } }
                    ],
                    description: 'A build type or a list of them.'
                },
                'cxx-standard': {
                    anyOf: [
                        { $ref: '#/definitions/cxxStandard' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/cxxStandard' } }
                    ],
                    description: 'A C++ standard or a list of them.'
                },
                'cmake-generator': { $ref: '#/definitions/text' },
                'runs-on': { $ref: '#/definitions/labels' },
                gpu: { type: 'boolean' },
                env: { $ref: '#/definitions/env' },
                container: {
                    anyOf: [
                        { $ref: '#/definitions/container' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/container' } }
                    ],
                    description: "An image reference (any image, e.g. aswf/ci-osl:2023-clang15.2), or '' to run on the runner itself; a list is one entry per image."
                },
                cc: { $ref: '#/definitions/text', description: 'The C compiler command, e.g. icx or gcc-13.' },
                cxx: { $ref: '#/definitions/text', description: 'The C++ compiler command, e.g. icpx or g++-13.' },
                'python-version': {
                    anyOf: [
                        { $ref: '#/definitions/pythonVersion' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/pythonVersion' } }
                    ],
                    description: 'A quoted Python version or a list of them.'
                },
                backend: {
                    description: 'A backend or a list of them.',
                    anyOf: [
                        { $ref: '#/definitions/backend' },
                        { type: 'array', minItems: 1, items: { $ref: '#/definitions/backend' } }
                    ]
                },
                'cmake-args': { $ref: '#/definitions/arguments' },
                'ctest-args': { $ref: '#/definitions/arguments' },
                id: { not: {}, description: 'ids are derived; give a name instead' },
                'legacy-glibc': { not: {}, description: 'legacy-glibc comes from the platform year and the image' }
            },
            propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }
        },
        profile: {
            description: 'A named subset: for each axis given, only these values are kept.',
            type: 'object',
            additionalProperties: false,
            properties: {
                'vfx-platform': { $ref: '#/definitions/oneOrMany' },
                os: { $ref: '#/definitions/oneOrMany' },
                compiler: { $ref: '#/definitions/oneOrMany' },
                'build-type': { $ref: '#/definitions/oneOrMany' },
                'cxx-standard': { $ref: '#/definitions/oneOrMany' },
                include: { type: 'boolean', description: 'Keep the include cells that fall inside the subset (default true).' },
                'python-version': { $ref: '#/definitions/oneOrMany' },
                backend: { $ref: '#/definitions/oneOrMany' },
                container: { $ref: '#/definitions/oneOrMany' }
            }
        },
        pythonVersion: {
            description: "A Python version as text, e.g. '3.12' (quote it: 3.10 unquoted is the number 3.1).",
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$'
        },
        arguments: {
            anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
            description: 'A list of arguments (one per item) or one text split at white space.'
        },
        backend: {
            type: 'string',
            pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
            description: "An HPC backend: serial, openmp, cuda, hip, sycl, or one declared under 'backends'."
        },
        container: {
            type: 'string',
            description: "An image reference (any image, e.g. ghcr.io/kokkos/ci-containers/fedora:latest), or '' to run on the runner itself."
        },
        backendSettings: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'cmake-args': {
                    $ref: '#/definitions/arguments',
                    description: "CMake arguments of the backend's cells, e.g. -DKokkos_ENABLE_THREADS=ON."
                },
                env: {
                    $ref: '#/definitions/env',
                    description: "Variables of the backend's cells (null removes one a built-in backend sets)."
                },
                gpu: { type: 'boolean', description: 'Its cells need a GPU (runners.gpu unless runs-on is given).' },
                'runs-on': { $ref: '#/definitions/labels', description: 'The runner of its cells.' },
                os: {
                    anyOf: [{ $ref: '#/definitions/os' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/os' } }],
                    description: "The OSes it builds on (default: every OS, or the built-in backend's)."
                },
                compilers: {
                    $ref: '#/definitions/names',
                    description: "The compilers it builds with (gcc also covers gcc-<N>, clang covers clang<N>; default: any, or the built-in backend's)."
                }
            },
            description: "A backend's settings."
        }
    }
};
const schema12 = {
    description: 'A platform year: 2025, CY2025, latest or draft.',
    anyOf: [
        { type: 'integer', minimum: 2000, maximum: 2999 },
        { type: 'string', pattern: '^((CY)?[0-9]{4}|latest|draft)$' }
    ]
};
const schema14 = {
    type: 'string',
    description: "An image reference (any image, e.g. ghcr.io/kokkos/ci-containers/fedora:latest), or '' to run on the runner itself."
};
const schema16 = { enum: ['linux', 'macos', 'windows'] };
const schema21 = { enum: ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel'] };
const schema23 = { enum: [11, 14, 17, 20, 23, 26] };
const schema25 = { type: 'string', pattern: '\\S', description: 'A non-empty text.' };
const schema67 = {
    description: "A Python version as text, e.g. '3.12' (quote it: 3.10 unquoted is the number 3.1).",
    type: 'string',
    pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$'
};
const schema69 = {
    type: 'string',
    pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
    description: "An HPC backend: serial, openmp, cuda, hip, sycl, or one declared under 'backends'."
};
const schema71 = {
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'A list of arguments (one per item) or one text split at white space.'
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^[a-z0-9][a-z0-9-]*$', 'u');
const pattern1 = new RegExp('^((CY)?[0-9]{4}|latest|draft)$', 'u');
const pattern5 = new RegExp('\\S', 'u');
const pattern16 = new RegExp('^(CY)?[0-9]{4}$', 'u');
const pattern18 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
const pattern33 = new RegExp('^[A-Za-z0-9][A-Za-z0-9_-]*$', 'u');
const pattern3 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._+-]*$', 'u');
const pattern31 = new RegExp('^[A-Za-z][A-Za-z0-9_-]*$', 'u');
const pattern40 = new RegExp('^(platform|[0-9]+(\\.[0-9]+)*)$', 'u');
const schema18 = {
    anyOf: [{ $ref: '#/definitions/name' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/name' } }],
    description: 'A name or a list of names.'
};
const schema19 = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' };
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data === 'string') {
        if (!pattern3.test(data)) {
            const err0 = {
                instancePath,
                schemaPath: '#/definitions/name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                parentSchema: schema19,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = {
            instancePath,
            schemaPath: '#/definitions/name/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema19.type,
            parentSchema: schema19,
            data
        };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err2 = {
                    instancePath,
                    schemaPath: '#/anyOf/1/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema18.anyOf[1],
                    data
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 === 'string') {
                    if (!pattern3.test(data0)) {
                        const err3 = {
                            instancePath: instancePath + '/' + i0,
                            schemaPath: '#/definitions/name/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                            schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                            parentSchema: schema19,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                else {
                    const err4 = {
                        instancePath: instancePath + '/' + i0,
                        schemaPath: '#/definitions/name/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema19.type,
                        parentSchema: schema19,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = {
                instancePath,
                schemaPath: '#/anyOf/1/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema18.anyOf[1].type,
                parentSchema: schema18.anyOf[1],
                data
            };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err6 = {
            instancePath,
            schemaPath: '#/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
            schema: schema18.anyOf,
            parentSchema: schema18,
            data
        };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema26 = {
    type: 'object',
    additionalProperties: false,
    properties: {
        linux: { $ref: '#/definitions/text' },
        macos: { $ref: '#/definitions/text' },
        windows: { $ref: '#/definitions/text' }
    },
    description: 'A map from OS (linux, macos, windows) to a value.'
};
function validate16(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === 'linux' || key0 === 'macos' || key0 === 'windows')) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema26,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.linux !== undefined) {
            let data0 = data.linux;
            if (typeof data0 === 'string') {
                if (!pattern5.test(data0)) {
                    const err1 = {
                        instancePath: instancePath + '/linux',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            else {
                const err2 = {
                    instancePath: instancePath + '/linux',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.macos !== undefined) {
            let data1 = data.macos;
            if (typeof data1 === 'string') {
                if (!pattern5.test(data1)) {
                    const err3 = {
                        instancePath: instancePath + '/macos',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = {
                    instancePath: instancePath + '/macos',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.windows !== undefined) {
            let data2 = data.windows;
            if (typeof data2 === 'string') {
                if (!pattern5.test(data2)) {
                    const err5 = {
                        instancePath: instancePath + '/windows',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = {
                    instancePath: instancePath + '/windows',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    else {
        const err7 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema26.type,
            parentSchema: schema26,
            data
        };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
}
const schema30 = {
    anyOf: [{ $ref: '#/definitions/text' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/text' } }],
    description: 'A runner label or a list of labels.'
};
function validate18(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data === 'string') {
        if (!pattern5.test(data)) {
            const err0 = {
                instancePath,
                schemaPath: '#/definitions/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema25,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = {
            instancePath,
            schemaPath: '#/definitions/text/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema25.type,
            parentSchema: schema25,
            data
        };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err2 = {
                    instancePath,
                    schemaPath: '#/anyOf/1/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema30.anyOf[1],
                    data
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 === 'string') {
                    if (!pattern5.test(data0)) {
                        const err3 = {
                            instancePath: instancePath + '/' + i0,
                            schemaPath: '#/definitions/text/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema: schema25,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                else {
                    const err4 = {
                        instancePath: instancePath + '/' + i0,
                        schemaPath: '#/definitions/text/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema25.type,
                        parentSchema: schema25,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = {
                instancePath,
                schemaPath: '#/anyOf/1/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema30.anyOf[1].type,
                parentSchema: schema30.anyOf[1],
                data
            };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err6 = {
            instancePath,
            schemaPath: '#/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
            schema: schema30.anyOf,
            parentSchema: schema30,
            data
        };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate18.errors = vErrors;
    return errors === 0;
}
const schema33 = {
    description: "GitLab CI node types (`ci-actions matrix --format gitlab`): the runner tags of each node type, which tags fork merge requests never get, and the jobs' defaults.",
    type: 'object',
    additionalProperties: false,
    properties: {
        cpu: {
            $ref: '#/definitions/gitlabTags',
            description: "Tags of CPU nodes: serial and openmp cells, cells without a backend, and fork merge requests' GPU cells."
        },
        nvidia: {
            $ref: '#/definitions/gitlabTags',
            description: 'Tags of NVIDIA GPU nodes: cuda cells and GPU cells without a backend.'
        },
        amd: { $ref: '#/definitions/gitlabTags', description: 'Tags of AMD GPU nodes: hip cells.' },
        intel: {
            $ref: '#/definitions/gitlabTags',
            description: 'Tags of Intel nodes: sycl cells (default: the cpu tags).'
        },
        protected: {
            $ref: '#/definitions/gitlabTags',
            description: 'Tags a merge request from a fork never gets (self-hosted GPU node types), unless allow-forks is true.'
        },
        'allow-forks': {
            type: 'boolean',
            description: 'Let merge requests from forks use protected tags (default false).'
        },
        image: {
            $ref: '#/definitions/text',
            description: "The image of cells without a container of their own (default: none, the runner's)."
        },
        timeout: {
            type: 'string',
            pattern: '^[0-9][0-9a-z ]*$',
            description: "The jobs' timeout, e.g. '1h 30m' (default 1h)."
        },
        script: {
            type: 'array',
            minItems: 1,
            items: { $ref: '#/definitions/text' },
            description: "The jobs' script lines (default: CMake configure, build and ctest from the cell's variables)."
        }
    }
};
const schema34 = {
    description: 'A GitLab runner tag or a list of tags (no white space or commas).',
    anyOf: [
        { $ref: '#/definitions/gitlabTag' },
        { type: 'array', minItems: 1, items: { $ref: '#/definitions/gitlabTag' } }
    ]
};
const schema35 = { type: 'string', pattern: '^[^\\s,]{1,255}$', description: 'A GitLab runner tag.' };
const pattern11 = new RegExp('^[^\\s,]{1,255}$', 'u');
function validate26(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data === 'string') {
        if (!pattern11.test(data)) {
            const err0 = {
                instancePath,
                schemaPath: '#/definitions/gitlabTag/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s,]{1,255}$' },
                message: 'must match pattern "' + '^[^\\s,]{1,255}$' + '"',
                schema: '^[^\\s,]{1,255}$',
                parentSchema: schema35,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = {
            instancePath,
            schemaPath: '#/definitions/gitlabTag/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema35.type,
            parentSchema: schema35,
            data
        };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err2 = {
                    instancePath,
                    schemaPath: '#/anyOf/1/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema34.anyOf[1],
                    data
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 === 'string') {
                    if (!pattern11.test(data0)) {
                        const err3 = {
                            instancePath: instancePath + '/' + i0,
                            schemaPath: '#/definitions/gitlabTag/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[^\\s,]{1,255}$' },
                            message: 'must match pattern "' + '^[^\\s,]{1,255}$' + '"',
                            schema: '^[^\\s,]{1,255}$',
                            parentSchema: schema35,
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                else {
                    const err4 = {
                        instancePath: instancePath + '/' + i0,
                        schemaPath: '#/definitions/gitlabTag/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema35.type,
                        parentSchema: schema35,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = {
                instancePath,
                schemaPath: '#/anyOf/1/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema34.anyOf[1].type,
                parentSchema: schema34.anyOf[1],
                data
            };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err6 = {
            instancePath,
            schemaPath: '#/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
            schema: schema34.anyOf,
            parentSchema: schema34,
            data
        };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate26.errors = vErrors;
    return errors === 0;
}
const pattern14 = new RegExp('^[0-9][0-9a-z ]*$', 'u');
function validate25(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!func2.call(schema33.properties, key0)) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema33,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.cpu !== undefined) {
            if (!validate26(data.cpu, {
                instancePath: instancePath + '/cpu',
                parentData: data,
                parentDataProperty: 'cpu',
                rootData
            })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.nvidia !== undefined) {
            if (!validate26(data.nvidia, {
                instancePath: instancePath + '/nvidia',
                parentData: data,
                parentDataProperty: 'nvidia',
                rootData
            })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.amd !== undefined) {
            if (!validate26(data.amd, {
                instancePath: instancePath + '/amd',
                parentData: data,
                parentDataProperty: 'amd',
                rootData
            })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.intel !== undefined) {
            if (!validate26(data.intel, {
                instancePath: instancePath + '/intel',
                parentData: data,
                parentDataProperty: 'intel',
                rootData
            })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.protected !== undefined) {
            if (!validate26(data.protected, {
                instancePath: instancePath + '/protected',
                parentData: data,
                parentDataProperty: 'protected',
                rootData
            })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data['allow-forks'] !== undefined) {
            let data5 = data['allow-forks'];
            if (typeof data5 !== 'boolean') {
                const err1 = {
                    instancePath: instancePath + '/allow-forks',
                    schemaPath: '#/properties/allow-forks/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema33.properties['allow-forks'].type,
                    parentSchema: schema33.properties['allow-forks'],
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.image !== undefined) {
            let data6 = data.image;
            if (typeof data6 === 'string') {
                if (!pattern5.test(data6)) {
                    const err2 = {
                        instancePath: instancePath + '/image',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data6
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = {
                    instancePath: instancePath + '/image',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.timeout !== undefined) {
            let data7 = data.timeout;
            if (typeof data7 === 'string') {
                if (!pattern14.test(data7)) {
                    const err4 = {
                        instancePath: instancePath + '/timeout',
                        schemaPath: '#/properties/timeout/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9][0-9a-z ]*$' },
                        message: 'must match pattern "' + '^[0-9][0-9a-z ]*$' + '"',
                        schema: '^[0-9][0-9a-z ]*$',
                        parentSchema: schema33.properties.timeout,
                        data: data7
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/timeout',
                    schemaPath: '#/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema33.properties.timeout.type,
                    parentSchema: schema33.properties.timeout,
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.script !== undefined) {
            let data8 = data.script;
            if (Array.isArray(data8)) {
                if (data8.length < 1) {
                    const err6 = {
                        instancePath: instancePath + '/script',
                        schemaPath: '#/properties/script/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items',
                        schema: 1,
                        parentSchema: schema33.properties.script,
                        data: data8
                    };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data9 = data8[i0];
                    if (typeof data9 === 'string') {
                        if (!pattern5.test(data9)) {
                            const err7 = {
                                instancePath: instancePath + '/script/' + i0,
                                schemaPath: '#/definitions/text/pattern',
                                keyword: 'pattern',
                                params: { pattern: '\\S' },
                                message: 'must match pattern "' + '\\S' + '"',
                                schema: '\\S',
                                parentSchema: schema25,
                                data: data9
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = {
                            instancePath: instancePath + '/script/' + i0,
                            schemaPath: '#/definitions/text/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema25.type,
                            parentSchema: schema25,
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err9 = {
                    instancePath: instancePath + '/script',
                    schemaPath: '#/properties/script/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema33.properties.script.type,
                    parentSchema: schema33.properties.script,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema33.type,
            parentSchema: schema33,
            data
        };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
}
const schema40 = {
    description: 'A partial cell: every key given must match (a list matches any of its values).',
    type: 'object',
    minProperties: 1,
    additionalProperties: false,
    properties: {
        'vfx-platform': { $ref: '#/definitions/oneOrMany' },
        os: { $ref: '#/definitions/oneOrMany' },
        compiler: { $ref: '#/definitions/oneOrMany' },
        'build-type': { $ref: '#/definitions/oneOrMany' },
        'cxx-standard': { $ref: '#/definitions/oneOrMany' },
        'python-version': { $ref: '#/definitions/oneOrMany' },
        backend: { $ref: '#/definitions/oneOrMany' },
        container: { $ref: '#/definitions/oneOrMany' }
    }
};
const schema41 = {
    anyOf: [{ type: ['string', 'number'] }, { type: 'array', minItems: 1, items: { type: ['string', 'number'] } }],
    description: 'A value or a list of values.'
};
function validate33(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (Object.keys(data).length < 1) {
            const err0 = {
                instancePath,
                schemaPath: '#/minProperties',
                keyword: 'minProperties',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 properties',
                schema: 1,
                parentSchema: schema40,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'vfx-platform' ||
                key0 === 'os' ||
                key0 === 'compiler' ||
                key0 === 'build-type' ||
                key0 === 'cxx-standard' ||
                key0 === 'python-version' ||
                key0 === 'backend' ||
                key0 === 'container')) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema40,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data['vfx-platform'] !== undefined) {
            let data0 = data['vfx-platform'];
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (typeof data0 !== 'string' && !(typeof data0 == 'number' && isFinite(data0))) {
                const err2 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs7 = errors;
                if (Array.isArray(data0)) {
                    if (data0.length < 1) {
                        const err3 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data1 = data0[i0];
                        if (typeof data1 !== 'string' && !(typeof data1 == 'number' && isFinite(data1))) {
                            const err4 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data1
                            };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err5 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                var _valid0 = _errs7 === errors;
                valid2 = valid2 || _valid0;
            }
            if (!valid2) {
                const err6 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.os !== undefined) {
            let data2 = data.os;
            const _errs13 = errors;
            let valid6 = false;
            const _errs14 = errors;
            if (typeof data2 !== 'string' && !(typeof data2 == 'number' && isFinite(data2))) {
                const err7 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            var _valid1 = _errs14 === errors;
            valid6 = valid6 || _valid1;
            if (!valid6) {
                const _errs16 = errors;
                if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                        const err8 = {
                            instancePath: instancePath + '/os',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    const len1 = data2.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data3 = data2[i1];
                        if (typeof data3 !== 'string' && !(typeof data3 == 'number' && isFinite(data3))) {
                            const err9 = {
                                instancePath: instancePath + '/os/' + i1,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err10 = {
                        instancePath: instancePath + '/os',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                var _valid1 = _errs16 === errors;
                valid6 = valid6 || _valid1;
            }
            if (!valid6) {
                const err11 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            else {
                errors = _errs13;
                if (vErrors !== null) {
                    if (_errs13) {
                        vErrors.length = _errs13;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.compiler !== undefined) {
            let data4 = data.compiler;
            const _errs22 = errors;
            let valid10 = false;
            const _errs23 = errors;
            if (typeof data4 !== 'string' && !(typeof data4 == 'number' && isFinite(data4))) {
                const err12 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            var _valid2 = _errs23 === errors;
            valid10 = valid10 || _valid2;
            if (!valid10) {
                const _errs25 = errors;
                if (Array.isArray(data4)) {
                    if (data4.length < 1) {
                        const err13 = {
                            instancePath: instancePath + '/compiler',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    const len2 = data4.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data5 = data4[i2];
                        if (typeof data5 !== 'string' && !(typeof data5 == 'number' && isFinite(data5))) {
                            const err14 = {
                                instancePath: instancePath + '/compiler/' + i2,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data5
                            };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err15 = {
                        instancePath: instancePath + '/compiler',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data4
                    };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                var _valid2 = _errs25 === errors;
                valid10 = valid10 || _valid2;
            }
            if (!valid10) {
                const err16 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs22;
                if (vErrors !== null) {
                    if (_errs22) {
                        vErrors.length = _errs22;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['build-type'] !== undefined) {
            let data6 = data['build-type'];
            const _errs31 = errors;
            let valid14 = false;
            const _errs32 = errors;
            if (typeof data6 !== 'string' && !(typeof data6 == 'number' && isFinite(data6))) {
                const err17 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid3 = _errs32 === errors;
            valid14 = valid14 || _valid3;
            if (!valid14) {
                const _errs34 = errors;
                if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                        const err18 = {
                            instancePath: instancePath + '/build-type',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    const len3 = data6.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data7 = data6[i3];
                        if (typeof data7 !== 'string' && !(typeof data7 == 'number' && isFinite(data7))) {
                            const err19 = {
                                instancePath: instancePath + '/build-type/' + i3,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data7
                            };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = {
                        instancePath: instancePath + '/build-type',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data6
                    };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                var _valid3 = _errs34 === errors;
                valid14 = valid14 || _valid3;
            }
            if (!valid14) {
                const err21 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            else {
                errors = _errs31;
                if (vErrors !== null) {
                    if (_errs31) {
                        vErrors.length = _errs31;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cxx-standard'] !== undefined) {
            let data8 = data['cxx-standard'];
            const _errs40 = errors;
            let valid18 = false;
            const _errs41 = errors;
            if (typeof data8 !== 'string' && !(typeof data8 == 'number' && isFinite(data8))) {
                const err22 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            var _valid4 = _errs41 === errors;
            valid18 = valid18 || _valid4;
            if (!valid18) {
                const _errs43 = errors;
                if (Array.isArray(data8)) {
                    if (data8.length < 1) {
                        const err23 = {
                            instancePath: instancePath + '/cxx-standard',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    const len4 = data8.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data9 = data8[i4];
                        if (typeof data9 !== 'string' && !(typeof data9 == 'number' && isFinite(data9))) {
                            const err24 = {
                                instancePath: instancePath + '/cxx-standard/' + i4,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data9
                            };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err25 = {
                        instancePath: instancePath + '/cxx-standard',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data8
                    };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                var _valid4 = _errs43 === errors;
                valid18 = valid18 || _valid4;
            }
            if (!valid18) {
                const err26 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            else {
                errors = _errs40;
                if (vErrors !== null) {
                    if (_errs40) {
                        vErrors.length = _errs40;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['python-version'] !== undefined) {
            let data10 = data['python-version'];
            const _errs49 = errors;
            let valid22 = false;
            const _errs50 = errors;
            if (typeof data10 !== 'string' && !(typeof data10 == 'number' && isFinite(data10))) {
                const err27 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data10
                };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            var _valid5 = _errs50 === errors;
            valid22 = valid22 || _valid5;
            if (!valid22) {
                const _errs52 = errors;
                if (Array.isArray(data10)) {
                    if (data10.length < 1) {
                        const err28 = {
                            instancePath: instancePath + '/python-version',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data10
                        };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    const len5 = data10.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data11 = data10[i5];
                        if (typeof data11 !== 'string' && !(typeof data11 == 'number' && isFinite(data11))) {
                            const err29 = {
                                instancePath: instancePath + '/python-version/' + i5,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data11
                            };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data10
                    };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                var _valid5 = _errs52 === errors;
                valid22 = valid22 || _valid5;
            }
            if (!valid22) {
                const err31 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data10
                };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
            else {
                errors = _errs49;
                if (vErrors !== null) {
                    if (_errs49) {
                        vErrors.length = _errs49;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.backend !== undefined) {
            let data12 = data.backend;
            const _errs58 = errors;
            let valid26 = false;
            const _errs59 = errors;
            if (typeof data12 !== 'string' && !(typeof data12 == 'number' && isFinite(data12))) {
                const err32 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data12
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            var _valid6 = _errs59 === errors;
            valid26 = valid26 || _valid6;
            if (!valid26) {
                const _errs61 = errors;
                if (Array.isArray(data12)) {
                    if (data12.length < 1) {
                        const err33 = {
                            instancePath: instancePath + '/backend',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    const len6 = data12.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data13 = data12[i6];
                        if (typeof data13 !== 'string' && !(typeof data13 == 'number' && isFinite(data13))) {
                            const err34 = {
                                instancePath: instancePath + '/backend/' + i6,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data13
                            };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err35 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data12
                    };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                var _valid6 = _errs61 === errors;
                valid26 = valid26 || _valid6;
            }
            if (!valid26) {
                const err36 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data12
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            else {
                errors = _errs58;
                if (vErrors !== null) {
                    if (_errs58) {
                        vErrors.length = _errs58;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.container !== undefined) {
            let data14 = data.container;
            const _errs67 = errors;
            let valid30 = false;
            const _errs68 = errors;
            if (typeof data14 !== 'string' && !(typeof data14 == 'number' && isFinite(data14))) {
                const err37 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data14
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            var _valid7 = _errs68 === errors;
            valid30 = valid30 || _valid7;
            if (!valid30) {
                const _errs70 = errors;
                if (Array.isArray(data14)) {
                    if (data14.length < 1) {
                        const err38 = {
                            instancePath: instancePath + '/container',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data14
                        };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    const len7 = data14.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data15 = data14[i7];
                        if (typeof data15 !== 'string' && !(typeof data15 == 'number' && isFinite(data15))) {
                            const err39 = {
                                instancePath: instancePath + '/container/' + i7,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data15
                            };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err40 = {
                        instancePath: instancePath + '/container',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data14
                    };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                var _valid7 = _errs70 === errors;
                valid30 = valid30 || _valid7;
            }
            if (!valid30) {
                const err41 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data14
                };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            else {
                errors = _errs67;
                if (vErrors !== null) {
                    if (_errs67) {
                        vErrors.length = _errs67;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err42 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema40.type,
            parentSchema: schema40,
            data
        };
        if (vErrors === null) {
            vErrors = [err42];
        }
        else {
            vErrors.push(err42);
        }
        errors++;
    }
    validate33.errors = vErrors;
    return errors === 0;
}
const schema49 = {
    type: 'object',
    properties: {
        name: { $ref: '#/definitions/name' },
        'vfx-platform': {
            anyOf: [
                { $ref: '#/definitions/year' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/year' } },
                { type: 'null' }
            ],
            description: 'A platform year or a list of them (one entry per year); null for a cell without a platform year.'
        },
        os: {
            anyOf: [{ $ref: '#/definitions/os' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/os' } }],
            description: 'An OS or a list of them.'
        },
        compiler: {
            anyOf: [{ $ref: '#/definitions/name' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/name' } }],
            description: 'A compiler or a list of them; one the OS does not know needs cc and cxx.'
        },
        'build-type': {
            anyOf: [
                { $ref: '#/definitions/buildType' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/buildType' } }
            ],
            description: 'A build type or a list of them.'
        },
        'cxx-standard': {
            anyOf: [
                { $ref: '#/definitions/cxxStandard' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/cxxStandard' } }
            ],
            description: 'A C++ standard or a list of them.'
        },
        'cmake-generator': { $ref: '#/definitions/text' },
        'runs-on': { $ref: '#/definitions/labels' },
        gpu: { type: 'boolean' },
        env: { $ref: '#/definitions/env' },
        container: {
            anyOf: [
                { $ref: '#/definitions/container' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/container' } }
            ],
            description: "An image reference (any image, e.g. aswf/ci-osl:2023-clang15.2), or '' to run on the runner itself; a list is one entry per image."
        },
        cc: { $ref: '#/definitions/text', description: 'The C compiler command, e.g. icx or gcc-13.' },
        cxx: { $ref: '#/definitions/text', description: 'The C++ compiler command, e.g. icpx or g++-13.' },
        'python-version': {
            anyOf: [
                { $ref: '#/definitions/pythonVersion' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/pythonVersion' } }
            ],
            description: 'A quoted Python version or a list of them.'
        },
        backend: {
            description: 'A backend or a list of them.',
            anyOf: [
                { $ref: '#/definitions/backend' },
                { type: 'array', minItems: 1, items: { $ref: '#/definitions/backend' } }
            ]
        },
        'cmake-args': { $ref: '#/definitions/arguments' },
        'ctest-args': { $ref: '#/definitions/arguments' },
        id: { not: {}, description: 'ids are derived; give a name instead' },
        'legacy-glibc': { not: {}, description: 'legacy-glibc comes from the platform year and the image' }
    },
    propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }
};
const schema62 = {
    type: 'object',
    propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    additionalProperties: { type: ['string', 'number', 'boolean', 'null'] }
};
const pattern19 = new RegExp('^[A-Za-z_][A-Za-z0-9_-]*$', 'u');
function validate35(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            const _errs1 = errors;
            if (typeof key0 === 'string') {
                if (!pattern19.test(key0)) {
                    const err0 = {
                        instancePath,
                        schemaPath: '#/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
                        schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
                        parentSchema: schema49.propertyNames,
                        data: key0,
                        propertyName: key0
                    };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/propertyNames',
                    keyword: 'propertyNames',
                    params: { propertyName: key0 },
                    message: 'property name must be valid',
                    schema: schema49.propertyNames,
                    parentSchema: schema49,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === 'string') {
                if (!pattern3.test(data0)) {
                    const err2 = {
                        instancePath: instancePath + '/name',
                        schemaPath: '#/definitions/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                        schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                        parentSchema: schema19,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/definitions/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema19.type,
                    parentSchema: schema19,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data['vfx-platform'] !== undefined) {
            let data1 = data['vfx-platform'];
            const _errs6 = errors;
            let valid3 = false;
            const _errs7 = errors;
            const _errs9 = errors;
            let valid5 = false;
            const _errs10 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
                const err4 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/year/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema12.anyOf[0].type,
                    parentSchema: schema12.anyOf[0],
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 > 2999 || isNaN(data1)) {
                    const err5 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/0/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 2999 },
                        message: 'must be <= 2999',
                        schema: 2999,
                        parentSchema: schema12.anyOf[0],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1 < 2000 || isNaN(data1)) {
                    const err6 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/0/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 2000 },
                        message: 'must be >= 2000',
                        schema: 2000,
                        parentSchema: schema12.anyOf[0],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs10 === errors;
            valid5 = valid5 || _valid1;
            if (!valid5) {
                const _errs12 = errors;
                if (typeof data1 === 'string') {
                    if (!pattern1.test(data1)) {
                        const err7 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/definitions/year/anyOf/1/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^((CY)?[0-9]{4}|latest|draft)$' },
                            message: 'must match pattern "' + '^((CY)?[0-9]{4}|latest|draft)$' + '"',
                            schema: '^((CY)?[0-9]{4}|latest|draft)$',
                            parentSchema: schema12.anyOf[1],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema12.anyOf[1].type,
                        parentSchema: schema12.anyOf[1],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                var _valid1 = _errs12 === errors;
                valid5 = valid5 || _valid1;
            }
            if (!valid5) {
                const err9 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/year/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema12.anyOf,
                    parentSchema: schema12,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            else {
                errors = _errs9;
                if (vErrors !== null) {
                    if (_errs9) {
                        vErrors.length = _errs9;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
            var _valid0 = _errs7 === errors;
            valid3 = valid3 || _valid0;
            if (!valid3) {
                const _errs14 = errors;
                if (Array.isArray(data1)) {
                    if (data1.length < 1) {
                        const err10 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/properties/vfx-platform/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties['vfx-platform'].anyOf[1],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs18 = errors;
                        let valid9 = false;
                        const _errs19 = errors;
                        if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                            const err11 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/year/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                                schema: schema12.anyOf[0].type,
                                parentSchema: schema12.anyOf[0],
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (typeof data2 == 'number' && isFinite(data2)) {
                            if (data2 > 2999 || isNaN(data2)) {
                                const err12 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/0/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 2999 },
                                    message: 'must be <= 2999',
                                    schema: 2999,
                                    parentSchema: schema12.anyOf[0],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            if (data2 < 2000 || isNaN(data2)) {
                                const err13 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/0/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 2000 },
                                    message: 'must be >= 2000',
                                    schema: 2000,
                                    parentSchema: schema12.anyOf[0],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        var _valid2 = _errs19 === errors;
                        valid9 = valid9 || _valid2;
                        if (!valid9) {
                            const _errs21 = errors;
                            if (typeof data2 === 'string') {
                                if (!pattern1.test(data2)) {
                                    const err14 = {
                                        instancePath: instancePath + '/vfx-platform/' + i0,
                                        schemaPath: '#/definitions/year/anyOf/1/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^((CY)?[0-9]{4}|latest|draft)$' },
                                        message: 'must match pattern "' + '^((CY)?[0-9]{4}|latest|draft)$' + '"',
                                        schema: '^((CY)?[0-9]{4}|latest|draft)$',
                                        parentSchema: schema12.anyOf[1],
                                        data: data2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err15 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema12.anyOf[1].type,
                                    parentSchema: schema12.anyOf[1],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                            var _valid2 = _errs21 === errors;
                            valid9 = valid9 || _valid2;
                        }
                        if (!valid9) {
                            const err16 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/year/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf',
                                schema: schema12.anyOf,
                                parentSchema: schema12,
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs18;
                            if (vErrors !== null) {
                                if (_errs18) {
                                    vErrors.length = _errs18;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    const err17 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/properties/vfx-platform/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties['vfx-platform'].anyOf[1].type,
                        parentSchema: schema49.properties['vfx-platform'].anyOf[1],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                var _valid0 = _errs14 === errors;
                valid3 = valid3 || _valid0;
                if (!valid3) {
                    const _errs23 = errors;
                    if (data1 !== null) {
                        const err18 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/properties/vfx-platform/anyOf/2/type',
                            keyword: 'type',
                            params: { type: 'null' },
                            message: 'must be null',
                            schema: schema49.properties['vfx-platform'].anyOf[2].type,
                            parentSchema: schema49.properties['vfx-platform'].anyOf[2],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    var _valid0 = _errs23 === errors;
                    valid3 = valid3 || _valid0;
                }
            }
            if (!valid3) {
                const err19 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/properties/vfx-platform/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties['vfx-platform'].anyOf,
                    parentSchema: schema49.properties['vfx-platform'],
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            else {
                errors = _errs6;
                if (vErrors !== null) {
                    if (_errs6) {
                        vErrors.length = _errs6;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.os !== undefined) {
            let data3 = data.os;
            const _errs26 = errors;
            let valid10 = false;
            const _errs27 = errors;
            if (!(data3 === 'linux' || data3 === 'macos' || data3 === 'windows')) {
                const err20 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/os/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema16.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema16.enum,
                    parentSchema: schema16,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            var _valid3 = _errs27 === errors;
            valid10 = valid10 || _valid3;
            if (!valid10) {
                const _errs29 = errors;
                if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                        const err21 = {
                            instancePath: instancePath + '/os',
                            schemaPath: '#/properties/os/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties.os.anyOf[1],
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data4 = data3[i1];
                        if (!(data4 === 'linux' || data4 === 'macos' || data4 === 'windows')) {
                            const err22 = {
                                instancePath: instancePath + '/os/' + i1,
                                schemaPath: '#/definitions/os/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema16.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema16.enum,
                                parentSchema: schema16,
                                data: data4
                            };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = {
                        instancePath: instancePath + '/os',
                        schemaPath: '#/properties/os/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties.os.anyOf[1].type,
                        parentSchema: schema49.properties.os.anyOf[1],
                        data: data3
                    };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                var _valid3 = _errs29 === errors;
                valid10 = valid10 || _valid3;
            }
            if (!valid10) {
                const err24 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/properties/os/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties.os.anyOf,
                    parentSchema: schema49.properties.os,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            else {
                errors = _errs26;
                if (vErrors !== null) {
                    if (_errs26) {
                        vErrors.length = _errs26;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.compiler !== undefined) {
            let data5 = data.compiler;
            const _errs34 = errors;
            let valid15 = false;
            const _errs35 = errors;
            if (typeof data5 === 'string') {
                if (!pattern3.test(data5)) {
                    const err25 = {
                        instancePath: instancePath + '/compiler',
                        schemaPath: '#/definitions/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                        schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                        parentSchema: schema19,
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
            else {
                const err26 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/definitions/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema19.type,
                    parentSchema: schema19,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            var _valid4 = _errs35 === errors;
            valid15 = valid15 || _valid4;
            if (!valid15) {
                const _errs38 = errors;
                if (Array.isArray(data5)) {
                    if (data5.length < 1) {
                        const err27 = {
                            instancePath: instancePath + '/compiler',
                            schemaPath: '#/properties/compiler/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties.compiler.anyOf[1],
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    const len2 = data5.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data6 = data5[i2];
                        if (typeof data6 === 'string') {
                            if (!pattern3.test(data6)) {
                                const err28 = {
                                    instancePath: instancePath + '/compiler/' + i2,
                                    schemaPath: '#/definitions/name/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                                    message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                                    schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                                    parentSchema: schema19,
                                    data: data6
                                };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err29 = {
                                instancePath: instancePath + '/compiler/' + i2,
                                schemaPath: '#/definitions/name/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema19.type,
                                parentSchema: schema19,
                                data: data6
                            };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = {
                        instancePath: instancePath + '/compiler',
                        schemaPath: '#/properties/compiler/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties.compiler.anyOf[1].type,
                        parentSchema: schema49.properties.compiler.anyOf[1],
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                var _valid4 = _errs38 === errors;
                valid15 = valid15 || _valid4;
            }
            if (!valid15) {
                const err31 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/properties/compiler/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties.compiler.anyOf,
                    parentSchema: schema49.properties.compiler,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
            else {
                errors = _errs34;
                if (vErrors !== null) {
                    if (_errs34) {
                        vErrors.length = _errs34;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['build-type'] !== undefined) {
            let data7 = data['build-type'];
            const _errs44 = errors;
            let valid20 = false;
            const _errs45 = errors;
            if (!(data7 === 'Release' || data7 === 'Debug' || data7 === 'RelWithDebInfo' || data7 === 'MinSizeRel')) {
                const err32 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/buildType/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema21.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema21.enum,
                    parentSchema: schema21,
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            var _valid5 = _errs45 === errors;
            valid20 = valid20 || _valid5;
            if (!valid20) {
                const _errs47 = errors;
                if (Array.isArray(data7)) {
                    if (data7.length < 1) {
                        const err33 = {
                            instancePath: instancePath + '/build-type',
                            schemaPath: '#/properties/build-type/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties['build-type'].anyOf[1],
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    const len3 = data7.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data8 = data7[i3];
                        if (!(data8 === 'Release' || data8 === 'Debug' || data8 === 'RelWithDebInfo' || data8 === 'MinSizeRel')) {
                            const err34 = {
                                instancePath: instancePath + '/build-type/' + i3,
                                schemaPath: '#/definitions/buildType/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema21.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema21.enum,
                                parentSchema: schema21,
                                data: data8
                            };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err35 = {
                        instancePath: instancePath + '/build-type',
                        schemaPath: '#/properties/build-type/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties['build-type'].anyOf[1].type,
                        parentSchema: schema49.properties['build-type'].anyOf[1],
                        data: data7
                    };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                var _valid5 = _errs47 === errors;
                valid20 = valid20 || _valid5;
            }
            if (!valid20) {
                const err36 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/properties/build-type/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties['build-type'].anyOf,
                    parentSchema: schema49.properties['build-type'],
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            else {
                errors = _errs44;
                if (vErrors !== null) {
                    if (_errs44) {
                        vErrors.length = _errs44;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cxx-standard'] !== undefined) {
            let data9 = data['cxx-standard'];
            const _errs52 = errors;
            let valid25 = false;
            const _errs53 = errors;
            if (!(data9 === 11 || data9 === 14 || data9 === 17 || data9 === 20 || data9 === 23 || data9 === 26)) {
                const err37 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/cxxStandard/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema23.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema23.enum,
                    parentSchema: schema23,
                    data: data9
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            var _valid6 = _errs53 === errors;
            valid25 = valid25 || _valid6;
            if (!valid25) {
                const _errs55 = errors;
                if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                        const err38 = {
                            instancePath: instancePath + '/cxx-standard',
                            schemaPath: '#/properties/cxx-standard/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties['cxx-standard'].anyOf[1],
                            data: data9
                        };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    const len4 = data9.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data10 = data9[i4];
                        if (!(data10 === 11 || data10 === 14 || data10 === 17 || data10 === 20 || data10 === 23 || data10 === 26)) {
                            const err39 = {
                                instancePath: instancePath + '/cxx-standard/' + i4,
                                schemaPath: '#/definitions/cxxStandard/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema23.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema23.enum,
                                parentSchema: schema23,
                                data: data10
                            };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err40 = {
                        instancePath: instancePath + '/cxx-standard',
                        schemaPath: '#/properties/cxx-standard/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties['cxx-standard'].anyOf[1].type,
                        parentSchema: schema49.properties['cxx-standard'].anyOf[1],
                        data: data9
                    };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                var _valid6 = _errs55 === errors;
                valid25 = valid25 || _valid6;
            }
            if (!valid25) {
                const err41 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/properties/cxx-standard/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties['cxx-standard'].anyOf,
                    parentSchema: schema49.properties['cxx-standard'],
                    data: data9
                };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            else {
                errors = _errs52;
                if (vErrors !== null) {
                    if (_errs52) {
                        vErrors.length = _errs52;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cmake-generator'] !== undefined) {
            let data11 = data['cmake-generator'];
            if (typeof data11 === 'string') {
                if (!pattern5.test(data11)) {
                    const err42 = {
                        instancePath: instancePath + '/cmake-generator',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data11
                    };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            else {
                const err43 = {
                    instancePath: instancePath + '/cmake-generator',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
        }
        if (data['runs-on'] !== undefined) {
            if (!validate18(data['runs-on'], {
                instancePath: instancePath + '/runs-on',
                parentData: data,
                parentDataProperty: 'runs-on',
                rootData
            })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
            }
        }
        if (data.gpu !== undefined) {
            let data13 = data.gpu;
            if (typeof data13 !== 'boolean') {
                const err44 = {
                    instancePath: instancePath + '/gpu',
                    schemaPath: '#/properties/gpu/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema49.properties.gpu.type,
                    parentSchema: schema49.properties.gpu,
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
        }
        if (data.env !== undefined) {
            let data14 = data.env;
            if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                for (const key1 in data14) {
                    const _errs68 = errors;
                    if (typeof key1 === 'string') {
                        if (!pattern18.test(key1)) {
                            const err45 = {
                                instancePath: instancePath + '/env',
                                schemaPath: '#/definitions/env/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                parentSchema: schema62.propertyNames,
                                data: key1,
                                propertyName: key1
                            };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                    var valid32 = _errs68 === errors;
                    if (!valid32) {
                        const err46 = {
                            instancePath: instancePath + '/env',
                            schemaPath: '#/definitions/env/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key1 },
                            message: 'property name must be valid',
                            schema: schema62.propertyNames,
                            parentSchema: schema62,
                            data: data14
                        };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                for (const key2 in data14) {
                    let data15 = data14[key2];
                    if (typeof data15 !== 'string' &&
                        !(typeof data15 == 'number' && isFinite(data15)) &&
                        typeof data15 !== 'boolean' &&
                        data15 !== null) {
                        const err47 = {
                            instancePath: instancePath + '/env/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/definitions/env/additionalProperties/type',
                            keyword: 'type',
                            params: { type: schema62.additionalProperties.type },
                            message: 'must be string,number,boolean,null',
                            schema: schema62.additionalProperties.type,
                            parentSchema: schema62.additionalProperties,
                            data: data15
                        };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err48 = {
                    instancePath: instancePath + '/env',
                    schemaPath: '#/definitions/env/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema62.type,
                    parentSchema: schema62,
                    data: data14
                };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
        if (data.container !== undefined) {
            let data16 = data.container;
            const _errs73 = errors;
            let valid34 = false;
            const _errs74 = errors;
            if (typeof data16 !== 'string') {
                const err49 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/container/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema14.type,
                    parentSchema: schema14,
                    data: data16
                };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            var _valid7 = _errs74 === errors;
            valid34 = valid34 || _valid7;
            if (!valid34) {
                const _errs77 = errors;
                if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                        const err50 = {
                            instancePath: instancePath + '/container',
                            schemaPath: '#/properties/container/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties.container.anyOf[1],
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                    const len5 = data16.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data17 = data16[i5];
                        if (typeof data17 !== 'string') {
                            const err51 = {
                                instancePath: instancePath + '/container/' + i5,
                                schemaPath: '#/definitions/container/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema14.type,
                                parentSchema: schema14,
                                data: data17
                            };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err52 = {
                        instancePath: instancePath + '/container',
                        schemaPath: '#/properties/container/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties.container.anyOf[1].type,
                        parentSchema: schema49.properties.container.anyOf[1],
                        data: data16
                    };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                var _valid7 = _errs77 === errors;
                valid34 = valid34 || _valid7;
            }
            if (!valid34) {
                const err53 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/properties/container/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties.container.anyOf,
                    parentSchema: schema49.properties.container,
                    data: data16
                };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
            else {
                errors = _errs73;
                if (vErrors !== null) {
                    if (_errs73) {
                        vErrors.length = _errs73;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.cc !== undefined) {
            let data18 = data.cc;
            if (typeof data18 === 'string') {
                if (!pattern5.test(data18)) {
                    const err54 = {
                        instancePath: instancePath + '/cc',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data18
                    };
                    if (vErrors === null) {
                        vErrors = [err54];
                    }
                    else {
                        vErrors.push(err54);
                    }
                    errors++;
                }
            }
            else {
                const err55 = {
                    instancePath: instancePath + '/cc',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data18
                };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
        if (data.cxx !== undefined) {
            let data19 = data.cxx;
            if (typeof data19 === 'string') {
                if (!pattern5.test(data19)) {
                    const err56 = {
                        instancePath: instancePath + '/cxx',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data19
                    };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
            else {
                const err57 = {
                    instancePath: instancePath + '/cxx',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data19
                };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
        if (data['python-version'] !== undefined) {
            let data20 = data['python-version'];
            const _errs89 = errors;
            let valid41 = false;
            const _errs90 = errors;
            if (typeof data20 === 'string') {
                if (!pattern3.test(data20)) {
                    const err58 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/definitions/pythonVersion/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                        schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                        parentSchema: schema67,
                        data: data20
                    };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            else {
                const err59 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/pythonVersion/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema67.type,
                    parentSchema: schema67,
                    data: data20
                };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
            var _valid8 = _errs90 === errors;
            valid41 = valid41 || _valid8;
            if (!valid41) {
                const _errs93 = errors;
                if (Array.isArray(data20)) {
                    if (data20.length < 1) {
                        const err60 = {
                            instancePath: instancePath + '/python-version',
                            schemaPath: '#/properties/python-version/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties['python-version'].anyOf[1],
                            data: data20
                        };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                    const len6 = data20.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data21 = data20[i6];
                        if (typeof data21 === 'string') {
                            if (!pattern3.test(data21)) {
                                const err61 = {
                                    instancePath: instancePath + '/python-version/' + i6,
                                    schemaPath: '#/definitions/pythonVersion/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                                    message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                                    schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                                    parentSchema: schema67,
                                    data: data21
                                };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err62 = {
                                instancePath: instancePath + '/python-version/' + i6,
                                schemaPath: '#/definitions/pythonVersion/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema67.type,
                                parentSchema: schema67,
                                data: data21
                            };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err63 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/properties/python-version/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties['python-version'].anyOf[1].type,
                        parentSchema: schema49.properties['python-version'].anyOf[1],
                        data: data20
                    };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                var _valid8 = _errs93 === errors;
                valid41 = valid41 || _valid8;
            }
            if (!valid41) {
                const err64 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/properties/python-version/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties['python-version'].anyOf,
                    parentSchema: schema49.properties['python-version'],
                    data: data20
                };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            else {
                errors = _errs89;
                if (vErrors !== null) {
                    if (_errs89) {
                        vErrors.length = _errs89;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.backend !== undefined) {
            let data22 = data.backend;
            const _errs99 = errors;
            let valid46 = false;
            const _errs100 = errors;
            if (typeof data22 === 'string') {
                if (!pattern31.test(data22)) {
                    const err65 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/definitions/backend/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_-]*$' + '"',
                        schema: '^[A-Za-z][A-Za-z0-9_-]*$',
                        parentSchema: schema69,
                        data: data22
                    };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
            }
            else {
                const err66 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/backend/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema69.type,
                    parentSchema: schema69,
                    data: data22
                };
                if (vErrors === null) {
                    vErrors = [err66];
                }
                else {
                    vErrors.push(err66);
                }
                errors++;
            }
            var _valid9 = _errs100 === errors;
            valid46 = valid46 || _valid9;
            if (!valid46) {
                const _errs103 = errors;
                if (Array.isArray(data22)) {
                    if (data22.length < 1) {
                        const err67 = {
                            instancePath: instancePath + '/backend',
                            schemaPath: '#/properties/backend/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema49.properties.backend.anyOf[1],
                            data: data22
                        };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                    const len7 = data22.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data23 = data22[i7];
                        if (typeof data23 === 'string') {
                            if (!pattern31.test(data23)) {
                                const err68 = {
                                    instancePath: instancePath + '/backend/' + i7,
                                    schemaPath: '#/definitions/backend/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
                                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_-]*$' + '"',
                                    schema: '^[A-Za-z][A-Za-z0-9_-]*$',
                                    parentSchema: schema69,
                                    data: data23
                                };
                                if (vErrors === null) {
                                    vErrors = [err68];
                                }
                                else {
                                    vErrors.push(err68);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err69 = {
                                instancePath: instancePath + '/backend/' + i7,
                                schemaPath: '#/definitions/backend/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema69.type,
                                parentSchema: schema69,
                                data: data23
                            };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err70 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/properties/backend/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema49.properties.backend.anyOf[1].type,
                        parentSchema: schema49.properties.backend.anyOf[1],
                        data: data22
                    };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
                var _valid9 = _errs103 === errors;
                valid46 = valid46 || _valid9;
            }
            if (!valid46) {
                const err71 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/properties/backend/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema49.properties.backend.anyOf,
                    parentSchema: schema49.properties.backend,
                    data: data22
                };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
            else {
                errors = _errs99;
                if (vErrors !== null) {
                    if (_errs99) {
                        vErrors.length = _errs99;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cmake-args'] !== undefined) {
            let data24 = data['cmake-args'];
            const _errs110 = errors;
            let valid52 = false;
            const _errs111 = errors;
            if (typeof data24 !== 'string') {
                const err72 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema71.anyOf[0].type,
                    parentSchema: schema71.anyOf[0],
                    data: data24
                };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
            var _valid10 = _errs111 === errors;
            valid52 = valid52 || _valid10;
            if (!valid52) {
                const _errs113 = errors;
                if (Array.isArray(data24)) {
                    const len8 = data24.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data25 = data24[i8];
                        if (typeof data25 !== 'string') {
                            const err73 = {
                                instancePath: instancePath + '/cmake-args/' + i8,
                                schemaPath: '#/definitions/arguments/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema71.anyOf[1].items.type,
                                parentSchema: schema71.anyOf[1].items,
                                data: data25
                            };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err74 = {
                        instancePath: instancePath + '/cmake-args',
                        schemaPath: '#/definitions/arguments/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema71.anyOf[1].type,
                        parentSchema: schema71.anyOf[1],
                        data: data24
                    };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                var _valid10 = _errs113 === errors;
                valid52 = valid52 || _valid10;
            }
            if (!valid52) {
                const err75 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema71.anyOf,
                    parentSchema: schema71,
                    data: data24
                };
                if (vErrors === null) {
                    vErrors = [err75];
                }
                else {
                    vErrors.push(err75);
                }
                errors++;
            }
            else {
                errors = _errs110;
                if (vErrors !== null) {
                    if (_errs110) {
                        vErrors.length = _errs110;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['ctest-args'] !== undefined) {
            let data26 = data['ctest-args'];
            const _errs119 = errors;
            let valid56 = false;
            const _errs120 = errors;
            if (typeof data26 !== 'string') {
                const err76 = {
                    instancePath: instancePath + '/ctest-args',
                    schemaPath: '#/definitions/arguments/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema71.anyOf[0].type,
                    parentSchema: schema71.anyOf[0],
                    data: data26
                };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
            var _valid11 = _errs120 === errors;
            valid56 = valid56 || _valid11;
            if (!valid56) {
                const _errs122 = errors;
                if (Array.isArray(data26)) {
                    const len9 = data26.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                        let data27 = data26[i9];
                        if (typeof data27 !== 'string') {
                            const err77 = {
                                instancePath: instancePath + '/ctest-args/' + i9,
                                schemaPath: '#/definitions/arguments/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema71.anyOf[1].items.type,
                                parentSchema: schema71.anyOf[1].items,
                                data: data27
                            };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err78 = {
                        instancePath: instancePath + '/ctest-args',
                        schemaPath: '#/definitions/arguments/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema71.anyOf[1].type,
                        parentSchema: schema71.anyOf[1],
                        data: data26
                    };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
                var _valid11 = _errs122 === errors;
                valid56 = valid56 || _valid11;
            }
            if (!valid56) {
                const err79 = {
                    instancePath: instancePath + '/ctest-args',
                    schemaPath: '#/definitions/arguments/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema71.anyOf,
                    parentSchema: schema71,
                    data: data26
                };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
            else {
                errors = _errs119;
                if (vErrors !== null) {
                    if (_errs119) {
                        vErrors.length = _errs119;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.id !== undefined) {
            const err80 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/properties/id/not',
                keyword: 'not',
                params: {},
                message: 'must NOT be valid',
                schema: schema49.properties.id.not,
                parentSchema: schema49.properties.id,
                data: data.id
            };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
        if (data['legacy-glibc'] !== undefined) {
            const err81 = {
                instancePath: instancePath + '/legacy-glibc',
                schemaPath: '#/properties/legacy-glibc/not',
                keyword: 'not',
                params: {},
                message: 'must NOT be valid',
                schema: schema49.properties['legacy-glibc'].not,
                parentSchema: schema49.properties['legacy-glibc'],
                data: data['legacy-glibc']
            };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    else {
        const err82 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema49.type,
            parentSchema: schema49,
            data
        };
        if (vErrors === null) {
            vErrors = [err82];
        }
        else {
            vErrors.push(err82);
        }
        errors++;
    }
    validate35.errors = vErrors;
    return errors === 0;
}
const schema73 = {
    description: 'A named subset: for each axis given, only these values are kept.',
    type: 'object',
    additionalProperties: false,
    properties: {
        'vfx-platform': { $ref: '#/definitions/oneOrMany' },
        os: { $ref: '#/definitions/oneOrMany' },
        compiler: { $ref: '#/definitions/oneOrMany' },
        'build-type': { $ref: '#/definitions/oneOrMany' },
        'cxx-standard': { $ref: '#/definitions/oneOrMany' },
        include: { type: 'boolean', description: 'Keep the include cells that fall inside the subset (default true).' },
        'python-version': { $ref: '#/definitions/oneOrMany' },
        backend: { $ref: '#/definitions/oneOrMany' },
        container: { $ref: '#/definitions/oneOrMany' }
    }
};
function validate40(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!func2.call(schema73.properties, key0)) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema73,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data['vfx-platform'] !== undefined) {
            let data0 = data['vfx-platform'];
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (typeof data0 !== 'string' && !(typeof data0 == 'number' && isFinite(data0))) {
                const err1 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs7 = errors;
                if (Array.isArray(data0)) {
                    if (data0.length < 1) {
                        const err2 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data0
                        };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data1 = data0[i0];
                        if (typeof data1 !== 'string' && !(typeof data1 == 'number' && isFinite(data1))) {
                            const err3 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data1
                            };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err4 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                var _valid0 = _errs7 === errors;
                valid2 = valid2 || _valid0;
            }
            if (!valid2) {
                const err5 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.os !== undefined) {
            let data2 = data.os;
            const _errs13 = errors;
            let valid6 = false;
            const _errs14 = errors;
            if (typeof data2 !== 'string' && !(typeof data2 == 'number' && isFinite(data2))) {
                const err6 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            var _valid1 = _errs14 === errors;
            valid6 = valid6 || _valid1;
            if (!valid6) {
                const _errs16 = errors;
                if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                        const err7 = {
                            instancePath: instancePath + '/os',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    const len1 = data2.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data3 = data2[i1];
                        if (typeof data3 !== 'string' && !(typeof data3 == 'number' && isFinite(data3))) {
                            const err8 = {
                                instancePath: instancePath + '/os/' + i1,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err9 = {
                        instancePath: instancePath + '/os',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid1 = _errs16 === errors;
                valid6 = valid6 || _valid1;
            }
            if (!valid6) {
                const err10 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            else {
                errors = _errs13;
                if (vErrors !== null) {
                    if (_errs13) {
                        vErrors.length = _errs13;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.compiler !== undefined) {
            let data4 = data.compiler;
            const _errs22 = errors;
            let valid10 = false;
            const _errs23 = errors;
            if (typeof data4 !== 'string' && !(typeof data4 == 'number' && isFinite(data4))) {
                const err11 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            var _valid2 = _errs23 === errors;
            valid10 = valid10 || _valid2;
            if (!valid10) {
                const _errs25 = errors;
                if (Array.isArray(data4)) {
                    if (data4.length < 1) {
                        const err12 = {
                            instancePath: instancePath + '/compiler',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data4
                        };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    const len2 = data4.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data5 = data4[i2];
                        if (typeof data5 !== 'string' && !(typeof data5 == 'number' && isFinite(data5))) {
                            const err13 = {
                                instancePath: instancePath + '/compiler/' + i2,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data5
                            };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err14 = {
                        instancePath: instancePath + '/compiler',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data4
                    };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                var _valid2 = _errs25 === errors;
                valid10 = valid10 || _valid2;
            }
            if (!valid10) {
                const err15 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            else {
                errors = _errs22;
                if (vErrors !== null) {
                    if (_errs22) {
                        vErrors.length = _errs22;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['build-type'] !== undefined) {
            let data6 = data['build-type'];
            const _errs31 = errors;
            let valid14 = false;
            const _errs32 = errors;
            if (typeof data6 !== 'string' && !(typeof data6 == 'number' && isFinite(data6))) {
                const err16 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            var _valid3 = _errs32 === errors;
            valid14 = valid14 || _valid3;
            if (!valid14) {
                const _errs34 = errors;
                if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                        const err17 = {
                            instancePath: instancePath + '/build-type',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    const len3 = data6.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data7 = data6[i3];
                        if (typeof data7 !== 'string' && !(typeof data7 == 'number' && isFinite(data7))) {
                            const err18 = {
                                instancePath: instancePath + '/build-type/' + i3,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data7
                            };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err19 = {
                        instancePath: instancePath + '/build-type',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data6
                    };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                var _valid3 = _errs34 === errors;
                valid14 = valid14 || _valid3;
            }
            if (!valid14) {
                const err20 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            else {
                errors = _errs31;
                if (vErrors !== null) {
                    if (_errs31) {
                        vErrors.length = _errs31;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cxx-standard'] !== undefined) {
            let data8 = data['cxx-standard'];
            const _errs40 = errors;
            let valid18 = false;
            const _errs41 = errors;
            if (typeof data8 !== 'string' && !(typeof data8 == 'number' && isFinite(data8))) {
                const err21 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            var _valid4 = _errs41 === errors;
            valid18 = valid18 || _valid4;
            if (!valid18) {
                const _errs43 = errors;
                if (Array.isArray(data8)) {
                    if (data8.length < 1) {
                        const err22 = {
                            instancePath: instancePath + '/cxx-standard',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data8
                        };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    const len4 = data8.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data9 = data8[i4];
                        if (typeof data9 !== 'string' && !(typeof data9 == 'number' && isFinite(data9))) {
                            const err23 = {
                                instancePath: instancePath + '/cxx-standard/' + i4,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data9
                            };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err24 = {
                        instancePath: instancePath + '/cxx-standard',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data8
                    };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                var _valid4 = _errs43 === errors;
                valid18 = valid18 || _valid4;
            }
            if (!valid18) {
                const err25 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data8
                };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            else {
                errors = _errs40;
                if (vErrors !== null) {
                    if (_errs40) {
                        vErrors.length = _errs40;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.include !== undefined) {
            let data10 = data.include;
            if (typeof data10 !== 'boolean') {
                const err26 = {
                    instancePath: instancePath + '/include',
                    schemaPath: '#/properties/include/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema73.properties.include.type,
                    parentSchema: schema73.properties.include,
                    data: data10
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data['python-version'] !== undefined) {
            let data11 = data['python-version'];
            const _errs51 = errors;
            let valid22 = false;
            const _errs52 = errors;
            if (typeof data11 !== 'string' && !(typeof data11 == 'number' && isFinite(data11))) {
                const err27 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            var _valid5 = _errs52 === errors;
            valid22 = valid22 || _valid5;
            if (!valid22) {
                const _errs54 = errors;
                if (Array.isArray(data11)) {
                    if (data11.length < 1) {
                        const err28 = {
                            instancePath: instancePath + '/python-version',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    const len5 = data11.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data12 = data11[i5];
                        if (typeof data12 !== 'string' && !(typeof data12 == 'number' && isFinite(data12))) {
                            const err29 = {
                                instancePath: instancePath + '/python-version/' + i5,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data12
                            };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data11
                    };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                var _valid5 = _errs54 === errors;
                valid22 = valid22 || _valid5;
            }
            if (!valid22) {
                const err31 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
            else {
                errors = _errs51;
                if (vErrors !== null) {
                    if (_errs51) {
                        vErrors.length = _errs51;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.backend !== undefined) {
            let data13 = data.backend;
            const _errs60 = errors;
            let valid26 = false;
            const _errs61 = errors;
            if (typeof data13 !== 'string' && !(typeof data13 == 'number' && isFinite(data13))) {
                const err32 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            var _valid6 = _errs61 === errors;
            valid26 = valid26 || _valid6;
            if (!valid26) {
                const _errs63 = errors;
                if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                        const err33 = {
                            instancePath: instancePath + '/backend',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    const len6 = data13.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data14 = data13[i6];
                        if (typeof data14 !== 'string' && !(typeof data14 == 'number' && isFinite(data14))) {
                            const err34 = {
                                instancePath: instancePath + '/backend/' + i6,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data14
                            };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err35 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data13
                    };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                var _valid6 = _errs63 === errors;
                valid26 = valid26 || _valid6;
            }
            if (!valid26) {
                const err36 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            else {
                errors = _errs60;
                if (vErrors !== null) {
                    if (_errs60) {
                        vErrors.length = _errs60;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.container !== undefined) {
            let data15 = data.container;
            const _errs69 = errors;
            let valid30 = false;
            const _errs70 = errors;
            if (typeof data15 !== 'string' && !(typeof data15 == 'number' && isFinite(data15))) {
                const err37 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/oneOrMany/anyOf/0/type',
                    keyword: 'type',
                    params: { type: schema41.anyOf[0].type },
                    message: 'must be string,number',
                    schema: schema41.anyOf[0].type,
                    parentSchema: schema41.anyOf[0],
                    data: data15
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            var _valid7 = _errs70 === errors;
            valid30 = valid30 || _valid7;
            if (!valid30) {
                const _errs72 = errors;
                if (Array.isArray(data15)) {
                    if (data15.length < 1) {
                        const err38 = {
                            instancePath: instancePath + '/container',
                            schemaPath: '#/definitions/oneOrMany/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema41.anyOf[1],
                            data: data15
                        };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    const len7 = data15.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data16 = data15[i7];
                        if (typeof data16 !== 'string' && !(typeof data16 == 'number' && isFinite(data16))) {
                            const err39 = {
                                instancePath: instancePath + '/container/' + i7,
                                schemaPath: '#/definitions/oneOrMany/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: schema41.anyOf[1].items.type },
                                message: 'must be string,number',
                                schema: schema41.anyOf[1].items.type,
                                parentSchema: schema41.anyOf[1].items,
                                data: data16
                            };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err40 = {
                        instancePath: instancePath + '/container',
                        schemaPath: '#/definitions/oneOrMany/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema41.anyOf[1].type,
                        parentSchema: schema41.anyOf[1],
                        data: data15
                    };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                var _valid7 = _errs72 === errors;
                valid30 = valid30 || _valid7;
            }
            if (!valid30) {
                const err41 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/oneOrMany/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema41.anyOf,
                    parentSchema: schema41,
                    data: data15
                };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            else {
                errors = _errs69;
                if (vErrors !== null) {
                    if (_errs69) {
                        vErrors.length = _errs69;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err42 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema73.type,
            parentSchema: schema73,
            data
        };
        if (vErrors === null) {
            vErrors = [err42];
        }
        else {
            vErrors.push(err42);
        }
        errors++;
    }
    validate40.errors = vErrors;
    return errors === 0;
}
const schema86 = {
    type: 'object',
    additionalProperties: false,
    properties: {
        'cmake-args': {
            $ref: '#/definitions/arguments',
            description: "CMake arguments of the backend's cells, e.g. -DKokkos_ENABLE_THREADS=ON."
        },
        env: {
            $ref: '#/definitions/env',
            description: "Variables of the backend's cells (null removes one a built-in backend sets)."
        },
        gpu: { type: 'boolean', description: 'Its cells need a GPU (runners.gpu unless runs-on is given).' },
        'runs-on': { $ref: '#/definitions/labels', description: 'The runner of its cells.' },
        os: {
            anyOf: [{ $ref: '#/definitions/os' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/os' } }],
            description: "The OSes it builds on (default: every OS, or the built-in backend's)."
        },
        compilers: {
            $ref: '#/definitions/names',
            description: "The compilers it builds with (gcc also covers gcc-<N>, clang covers clang<N>; default: any, or the built-in backend's)."
        }
    },
    description: "A backend's settings."
};
function validate42(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === 'cmake-args' ||
                key0 === 'env' ||
                key0 === 'gpu' ||
                key0 === 'runs-on' ||
                key0 === 'os' ||
                key0 === 'compilers')) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema86,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data['cmake-args'] !== undefined) {
            let data0 = data['cmake-args'];
            const _errs4 = errors;
            let valid2 = false;
            const _errs5 = errors;
            if (typeof data0 !== 'string') {
                const err1 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema71.anyOf[0].type,
                    parentSchema: schema71.anyOf[0],
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs7 = errors;
                if (Array.isArray(data0)) {
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data1 = data0[i0];
                        if (typeof data1 !== 'string') {
                            const err2 = {
                                instancePath: instancePath + '/cmake-args/' + i0,
                                schemaPath: '#/definitions/arguments/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema71.anyOf[1].items.type,
                                parentSchema: schema71.anyOf[1].items,
                                data: data1
                            };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err3 = {
                        instancePath: instancePath + '/cmake-args',
                        schemaPath: '#/definitions/arguments/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema71.anyOf[1].type,
                        parentSchema: schema71.anyOf[1],
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                var _valid0 = _errs7 === errors;
                valid2 = valid2 || _valid0;
            }
            if (!valid2) {
                const err4 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema71.anyOf,
                    parentSchema: schema71,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            else {
                errors = _errs4;
                if (vErrors !== null) {
                    if (_errs4) {
                        vErrors.length = _errs4;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.env !== undefined) {
            let data2 = data.env;
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    const _errs14 = errors;
                    if (typeof key1 === 'string') {
                        if (!pattern18.test(key1)) {
                            const err5 = {
                                instancePath: instancePath + '/env',
                                schemaPath: '#/definitions/env/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                parentSchema: schema62.propertyNames,
                                data: key1,
                                propertyName: key1
                            };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    var valid6 = _errs14 === errors;
                    if (!valid6) {
                        const err6 = {
                            instancePath: instancePath + '/env',
                            schemaPath: '#/definitions/env/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key1 },
                            message: 'property name must be valid',
                            schema: schema62.propertyNames,
                            parentSchema: schema62,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                for (const key2 in data2) {
                    let data3 = data2[key2];
                    if (typeof data3 !== 'string' &&
                        !(typeof data3 == 'number' && isFinite(data3)) &&
                        typeof data3 !== 'boolean' &&
                        data3 !== null) {
                        const err7 = {
                            instancePath: instancePath + '/env/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/definitions/env/additionalProperties/type',
                            keyword: 'type',
                            params: { type: schema62.additionalProperties.type },
                            message: 'must be string,number,boolean,null',
                            schema: schema62.additionalProperties.type,
                            parentSchema: schema62.additionalProperties,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = {
                    instancePath: instancePath + '/env',
                    schemaPath: '#/definitions/env/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema62.type,
                    parentSchema: schema62,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.gpu !== undefined) {
            let data4 = data.gpu;
            if (typeof data4 !== 'boolean') {
                const err9 = {
                    instancePath: instancePath + '/gpu',
                    schemaPath: '#/properties/gpu/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                    schema: schema86.properties.gpu.type,
                    parentSchema: schema86.properties.gpu,
                    data: data4
                };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data['runs-on'] !== undefined) {
            if (!validate18(data['runs-on'], {
                instancePath: instancePath + '/runs-on',
                parentData: data,
                parentDataProperty: 'runs-on',
                rootData
            })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
            }
        }
        if (data.os !== undefined) {
            let data6 = data.os;
            const _errs22 = errors;
            let valid8 = false;
            const _errs23 = errors;
            if (!(data6 === 'linux' || data6 === 'macos' || data6 === 'windows')) {
                const err10 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/os/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema16.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema16.enum,
                    parentSchema: schema16,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            var _valid1 = _errs23 === errors;
            valid8 = valid8 || _valid1;
            if (!valid8) {
                const _errs25 = errors;
                if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                        const err11 = {
                            instancePath: instancePath + '/os',
                            schemaPath: '#/properties/os/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema86.properties.os.anyOf[1],
                            data: data6
                        };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    const len1 = data6.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data7 = data6[i1];
                        if (!(data7 === 'linux' || data7 === 'macos' || data7 === 'windows')) {
                            const err12 = {
                                instancePath: instancePath + '/os/' + i1,
                                schemaPath: '#/definitions/os/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema16.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema16.enum,
                                parentSchema: schema16,
                                data: data7
                            };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err13 = {
                        instancePath: instancePath + '/os',
                        schemaPath: '#/properties/os/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema86.properties.os.anyOf[1].type,
                        parentSchema: schema86.properties.os.anyOf[1],
                        data: data6
                    };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                var _valid1 = _errs25 === errors;
                valid8 = valid8 || _valid1;
            }
            if (!valid8) {
                const err14 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/properties/os/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema86.properties.os.anyOf,
                    parentSchema: schema86.properties.os,
                    data: data6
                };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            else {
                errors = _errs22;
                if (vErrors !== null) {
                    if (_errs22) {
                        vErrors.length = _errs22;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.compilers !== undefined) {
            if (!validate11(data.compilers, {
                instancePath: instancePath + '/compilers',
                parentData: data,
                parentDataProperty: 'compilers',
                rootData
            })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err15 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema86.type,
            parentSchema: schema86,
            data
        };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    validate42.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/aswf/ci-actions/build-matrix/spec.schema.json" */ let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!func2.call(schema11.properties, key0)) {
                const err0 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema11,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.project !== undefined) {
            let data0 = data.project;
            if (typeof data0 === 'string') {
                if (!pattern0.test(data0)) {
                    const err1 = {
                        instancePath: instancePath + '/project',
                        schemaPath: '#/properties/project/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9][a-z0-9-]*$' },
                        message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]*$' + '"',
                        schema: '^[a-z0-9][a-z0-9-]*$',
                        parentSchema: schema11.properties.project,
                        data: data0
                    };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            else {
                const err2 = {
                    instancePath: instancePath + '/project',
                    schemaPath: '#/properties/project/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.project.type,
                    parentSchema: schema11.properties.project,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data['vfx-platform'] !== undefined) {
            let data1 = data['vfx-platform'];
            const _errs5 = errors;
            let valid1 = false;
            const _errs6 = errors;
            const _errs8 = errors;
            let valid3 = false;
            const _errs9 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
                const err3 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/year/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema12.anyOf[0].type,
                    parentSchema: schema12.anyOf[0],
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 > 2999 || isNaN(data1)) {
                    const err4 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/0/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 2999 },
                        message: 'must be <= 2999',
                        schema: 2999,
                        parentSchema: schema12.anyOf[0],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data1 < 2000 || isNaN(data1)) {
                    const err5 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/0/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 2000 },
                        message: 'must be >= 2000',
                        schema: 2000,
                        parentSchema: schema12.anyOf[0],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs9 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
                const _errs11 = errors;
                if (typeof data1 === 'string') {
                    if (!pattern1.test(data1)) {
                        const err6 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/definitions/year/anyOf/1/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^((CY)?[0-9]{4}|latest|draft)$' },
                            message: 'must match pattern "' + '^((CY)?[0-9]{4}|latest|draft)$' + '"',
                            schema: '^((CY)?[0-9]{4}|latest|draft)$',
                            parentSchema: schema12.anyOf[1],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/definitions/year/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema12.anyOf[1].type,
                        parentSchema: schema12.anyOf[1],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                var _valid1 = _errs11 === errors;
                valid3 = valid3 || _valid1;
            }
            if (!valid3) {
                const err8 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/definitions/year/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema12.anyOf,
                    parentSchema: schema12,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            else {
                errors = _errs8;
                if (vErrors !== null) {
                    if (_errs8) {
                        vErrors.length = _errs8;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
                const _errs13 = errors;
                if (Array.isArray(data1)) {
                    if (data1.length < 1) {
                        const err9 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/properties/vfx-platform/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties['vfx-platform'].anyOf[1],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        const _errs17 = errors;
                        let valid7 = false;
                        const _errs18 = errors;
                        if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                            const err10 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/year/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                                schema: schema12.anyOf[0].type,
                                parentSchema: schema12.anyOf[0],
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        if (typeof data2 == 'number' && isFinite(data2)) {
                            if (data2 > 2999 || isNaN(data2)) {
                                const err11 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/0/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 2999 },
                                    message: 'must be <= 2999',
                                    schema: 2999,
                                    parentSchema: schema12.anyOf[0],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                            if (data2 < 2000 || isNaN(data2)) {
                                const err12 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/0/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 2000 },
                                    message: 'must be >= 2000',
                                    schema: 2000,
                                    parentSchema: schema12.anyOf[0],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        var _valid2 = _errs18 === errors;
                        valid7 = valid7 || _valid2;
                        if (!valid7) {
                            const _errs20 = errors;
                            if (typeof data2 === 'string') {
                                if (!pattern1.test(data2)) {
                                    const err13 = {
                                        instancePath: instancePath + '/vfx-platform/' + i0,
                                        schemaPath: '#/definitions/year/anyOf/1/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^((CY)?[0-9]{4}|latest|draft)$' },
                                        message: 'must match pattern "' + '^((CY)?[0-9]{4}|latest|draft)$' + '"',
                                        schema: '^((CY)?[0-9]{4}|latest|draft)$',
                                        parentSchema: schema12.anyOf[1],
                                        data: data2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err14 = {
                                    instancePath: instancePath + '/vfx-platform/' + i0,
                                    schemaPath: '#/definitions/year/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema12.anyOf[1].type,
                                    parentSchema: schema12.anyOf[1],
                                    data: data2
                                };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            var _valid2 = _errs20 === errors;
                            valid7 = valid7 || _valid2;
                        }
                        if (!valid7) {
                            const err15 = {
                                instancePath: instancePath + '/vfx-platform/' + i0,
                                schemaPath: '#/definitions/year/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf',
                                schema: schema12.anyOf,
                                parentSchema: schema12,
                                data: data2
                            };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs17;
                            if (vErrors !== null) {
                                if (_errs17) {
                                    vErrors.length = _errs17;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    const err16 = {
                        instancePath: instancePath + '/vfx-platform',
                        schemaPath: '#/properties/vfx-platform/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties['vfx-platform'].anyOf[1].type,
                        parentSchema: schema11.properties['vfx-platform'].anyOf[1],
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                var _valid0 = _errs13 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                    const _errs22 = errors;
                    if (data1 !== null) {
                        const err17 = {
                            instancePath: instancePath + '/vfx-platform',
                            schemaPath: '#/properties/vfx-platform/anyOf/2/type',
                            keyword: 'type',
                            params: { type: 'null' },
                            message: 'must be null',
                            schema: schema11.properties['vfx-platform'].anyOf[2].type,
                            parentSchema: schema11.properties['vfx-platform'].anyOf[2],
                            data: data1
                        };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    var _valid0 = _errs22 === errors;
                    valid1 = valid1 || _valid0;
                }
            }
            if (!valid1) {
                const err18 = {
                    instancePath: instancePath + '/vfx-platform',
                    schemaPath: '#/properties/vfx-platform/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties['vfx-platform'].anyOf,
                    parentSchema: schema11.properties['vfx-platform'],
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            else {
                errors = _errs5;
                if (vErrors !== null) {
                    if (_errs5) {
                        vErrors.length = _errs5;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.container !== undefined) {
            let data3 = data.container;
            const _errs25 = errors;
            let valid8 = false;
            const _errs26 = errors;
            if (typeof data3 !== 'string') {
                const err19 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/definitions/container/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema14.type,
                    parentSchema: schema14,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            var _valid3 = _errs26 === errors;
            valid8 = valid8 || _valid3;
            if (!valid8) {
                const _errs29 = errors;
                if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                        const err20 = {
                            instancePath: instancePath + '/container',
                            schemaPath: '#/properties/container/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties.container.anyOf[1],
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data4 = data3[i1];
                        if (typeof data4 !== 'string') {
                            const err21 = {
                                instancePath: instancePath + '/container/' + i1,
                                schemaPath: '#/definitions/container/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema14.type,
                                parentSchema: schema14,
                                data: data4
                            };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err22 = {
                        instancePath: instancePath + '/container',
                        schemaPath: '#/properties/container/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties.container.anyOf[1].type,
                        parentSchema: schema11.properties.container.anyOf[1],
                        data: data3
                    };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                var _valid3 = _errs29 === errors;
                valid8 = valid8 || _valid3;
            }
            if (!valid8) {
                const err23 = {
                    instancePath: instancePath + '/container',
                    schemaPath: '#/properties/container/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.container.anyOf,
                    parentSchema: schema11.properties.container,
                    data: data3
                };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            else {
                errors = _errs25;
                if (vErrors !== null) {
                    if (_errs25) {
                        vErrors.length = _errs25;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.os !== undefined) {
            let data5 = data.os;
            const _errs35 = errors;
            let valid13 = false;
            const _errs36 = errors;
            if (!(data5 === 'linux' || data5 === 'macos' || data5 === 'windows')) {
                const err24 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/definitions/os/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema16.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema16.enum,
                    parentSchema: schema16,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            var _valid4 = _errs36 === errors;
            valid13 = valid13 || _valid4;
            if (!valid13) {
                const _errs38 = errors;
                if (Array.isArray(data5)) {
                    if (data5.length < 1) {
                        const err25 = {
                            instancePath: instancePath + '/os',
                            schemaPath: '#/properties/os/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties.os.anyOf[1],
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    const len2 = data5.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data6 = data5[i2];
                        if (!(data6 === 'linux' || data6 === 'macos' || data6 === 'windows')) {
                            const err26 = {
                                instancePath: instancePath + '/os/' + i2,
                                schemaPath: '#/definitions/os/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema16.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema16.enum,
                                parentSchema: schema16,
                                data: data6
                            };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err27 = {
                        instancePath: instancePath + '/os',
                        schemaPath: '#/properties/os/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties.os.anyOf[1].type,
                        parentSchema: schema11.properties.os.anyOf[1],
                        data: data5
                    };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                var _valid4 = _errs38 === errors;
                valid13 = valid13 || _valid4;
            }
            if (!valid13) {
                const err28 = {
                    instancePath: instancePath + '/os',
                    schemaPath: '#/properties/os/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.os.anyOf,
                    parentSchema: schema11.properties.os,
                    data: data5
                };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            else {
                errors = _errs35;
                if (vErrors !== null) {
                    if (_errs35) {
                        vErrors.length = _errs35;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.compiler !== undefined) {
            let data7 = data.compiler;
            const _errs43 = errors;
            let valid18 = false;
            const _errs44 = errors;
            if (!validate11(data7, {
                instancePath: instancePath + '/compiler',
                parentData: data,
                parentDataProperty: 'compiler',
                rootData
            })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
            var _valid5 = _errs44 === errors;
            valid18 = valid18 || _valid5;
            if (!valid18) {
                const _errs45 = errors;
                if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                    if (Object.keys(data7).length < 1) {
                        const err29 = {
                            instancePath: instancePath + '/compiler',
                            schemaPath: '#/properties/compiler/anyOf/1/minProperties',
                            keyword: 'minProperties',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 properties',
                            schema: 1,
                            parentSchema: schema11.properties.compiler.anyOf[1],
                            data: data7
                        };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key1 in data7) {
                        if (!(key1 === 'linux' || key1 === 'macos' || key1 === 'windows')) {
                            const err30 = {
                                instancePath: instancePath + '/compiler',
                                schemaPath: '#/properties/compiler/anyOf/1/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key1 },
                                message: 'must NOT have additional properties',
                                schema: false,
                                parentSchema: schema11.properties.compiler.anyOf[1],
                                data: data7
                            };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data7.linux !== undefined) {
                        if (!validate11(data7.linux, {
                            instancePath: instancePath + '/compiler/linux',
                            parentData: data7,
                            parentDataProperty: 'linux',
                            rootData
                        })) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data7.macos !== undefined) {
                        if (!validate11(data7.macos, {
                            instancePath: instancePath + '/compiler/macos',
                            parentData: data7,
                            parentDataProperty: 'macos',
                            rootData
                        })) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data7.windows !== undefined) {
                        if (!validate11(data7.windows, {
                            instancePath: instancePath + '/compiler/windows',
                            parentData: data7,
                            parentDataProperty: 'windows',
                            rootData
                        })) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err31 = {
                        instancePath: instancePath + '/compiler',
                        schemaPath: '#/properties/compiler/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                        schema: schema11.properties.compiler.anyOf[1].type,
                        parentSchema: schema11.properties.compiler.anyOf[1],
                        data: data7
                    };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var _valid5 = _errs45 === errors;
                valid18 = valid18 || _valid5;
            }
            if (!valid18) {
                const err32 = {
                    instancePath: instancePath + '/compiler',
                    schemaPath: '#/properties/compiler/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.compiler.anyOf,
                    parentSchema: schema11.properties.compiler,
                    data: data7
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            else {
                errors = _errs43;
                if (vErrors !== null) {
                    if (_errs43) {
                        vErrors.length = _errs43;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['build-type'] !== undefined) {
            let data11 = data['build-type'];
            const _errs52 = errors;
            let valid20 = false;
            const _errs53 = errors;
            if (!(data11 === 'Release' || data11 === 'Debug' || data11 === 'RelWithDebInfo' || data11 === 'MinSizeRel')) {
                const err33 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/definitions/buildType/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema21.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema21.enum,
                    parentSchema: schema21,
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            var _valid6 = _errs53 === errors;
            valid20 = valid20 || _valid6;
            if (!valid20) {
                const _errs55 = errors;
                if (Array.isArray(data11)) {
                    if (data11.length < 1) {
                        const err34 = {
                            instancePath: instancePath + '/build-type',
                            schemaPath: '#/properties/build-type/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties['build-type'].anyOf[1],
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    const len3 = data11.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data12 = data11[i3];
                        if (!(data12 === 'Release' ||
                            data12 === 'Debug' ||
                            data12 === 'RelWithDebInfo' ||
                            data12 === 'MinSizeRel')) {
                            const err35 = {
                                instancePath: instancePath + '/build-type/' + i3,
                                schemaPath: '#/definitions/buildType/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema21.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema21.enum,
                                parentSchema: schema21,
                                data: data12
                            };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err36 = {
                        instancePath: instancePath + '/build-type',
                        schemaPath: '#/properties/build-type/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties['build-type'].anyOf[1].type,
                        parentSchema: schema11.properties['build-type'].anyOf[1],
                        data: data11
                    };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                var _valid6 = _errs55 === errors;
                valid20 = valid20 || _valid6;
            }
            if (!valid20) {
                const err37 = {
                    instancePath: instancePath + '/build-type',
                    schemaPath: '#/properties/build-type/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties['build-type'].anyOf,
                    parentSchema: schema11.properties['build-type'],
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            else {
                errors = _errs52;
                if (vErrors !== null) {
                    if (_errs52) {
                        vErrors.length = _errs52;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cxx-standard'] !== undefined) {
            let data13 = data['cxx-standard'];
            const _errs60 = errors;
            let valid25 = false;
            const _errs61 = errors;
            if (!(data13 === 11 || data13 === 14 || data13 === 17 || data13 === 20 || data13 === 23 || data13 === 26)) {
                const err38 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/definitions/cxxStandard/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema23.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema23.enum,
                    parentSchema: schema23,
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            var _valid7 = _errs61 === errors;
            valid25 = valid25 || _valid7;
            if (!valid25) {
                const _errs63 = errors;
                if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                        const err39 = {
                            instancePath: instancePath + '/cxx-standard',
                            schemaPath: '#/properties/cxx-standard/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties['cxx-standard'].anyOf[1],
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                    const len4 = data13.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data14 = data13[i4];
                        if (!(data14 === 11 || data14 === 14 || data14 === 17 || data14 === 20 || data14 === 23 || data14 === 26)) {
                            const err40 = {
                                instancePath: instancePath + '/cxx-standard/' + i4,
                                schemaPath: '#/definitions/cxxStandard/enum',
                                keyword: 'enum',
                                params: { allowedValues: schema23.enum },
                                message: 'must be equal to one of the allowed values',
                                schema: schema23.enum,
                                parentSchema: schema23,
                                data: data14
                            };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err41 = {
                        instancePath: instancePath + '/cxx-standard',
                        schemaPath: '#/properties/cxx-standard/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties['cxx-standard'].anyOf[1].type,
                        parentSchema: schema11.properties['cxx-standard'].anyOf[1],
                        data: data13
                    };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                var _valid7 = _errs63 === errors;
                valid25 = valid25 || _valid7;
            }
            if (!valid25) {
                const err42 = {
                    instancePath: instancePath + '/cxx-standard',
                    schemaPath: '#/properties/cxx-standard/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties['cxx-standard'].anyOf,
                    parentSchema: schema11.properties['cxx-standard'],
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            else {
                errors = _errs60;
                if (vErrors !== null) {
                    if (_errs60) {
                        vErrors.length = _errs60;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['cmake-generator'] !== undefined) {
            let data15 = data['cmake-generator'];
            const _errs68 = errors;
            let valid30 = false;
            const _errs69 = errors;
            if (typeof data15 === 'string') {
                if (!pattern5.test(data15)) {
                    const err43 = {
                        instancePath: instancePath + '/cmake-generator',
                        schemaPath: '#/definitions/text/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema25,
                        data: data15
                    };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            else {
                const err44 = {
                    instancePath: instancePath + '/cmake-generator',
                    schemaPath: '#/definitions/text/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema25.type,
                    parentSchema: schema25,
                    data: data15
                };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            var _valid8 = _errs69 === errors;
            valid30 = valid30 || _valid8;
            if (!valid30) {
                const _errs72 = errors;
                if (!validate16(data15, {
                    instancePath: instancePath + '/cmake-generator',
                    parentData: data,
                    parentDataProperty: 'cmake-generator',
                    rootData
                })) {
                    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                    errors = vErrors.length;
                }
                var _valid8 = _errs72 === errors;
                valid30 = valid30 || _valid8;
            }
            if (!valid30) {
                const err45 = {
                    instancePath: instancePath + '/cmake-generator',
                    schemaPath: '#/properties/cmake-generator/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties['cmake-generator'].anyOf,
                    parentSchema: schema11.properties['cmake-generator'],
                    data: data15
                };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            else {
                errors = _errs68;
                if (vErrors !== null) {
                    if (_errs68) {
                        vErrors.length = _errs68;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.runners !== undefined) {
            let data16 = data.runners;
            if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                for (const key2 in data16) {
                    if (!(key2 === 'linux' ||
                        key2 === 'macos' ||
                        key2 === 'windows' ||
                        key2 === 'gpu' ||
                        key2 === 'cuda' ||
                        key2 === 'hip' ||
                        key2 === 'gitlab')) {
                        const err46 = {
                            instancePath: instancePath + '/runners',
                            schemaPath: '#/properties/runners/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.runners,
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                if (data16.linux !== undefined) {
                    if (!validate18(data16.linux, {
                        instancePath: instancePath + '/runners/linux',
                        parentData: data16,
                        parentDataProperty: 'linux',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.macos !== undefined) {
                    if (!validate18(data16.macos, {
                        instancePath: instancePath + '/runners/macos',
                        parentData: data16,
                        parentDataProperty: 'macos',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.windows !== undefined) {
                    if (!validate18(data16.windows, {
                        instancePath: instancePath + '/runners/windows',
                        parentData: data16,
                        parentDataProperty: 'windows',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.gpu !== undefined) {
                    if (!validate18(data16.gpu, {
                        instancePath: instancePath + '/runners/gpu',
                        parentData: data16,
                        parentDataProperty: 'gpu',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.cuda !== undefined) {
                    if (!validate18(data16.cuda, {
                        instancePath: instancePath + '/runners/cuda',
                        parentData: data16,
                        parentDataProperty: 'cuda',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.hip !== undefined) {
                    if (!validate18(data16.hip, {
                        instancePath: instancePath + '/runners/hip',
                        parentData: data16,
                        parentDataProperty: 'hip',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                        errors = vErrors.length;
                    }
                }
                if (data16.gitlab !== undefined) {
                    if (!validate25(data16.gitlab, {
                        instancePath: instancePath + '/runners/gitlab',
                        parentData: data16,
                        parentDataProperty: 'gitlab',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err47 = {
                    instancePath: instancePath + '/runners',
                    schemaPath: '#/properties/runners/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.runners.type,
                    parentSchema: schema11.properties.runners,
                    data: data16
                };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data['image-tags'] !== undefined) {
            let data24 = data['image-tags'];
            if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                for (const key3 in data24) {
                    const _errs85 = errors;
                    if (typeof key3 === 'string') {
                        if (!pattern16.test(key3)) {
                            const err48 = {
                                instancePath: instancePath + '/image-tags',
                                schemaPath: '#/properties/image-tags/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^(CY)?[0-9]{4}$' },
                                message: 'must match pattern "' + '^(CY)?[0-9]{4}$' + '"',
                                schema: '^(CY)?[0-9]{4}$',
                                parentSchema: schema11.properties['image-tags'].propertyNames,
                                data: key3,
                                propertyName: key3
                            };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    var valid33 = _errs85 === errors;
                    if (!valid33) {
                        const err49 = {
                            instancePath: instancePath + '/image-tags',
                            schemaPath: '#/properties/image-tags/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key3 },
                            message: 'property name must be valid',
                            schema: schema11.properties['image-tags'].propertyNames,
                            parentSchema: schema11.properties['image-tags'],
                            data: data24
                        };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                }
                for (const key4 in data24) {
                    let data25 = data24[key4];
                    if (typeof data25 === 'string') {
                        if (!pattern5.test(data25)) {
                            const err50 = {
                                instancePath: instancePath + '/image-tags/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                                schemaPath: '#/definitions/text/pattern',
                                keyword: 'pattern',
                                params: { pattern: '\\S' },
                                message: 'must match pattern "' + '\\S' + '"',
                                schema: '\\S',
                                parentSchema: schema25,
                                data: data25
                            };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err51 = {
                            instancePath: instancePath + '/image-tags/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/definitions/text/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema25.type,
                            parentSchema: schema25,
                            data: data25
                        };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err52 = {
                    instancePath: instancePath + '/image-tags',
                    schemaPath: '#/properties/image-tags/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties['image-tags'].type,
                    parentSchema: schema11.properties['image-tags'],
                    data: data24
                };
                if (vErrors === null) {
                    vErrors = [err52];
                }
                else {
                    vErrors.push(err52);
                }
                errors++;
            }
        }
        if (data.env !== undefined) {
            let data26 = data.env;
            if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
                for (const key5 in data26) {
                    const _errs92 = errors;
                    if (typeof key5 === 'string') {
                        if (!pattern18.test(key5)) {
                            const err53 = {
                                instancePath: instancePath + '/env',
                                schemaPath: '#/properties/env/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                parentSchema: schema11.properties.env.propertyNames,
                                data: key5,
                                propertyName: key5
                            };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                    var valid36 = _errs92 === errors;
                    if (!valid36) {
                        const err54 = {
                            instancePath: instancePath + '/env',
                            schemaPath: '#/properties/env/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key5 },
                            message: 'property name must be valid',
                            schema: schema11.properties.env.propertyNames,
                            parentSchema: schema11.properties.env,
                            data: data26
                        };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                }
                for (const key6 in data26) {
                    let data27 = data26[key6];
                    if (typeof data27 !== 'string' &&
                        !(typeof data27 == 'number' && isFinite(data27)) &&
                        typeof data27 !== 'boolean') {
                        const err55 = {
                            instancePath: instancePath + '/env/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/properties/env/additionalProperties/type',
                            keyword: 'type',
                            params: { type: schema11.properties.env.additionalProperties.type },
                            message: 'must be string,number,boolean',
                            schema: schema11.properties.env.additionalProperties.type,
                            parentSchema: schema11.properties.env.additionalProperties,
                            data: data27
                        };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err56 = {
                    instancePath: instancePath + '/env',
                    schemaPath: '#/properties/env/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.env.type,
                    parentSchema: schema11.properties.env,
                    data: data26
                };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
        }
        if (data.exclude !== undefined) {
            let data28 = data.exclude;
            if (Array.isArray(data28)) {
                const len5 = data28.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    if (!validate33(data28[i5], {
                        instancePath: instancePath + '/exclude/' + i5,
                        parentData: data28,
                        parentDataProperty: i5,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err57 = {
                    instancePath: instancePath + '/exclude',
                    schemaPath: '#/properties/exclude/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.exclude.type,
                    parentSchema: schema11.properties.exclude,
                    data: data28
                };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
        if (data.include !== undefined) {
            let data30 = data.include;
            if (Array.isArray(data30)) {
                const len6 = data30.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    if (!validate35(data30[i6], {
                        instancePath: instancePath + '/include/' + i6,
                        parentData: data30,
                        parentDataProperty: i6,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err58 = {
                    instancePath: instancePath + '/include',
                    schemaPath: '#/properties/include/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.include.type,
                    parentSchema: schema11.properties.include,
                    data: data30
                };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
        }
        if (data.gpu !== undefined) {
            let data32 = data.gpu;
            if (Array.isArray(data32)) {
                const len7 = data32.length;
                for (let i7 = 0; i7 < len7; i7++) {
                    if (!validate33(data32[i7], {
                        instancePath: instancePath + '/gpu/' + i7,
                        parentData: data32,
                        parentDataProperty: i7,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err59 = {
                    instancePath: instancePath + '/gpu',
                    schemaPath: '#/properties/gpu/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema11.properties.gpu.type,
                    parentSchema: schema11.properties.gpu,
                    data: data32
                };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
        }
        if (data.fuzz !== undefined) {
            let data34 = data.fuzz;
            if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
                if (data34.seeds === undefined) {
                    const err60 = {
                        instancePath: instancePath + '/fuzz',
                        schemaPath: '#/properties/fuzz/required',
                        keyword: 'required',
                        params: { missingProperty: 'seeds' },
                        message: "must have required property '" + 'seeds' + "'",
                        schema: schema11.properties.fuzz.required,
                        parentSchema: schema11.properties.fuzz,
                        data: data34
                    };
                    if (vErrors === null) {
                        vErrors = [err60];
                    }
                    else {
                        vErrors.push(err60);
                    }
                    errors++;
                }
                for (const key7 in data34) {
                    if (!(key7 === 'seeds' || key7 === 'cells')) {
                        const err61 = {
                            instancePath: instancePath + '/fuzz',
                            schemaPath: '#/properties/fuzz/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key7 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.fuzz,
                            data: data34
                        };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data34.seeds !== undefined) {
                    let data35 = data34.seeds;
                    if (Array.isArray(data35)) {
                        if (data35.length < 1) {
                            const err62 = {
                                instancePath: instancePath + '/fuzz/seeds',
                                schemaPath: '#/properties/fuzz/properties/seeds/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                                schema: 1,
                                parentSchema: schema11.properties.fuzz.properties.seeds,
                                data: data35
                            };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        const len8 = data35.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                            let data36 = data35[i8];
                            if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
                                const err63 = {
                                    instancePath: instancePath + '/fuzz/seeds/' + i8,
                                    schemaPath: '#/properties/fuzz/properties/seeds/items/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.fuzz.properties.seeds.items.type,
                                    parentSchema: schema11.properties.fuzz.properties.seeds.items,
                                    data: data36
                                };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                            if (typeof data36 == 'number' && isFinite(data36)) {
                                if (data36 > 4294967295 || isNaN(data36)) {
                                    const err64 = {
                                        instancePath: instancePath + '/fuzz/seeds/' + i8,
                                        schemaPath: '#/properties/fuzz/properties/seeds/items/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 4294967295 },
                                        message: 'must be <= 4294967295',
                                        schema: 4294967295,
                                        parentSchema: schema11.properties.fuzz.properties.seeds.items,
                                        data: data36
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (data36 < 1 || isNaN(data36)) {
                                    const err65 = {
                                        instancePath: instancePath + '/fuzz/seeds/' + i8,
                                        schemaPath: '#/properties/fuzz/properties/seeds/items/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1',
                                        schema: 1,
                                        parentSchema: schema11.properties.fuzz.properties.seeds.items,
                                        data: data36
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err66 = {
                            instancePath: instancePath + '/fuzz/seeds',
                            schemaPath: '#/properties/fuzz/properties/seeds/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.fuzz.properties.seeds.type,
                            parentSchema: schema11.properties.fuzz.properties.seeds,
                            data: data35
                        };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                }
                if (data34.cells !== undefined) {
                    if (!validate33(data34.cells, {
                        instancePath: instancePath + '/fuzz/cells',
                        parentData: data34,
                        parentDataProperty: 'cells',
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err67 = {
                    instancePath: instancePath + '/fuzz',
                    schemaPath: '#/properties/fuzz/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.fuzz.type,
                    parentSchema: schema11.properties.fuzz,
                    data: data34
                };
                if (vErrors === null) {
                    vErrors = [err67];
                }
                else {
                    vErrors.push(err67);
                }
                errors++;
            }
        }
        if (data.profiles !== undefined) {
            let data38 = data.profiles;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                for (const key8 in data38) {
                    const _errs115 = errors;
                    const _errs116 = errors;
                    const _errs117 = errors;
                    if (!(key8 === 'auto' || key8 === 'full')) {
                        const err68 = {};
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                    var valid48 = _errs117 === errors;
                    if (valid48) {
                        const err69 = {
                            instancePath: instancePath + '/profiles',
                            schemaPath: '#/properties/profiles/propertyNames/not',
                            keyword: 'not',
                            params: {},
                            message: 'must NOT be valid',
                            schema: schema11.properties.profiles.propertyNames.not,
                            parentSchema: schema11.properties.profiles.propertyNames,
                            data: key8,
                            propertyName: key8
                        };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs116;
                        if (vErrors !== null) {
                            if (_errs116) {
                                vErrors.length = _errs116;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (typeof key8 === 'string') {
                        if (!pattern33.test(key8)) {
                            const err70 = {
                                instancePath: instancePath + '/profiles',
                                schemaPath: '#/properties/profiles/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' },
                                message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9_-]*$' + '"',
                                schema: '^[A-Za-z0-9][A-Za-z0-9_-]*$',
                                parentSchema: schema11.properties.profiles.propertyNames,
                                data: key8,
                                propertyName: key8
                            };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                    var valid47 = _errs115 === errors;
                    if (!valid47) {
                        const err71 = {
                            instancePath: instancePath + '/profiles',
                            schemaPath: '#/properties/profiles/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key8 },
                            message: 'property name must be valid',
                            schema: schema11.properties.profiles.propertyNames,
                            parentSchema: schema11.properties.profiles,
                            data: data38
                        };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
                for (const key9 in data38) {
                    if (!validate40(data38[key9], {
                        instancePath: instancePath + '/profiles/' + key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                        parentData: data38,
                        parentDataProperty: key9,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err72 = {
                    instancePath: instancePath + '/profiles',
                    schemaPath: '#/properties/profiles/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.profiles.type,
                    parentSchema: schema11.properties.profiles,
                    data: data38
                };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
        }
        if (data['python-version'] !== undefined) {
            let data40 = data['python-version'];
            const _errs121 = errors;
            let valid50 = false;
            const _errs122 = errors;
            if (typeof data40 === 'string') {
                if (!pattern3.test(data40)) {
                    const err73 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/definitions/pythonVersion/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                        schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                        parentSchema: schema67,
                        data: data40
                    };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            else {
                const err74 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/definitions/pythonVersion/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema67.type,
                    parentSchema: schema67,
                    data: data40
                };
                if (vErrors === null) {
                    vErrors = [err74];
                }
                else {
                    vErrors.push(err74);
                }
                errors++;
            }
            var _valid9 = _errs122 === errors;
            valid50 = valid50 || _valid9;
            if (!valid50) {
                const _errs125 = errors;
                if (Array.isArray(data40)) {
                    if (data40.length < 1) {
                        const err75 = {
                            instancePath: instancePath + '/python-version',
                            schemaPath: '#/properties/python-version/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties['python-version'].anyOf[1],
                            data: data40
                        };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                    const len9 = data40.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                        let data41 = data40[i9];
                        if (typeof data41 === 'string') {
                            if (!pattern3.test(data41)) {
                                const err76 = {
                                    instancePath: instancePath + '/python-version/' + i9,
                                    schemaPath: '#/definitions/pythonVersion/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
                                    message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._+-]*$' + '"',
                                    schema: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
                                    parentSchema: schema67,
                                    data: data41
                                };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err77 = {
                                instancePath: instancePath + '/python-version/' + i9,
                                schemaPath: '#/definitions/pythonVersion/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema67.type,
                                parentSchema: schema67,
                                data: data41
                            };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err78 = {
                        instancePath: instancePath + '/python-version',
                        schemaPath: '#/properties/python-version/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties['python-version'].anyOf[1].type,
                        parentSchema: schema11.properties['python-version'].anyOf[1],
                        data: data40
                    };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
                var _valid9 = _errs125 === errors;
                valid50 = valid50 || _valid9;
            }
            if (!valid50) {
                const err79 = {
                    instancePath: instancePath + '/python-version',
                    schemaPath: '#/properties/python-version/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties['python-version'].anyOf,
                    parentSchema: schema11.properties['python-version'],
                    data: data40
                };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
            else {
                errors = _errs121;
                if (vErrors !== null) {
                    if (_errs121) {
                        vErrors.length = _errs121;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.backend !== undefined) {
            let data42 = data.backend;
            const _errs131 = errors;
            let valid55 = false;
            const _errs132 = errors;
            if (typeof data42 === 'string') {
                if (!pattern31.test(data42)) {
                    const err80 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/definitions/backend/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_-]*$' + '"',
                        schema: '^[A-Za-z][A-Za-z0-9_-]*$',
                        parentSchema: schema69,
                        data: data42
                    };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
            else {
                const err81 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/definitions/backend/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema69.type,
                    parentSchema: schema69,
                    data: data42
                };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
            var _valid10 = _errs132 === errors;
            valid55 = valid55 || _valid10;
            if (!valid55) {
                const _errs135 = errors;
                if (Array.isArray(data42)) {
                    if (data42.length < 1) {
                        const err82 = {
                            instancePath: instancePath + '/backend',
                            schemaPath: '#/properties/backend/anyOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                            schema: 1,
                            parentSchema: schema11.properties.backend.anyOf[1],
                            data: data42
                        };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                    const len10 = data42.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                        let data43 = data42[i10];
                        if (typeof data43 === 'string') {
                            if (!pattern31.test(data43)) {
                                const err83 = {
                                    instancePath: instancePath + '/backend/' + i10,
                                    schemaPath: '#/definitions/backend/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
                                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_-]*$' + '"',
                                    schema: '^[A-Za-z][A-Za-z0-9_-]*$',
                                    parentSchema: schema69,
                                    data: data43
                                };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err84 = {
                                instancePath: instancePath + '/backend/' + i10,
                                schemaPath: '#/definitions/backend/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema69.type,
                                parentSchema: schema69,
                                data: data43
                            };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err85 = {
                        instancePath: instancePath + '/backend',
                        schemaPath: '#/properties/backend/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema11.properties.backend.anyOf[1].type,
                        parentSchema: schema11.properties.backend.anyOf[1],
                        data: data42
                    };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                var _valid10 = _errs135 === errors;
                valid55 = valid55 || _valid10;
            }
            if (!valid55) {
                const err86 = {
                    instancePath: instancePath + '/backend',
                    schemaPath: '#/properties/backend/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema11.properties.backend.anyOf,
                    parentSchema: schema11.properties.backend,
                    data: data42
                };
                if (vErrors === null) {
                    vErrors = [err86];
                }
                else {
                    vErrors.push(err86);
                }
                errors++;
            }
            else {
                errors = _errs131;
                if (vErrors !== null) {
                    if (_errs131) {
                        vErrors.length = _errs131;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.backends !== undefined) {
            let data44 = data.backends;
            if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
                for (const key10 in data44) {
                    const _errs142 = errors;
                    if (typeof key10 === 'string') {
                        if (!pattern31.test(key10)) {
                            const err87 = {
                                instancePath: instancePath + '/backends',
                                schemaPath: '#/properties/backends/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
                                message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_-]*$' + '"',
                                schema: '^[A-Za-z][A-Za-z0-9_-]*$',
                                parentSchema: schema11.properties.backends.propertyNames,
                                data: key10,
                                propertyName: key10
                            };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                    }
                    var valid60 = _errs142 === errors;
                    if (!valid60) {
                        const err88 = {
                            instancePath: instancePath + '/backends',
                            schemaPath: '#/properties/backends/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key10 },
                            message: 'property name must be valid',
                            schema: schema11.properties.backends.propertyNames,
                            parentSchema: schema11.properties.backends,
                            data: data44
                        };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
                for (const key11 in data44) {
                    if (!validate42(data44[key11], {
                        instancePath: instancePath + '/backends/' + key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                        parentData: data44,
                        parentDataProperty: key11,
                        rootData
                    })) {
                        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err89 = {
                    instancePath: instancePath + '/backends',
                    schemaPath: '#/properties/backends/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.backends.type,
                    parentSchema: schema11.properties.backends,
                    data: data44
                };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        if (data['macos-deployment-target'] !== undefined) {
            let data46 = data['macos-deployment-target'];
            if (typeof data46 === 'string') {
                if (!pattern40.test(data46)) {
                    const err90 = {
                        instancePath: instancePath + '/macos-deployment-target',
                        schemaPath: '#/properties/macos-deployment-target/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(platform|[0-9]+(\\.[0-9]+)*)$' },
                        message: 'must match pattern "' + '^(platform|[0-9]+(\\.[0-9]+)*)$' + '"',
                        schema: '^(platform|[0-9]+(\\.[0-9]+)*)$',
                        parentSchema: schema11.properties['macos-deployment-target'],
                        data: data46
                    };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
            }
            else {
                const err91 = {
                    instancePath: instancePath + '/macos-deployment-target',
                    schemaPath: '#/properties/macos-deployment-target/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties['macos-deployment-target'].type,
                    parentSchema: schema11.properties['macos-deployment-target'],
                    data: data46
                };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
        }
        if (data['cmake-args'] !== undefined) {
            let data47 = data['cmake-args'];
            const _errs149 = errors;
            let valid63 = false;
            const _errs150 = errors;
            if (typeof data47 !== 'string') {
                const err92 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema71.anyOf[0].type,
                    parentSchema: schema71.anyOf[0],
                    data: data47
                };
                if (vErrors === null) {
                    vErrors = [err92];
                }
                else {
                    vErrors.push(err92);
                }
                errors++;
            }
            var _valid11 = _errs150 === errors;
            valid63 = valid63 || _valid11;
            if (!valid63) {
                const _errs152 = errors;
                if (Array.isArray(data47)) {
                    const len11 = data47.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                        let data48 = data47[i11];
                        if (typeof data48 !== 'string') {
                            const err93 = {
                                instancePath: instancePath + '/cmake-args/' + i11,
                                schemaPath: '#/definitions/arguments/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema71.anyOf[1].items.type,
                                parentSchema: schema71.anyOf[1].items,
                                data: data48
                            };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err94 = {
                        instancePath: instancePath + '/cmake-args',
                        schemaPath: '#/definitions/arguments/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema71.anyOf[1].type,
                        parentSchema: schema71.anyOf[1],
                        data: data47
                    };
                    if (vErrors === null) {
                        vErrors = [err94];
                    }
                    else {
                        vErrors.push(err94);
                    }
                    errors++;
                }
                var _valid11 = _errs152 === errors;
                valid63 = valid63 || _valid11;
            }
            if (!valid63) {
                const err95 = {
                    instancePath: instancePath + '/cmake-args',
                    schemaPath: '#/definitions/arguments/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema71.anyOf,
                    parentSchema: schema71,
                    data: data47
                };
                if (vErrors === null) {
                    vErrors = [err95];
                }
                else {
                    vErrors.push(err95);
                }
                errors++;
            }
            else {
                errors = _errs149;
                if (vErrors !== null) {
                    if (_errs149) {
                        vErrors.length = _errs149;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data['ctest-args'] !== undefined) {
            let data49 = data['ctest-args'];
            const _errs158 = errors;
            let valid67 = false;
            const _errs159 = errors;
            if (typeof data49 !== 'string') {
                const err96 = {
                    instancePath: instancePath + '/ctest-args',
                    schemaPath: '#/definitions/arguments/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema71.anyOf[0].type,
                    parentSchema: schema71.anyOf[0],
                    data: data49
                };
                if (vErrors === null) {
                    vErrors = [err96];
                }
                else {
                    vErrors.push(err96);
                }
                errors++;
            }
            var _valid12 = _errs159 === errors;
            valid67 = valid67 || _valid12;
            if (!valid67) {
                const _errs161 = errors;
                if (Array.isArray(data49)) {
                    const len12 = data49.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                        let data50 = data49[i12];
                        if (typeof data50 !== 'string') {
                            const err97 = {
                                instancePath: instancePath + '/ctest-args/' + i12,
                                schemaPath: '#/definitions/arguments/anyOf/1/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema71.anyOf[1].items.type,
                                parentSchema: schema71.anyOf[1].items,
                                data: data50
                            };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err98 = {
                        instancePath: instancePath + '/ctest-args',
                        schemaPath: '#/definitions/arguments/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                        schema: schema71.anyOf[1].type,
                        parentSchema: schema71.anyOf[1],
                        data: data49
                    };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
                var _valid12 = _errs161 === errors;
                valid67 = valid67 || _valid12;
            }
            if (!valid67) {
                const err99 = {
                    instancePath: instancePath + '/ctest-args',
                    schemaPath: '#/definitions/arguments/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                    schema: schema71.anyOf,
                    parentSchema: schema71,
                    data: data49
                };
                if (vErrors === null) {
                    vErrors = [err99];
                }
                else {
                    vErrors.push(err99);
                }
                errors++;
            }
            else {
                errors = _errs158;
                if (vErrors !== null) {
                    if (_errs158) {
                        vErrors.length = _errs158;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err100 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.type,
            parentSchema: schema11,
            data
        };
        if (vErrors === null) {
            vErrors = [err100];
        }
        else {
            vErrors.push(err100);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-schema.js


const checkAgainstSchema = validate;
function checkSpecShape(value) {
    if (checkAgainstSchema(value))
        return { spec: value, problems: [] };
    return { problems: describeErrors(checkAgainstSchema.errors ?? [], value) };
}
/** A JSON pointer as a spec path: list indexes become numbers, map keys stay text (`image-tags: { 2023: … }`). */
function toPath(instancePath, root) {
    if (instancePath === '')
        return [];
    let node = root;
    return instancePath
        .slice(1)
        .split('/')
        .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(part => {
        const segment = Array.isArray(node) ? Number(part) : part;
        node = node?.[segment];
        return segment;
    });
}
/**
 * The checker reports every failed branch of an `anyOf`; a person wants the deepest place that is wrong and, where
 * the value fits none of the accepted shapes, the description of those shapes. A `propertyNames` error is left
 * out: the errors about the name itself say why it is refused.
 */
function describeErrors(errors, root) {
    const located = errors
        .filter(error => error.keyword !== 'propertyNames')
        .map(error => ({ error, path: errorPath(error, root) }));
    const deepest = located.filter(({ path }) => !located.some(other => other.path.length > path.length && startsWith(other.path, path)));
    const byPlace = new Map();
    for (const { error, path } of deepest) {
        const key = JSON.stringify(path);
        const entry = byPlace.get(key) ?? { path, messages: [] };
        byPlace.set(key, entry);
        entry.messages.push(describe(error));
    }
    return [...byPlace.values()].map(({ path, messages }) => {
        const anyOf = messages.find(m => m.startsWith('expected '));
        return problem(path, anyOf ?? [...new Set(messages)].join('; '));
    });
}
/** Unknown keys and refused key names are about the key itself, one level below where the checker reports them. */
function errorPath(error, root) {
    const path = toPath(error.instancePath, root);
    const key = error.params.additionalProperty ?? error.propertyName;
    return key === undefined ? path : [...path, String(key)];
}
function startsWith(path, prefix) {
    return prefix.every((part, index) => path[index] === part);
}
function describe(error) {
    const name = error.propertyName;
    if (name !== undefined) {
        return error.keyword === 'pattern'
            ? `the key '${String(name)}' is not accepted (must match ${String(error.params.pattern)})`
            : `the key '${String(name)}' is not allowed here`;
    }
    switch (error.keyword) {
        case 'additionalProperties': {
            const accepted = Object.keys(error.parentSchema.properties ?? {});
            return `unknown key '${String(error.params.additionalProperty)}'${accepted.length ? ` (accepted: ${accepted.join(', ')})` : ''}`;
        }
        case 'enum':
            return `must be one of ${error.params.allowedValues.map(v => `'${String(v)}'`).join(', ')}`;
        case 'anyOf':
            return `expected ${error.parentSchema.description ?? 'another shape'}`;
        case 'not':
            return `is not allowed here: ${error.parentSchema.description ?? 'remove it'}`;
        case 'type':
            return `${error.message ?? 'has the wrong type'}${error.parentSchema.description ? ` (${error.parentSchema.description})` : ''}`;
        case 'required':
            return `the key '${String(error.params.missingProperty)}' is required`;
        case 'pattern':
            return `has a value that is not accepted (must match ${String(error.params.pattern)})`;
        default:
            return error.message ?? error.keyword;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/pipeline.js
/**
 * The one build-matrix pipeline, from the spec's text to the cells: read (YAML with positions), check the shape,
 * choose the profile, expand, check the size. Pure: every problem comes back located in the spec, every warning as
 * text, and the caller reports them through its own sink (the action annotates, the CLI prints `file:line:col`).
 * The action and `ci-actions matrix` both call `planMatrix`, so they cannot drift apart.
 *
 * The whole spec is validated whatever the profile: a profile narrows which cells run, never which problems are
 * found, so a spec error is an error on pull requests too.
 */






/** The spec's text → the spec, its shape checked; every problem at its place. */
function readMatrixSpec(source) {
    const document = parseSpecDocument(source.text);
    if (document.syntaxProblems.length > 0) {
        const problems = document.syntaxProblems.map(({ message, position }) => ({
            path: [],
            message,
            severity: 'error',
            at: position,
            text: message
        }));
        return { problems, locate: document.locate };
    }
    const shape = checkSpecShape(document.value);
    return {
        spec: shape.spec,
        problems: locateAll(shape.problems, document.locate),
        locate: document.locate
    };
}
/** Throws InputError only for a profile the spec does not define (an input problem, not a spec problem). */
function planMatrix(request) {
    const read = readMatrixSpec(request.source);
    const { spec } = read;
    if (!spec || hasError(read.problems))
        return failed(read.problems, request.source, spec);
    const profile = chooseProfile(request.profile, request.eventName, Object.keys(spec.profiles ?? {}));
    const full = expandMatrix(spec);
    const expansion = profile.name === undefined ? full : expandMatrix(spec, { profile: profile.name });
    const problems = [...read.problems, ...locateAll(pipeline_unique([...full.problems, ...expansion.problems]), read.locate)];
    if (hasError(problems))
        return { ...failed(problems, request.source, spec), profile, expansion };
    const { cells } = expansion;
    const plan = { cells, problems, warnings: [], profile, expansion, spec };
    if (cells.length > request.maxJobs) {
        plan.cells = [];
        plan.failure =
            `The matrix has ${cells.length} cells, more than max-jobs (${request.maxJobs}); ${profile.reason}. Axes: ` +
                `${expansion.axesText}, ${spec.include?.length ?? 0} include, ${expansion.excluded} excluded. ` +
                'Narrow an axis, add excludes or run a profile: nothing was trimmed.';
        return plan;
    }
    // The year of the CentOS 7 image, whether the year or an include named it (an include's aswf/ci-base:2021).
    const legacyYears = cells.filter(c => c['legacy-glibc']).map(c => legacyImage(c.container) ?? c['vfx-platform']);
    for (const year of new Set(legacyYears)) {
        plan.warnings.push(`CY${year} Linux cells run in a CentOS 7 (glibc 2.17) image: node24 actions cannot start inside it. ` +
            "Run JavaScript actions on the host for those cells (see the cell's legacy-glibc).");
    }
    if (cells.length === 0)
        plan.warnings.push(`The matrix is empty (${profile.reason}): skip the jobs that use it with is-empty.`);
    return plan;
}
function failed(problems, source, spec) {
    const errors = problems.filter(p => p.severity === 'error');
    const lines = [...new Set(errors.map(p => p.at.line))].sort((a, b) => a - b);
    const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    const failure = `The matrix spec (${source.label}) has ${count}, at ${where}, each reported at its place.`;
    return { cells: [], problems, warnings: [], failure, spec };
}
const hasError = (problems) => problems.some(p => p.severity === 'error');
/** Each problem with its place in the spec and its text. */
function locateAll(problems, locate) {
    return problems.map(p => ({ ...p, at: locate(p.path), text: problemText(p) }));
}
/** The full expansion and the profile's find the same problems twice: each once, in the order first found. */
function pipeline_unique(problems) {
    const seen = new Set();
    return problems.filter(p => {
        const key = `${p.severity}\u0000${problemText(p)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./.tmp/build-js/cli/src/arguments.js
var src_arguments = __webpack_require__(3312);
;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/gitlab/child-pipeline.js


const STAGES = ['cpu', 'gpu'];
const DEFAULT_TIMEOUT = '1h';
/** A child pipeline is a merge-request pipeline when its own source is, or when its parent says so (see README). */
const MERGE_REQUEST_RULE = '$CI_PIPELINE_SOURCE == "merge_request_event" || $CI_ACTIONS_PIPELINE_SOURCE == "merge_request_event"';
const DEFAULT_SCRIPT = [
    'cmake -S . -B build -G "$CMAKE_GENERATOR" -DCMAKE_BUILD_TYPE="$CMAKE_BUILD_TYPE" -DCMAKE_CXX_STANDARD="$CMAKE_CXX_STANDARD" $CMAKE_ARGS',
    'cmake --build build --parallel',
    'ctest --test-dir build --output-on-failure $CTEST_ARGS'
];
const GPU_NODE_TYPES = ['nvidia', 'amd'];
/** The node type a cell runs on: its backend's, else a GPU cell's NVIDIA node, else a CPU node. */
function nodeTypeOf(cell) {
    switch (cell.backend) {
        case 'cuda':
            return 'nvidia';
        case 'hip':
            return 'amd';
        case 'sycl':
            return 'intel';
        default:
            return cell.gpu ? 'nvidia' : 'cpu';
    }
}
function childPipeline(spec, cells, options) {
    const gitlab = spec.runners?.gitlab ?? {};
    const problems = [];
    const protectedTags = new Set(asList(gitlab.protected));
    const withhold = !options.trust.trusted && gitlab['allow-forks'] !== true;
    const jobs = {};
    const comments = {};
    const at = spec.runners?.gitlab ? ['runners', 'gitlab'] : spec.runners ? ['runners'] : [];
    for (const cell of cells) {
        if (cell.os !== 'linux') {
            problems.push(problem(['os'], `cell ${cell.id} is a ${cell.os} cell: GitLab jobs are generated for linux cells (exclude { os: ${cell.os} })`));
            continue;
        }
        let nodeType = nodeTypeOf(cell);
        if (nodeType === 'intel' && gitlab.intel === undefined)
            nodeType = 'cpu';
        let tags = asList(gitlab[nodeType]).map(String);
        if (tags.length === 0) {
            problems.push(problem(at, `cell ${cell.id} runs on ${nodeType === 'cpu' ? 'a CPU' : `an ${nodeType}`} node: set runners.gitlab.${nodeType} (the tags of that node type)`));
            continue;
        }
        const lines = [`${cell.name}: node type ${nodeType}.`];
        const trustVars = {};
        const held = tags.filter(tag => protectedTags.has(tag));
        let gpu = cell.gpu;
        const withheld = withhold && held.length > 0;
        if (withheld) {
            const fallback = asList(gitlab.cpu)
                .map(String)
                .filter(tag => !protectedTags.has(tag));
            const why = `${options.trust.reason}: protected tags ${held.join(', ')} withheld (runners.gitlab.allow-forks is not true)`;
            lines.push(`Untrusted: ${why}.`, fallback.length > 0
                ? `Builds on the CPU node's tags (${fallback.join(', ')}), GPU tests off.`
                : 'No unprotected CPU tags: builds on any untagged runner, GPU tests off.');
            tags = fallback;
            nodeType = 'cpu';
            gpu = false;
            trustVars.CI_ACTIONS_TRUST = `untrusted: ${why}`;
        }
        else {
            trustVars.CI_ACTIONS_TRUST = `${options.trust.trusted ? 'trusted' : 'untrusted'}: ${options.trust.reason}`;
        }
        trustVars.CI_ACTIONS_GPU = String(gpu);
        trustVars.CI_ACTIONS_RUN_GPU_TESTS = String(gpu);
        const inPr = options.prCells === undefined || options.prCells.has(cell.id);
        if (!inPr)
            lines.push("Not in the 'pr' profile: skipped in merge-request pipelines.");
        const image = cell.container || gitlab.image;
        const job = {
            stage: GPU_NODE_TYPES.includes(nodeType) ? 'gpu' : 'cpu',
            ...(image ? { image } : {}),
            ...(tags.length > 0 ? { tags } : {}),
            variables: jobVariables(cell, trustVars),
            rules: [{ if: MERGE_REQUEST_RULE, when: inPr ? 'on_success' : 'never' }, { when: 'on_success' }],
            interruptible: true,
            timeout: gitlab.timeout ?? DEFAULT_TIMEOUT,
            // A withheld GPU cell builds on a CPU node; the default script then leaves out ctest (its GPU tests cannot
            // run there). A spec's own script reads CI_ACTIONS_RUN_GPU_TESTS.
            script: gitlab.script ?? (withheld ? DEFAULT_SCRIPT.filter(line => !line.startsWith('ctest')) : DEFAULT_SCRIPT)
        };
        jobs[cell.id] = job;
        comments[cell.id] = lines;
    }
    return {
        stages: [...STAGES],
        variables: {
            CI_ACTIONS_TRUST: `${options.trust.trusted ? 'trusted' : 'untrusted'}: ${options.trust.reason}`
        },
        jobs,
        comments,
        problems
    };
}
/** What a build reads: compilers, CMake settings, the cell's env (backend variables included), then trust. */
function jobVariables(cell, trust) {
    const plain = {
        CI_ACTIONS_CELL: cell.id,
        CC: cell.cc,
        CXX: cell.cxx,
        CMAKE_BUILD_TYPE: cell['build-type'],
        CMAKE_CXX_STANDARD: String(cell['cxx-standard']),
        CMAKE_GENERATOR: cell['cmake-generator'],
        CMAKE_ARGS: cell['cmake-args'].join(' '),
        CTEST_ARGS: cell['ctest-args'].join(' ')
    };
    if (cell['vfx-platform'] !== null)
        plain.VFX_PLATFORM = String(cell['vfx-platform']);
    if (cell['python-version'])
        plain.PYTHON_VERSION = cell['python-version'];
    Object.assign(plain, cell.env, trust);
    // GitLab expands $NAME in variables: a value from the spec is meant literally.
    return Object.fromEntries(Object.entries(plain).map(([name, value]) => [name, value.includes('$') ? { value, expand: false } : value]));
}
/** The pipeline as YAML text, each job preceded by its comment lines. */
async function renderChildPipeline(pipeline, header) {
    const { stringify } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // GitLab reads YAML 1.1 (Ruby's Psych): written as 1.1, `ON`, `yes` and `0755` stay text in every variable.
    const yaml = (value) => stringify(value, { version: '1.1', lineWidth: 0 });
    const comment = (lines) => lines.map(line => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('');
    const parts = [comment(header), yaml({ stages: pipeline.stages, variables: pipeline.variables })];
    for (const [name, job] of Object.entries(pipeline.jobs)) {
        parts.push('\n', comment(pipeline.comments[name] ?? []), yaml({ [name]: job }));
    }
    if (Object.keys(pipeline.jobs).length === 0) {
        // GitLab refuses a pipeline without a job: say plainly that the matrix is empty.
        parts.push('\n', yaml({ 'empty-matrix': { stage: 'cpu', script: ['echo "The matrix has no cells for this pipeline."'] } }));
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/gitlab/trust.js
const MERGE_REQUEST_EVENT = 'merge_request_event';
const EXTERNAL_PULL_REQUEST_EVENT = 'external_pull_request_event';
function gitlabTrust(env) {
    const source = env.CI_PIPELINE_SOURCE?.trim() ?? '';
    if (source === MERGE_REQUEST_EVENT) {
        const from = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID?.trim();
        const here = env.CI_PROJECT_ID?.trim();
        // The merge request's target project: differs from CI_PROJECT_ID when the pipeline runs in the fork itself.
        const into = env.CI_MERGE_REQUEST_PROJECT_ID?.trim() || here;
        if (!from || !here)
            return {
                trusted: false,
                reason: 'merge request pipeline without CI_MERGE_REQUEST_SOURCE_PROJECT_ID and CI_PROJECT_ID: treated as a fork'
            };
        if (from !== here || from !== into)
            return {
                trusted: false,
                reason: `merge request from fork project ${from} into project ${into}`,
                headRepository: from
            };
        return { trusted: true, reason: `merge request within project ${into}` };
    }
    // GitLab CI/CD for external repositories (GitHub pull requests mirrored into GitLab).
    if (source === EXTERNAL_PULL_REQUEST_EVENT) {
        const from = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY?.trim();
        const into = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY?.trim();
        if (!from || !into || from.toLowerCase() !== into.toLowerCase())
            return {
                trusted: false,
                reason: `external pull request from ${from || 'an unknown repository'} into ${into || 'an unknown repository'}`,
                headRepository: from
            };
        return { trusted: true, reason: `external pull request within ${into}` };
    }
    return {
        trusted: true,
        reason: `${source || 'local'} pipeline of project ${env.CI_PROJECT_ID?.trim() || '(unknown)'}`
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/commands/matrix.js
/**
 * ci-actions matrix [--spec-file <file>] [--format github|gitlab] [--profile auto|full|<name>] [--max-jobs N]
 *
 * build-matrix outside GitHub, through the action's own pipeline (planMatrix): `github` prints the action's
 * `matrix` output (`{"include": [cells]}`), with the same problems, warnings and failures; `gitlab` prints a
 * child pipeline for `trigger: include: artifact:`. Problems are printed as `file:line:col: severity: text`, the
 * places the action annotates; warnings as `warning: text`. Exit status 1 on an error, 2 for a bad command line.
 */







const FORMATS = ['github', 'gitlab'];
async function run(args, io) {
    const values = args.values;
    const format = values.format ?? 'github';
    if (!FORMATS.includes(format))
        throw (0,src_arguments/* badValue */.tm)('format', format, FORMATS.join(' or '), 'matrix');
    const maxJobs = (0,src_arguments/* wholeNumber */.rD)('max-jobs', values['max-jobs'], { min: 1, max: GITHUB_MATRIX_LIMIT, fallback: GITHUB_MATRIX_LIMIT }, 'matrix');
    if (format === 'gitlab' && (values.profile !== undefined || values['max-jobs'] !== undefined))
        throw (0,src_arguments/* badValue */.tm)('profile/--max-jobs', 'with --format gitlab', "--format github (GitLab's rules pick the 'pr' profile)", 'matrix');
    const specFile = values['spec-file'] ?? DEFAULT_SPEC_FILE;
    let source;
    try {
        source = readSpecFile(specFile, io.cwd);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        io.err(`ci-actions matrix: --spec-file '${error.value}': expected ${error.accepted.split(':')[0]}.\n`);
        return 1;
    }
    try {
        return format === 'github' ? github(source, values.profile ?? 'auto', maxJobs, io) : await gitlab(source, io);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz && error.input === 'profile')
            throw (0,src_arguments/* badValue */.tm)('profile', error.value, error.accepted, 'matrix');
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        io.err(`ci-actions matrix: ${error.message}\n`);
        return 1;
    }
}
/** Exactly the action: the same plan, the same problems, warnings and failure line. */
function github(source, profile, maxJobs, io) {
    const plan = planMatrix({ source, profile, maxJobs, eventName: io.env.GITHUB_EVENT_NAME ?? '' });
    printProblems(plan.problems, source, io);
    for (const warning of plan.warnings)
        io.err(`warning: ${warning}\n`);
    if (plan.failure) {
        io.err(`ci-actions matrix: ${plan.failure}\n`);
        return 1;
    }
    io.out(`${JSON.stringify({ include: plan.cells })}\n`);
    return 0;
}
async function gitlab(source, io) {
    const read = readMatrixSpec(source);
    if (printProblems(read.problems, source, io) || !read.spec)
        return 1;
    const spec = read.spec;
    const forExpansion = withGitlabNodeTypes(spec);
    const located = (problems) => locateAll(problems, read.locate);
    const full = expandMatrix(forExpansion);
    if (printProblems(located(full.problems), source, io))
        return 1;
    const pr = spec.profiles?.pr ? expandMatrix(forExpansion, { profile: 'pr' }) : undefined;
    const trust = gitlabTrust(io.env);
    const pipeline = childPipeline(spec, full.cells, {
        prCells: pr && new Set(pr.cells.map(cell => cell.id)),
        trust
    });
    if (printProblems(located(pipeline.problems), source, io))
        return 1;
    const header = [
        `Generated by ci-actions matrix --format gitlab from ${source.label}: ${Object.keys(pipeline.jobs).length} jobs (${full.axesText}).`,
        pr
            ? `Merge-request pipelines run the 'pr' profile (${pr.cells.length} jobs); other pipelines run them all.`
            : 'Every pipeline runs every job (the spec has no pr profile).',
        `Trust: ${trust.trusted ? 'trusted' : 'untrusted'}, ${trust.reason}.`
    ];
    io.out(await renderChildPipeline(pipeline, header));
    return 0;
}
/**
 * build-matrix wants a GitHub node type for cuda and hip cells (runners.cuda/hip/gpu). On GitLab the node types are
 * runners.gitlab's; fill the GitHub keys from them (or a placeholder) so the expansion runs, and let the GitLab
 * mapping report a missing node type in GitLab's terms. `runs-on` is not used in a GitLab pipeline.
 */
function withGitlabNodeTypes(spec) {
    const runners = { ...spec.runners };
    runners.cuda ??= runners.gpu ?? spec.runners?.gitlab?.nvidia ?? 'gitlab-nvidia';
    runners.hip ??= spec.runners?.gitlab?.amd ?? 'gitlab-amd';
    return { ...spec, runners };
}
/** Prints each problem at its place in the spec, as the action annotates it; true when any is an error. */
function printProblems(problems, source, io) {
    for (const p of problems)
        io.err(`${source.label}:${p.at.line}:${p.at.column}: ${p.severity}: ${p.text}\n`);
    return problems.some(p => p.severity === 'error');
}


/***/ }),

/***/ 2677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export errorMessage */
/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
class UserError extends Error {
    name = 'UserError';
}
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
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ debugDecision),
/* harmony export */   Rm: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony exports neutralizeCommands, setOutput, exportVariable, addPath, getIDToken, hasIDToken, setFailed, setSecret, runnerContext, runnerTemp */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/**
 * The toolkit's facade over the runner protocol (@actions/core): outputs, exported variables, PATH, logging,
 * masks, the OIDC token, and the runner context read once from the environment. Actions and the toolkit call
 * these, never @actions/core directly, so that every logged line of untrusted text is neutralized. Outputs are
 * validated against nothing here: test/repository/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 *
 * What @actions/core does not do for us: `core.info` writes its text raw, so text from outside (API answers, tool
 * output, file names, runner and GPU names) could start a workflow command of its own. Every line logged here goes
 * through neutralizeCommands first. Annotations, debug lines, masks and group titles are single commands whose data
 * @actions/core escapes (`%`, CR and LF become `%25`, `%0D`, `%0A`), so their text cannot begin a second line;
 * group titles are neutralized as well.
 */


/**
 * Text from outside must never start a workflow command: the runner reads a line as a command when, after leading
 * white space, it starts with `::`, and as a legacy command when it holds `##[`. A zero-width space (not white
 * space to the runner) breaks both; line ends of every kind (CR alone too) are made plain newlines so that a bare
 * CR cannot hide a second line.
 */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
        .join(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function setOutput(name, value) {
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
function exportVariable(name, value) {
    core.exportVariable(name, value);
}
function addPath(path) {
    core.addPath(path);
}
/** The workflow's OIDC token for `audience` (Sigstore's keyless signing); needs `permissions: id-token: write`. */
function getIDToken(audience) {
    return core.getIDToken(audience);
}
/** Whether the runner offers an OIDC token to this job (the variables getIDToken reads are both set). */
function hasIDToken(env = process.env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralizeCommands(message)),
    notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties),
    warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties),
    error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(neutralizeCommands(name), fn)
};
/** Fails the step with one `::error::` annotation. */
function setFailed(message) {
    core.setFailed(message);
}
/** Masks a value in every later log line (the runner replaces it with ***). */
function setSecret(value) {
    core.setSecret(value);
}
/**
 * Logs a decision with `::debug::` (shown only in a re-run with debug logging, RUNNER_DEBUG=1): what was decided
 * and the value it came to. Cheap when debug is off: the value is not even formatted.
 */
function debugDecision(what, value) {
    if (!_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
        return;
    let text;
    try {
        text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${what}: ${text}`);
}
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
        temp: runnerTemp(env),
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
/** The runner's temporary folder (emptied after every job); the system temp folder when run outside a runner. */
function runnerTemp(env = process.env) {
    return env.RUNNER_TEMP || tmpdir();
}


/***/ })

};
