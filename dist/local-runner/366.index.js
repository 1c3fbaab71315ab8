export const id = 366;
export const ids = [366];
export const modules = {

/***/ 9414:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSystemProfiler = parseSystemProfiler;
function parseSystemProfiler(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return [];
    }
    return (parsed.SPDisplaysDataType ?? []).map(entry => {
        const name = entry.sppci_model ?? entry._name ?? 'unknown';
        const vendor = (entry.sppci_vendor ?? entry.spdisplays_vendor ?? '').replace(/^sppci_vendor_/, '');
        const cores = Number(entry.sppci_cores);
        return {
            name,
            vendor,
            cores: Number.isInteger(cores) ? cores : undefined,
            metal: entry.spdisplays_mtlgpufamilysupport?.replace(/^spdisplays_/, ''),
            usable: !/paravirtual/i.test(name) && /apple/i.test(`${vendor} ${name}`)
        };
    });
}


/***/ }),

/***/ 184:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LEGACY_QUERY_FIELDS = exports.QUERY_FIELDS = void 0;
exports.queryArgs = queryArgs;
exports.parseGpuQuery = parseGpuQuery;
exports.parseSmiHeader = parseSmiHeader;
exports.isInvalidFieldError = isInvalidFieldError;
exports.explainSmiFailure = explainSmiFailure;
exports.parseProcDriverVersion = parseProcDriverVersion;
exports.parseProcGpuInformation = parseProcGpuInformation;
exports.QUERY_FIELDS = ['index', 'uuid', 'name', 'driver_version', 'memory.total', 'compute_cap'];
/** For drivers <= 470, which reject `compute_cap` as an unknown field. */
exports.LEGACY_QUERY_FIELDS = exports.QUERY_FIELDS.filter(field => field !== 'compute_cap');
function queryArgs(fields) {
    return [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'];
}
function present(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' || /^\[.*\]$/.test(trimmed) ? undefined : trimmed;
}
/** One device per line, fields in the order asked; `[N/A]`-style values become undefined. */
function parseGpuQuery(csv, fields) {
    const devices = [];
    for (const line of csv.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const values = line.split(',').map(value => value.trim());
        // A GPU name never holds a comma, but guard anyway: extra cells belong to the name.
        if (values.length > fields.length) {
            const nameAt = fields.indexOf('name');
            values.splice(nameAt, values.length - fields.length + 1, values.slice(nameAt, nameAt + values.length - fields.length + 1).join(','));
        }
        const get = (field) => present(values[fields.indexOf(field)]);
        const index = Number(get('index'));
        const memory = Number(get('memory.total'));
        const name = get('name');
        if (!Number.isInteger(index) || name === undefined)
            continue;
        devices.push({
            index,
            uuid: get('uuid'),
            name,
            driverVersion: get('driver_version'),
            memoryMb: Number.isFinite(memory) && get('memory.total') !== undefined ? memory : undefined,
            computeCapability: get('compute_cap')
        });
    }
    return devices;
}
function parseSmiHeader(text) {
    return {
        driverVersion: /Driver Version:\s*([\d.]+)/.exec(text)?.[1],
        cudaVersion: /CUDA Version:\s*([\d.]+)/.exec(text)?.[1]
    };
}
function isInvalidFieldError(output) {
    return /is not a valid field to query/i.test(output);
}
/** A sentence for a failed nvidia-smi run: what went wrong and, where known, what fixes it. */
function explainSmiFailure(exitCode, output) {
    if (/No devices were found/i.test(output))
        return 'nvidia-smi found no NVIDIA devices ("No devices were found").';
    if (/Driver\/library version mismatch/i.test(output)) {
        return 'nvidia-smi failed: "Driver/library version mismatch" (the loaded kernel driver and the user-space library differ; the runner needs a reboot or a consistent driver install).';
    }
    if (/couldn't communicate with the NVIDIA driver/i.test(output)) {
        return 'nvidia-smi could not communicate with the NVIDIA driver (the driver is not loaded).';
    }
    const first = output.trim().split(/\r?\n/)[0] ?? '';
    return `nvidia-smi exited with code ${exitCode}${first ? `: ${first}` : '.'}`;
}
/** The driver version from /proc/driver/nvidia/version (proprietary and open kernel modules). */
function parseProcDriverVersion(text) {
    return /Kernel Module(?:\s+for\s+\S+)?\s+(\d+(?:\.\d+)+)/.exec(text)?.[1];
}
/** One /proc/driver/nvidia/gpus/<bus>/information file: the model and the UUID. */
function parseProcGpuInformation(text) {
    return {
        name: /^Model:\s*(.+?)\s*$/m.exec(text)?.[1],
        uuid: /^GPU UUID:\s*(\S+)/m.exec(text)?.[1]
    };
}


/***/ }),

/***/ 4844:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROBE_OUTPUT_NAMES = void 0;
exports.compareCapability = compareCapability;
exports.deviceProblems = deviceProblems;
exports.evaluateProbe = evaluateProbe;
exports.probeOutputs = probeOutputs;
function compareCapability(a, b) {
    const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
    const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
    return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}
function deviceProblems(device, requirements) {
    const problems = [];
    const minCc = requirements.minComputeCapability;
    if (minCc !== undefined) {
        if (device.computeCapability === undefined)
            problems.push(`compute capability unknown (needs >= ${minCc})`);
        else if (compareCapability(device.computeCapability, minCc) < 0) {
            problems.push(`compute capability ${device.computeCapability} < ${minCc}`);
        }
    }
    const minMb = requirements.minMemoryMb;
    if (minMb !== undefined) {
        if (device.memoryMb === undefined)
            problems.push(`memory unknown (needs >= ${minMb} MiB)`);
        else if (device.memoryMb < minMb)
            problems.push(`${device.memoryMb} MiB < ${minMb} MiB`);
    }
    return problems;
}
function evaluateProbe(findings, requirements) {
    const verdicts = findings.devices.map(device => ({ device, problems: deviceProblems(device, requirements) }));
    const usable = verdicts.filter(verdict => verdict.problems.length === 0).map(verdict => verdict.device);
    const shown = usable[0] ?? findings.devices[0];
    const available = usable.length > 0;
    return {
        available,
        vendor: available ? findings.vendor : findings.devices.length > 0 ? findings.vendor : 'none',
        count: usable.length,
        name: shown?.name ?? '',
        driverVersion: shown?.driverVersion ?? findings.driverVersion ?? '',
        cudaVersion: findings.cudaVersion ?? '',
        computeCapability: shown?.computeCapability ?? '',
        memoryMb: shown?.memoryMb !== undefined ? String(shown.memoryMb) : '',
        reason: reasonFor(findings, verdicts, usable),
        usable,
        verdicts
    };
}
function reasonFor(findings, verdicts, usable) {
    const notes = findings.notes.length > 0 ? ` ${findings.notes.join(' ')}` : '';
    if (usable.length > 0) {
        const names = [...new Set(usable.map(device => device.name))].join(', ');
        return `${usable.length} usable GPU(s): ${names}.${notes}`;
    }
    if (verdicts.length > 0) {
        const why = verdicts.map(({ device, problems }) => `${device.name}: ${problems.join(', ')}`).join('; ');
        return `No GPU meets the requirements (${why}).${notes}`;
    }
    return `No usable GPU: ${findings.problem ?? 'none was found'}${notes}`;
}
/** The names of the probe's outputs (action.yml), in order: the action and `ci-actions probe-gpu` both use them. */
exports.PROBE_OUTPUT_NAMES = [
    'available',
    'vendor',
    'count',
    'name',
    'driver-version',
    'cuda-version',
    'compute-capability',
    'memory-mb',
    'ctest-exclude'
];
/** The probe's outputs as text, one definition for the action's step outputs and the CLI's dotenv lines. */
function probeOutputs(result, gpuTestRegex) {
    return {
        available: String(result.available),
        vendor: result.vendor,
        count: String(result.count),
        name: result.name,
        'driver-version': result.driverVersion,
        'cuda-version': result.cudaVersion,
        'compute-capability': result.computeCapability,
        'memory-mb': result.memoryMb,
        // ctest -E with this regex leaves the GPU tests out when no GPU is usable; empty when one is.
        'ctest-exclude': result.available ? '' : gpuTestRegex
    };
}


/***/ }),

/***/ 6344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.abandonedProcess = void 0;
exports.probeMachine = probeMachine;
/**
 * The probe's I/O: asks nvidia-smi (each call under a timeout, because hung drivers hang nvidia-smi), falls back to
 * /proc/driver/nvidia when nvidia-smi is missing, and asks system_profiler on macOS. Everything it reads goes
 * through the pure parsers; the verdict is made in probe-gpu.ts.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const process_js_1 = __webpack_require__(6635);
const apple_gpu_js_1 = __webpack_require__(9414);
const nvidia_smi_js_1 = __webpack_require__(184);
const visible_devices_js_1 = __webpack_require__(5417);
const PROC_NVIDIA = '/proc/driver/nvidia';
const KILL_GRACE_MS = 1000;
async function probeMachine(os, timeoutMs, env) {
    if (os === 'macOS')
        return probeApple(timeoutMs);
    return probeNvidia(timeoutMs, env);
}
/** Set when a child outlived its kill (a process stuck in the kernel, or a grandchild holding its pipes). */
exports.abandonedProcess = false;
/**
 * runProcess kills the child at the timeout, but waits for its pipes to close: a process stuck in an
 * uninterruptible driver call, or a grandchild holding the pipes, would keep us waiting. So the wait is bounded too.
 */
async function run(file, args, timeoutMs) {
    let timer;
    const giveUp = new Promise(resolve => {
        timer = setTimeout(() => {
            exports.abandonedProcess = true;
            resolve({ exitCode: -1, stdout: '', stderr: '', timedOut: true });
        }, timeoutMs + KILL_GRACE_MS);
    });
    try {
        return await Promise.race([(0, process_js_1.runProcess)(file, args, { timeoutMs, check: false }), giveUp]);
    }
    finally {
        clearTimeout(timer);
    }
}
function hung(file, timeoutMs) {
    return `${file} did not answer within ${timeoutMs / 1000} s and was stopped (a hung GPU driver does this).`;
}
async function probeNvidia(timeoutMs, env) {
    const smi = await (0, process_js_1.which)('nvidia-smi', env);
    if (!smi)
        return probeProc();
    const findings = { vendor: 'nvidia', devices: [], notes: [], source: smi };
    let fields = nvidia_smi_js_1.QUERY_FIELDS;
    let query = await run(smi, (0, nvidia_smi_js_1.queryArgs)(fields), timeoutMs);
    if (!query.timedOut && query.exitCode !== 0 && (0, nvidia_smi_js_1.isInvalidFieldError)(query.stdout + query.stderr)) {
        fields = nvidia_smi_js_1.LEGACY_QUERY_FIELDS;
        findings.notes.push('The driver is too old to report compute capability (drivers <= 470).');
        query = await run(smi, (0, nvidia_smi_js_1.queryArgs)(fields), timeoutMs);
    }
    if (query.timedOut)
        return { ...findings, vendor: 'none', problem: hung('nvidia-smi', timeoutMs) };
    if (query.exitCode !== 0) {
        return { ...findings, vendor: 'none', problem: (0, nvidia_smi_js_1.explainSmiFailure)(query.exitCode, query.stdout + query.stderr) };
    }
    const all = (0, nvidia_smi_js_1.parseGpuQuery)(query.stdout, fields);
    if (all.length === 0)
        return { ...findings, vendor: 'none', problem: 'nvidia-smi listed no devices.' };
    const visible = (0, visible_devices_js_1.filterVisible)(all, {
        CUDA_VISIBLE_DEVICES: env.CUDA_VISIBLE_DEVICES,
        NVIDIA_VISIBLE_DEVICES: env.NVIDIA_VISIBLE_DEVICES
    });
    if (visible.note)
        findings.notes.push(visible.note);
    findings.devices = visible.devices;
    findings.driverVersion = all[0]?.driverVersion;
    const header = await run(smi, [], timeoutMs);
    if (header.exitCode === 0 && !header.timedOut)
        findings.cudaVersion = (0, nvidia_smi_js_1.parseSmiHeader)(header.stdout).cudaVersion;
    else
        findings.notes.push('The CUDA version the driver supports could not be read from the nvidia-smi header.');
    if (visible.devices.length === 0)
        findings.problem = visible.note;
    return findings;
}
/** Without nvidia-smi: the kernel driver's own files say whether it is loaded and which GPUs it drives. */
async function probeProc() {
    const none = {
        vendor: 'none',
        devices: [],
        notes: [],
        source: 'PATH, /proc/driver/nvidia',
        problem: 'nvidia-smi is not on PATH and no NVIDIA driver is loaded.'
    };
    let versionText;
    try {
        versionText = await (0, promises_1.readFile)((0, node_path_1.join)(PROC_NVIDIA, 'version'), 'utf8');
    }
    catch {
        return none;
    }
    const driverVersion = (0, nvidia_smi_js_1.parseProcDriverVersion)(versionText);
    const devices = [];
    const buses = await (0, promises_1.readdir)((0, node_path_1.join)(PROC_NVIDIA, 'gpus')).catch(() => []);
    for (const [index, bus] of buses.sort().entries()) {
        const info = (0, nvidia_smi_js_1.parseProcGpuInformation)(await (0, promises_1.readFile)((0, node_path_1.join)(PROC_NVIDIA, 'gpus', bus, 'information'), 'utf8').catch(() => ''));
        devices.push({ index, name: info.name ?? `NVIDIA GPU at ${bus}`, uuid: info.uuid, driverVersion });
    }
    return {
        vendor: devices.length > 0 ? 'nvidia' : 'none',
        devices,
        driverVersion,
        notes: ['nvidia-smi is not on PATH: GPUs were read from /proc/driver/nvidia (no memory or compute capability).'],
        source: PROC_NVIDIA,
        problem: devices.length === 0 ? `NVIDIA driver ${driverVersion ?? ''} is loaded but drives no GPU.` : undefined
    };
}
async function probeApple(timeoutMs) {
    const findings = {
        vendor: 'apple',
        devices: [],
        notes: [],
        source: 'system_profiler SPDisplaysDataType'
    };
    const profiler = await (0, process_js_1.which)('system_profiler');
    if (!profiler)
        return { ...findings, vendor: 'none', problem: 'system_profiler is not on PATH.' };
    const result = await run(profiler, ['SPDisplaysDataType', '-json'], timeoutMs);
    if (result.timedOut)
        return { ...findings, vendor: 'none', problem: hung('system_profiler', timeoutMs) };
    if (result.exitCode !== 0) {
        return { ...findings, vendor: 'none', problem: `system_profiler exited with code ${result.exitCode}.` };
    }
    const gpus = (0, apple_gpu_js_1.parseSystemProfiler)(result.stdout);
    for (const gpu of gpus.filter(candidate => !candidate.usable)) {
        findings.notes.push(`${gpu.name} is not a usable GPU${/paravirtual/i.test(gpu.name) ? ' (a virtual machine display)' : ''}.`);
    }
    findings.devices = gpus.filter(gpu => gpu.usable).map((gpu, index) => ({ index, name: gpu.name }));
    if (findings.devices.length === 0) {
        return {
            ...findings,
            vendor: 'none',
            problem: gpus.length === 0 ? 'system_profiler lists no display devices.' : 'no Apple GPU is available.'
        };
    }
    return findings;
}


/***/ }),

/***/ 5417:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterVisible = filterVisible;
function filterVisible(devices, env) {
    const nvidia = env.NVIDIA_VISIBLE_DEVICES?.trim().toLowerCase();
    if (nvidia === 'none' || nvidia === 'void') {
        return { devices: [], note: `NVIDIA_VISIBLE_DEVICES=${env.NVIDIA_VISIBLE_DEVICES} hides every GPU.` };
    }
    const cuda = env.CUDA_VISIBLE_DEVICES;
    if (cuda === undefined)
        return { devices };
    const picked = [];
    for (const entry of cuda.split(',').map(item => item.trim())) {
        const device = /^\d+$/.test(entry)
            ? devices.find(candidate => candidate.index === Number(entry))
            : entry !== ''
                ? devices.find(candidate => candidate.uuid?.toLowerCase().startsWith(entry.toLowerCase()))
                : undefined;
        if (!device || picked.includes(device))
            break;
        picked.push(device);
    }
    const note = picked.length < devices.length
        ? `CUDA_VISIBLE_DEVICES='${cuda}' leaves ${picked.length} of ${devices.length} GPU(s) visible.`
        : undefined;
    return { devices: picked, note };
}


/***/ }),

/***/ 360:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_VALUE = exports.DOTENV_PREFIX = void 0;
exports.dotenvKey = dotenvKey;
exports.dotenvValue = dotenvValue;
exports.formatDotenv = formatDotenv;
/**
 * The probe's outputs as `artifacts:reports:dotenv` lines, pure. GitLab's dotenv: one KEY=value per line, keys of
 * ASCII letters, digits and underscores only, no empty lines or comments, no multi-line values, quotes kept as
 * written, under 5 KB. So each output name becomes GPU_<NAME> (driver-version → GPU_DRIVER_VERSION) and each value
 * one line of at most MAX_VALUE characters (a GPU name comes from the driver: never trusted to be one line).
 */
const probe_gpu_js_1 = __webpack_require__(4844);
exports.DOTENV_PREFIX = 'GPU_';
exports.MAX_VALUE = 400;
/** Control characters (C0 with newlines, DEL, C1) and the Unicode line separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
function dotenvKey(output, prefix = exports.DOTENV_PREFIX) {
    return `${prefix}${output.toUpperCase().replace(/-/g, '_')}`;
}
/** One line: control characters (newlines included) become spaces; trimmed; bounded. */
function dotenvValue(value) {
    return value.replace(CONTROL, ' ').trim().slice(0, exports.MAX_VALUE);
}
function formatDotenv(outputs, prefix = exports.DOTENV_PREFIX) {
    return probe_gpu_js_1.PROBE_OUTPUT_NAMES.map(name => `${dotenvKey(name, prefix)}=${dotenvValue(outputs[name])}\n`).join('');
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OptionError = void 0;
exports.parseOptions = parseOptions;
/**
 * Command-line options of the matrix and probe-gpu subcommands: `--name value`, `--name=value` and bare flags.
 * A bad option is one message naming the option, the value and what is accepted (exit status 2).
 */
class OptionError extends Error {
    constructor(option, value, accepted) {
        super(`${option} ${value === undefined ? 'is missing' : value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`);
    }
}
exports.OptionError = OptionError;
function parseOptions(argv, spec) {
    const found = new Map();
    const known = [...Object.keys(spec.values), ...(spec.flags ?? [])];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const eq = arg.indexOf('=');
        const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        if (spec.flags?.includes(name)) {
            if (eq > 0)
                throw new OptionError(name, arg.slice(eq + 1), 'no value (it is a flag)');
            found.set(name, 'true');
        }
        else if (name in spec.values) {
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (value === undefined || (eq < 0 && value.startsWith('--')))
                throw new OptionError(name, undefined, spec.values[name]);
            if (found.has(name))
                throw new OptionError(name, value, 'it once');
            found.set(name, value);
        }
        else {
            throw new OptionError('the argument', arg, `one of ${known.join(', ')}`);
        }
    }
    return found;
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readProbeOptions = readProbeOptions;
exports.runProbeCommand = runProbeCommand;
/**
 * ci-actions probe-gpu --format dotenv [--gpu-test-regex R] [--min-compute-capability X] [--min-memory-mb N]
 *                      [--timeout-seconds N] [--require]
 *
 * gpu-runner-fallback's probe (mode: probe) outside GitHub: the same machine probe (nvidia-smi under a timeout,
 * /proc/driver/nvidia, system_profiler), the same verdict and the same outputs, printed as dotenv lines for
 * `artifacts:reports:dotenv` (available → GPU_AVAILABLE, ctest-exclude → GPU_CTEST_EXCLUDE, …). The reason goes to
 * stderr. Exit status 1 with --require when no usable GPU is found (after printing the lines), 2 for a bad option.
 */
const probe_gpu_js_1 = __webpack_require__(4844);
const probe_sources_js_1 = __webpack_require__(6344);
const dotenv_js_1 = __webpack_require__(360);
const options_js_1 = __webpack_require__(4014);
const ACCEPTED = {
    '--format': 'dotenv',
    '--gpu-test-regex': 'a regular expression for ctest -E',
    '--min-compute-capability': 'a compute capability such as 7.5 or 8.0',
    '--min-memory-mb': 'a whole number of MiB',
    '--timeout-seconds': 'a whole number of seconds from 1 to 600'
};
/** The options, checked as the action checks its inputs of the same names. */
function readProbeOptions(argv) {
    const options = (0, options_js_1.parseOptions)(argv, { values: ACCEPTED, flags: ['--require'] });
    const format = options.get('--format');
    if (format !== 'dotenv')
        throw new options_js_1.OptionError('--format', format, ACCEPTED['--format']);
    const gpuTestRegex = options.get('--gpu-test-regex') ?? 'gpu|cuda|optix';
    try {
        if (gpuTestRegex.trim() === '')
            throw new Error('empty');
        new RegExp(gpuTestRegex);
    }
    catch {
        throw new options_js_1.OptionError('--gpu-test-regex', gpuTestRegex, ACCEPTED['--gpu-test-regex']);
    }
    const minCc = options.get('--min-compute-capability');
    if (minCc !== undefined && !/^\d+(\.\d+)?$/.test(minCc))
        throw new options_js_1.OptionError('--min-compute-capability', minCc, ACCEPTED['--min-compute-capability']);
    const minMemory = options.get('--min-memory-mb');
    if (minMemory !== undefined && !/^\d+$/.test(minMemory))
        throw new options_js_1.OptionError('--min-memory-mb', minMemory, ACCEPTED['--min-memory-mb']);
    const timeout = options.get('--timeout-seconds') ?? '10';
    if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > 600)
        throw new options_js_1.OptionError('--timeout-seconds', timeout, ACCEPTED['--timeout-seconds']);
    return {
        gpuTestRegex,
        minComputeCapability: minCc,
        minMemoryMb: minMemory === undefined ? undefined : Number(minMemory),
        timeoutMs: Number(timeout) * 1000,
        required: options.has('--require')
    };
}
async function runProbeCommand(argv, io) {
    let options;
    try {
        options = readProbeOptions(argv);
    }
    catch (error) {
        if (!(error instanceof options_js_1.OptionError))
            throw error;
        io.err(`ci-actions probe-gpu: ${error.message}\n`);
        return 2;
    }
    const os = process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : 'Linux';
    const findings = await (0, probe_sources_js_1.probeMachine)(os, options.timeoutMs, io.env);
    const result = (0, probe_gpu_js_1.evaluateProbe)(findings, {
        minComputeCapability: options.minComputeCapability,
        minMemoryMb: options.minMemoryMb
    });
    io.out((0, dotenv_js_1.formatDotenv)((0, probe_gpu_js_1.probeOutputs)(result, options.gpuTestRegex)));
    io.err(`ci-actions probe-gpu: ${result.reason.replace(/[\r\n]+/g, ' ')}\n`);
    if (options.required && !result.available) {
        io.err('ci-actions probe-gpu: a usable GPU is required (--require) and none was found.\n');
        return 1;
    }
    return 0;
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

/***/ 6635:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessError = void 0;
exports.runProcess = runProcess;
exports.which = which;
const errors_js_1 = __webpack_require__(2087);
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
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
    const { access, constants } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { delimiter, join, isAbsolute } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
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


/***/ })

};
