import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * build-matrix: reads the spec (inline or a file), checks it, expands it into `strategy.matrix` JSON and writes
 * the outputs and the job summary. Problems are annotated at their line in the spec file.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const index_js_1 = __nccwpck_require__(2170);
const problems_js_1 = __nccwpck_require__(8785);
const DEFAULT_SPEC_FILE = '.github/ci-matrix.yml';
/** GitHub refuses a matrix of more than 256 jobs. */
const GITHUB_MATRIX_LIMIT = 256;
async function main() {
    const inline = (0, index_js_1.readString)('spec');
    const specFile = (0, index_js_1.readString)('spec-file', { fallback: DEFAULT_SPEC_FILE });
    const profileInput = (0, index_js_1.readString)('profile', { fallback: 'auto' });
    const maxJobs = (0, index_js_1.readInt)('max-jobs', { fallback: GITHUB_MATRIX_LIMIT, min: 1, max: GITHUB_MATRIX_LIMIT });
    const context = (0, index_js_1.runnerContext)();
    const source = inline ? { text: inline, label: "the 'spec' input" } : readSpecFile(specFile, context.workspace);
    // Loaded only now: an input error above stays on the fast path.
    const [{ parseSpecDocument }, { checkSpecShape }, { expandMatrix }, { chooseProfile }, { renderSummary }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9674)),
        __nccwpck_require__.e(/* import() */ 336).then(__nccwpck_require__.bind(__nccwpck_require__, 8336)),
        __nccwpck_require__.e(/* import() */ 173).then(__nccwpck_require__.bind(__nccwpck_require__, 1173)),
        __nccwpck_require__.e(/* import() */ 192).then(__nccwpck_require__.bind(__nccwpck_require__, 9192)),
        __nccwpck_require__.e(/* import() */ 221).then(__nccwpck_require__.bind(__nccwpck_require__, 8221))
    ]);
    const document = parseSpecDocument(source.text);
    if (document.syntaxProblems.length > 0) {
        for (const { message, position } of document.syntaxProblems)
            annotate(source, 'error', message, position);
        throw new index_js_1.UserError(`The matrix spec (${source.label}) is not valid YAML: ${document.syntaxProblems[0].message}`);
    }
    const shape = checkSpecShape(document.value);
    if (!shape.spec)
        report(shape.problems, source, document.locate);
    const spec = shape.spec;
    const profile = chooseProfile(profileInput, context.eventName, Object.keys(spec.profiles ?? {}));
    const expansion = expandMatrix(spec, { profile: profile.name });
    report(expansion.problems, source, document.locate);
    const { cells } = expansion;
    if (cells.length > maxJobs) {
        throw new index_js_1.UserError(`The matrix has ${cells.length} cells, more than max-jobs (${maxJobs}); ${profile.reason}. Axes: ` +
            `${expansion.axesText}, ${spec.include?.length ?? 0} include, ${expansion.excluded} excluded. ` +
            'Narrow an axis, add excludes or run a profile: nothing was trimmed.');
    }
    for (const year of new Set(cells.filter(c => c['legacy-glibc']).map(c => c['vfx-platform']))) {
        index_js_1.log.warning(`CY${year} Linux cells run in a CentOS 7 (glibc 2.17) image: node24 actions cannot start inside it. ` +
            "Run JavaScript actions on the host for those cells (see the cell's legacy-glibc).");
    }
    if (cells.length === 0)
        index_js_1.log.warning(`The matrix is empty (${profile.reason}): skip the jobs that use it with is-empty.`);
    (0, index_js_1.setOutput)('matrix', { include: cells });
    (0, index_js_1.setOutput)('count', cells.length);
    (0, index_js_1.setOutput)('is-empty', cells.length === 0);
    (0, index_js_1.setOutput)('ids', cells.map(c => c.id));
    (0, index_js_1.setOutput)('profile', profile.name ?? 'full');
    index_js_1.log.info(`build-matrix: ${cells.length} cells, ${profile.reason} (${expansion.axesText}).`);
    (0, index_js_1.writeSummary)(renderSummary(cells, {
        source: source.label,
        profile: profile.reason,
        axesText: expansion.axesText,
        excluded: expansion.excluded,
        duplicates: expansion.duplicates
    }));
}
function readSpecFile(specFile, workspace) {
    const path = (0, node_path_1.isAbsolute)(specFile) ? specFile : (0, node_path_1.join)(workspace, specFile);
    if (!(0, node_fs_1.existsSync)(path)) {
        throw new index_js_1.InputError('spec-file', specFile, `a spec file in the workspace (${workspace}): check out the repository first, or give the spec inline with the 'spec' input`);
    }
    const file = (0, node_path_1.relative)(workspace, path).split('\\').join('/');
    return { text: (0, node_fs_1.readFileSync)(path, 'utf8'), label: file, file };
}
/** Annotates every problem at its spec line; throws when any is an error. */
function report(problems, source, locate) {
    for (const p of problems) {
        const where = (0, problems_js_1.formatPath)(p.path);
        annotate(source, p.severity, where ? `${where}: ${p.message}` : p.message, locate(p.path));
    }
    if (problems.some(p => p.severity === 'error'))
        throw new problems_js_1.SpecError(problems, source.label);
}
function annotate(source, level, message, at) {
    const properties = { title: 'build-matrix spec', file: source.file, startLine: at.line, startColumn: at.column };
    const text = source.file ? message : `${message} (${source.label}, line ${at.line})`;
    if (level === 'error')
        index_js_1.log.error(text, properties);
    else
        index_js_1.log.warning(text, properties);
}


/***/ }),

/***/ 8785:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SpecError = exports.warningAt = exports.problem = void 0;
exports.formatPath = formatPath;
/**
 * Problems found in a spec, each tied to the place in the spec it is about, so main.ts can annotate the spec
 * file at that line. Collected rather than thrown one by one: a user fixing a spec wants every problem at once.
 */
const index_js_1 = __nccwpck_require__(2170);
const problem = (path, message) => ({ path, message, severity: 'error' });
exports.problem = problem;
const warningAt = (path, message) => ({ path, message, severity: 'warning' });
exports.warningAt = warningAt;
/** `include[0].compiler`: how a path reads in a message. */
function formatPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
/** Thrown when a spec has errors; the problems themselves are annotated by main.ts before this is reported. */
class SpecError extends index_js_1.UserError {
    problems;
    constructor(problems, source) {
        const errors = problems.filter(p => p.severity === 'error');
        super(errors.length === 1
            ? `The matrix spec (${source}) is not valid: ${formatPath(errors[0].path) || 'spec'}: ${errors[0].message}`
            : `The matrix spec (${source}) has ${errors.length} problems: see the annotations above.`);
        this.problems = problems;
    }
}
exports.SpecError = SpecError;


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

/***/ 5492:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.archiveKind = archiveKind;
exports.extractArchive = extractArchive;
/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */
const promises_1 = __nccwpck_require__(1455);
const process_js_1 = __nccwpck_require__(6635);
const errors_js_1 = __nccwpck_require__(2087);
function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new errors_js_1.UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0, promises_1.mkdir)(destination, { recursive: true });
    if (archiveKind(nameForType) === 'zip' && process.platform !== 'win32') {
        await (0, process_js_1.runProcess)('unzip', ['-q', '-o', archive, '-d', destination]);
    }
    else {
        // Windows' bsdtar reads zip as well.
        await (0, process_js_1.runProcess)('tar', ['-xf', archive, '-C', destination]);
    }
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
const node_crypto_1 = __nccwpck_require__(7598);
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
/** `name<<delimiter` heredoc, the form the runner accepts for any value. */
function formatFileCommand(name, value, delimiterValue = `ghadelimiter_${(0, node_crypto_1.randomUUID)()}`) {
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
const info = (message) => void process.stdout.write(message + node_os_1.EOL);
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
    process.stdout.write(`::group::${name}${node_os_1.EOL}`);
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

/***/ 2168:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChecksumError = void 0;
exports.downloadFile = downloadFile;
/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const node_stream_1 = __nccwpck_require__(7075);
const promises_2 = __nccwpck_require__(6466);
const errors_js_1 = __nccwpck_require__(2087);
const http_js_1 = __nccwpck_require__(3460);
const runner_js_1 = __nccwpck_require__(7578);
class ChecksumError extends errors_js_1.UserError {
}
exports.ChecksumError = ChecksumError;
async function downloadFile(url, destination, options = {}) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(destination), { recursive: true });
    const partial = `${destination}.partial-${process.pid}`;
    try {
        const result = await (0, http_js_1.withRetries)(options, () => fetchOnce(url, partial, options), (error, wait) => runner_js_1.log.info(`Download of ${url} failed (${error.message}); retrying in ${wait} ms`));
        if (options.size !== undefined && result.bytes !== options.size) {
            throw new ChecksumError(`${url}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`);
        }
        if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
            throw new ChecksumError(`${url}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`);
        }
        await (0, promises_1.rename)(partial, destination);
        return { ...result, path: destination };
    }
    finally {
        await (0, promises_1.rm)(partial, { force: true });
    }
}
async function fetchOnce(url, path, options) {
    const response = await (0, http_js_1.openResponse)(url, options);
    const status = response.statusCode ?? 0;
    if (status !== 200) {
        response.resume();
        const message = `GET ${url} answered HTTP ${status}`;
        if ((0, http_js_1.isRetryableStatus)(status))
            throw new http_js_1.RetryableError(message, status, response);
        throw new http_js_1.HttpError(message, status);
    }
    const expected = Number(response.headers['content-length'] ?? NaN);
    const hash = (0, node_crypto_1.createHash)('sha256');
    let bytes = 0;
    const tap = new node_stream_1.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    try {
        await (0, promises_2.pipeline)(response, tap, (0, node_fs_1.createWriteStream)(path));
    }
    catch (error) {
        throw new http_js_1.RetryableError(`Download of ${url} was aborted after ${bytes} bytes (${error.message})`);
    }
    if (Number.isFinite(expected) && bytes !== expected) {
        throw new http_js_1.RetryableError(`Download of ${url} was truncated: ${bytes} of ${expected} bytes`);
    }
    return { path, sha256: hash.digest('hex'), bytes };
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

/***/ 5502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PULL_REQUEST_EVENTS = void 0;
exports.readEventPayload = readEventPayload;
exports.pullRequestOf = pullRequestOf;
/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */
const node_fs_1 = __nccwpck_require__(3024);
const errors_js_1 = __nccwpck_require__(2087);
/** Events whose payload carries `pull_request` and which run code a pull request author controls. */
exports.PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
];
/** The parsed payload, `{}` when there is none; a payload that is not JSON is an error (a broken runner). */
function readEventPayload(path = process.env.GITHUB_EVENT_PATH) {
    if (!path || !(0, node_fs_1.existsSync)(path))
        return {};
    try {
        return JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new errors_js_1.UserError(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
    }
}
/** The pull request of a pull-request event, or undefined for any other event. */
function pullRequestOf(eventName, event, repository) {
    if (!exports.PULL_REQUEST_EVENTS.includes(eventName) || typeof event !== 'object' || event === null)
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


/***/ }),

/***/ 9824:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hashFile = hashFile;
exports.isSha256 = isSha256;
/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
function hashFile(path, algorithm = 'sha256') {
    return new Promise((resolve, reject) => {
        const hash = (0, node_crypto_1.createHash)(algorithm);
        (0, node_fs_1.createReadStream)(path, { highWaterMark: 1 << 20 })
            .on('data', chunk => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
function isSha256(value) {
    return /^[0-9a-f]{64}$/i.test(value);
}


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RetryableError = exports.HttpError = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.openResponse = openResponse;
exports.sleep = sleep;
exports.withRetries = withRetries;
exports.isConnectionError = isConnectionError;
exports.fetchBuffer = fetchBuffer;
exports.fetchJson = fetchJson;
const errors_js_1 = __nccwpck_require__(2087);
class HttpError extends errors_js_1.UserError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
exports.HttpError = HttpError;
/** A transient failure worth another attempt. */
class RetryableError extends HttpError {
    response;
    constructor(message, status, response) {
        super(message, status);
        this.response = response;
    }
}
exports.RetryableError = RetryableError;
const MAX_REDIRECTS = 5;
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status >= 500;
}
/** Opens a response, following redirects; the caller consumes the body. Not retried here. */
async function openResponse(url, options = {}, redirects = 0) {
    const target = new URL(url);
    const client = target.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23));
    const timeoutMs = options.timeoutMs ?? 30000;
    const response = await new Promise((resolve, reject) => {
        const request = client.request(target, { method: options.method ?? 'GET', headers: options.headers }, resolve);
        request.setTimeout(timeoutMs, () => request.destroy(new RetryableError(`No response from ${target.host} in ${timeoutMs} ms`)));
        request.on('error', reject);
        request.end(options.body);
    });
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects >= MAX_REDIRECTS)
            throw new HttpError(`Too many redirects from ${url}`);
        const next = new URL(location, target);
        // Credentials never follow a redirect to another host (release assets redirect to a storage host).
        const headers = { ...options.headers };
        if (next.host !== target.host) {
            delete headers.authorization;
            delete headers.Authorization;
        }
        return openResponse(next.toString(), { ...options, headers }, redirects + 1);
    }
    response.setTimeout(timeoutMs, () => response.destroy(new RetryableError(`Download from ${target.host} stalled for ${timeoutMs} ms`)));
    return response;
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
function retryAfterMs(response, fallback, cap) {
    const header = response?.headers['retry-after'];
    const seconds = header !== undefined ? Number(header) : NaN;
    return Number.isFinite(seconds) ? Math.min(seconds * 1000, cap) : fallback;
}
/**
 * Runs `attempt` until it succeeds, retrying what is worth retrying: a RetryableError (5xx, 429, a stall, a
 * truncated body) or a connection error. Anything else stops at once.
 */
async function withRetries(options, attempt, onRetry) {
    const retries = options.retries ?? 4;
    let delay = options.retryDelayMs ?? 1000;
    for (let n = 0;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const transient = error instanceof RetryableError || isConnectionError(error);
            if (!transient)
                throw error;
            if (n >= retries) {
                if (error instanceof HttpError)
                    throw error;
                throw new HttpError(`Connection failed after ${n + 1} attempts: ${error.message}`);
            }
            const wait = retryAfterMs(error.response, delay, options.maxRetryAfterMs ?? 30000);
            onRetry?.(error, wait);
            await sleep(wait);
            delay *= 2;
        }
    }
}
function isConnectionError(error) {
    const code = error?.code ?? '';
    return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED'].includes(code);
}
/** A whole (small) response body, with retries. 4xx other than 408/429 are returned for the caller to judge. */
function fetchBuffer(url, options = {}) {
    return withRetries(options, async () => {
        const response = await openResponse(url, options);
        const status = response.statusCode ?? 0;
        if (isRetryableStatus(status)) {
            response.resume();
            throw new RetryableError(`${options.method ?? 'GET'} ${url} answered HTTP ${status}`, status, response);
        }
        const chunks = [];
        for await (const chunk of response)
            chunks.push(chunk);
        return { status, headers: response.headers, body: Buffer.concat(chunks) };
    });
}
/** GET (or another method) returning parsed JSON; a non-2xx status is an HttpError carrying the status. */
async function fetchJson(url, options = {}) {
    const response = await fetchBuffer(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
    if (response.status < 200 || response.status >= 300) {
        throw new HttpError(`${options.method ?? 'GET'} ${url} answered HTTP ${response.status}`, response.status);
    }
    try {
        return { data: JSON.parse(response.body.toString('utf8')), headers: response.headers };
    }
    catch {
        throw new HttpError(`${url} did not return JSON`, response.status);
    }
}


/***/ }),

/***/ 2170:
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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatFileCommand = exports.formatCommand = void 0;
// The shared toolkit every action is built from. Heavy modules (HTTP clients) load lazily.
// cache.ts is deliberately not exported here: its lazy `import('@actions/cache')` makes the bundler emit a 3.5 MB
// chunk into every bundle that can reach it, so only the actions that cache import './cache.js' directly.
__exportStar(__nccwpck_require__(2087), exports);
var commands_js_1 = __nccwpck_require__(2338);
Object.defineProperty(exports, "formatCommand", ({ enumerable: true, get: function () { return commands_js_1.formatCommand; } }));
Object.defineProperty(exports, "formatFileCommand", ({ enumerable: true, get: function () { return commands_js_1.formatFileCommand; } }));
__exportStar(__nccwpck_require__(289), exports);
__exportStar(__nccwpck_require__(7578), exports);
__exportStar(__nccwpck_require__(2558), exports);
__exportStar(__nccwpck_require__(6635), exports);
__exportStar(__nccwpck_require__(6663), exports);
__exportStar(__nccwpck_require__(9824), exports);
__exportStar(__nccwpck_require__(3460), exports);
__exportStar(__nccwpck_require__(2168), exports);
__exportStar(__nccwpck_require__(5492), exports);
__exportStar(__nccwpck_require__(1365), exports);
__exportStar(__nccwpck_require__(1906), exports);
__exportStar(__nccwpck_require__(5502), exports);


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
/**
 * Process execution with argv arrays only: never a shell, so no value can be re-interpreted as shell syntax.
 * Output is captured (and optionally echoed), a timeout kills the whole process, and secrets reach children only
 * through their environment, stdin or extra file descriptors, never their argv.
 */
const node_child_process_1 = __nccwpck_require__(1421);
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
function runProcess(file, args, options = {}) {
    const extra = options.extraInputs ?? [];
    const stdio = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe')];
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0, node_child_process_1.spawn)(file, [...args], {
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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
const index_js_1 = __nccwpck_require__(2170);
const main_js_1 = __nccwpck_require__(9448);
void (0, index_js_1.runAction)({ main: main_js_1.main });

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
