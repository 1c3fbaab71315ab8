export const id = 573;
export const ids = [573];
export const modules = {

/***/ 9573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ probe_gpu_run)
});

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/probe-gpu.js
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
const PROBE_OUTPUT_NAMES = [
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/commands.js
var commands = __webpack_require__(1964);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/process.js
/**
 * Child processes with argv arrays only (never a shell, so no value can be re-interpreted as shell syntax), through
 * @actions/exec. Output is captured and optionally echoed, neutralized line by line (a tool's output is untrusted
 * text: a line of it must not become a workflow command). Every child gets childEnv(): never the runner's INPUT_*
 * variables (they hold secrets as given), nor its runtime and OIDC request tokens, unless a call passes one by name.
 *
 * @actions/exec has no timeout and no extra file descriptors, does not hand out the child it starts, and writes
 * `input` to the child's stdin without an error handler (a child that exits without reading it crashes the action
 * with EPIPE). A call that needs a timeout (a hung GPU driver), stdin data or an extra fd (a passphrase on fd 3) is
 * therefore started with node:child_process.spawn here, with the same environment, logging and result
 * (docs/adr/0002-child-processes-through-actions-exec.md).
 */






class ProcessError extends errors/* UserError */.yo {
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
/** Variables no child gets unless a call names them in passEnv: the inputs as given, and the runner's tokens. */
const WITHHELD = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)$/i;
/** The environment of every child process the toolkit starts. */
function childEnv(base = process.env, passEnv = []) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (WITHHELD.test(name) && !passEnv.includes(name))
            continue;
        env[name] = value;
    }
    return env;
}
async function runProcess(file, args, options = {}) {
    const env = childEnv(options.env ?? process.env, options.passEnv);
    const path = await which(file, env, options.cwd);
    if (path === undefined)
        throw new errors/* UserError */.yo(`${file} was not found on PATH.`);
    (0,runner/* debugDecision */.OR)('process start', {
        file: path,
        args,
        cwd: options.cwd ?? process.cwd(),
        stdinBytes: options.input?.length ?? 0,
        extraFds: options.extraInputs?.length ?? 0,
        timeoutMs: options.timeoutMs,
        // Names only: what childEnv withheld from this child.
        withheld: Object.keys(options.env ?? process.env).filter(name => !(name in env))
    });
    const output = new Output(options.echo ?? false);
    const needsSpawn = options.timeoutMs !== undefined ||
        options.input !== undefined ||
        (options.extraInputs?.length ?? 0) > 0 ||
        path.includes('"');
    const { exitCode, timedOut } = needsSpawn
        ? await spawnWithExtras(path, args, env, options, output)
        : { exitCode: await runWithExec(path, args, env, options, output), timedOut: false };
    const result = { exitCode, timedOut, ...output.finish() };
    (0,runner/* debugDecision */.OR)('process end', { file, exitCode, timedOut });
    if ((options.check ?? true) && (timedOut || exitCode !== 0))
        throw new ProcessError(file, result);
    return result;
}
async function runWithExec(path, args, env, options, output) {
    const code = await (0,exec/* exec */.m)(quoteToolPath(path), [...args], {
        cwd: options.cwd,
        env,
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdout: chunk => output.add('stdout', chunk), stderr: chunk => output.add('stderr', chunk) }
    });
    return code ?? -1;
}
async function spawnWithExtras(path, args, env, options, output) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    const extra = options.extraInputs ?? [];
    const stdio = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe')];
    return new Promise((resolvePromise, reject) => {
        let child;
        try {
            child = spawn(path, [...args], { cwd: options.cwd, env, stdio, shell: false, windowsHide: true });
        }
        catch (error) {
            reject(error);
            return;
        }
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout?.on('data', (chunk) => output.add('stdout', chunk));
        child.stderr?.on('data', (chunk) => output.add('stderr', chunk));
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
            reject(error);
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            resolvePromise({ exitCode: code ?? -1, timedOut });
        });
    });
}
/**
 * exec() parses its first argument as a command line (the arguments array is passed on as given): the program's
 * path is put in double quotes, so a path with spaces (`Program Files (x86)`) stays one path; backslashes are kept
 * as they are inside quotes. A path holding a double quote cannot be written that way and takes the spawn path.
 */
function quoteToolPath(path) {
    return `"${path}"`;
}
/** Collects a child's output; when echoing, logs it line by line through the neutralizing logger. */
class Output {
    echo;
    chunks = { stdout: [], stderr: [] };
    partial = { stdout: '', stderr: '' };
    constructor(echo) {
        this.echo = echo;
    }
    add(stream, chunk) {
        this.chunks[stream].push(chunk);
        if (!this.echo)
            return;
        const lines = (this.partial[stream] + chunk.toString('utf8')).split('\n');
        this.partial[stream] = lines.pop() ?? '';
        for (const line of lines)
            (0,commands/* info */.pq)(line.replace(/\r$/, ''));
    }
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.echo && this.partial[stream] !== '')
                (0,commands/* info */.pq)(this.partial[stream]);
            this.partial[stream] = '';
        }
        return {
            stdout: Buffer.concat(this.chunks.stdout).toString('utf8'),
            stderr: Buffer.concat(this.chunks.stderr).toString('utf8')
        };
    }
}
/** Finds an executable on PATH (PATHEXT on Windows), or a path relative to cwd, without running anything. */
async function which(name, env = process.env, cwd = process.cwd()) {
    const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    const hasSeparator = name.includes('/') || (process.platform === 'win32' && name.includes('\\'));
    const candidates = (0,external_node_path_.isAbsolute)(name)
        ? exts.map(ext => name + ext)
        : hasSeparator
            ? exts.map(ext => (0,external_node_path_.resolve)(cwd, name + ext))
            : (env.PATH ?? env.Path ?? '')
                .split(external_node_path_.delimiter)
                .filter(Boolean)
                .flatMap(dir => exts.map(ext => (0,external_node_path_.join)(dir, name + ext)));
    for (const candidate of candidates) {
        try {
            await (0,promises_.access)(candidate, promises_.constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/apple-gpu.js
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/nvidia-smi.js
const QUERY_FIELDS = ['index', 'uuid', 'name', 'driver_version', 'memory.total', 'compute_cap'];
/** For drivers <= 470, which reject `compute_cap` as an unknown field. */
const LEGACY_QUERY_FIELDS = QUERY_FIELDS.filter(field => field !== 'compute_cap');
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/visible-devices.js
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/probe-sources.js
/**
 * The probe's I/O: asks nvidia-smi (each call under a timeout, because hung drivers hang nvidia-smi), falls back to
 * /proc/driver/nvidia when nvidia-smi is missing, and asks system_profiler on macOS. Everything it reads goes
 * through the pure parsers; the verdict is made in probe-gpu.ts.
 */






const PROC_NVIDIA = '/proc/driver/nvidia';
const KILL_GRACE_MS = 1000;
async function probeMachine(os, timeoutMs, env) {
    if (os === 'macOS')
        return probeApple(timeoutMs);
    return probeNvidia(timeoutMs, env);
}
/** Set when a child outlived its kill (a process stuck in the kernel, or a grandchild holding its pipes). */
let abandonedProcess = false;
/**
 * runProcess kills the child at the timeout, but waits for its pipes to close: a process stuck in an
 * uninterruptible driver call, or a grandchild holding the pipes, would keep us waiting. So the wait is bounded too.
 */
async function run(file, args, timeoutMs) {
    let timer;
    const giveUp = new Promise(resolve => {
        timer = setTimeout(() => {
            abandonedProcess = true;
            resolve({ exitCode: -1, stdout: '', stderr: '', timedOut: true });
        }, timeoutMs + KILL_GRACE_MS);
    });
    try {
        return await Promise.race([runProcess(file, args, { timeoutMs, check: false }), giveUp]);
    }
    finally {
        clearTimeout(timer);
    }
}
function hung(file, timeoutMs) {
    return `${file} did not answer within ${timeoutMs / 1000} s and was stopped (a hung GPU driver does this).`;
}
async function probeNvidia(timeoutMs, env) {
    const smi = await which('nvidia-smi', env);
    if (!smi)
        return probeProc();
    const findings = { vendor: 'nvidia', devices: [], notes: [], source: smi };
    let fields = QUERY_FIELDS;
    let query = await run(smi, queryArgs(fields), timeoutMs);
    if (!query.timedOut && query.exitCode !== 0 && isInvalidFieldError(query.stdout + query.stderr)) {
        fields = LEGACY_QUERY_FIELDS;
        findings.notes.push('The driver is too old to report compute capability (drivers <= 470).');
        query = await run(smi, queryArgs(fields), timeoutMs);
    }
    if (query.timedOut)
        return { ...findings, vendor: 'none', problem: hung('nvidia-smi', timeoutMs) };
    if (query.exitCode !== 0) {
        return { ...findings, vendor: 'none', problem: explainSmiFailure(query.exitCode, query.stdout + query.stderr) };
    }
    const all = parseGpuQuery(query.stdout, fields);
    if (all.length === 0)
        return { ...findings, vendor: 'none', problem: 'nvidia-smi listed no devices.' };
    const visible = filterVisible(all, {
        CUDA_VISIBLE_DEVICES: env.CUDA_VISIBLE_DEVICES,
        NVIDIA_VISIBLE_DEVICES: env.NVIDIA_VISIBLE_DEVICES
    });
    if (visible.note)
        findings.notes.push(visible.note);
    findings.devices = visible.devices;
    findings.driverVersion = all[0]?.driverVersion;
    const header = await run(smi, [], timeoutMs);
    if (header.exitCode === 0 && !header.timedOut)
        findings.cudaVersion = parseSmiHeader(header.stdout).cudaVersion;
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
        versionText = await (0,promises_.readFile)((0,external_node_path_.join)(PROC_NVIDIA, 'version'), 'utf8');
    }
    catch {
        return none;
    }
    const driverVersion = parseProcDriverVersion(versionText);
    const devices = [];
    const buses = await (0,promises_.readdir)((0,external_node_path_.join)(PROC_NVIDIA, 'gpus')).catch(() => []);
    for (const [index, bus] of buses.sort().entries()) {
        const info = parseProcGpuInformation(await (0,promises_.readFile)((0,external_node_path_.join)(PROC_NVIDIA, 'gpus', bus, 'information'), 'utf8').catch(() => ''));
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
    const profiler = await which('system_profiler');
    if (!profiler)
        return { ...findings, vendor: 'none', problem: 'system_profiler is not on PATH.' };
    const result = await run(profiler, ['SPDisplaysDataType', '-json'], timeoutMs);
    if (result.timedOut)
        return { ...findings, vendor: 'none', problem: hung('system_profiler', timeoutMs) };
    if (result.exitCode !== 0) {
        return { ...findings, vendor: 'none', problem: `system_profiler exited with code ${result.exitCode}.` };
    }
    const gpus = parseSystemProfiler(result.stdout);
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

// EXTERNAL MODULE: ./.tmp/build-js/cli/src/arguments.js
var src_arguments = __webpack_require__(3312);
;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/gitlab/dotenv.js
/**
 * The probe's outputs as `artifacts:reports:dotenv` lines, pure. GitLab's dotenv: one KEY=value per line, keys of
 * ASCII letters, digits and underscores only, no empty lines or comments, no multi-line values, quotes kept as
 * written, under 5 KB. So each output name becomes GPU_<NAME> (driver-version → GPU_DRIVER_VERSION) and each value
 * one line of at most MAX_VALUE characters (a GPU name comes from the driver: never trusted to be one line).
 */

const DOTENV_PREFIX = 'GPU_';
const MAX_VALUE = 400;
/** Control characters (C0 with newlines, DEL, C1) and the Unicode line separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
function dotenvKey(output, prefix = DOTENV_PREFIX) {
    return `${prefix}${output.toUpperCase().replace(/-/g, '_')}`;
}
/** One line: control characters (newlines included) become spaces; trimmed; bounded. */
function dotenvValue(value) {
    return value.replace(CONTROL, ' ').trim().slice(0, MAX_VALUE);
}
function formatDotenv(outputs, prefix = DOTENV_PREFIX) {
    return PROBE_OUTPUT_NAMES.map(name => `${dotenvKey(name, prefix)}=${dotenvValue(outputs[name])}\n`).join('');
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/commands/probe-gpu.js
/**
 * ci-actions probe-gpu [--format dotenv] [--gpu-test-regex R] [--min-compute-capability X] [--min-memory-mb N]
 *                      [--timeout-seconds N] [--require]
 *
 * gpu-runner-fallback's probe (mode: probe) outside GitHub: the same machine probe (nvidia-smi under a timeout,
 * /proc/driver/nvidia, system_profiler), the same verdict and the same outputs, printed as dotenv lines for
 * `artifacts:reports:dotenv` (available → GPU_AVAILABLE, ctest-exclude → GPU_CTEST_EXCLUDE, …). The reason goes to
 * stderr. Exit status 1 with --require when no usable GPU is found (after printing the lines), 2 for a bad option.
 */




/** The options, checked as the action checks its inputs of the same names. */
function readProbeOptions(args) {
    const values = args.values;
    const format = values.format ?? 'dotenv';
    if (format !== 'dotenv')
        throw (0,src_arguments/* badValue */.tm)('format', format, 'dotenv', 'probe-gpu');
    const gpuTestRegex = values['gpu-test-regex'] ?? 'gpu|cuda|optix';
    try {
        if (gpuTestRegex.trim() === '')
            throw new Error('empty');
        new RegExp(gpuTestRegex);
    }
    catch {
        throw (0,src_arguments/* badValue */.tm)('gpu-test-regex', gpuTestRegex, 'a regular expression for ctest -E', 'probe-gpu');
    }
    const minCc = values['min-compute-capability'];
    if (minCc !== undefined && !/^\d+(\.\d+)?$/.test(minCc))
        throw (0,src_arguments/* badValue */.tm)('min-compute-capability', minCc, 'a compute capability such as 7.5 or 8.0', 'probe-gpu');
    const minMemory = values['min-memory-mb'];
    const timeout = (0,src_arguments/* wholeNumber */.rD)('timeout-seconds', values['timeout-seconds'], { min: 1, max: 600, fallback: 10 }, 'probe-gpu');
    return {
        gpuTestRegex,
        minComputeCapability: minCc,
        minMemoryMb: minMemory === undefined
            ? undefined
            : (0,src_arguments/* wholeNumber */.rD)('min-memory-mb', minMemory, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }, 'probe-gpu'),
        timeoutMs: timeout * 1000,
        required: args.values.require === true
    };
}
async function probe_gpu_run(args, io) {
    const options = readProbeOptions(args);
    const os = process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : 'Linux';
    const findings = await probeMachine(os, options.timeoutMs, io.env);
    const result = evaluateProbe(findings, {
        minComputeCapability: options.minComputeCapability,
        minMemoryMb: options.minMemoryMb
    });
    io.out(formatDotenv(probeOutputs(result, options.gpuTestRegex)));
    io.err(`ci-actions probe-gpu: ${result.reason.replace(/[\r\n]+/g, ' ')}\n`);
    if (options.required && !result.available) {
        io.err('ci-actions probe-gpu: a usable GPU is required (--require) and none was found.\n');
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 1964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports neutralizeCommands, setFailed, setSecret, isDebug */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/**
 * Workflow commands on stdout through @actions/core, with the one thing it does not do for us: `core.info` writes
 * its text raw, so text from outside (API answers, tool output, file names, runner and GPU names) could start a
 * workflow command of its own. Every line this toolkit logs goes through neutralizeCommands first. Annotations,
 * debug lines, masks and group titles are single commands whose data @actions/core escapes (`%`, CR and LF become
 * `%25`, `%0D`, `%0A`), so their text cannot begin a second line; group titles are neutralized as well.
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
const info = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralizeCommands(message));
const debug = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
const notice = (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties);
const warning = (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties);
const error = (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties);
const setFailed = (message) => core.setFailed(message);
const setSecret = (value) => core.setSecret(value);
const isDebug = () => core.isDebug();
async function group(name, fn) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(neutralizeCommands(name), fn);
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
/* harmony export */   OR: () => (/* binding */ debugDecision)
/* harmony export */ });
/* unused harmony exports setOutput, exportVariable, addPath, getIDToken, hasIDToken, log, runnerContext, runnerTemp */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1964);
/**
 * The toolkit's facade over the runner protocol (@actions/core): outputs, exported variables, PATH, logging,
 * the OIDC token, and the runner context read once from the environment. Actions call these, never @actions/core
 * directly, so that every logged line of untrusted text is neutralized (commands.ts) and every state key is named in
 * state.ts. Outputs are validated against nothing here: test/repository/action-metadata.test.ts checks every
 * `setOutput('name', …)` against the action's action.yml.
 */



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
    info: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(message),
    notice: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm(message, properties),
    warning: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(message, properties),
    error: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(message, properties),
    debug: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(message),
    group: (name, fn) => _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os(name, fn)
};
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
