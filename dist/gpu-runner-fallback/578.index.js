export const id = 578;
export const ids = [578];
export const modules = {

/***/ 7578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProbe: () => (/* binding */ runProbe)
});

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
var summary = __webpack_require__(9388);
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
const PROBE_OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'available',
    'vendor',
    'count',
    'name',
    'driver-version',
    'cuda-version',
    'compute-capability',
    'memory-mb',
    'ctest-exclude'
]));
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
var exec = __webpack_require__(7187);
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
            runner/* log */.Rm.info(line.replace(/\r$/, ''));
    }
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.echo && this.partial[stream] !== '')
                runner/* log */.Rm.info(this.partial[stream]);
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

// EXTERNAL MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/summary.js
var gpu_runner_fallback_summary = __webpack_require__(9155);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/probe-step.js
/** `mode: probe`: reads the probe inputs, asks the machine, judges, and writes outputs and the summary. */






async function runProbe(inputs, timeoutMs) {
    const required = inputs.required;
    const testRegex = inputs.gpuTestRegex;
    const requirements = {
        minComputeCapability: inputs.minComputeCapability,
        minMemoryMb: inputs.minMemoryMb
    };
    const findings = await probeMachine((0,runner/* runnerContext */.cE)().os, timeoutMs, process.env);
    const result = evaluateProbe(findings, requirements);
    const outputs = probeOutputs(result, testRegex);
    (0,runner/* setOutput */.uH)('available', outputs.available);
    (0,runner/* setOutput */.uH)('vendor', outputs.vendor);
    (0,runner/* setOutput */.uH)('count', outputs.count);
    (0,runner/* setOutput */.uH)('name', outputs.name);
    (0,runner/* setOutput */.uH)('driver-version', outputs['driver-version']);
    (0,runner/* setOutput */.uH)('cuda-version', outputs['cuda-version']);
    (0,runner/* setOutput */.uH)('compute-capability', outputs['compute-capability']);
    (0,runner/* setOutput */.uH)('memory-mb', outputs['memory-mb']);
    (0,runner/* setOutput */.uH)('ctest-exclude', outputs['ctest-exclude']);
    runner/* log */.Rm.info(result.reason);
    (0,summary/* writeSummary */.Sy)((0,gpu_runner_fallback_summary/* probeSummary */.hz)(result, findings, required));
    // A child that outlived its kill would keep this process alive: leave once everything is written.
    if (abandonedProcess)
        setTimeout(() => process.exit(), 100).unref();
    if (required && !result.available) {
        throw new errors/* UserError */.yo(`A usable GPU is required on this runner, but: ${result.reason}`);
    }
    if (!result.available)
        runner/* log */.Rm.notice(`No usable GPU: GPU tests are excluded (ctest -E '${testRegex}'). ${result.reason}`);
}


/***/ }),

/***/ 9155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ planSummary),
/* harmony export */   hz: () => (/* binding */ probeSummary),
/* harmony export */   z0: () => (/* binding */ selectSummary)
/* harmony export */ });
/* harmony import */ var _packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9388);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7947);
/** The job summaries of both modes, as pure Markdown builders (the step writes them once with writeSummary). */


const DECISION_TITLE = {
    gpu: '🟢 GPU runner',
    primary: '🟢 Primary runner',
    fallback: '🟡 Fallback runner',
    skip: '⚪ GPU job skipped'
};
function selectSummary(input) {
    const { result, context } = input;
    const title = result.fail ? '🔴 No GPU runner (on-unavailable: fail)' : DECISION_TITLE[result.decision];
    const event = `${context.eventName} (${context.trust.trusted ? 'trusted' : 'untrusted'}: ${context.trust.reason})`;
    const rows = [
        ['Decision', result.fail ? 'fail' : result.decision],
        ['runs-on', (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn)],
        ['Why', result.reason],
        ['Repository', `${context.owner}/${context.repo}`],
        ['Event', event],
        ['Availability', input.checked ? `checked with the REST API (${input.requests} request(s))` : 'not checked']
    ];
    const sections = [(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`gpu-runner-fallback: ${title}`), (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], rows)];
    sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaid */ .a4)([
        'flowchart LR',
        `  select["select: ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(input.gpuRunner))}"] --> ${result.gpu ? 'gpu' : 'other'}`,
        result.gpu
            ? `  gpu["GPU job on ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn))}"]`
            : result.decision === 'skip'
                ? '  other["GPU job skipped"]'
                : `  other["job on ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn))}"]`
    ].join('\n')));
    if (input.search && input.search.results.length > 0) {
        const table = (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Source', 'Usable', 'Busy', 'Offline', 'Not Ready', 'Group not usable', 'Result'], input.search.results.map(r => [
            (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceName */ .VZ)(r.source),
            r.tally.usable,
            r.tally.busy,
            r.tally.offline,
            r.tally['not-ready'],
            r.tally.hidden,
            r.error ?? (input.search?.found?.source === r.source ? `found '${input.search.found.name}'` : 'listed')
        ]));
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)('Runners checked', table));
    }
    return sections.join('\n');
}
/** The plan of a matrix: how many cells take each route and mode, then every cell. */
function planSummary(cells) {
    const count = (pick) => {
        const counts = new Map();
        for (const cell of cells)
            counts.set(pick(cell), (counts.get(pick(cell)) ?? 0) + 1);
        return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
    };
    const sections = [
        (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`Plan of ${cells.length} cell${cells.length === 1 ? '' : 's'}`, 4),
        (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], [
            ['GPU route', count(cell => cell['gpu-route'])],
            ['Mode', count(cell => cell.mode)]
        ])
    ];
    if (cells.length > 0) {
        const rows = cells.map(cell => [
            cell.id,
            (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(typeof cell['runs-on'] === 'string' ? [cell['runs-on']] : cell['runs-on']),
            cell.container || (cell.image ? `host (docker: ${cell.image})` : '–'),
            cell['gpu-route'],
            cell['gpu-probe'],
            cell.mode
        ]);
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`All ${cells.length} cells`, (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['id', 'runs-on', 'container', 'GPU route', 'GPU probe', 'mode'], rows)));
    }
    return sections.join('\n');
}
function mermaidText(text) {
    return (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(text).replace(/"/g, '#quot;');
}
function probeSummary(result, findings, required) {
    const title = result.available ? '🟢 GPU available' : required ? '🔴 No usable GPU (required)' : '⚪ No usable GPU';
    const sections = [(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`gpu-runner-fallback probe: ${title}`), `${(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(result.reason)}\n`];
    if (result.verdicts.length > 0) {
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['#', 'Name', 'Memory (MiB)', 'Compute capability', 'Driver', 'Usable'], result.verdicts.map(({ device, problems }) => [
            device.index,
            device.name,
            device.memoryMb ?? '?',
            device.computeCapability ?? '?',
            device.driverVersion ?? findings.driverVersion ?? '?',
            problems.length === 0 ? 'yes' : `no: ${problems.join(', ')}`
        ])));
    }
    const facts = [
        ['Vendor', result.vendor],
        ['Driver', result.driverVersion || 'n/a'],
        ['Newest CUDA the driver supports', result.cudaVersion || 'n/a'],
        ['Source', findings.source]
    ];
    sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], facts));
    return sections.join('\n');
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports fenceFor, codeBlock, escapeHtml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8292);
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test) and appended to the
 * job summary file (GITHUB_STEP_SUMMARY, the file core.summary writes) once per step. Values from outside (file
 * names, runner names, tool output) are escaped so they cannot leave their cell or code block: a cell holds no line
 * break of any kind, no unescaped pipe or backslash, no backtick or HTML; a code block's fence is longer than any backtick run inside it.
 */



function escapeCell(value) {
    return String(value)
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, '&#96;')
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
/** A fence of backticks longer than the longest run of backticks in `source` (and at least three). */
function fenceFor(source) {
    const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map(run => run.length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Line ends of every kind as \n: a bare CR would otherwise end a line inside the block for some renderers. */
const plainLines = (source) => source.replace(/\r\n|\r/g, '\n');
function mermaid(source) {
    const body = plainLines(source).trim();
    const fence = fenceFor(body);
    return `${fence}mermaid\n${body}\n${fence}\n`;
}
function codeBlock(source, language = '') {
    const body = plainLines(source).replace(/\n$/, '');
    const fence = fenceFor(body);
    return `${fence}${language.replace(/[^\w+-]/g, '')}\n${body}\n${fence}\n`;
}
/** Text for inside HTML (a `<summary>` title): no markup, one line. */
function escapeHtml(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
function details(title, body) {
    return `<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
function writeSummary(...sections) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const markdown = sections.join('\n');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
    }
    catch (error) {
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`Could not write the job summary: ${String(error)}`);
    }
}


/***/ })

};
