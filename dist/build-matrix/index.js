import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6952:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_MATRIX_LIMIT = exports.DEFAULT_SPEC_FILE = void 0;
exports.readInputs = readInputs;
exports.readSpecFile = readSpecFile;
/**
 * The inputs of build-matrix, read and checked here only: the spec (inline, or a file in the workspace read with
 * bounds: a regular file of at most 1 MiB, never a directory, device or FIFO), the profile and max-jobs.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_fs_2 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const inputs_js_1 = __nccwpck_require__(289);
const runner_js_1 = __nccwpck_require__(7578);
exports.DEFAULT_SPEC_FILE = '.github/ci-matrix.yml';
/** GitHub refuses a matrix of more than 256 jobs. */
exports.GITHUB_MATRIX_LIMIT = 256;
/** Same bound as the YAML reader's: a spec is a few kilobytes. */
const MAX_SPEC_BYTES = 1024 * 1024;
function readInputs() {
    const inline = (0, inputs_js_1.readString)('spec');
    const specFile = (0, inputs_js_1.readString)('spec-file', { fallback: exports.DEFAULT_SPEC_FILE });
    const profile = (0, inputs_js_1.readString)('profile', { fallback: 'auto' });
    const maxJobs = (0, inputs_js_1.readInt)('max-jobs', { fallback: exports.GITHUB_MATRIX_LIMIT, min: 1, max: exports.GITHUB_MATRIX_LIMIT });
    const context = (0, runner_js_1.runnerContext)();
    if (Buffer.byteLength(inline, 'utf8') > MAX_SPEC_BYTES)
        throw new errors_js_1.InputError('spec', `${inline.slice(0, 40)}…`, 'a YAML spec of at most 1 MiB');
    const source = inline ? { text: inline, label: "the 'spec' input" } : readSpecFile(specFile, context.workspace);
    return { source, profile, maxJobs, eventName: context.eventName };
}
/** The spec file, bounded (also used by `ci-actions matrix --spec-file`, where 'spec-file' names that option). */
function readSpecFile(specFile, workspace) {
    const path = (0, node_path_1.isAbsolute)(specFile) ? specFile : (0, node_path_1.join)(workspace, specFile);
    let kind;
    try {
        const stat = (0, node_fs_1.statSync)(path);
        kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)';
    }
    catch {
        throw new errors_js_1.InputError('spec-file', specFile, `a spec file in the workspace (${workspace}): check out the repository first, or give the spec inline with the 'spec' input`);
    }
    if (kind !== 'file')
        throw new errors_js_1.InputError('spec-file', specFile, `a regular YAML file, and this is ${kind}`);
    // Opened without blocking (a FIFO swapped in after the check cannot hang the step) and read up to the bound.
    const fd = (0, node_fs_1.openSync)(path, node_fs_2.constants.O_RDONLY | (node_fs_2.constants.O_NONBLOCK ?? 0));
    try {
        if (!(0, node_fs_1.fstatSync)(fd).isFile())
            throw new errors_js_1.InputError('spec-file', specFile, 'a regular YAML file');
        const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1);
        let length = 0;
        for (let n = 1; n > 0 && length <= MAX_SPEC_BYTES; length += n) {
            n = (0, node_fs_1.readSync)(fd, buffer, length, buffer.length - length, null);
        }
        if (length > MAX_SPEC_BYTES)
            throw new errors_js_1.InputError('spec-file', specFile, 'a YAML spec of at most 1 MiB');
        const file = (0, node_path_1.relative)(workspace, path).split('\\').join('/');
        return { text: buffer.subarray(0, length).toString('utf8'), label: file, file };
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}


/***/ }),

/***/ 9448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * build-matrix: reads the spec, checks it, expands it into `strategy.matrix` JSON and writes the outputs and the
 * job summary. Problems are annotated at their line in the spec file.
 */
const runner_js_1 = __nccwpck_require__(7578);
const summary_js_1 = __nccwpck_require__(1906);
const inputs_js_1 = __nccwpck_require__(6952);
async function main() {
    const inputs = (0, inputs_js_1.readInputs)();
    // Loaded only now: an input error above stays on the fast path.
    const { readSpec, chooseProfile, expandMatrix, checkSize, renderSummary } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(267)]).then(__nccwpck_require__.bind(__nccwpck_require__, 267));
    const read = readSpec(inputs.source);
    const { spec } = read;
    const profile = chooseProfile(inputs.profile, inputs.eventName, Object.keys(spec.profiles ?? {}));
    const expansion = expandMatrix(spec, { profile: profile.name });
    const { cells, warnings } = checkSize(expansion, inputs, read, profile.reason);
    for (const warning of warnings)
        runner_js_1.log.warning(warning);
    (0, runner_js_1.setOutput)('matrix', { include: cells });
    (0, runner_js_1.setOutput)('count', cells.length);
    (0, runner_js_1.setOutput)('is-empty', cells.length === 0);
    (0, runner_js_1.setOutput)('ids', cells.map(c => c.id));
    (0, runner_js_1.setOutput)('profile', profile.name ?? 'full');
    runner_js_1.log.info(`build-matrix: ${cells.length} cells, ${profile.reason} (${expansion.axesText}).`);
    (0, summary_js_1.writeSummary)(renderSummary(cells, {
        source: inputs.source.label,
        profile: profile.reason,
        axesText: expansion.axesText,
        excluded: expansion.excluded,
        duplicates: expansion.duplicates
    }));
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
const main_js_1 = __nccwpck_require__(9448);
void (0, action_js_1.runAction)({ main: main_js_1.main });

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
