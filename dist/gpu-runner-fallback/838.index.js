export const id = 838;
export const ids = [838];
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

/***/ 5777:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GPU_CONTAINER_OPTIONS = void 0;
exports.labelsText = labelsText;
exports.declaredType = declaredType;
exports.gate = gate;
exports.staticOutcome = staticOutcome;
exports.sourceName = sourceName;
exports.availabilityOutcome = availabilityOutcome;
exports.failureText = failureText;
exports.explainStatus = explainStatus;
exports.finish = finish;
exports.runsOnJson = runsOnJson;
exports.GPU_CONTAINER_OPTIONS = '--gpus all -e NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility';
function labelsText(labels) {
    return labels.map(label => `'${label}'`).join(' + ');
}
/** Whether the labels name a self-hosted runner, as far as the labels alone can tell (auto: not known). */
function declaredType(policy) {
    if (policy.runnerType !== 'auto')
        return policy.runnerType;
    return policy.gpuRunner.some(label => label.toLowerCase() === 'self-hosted') ? 'self-hosted' : 'auto';
}
function gate(policy, context) {
    const allowed = policy.allowedOwners.map(owner => owner.toLowerCase());
    if (allowed.length > 0 && !allowed.includes(context.owner.toLowerCase())) {
        return {
            blocked: `The repository owner '${context.owner}' is not in allowed-owners (${policy.allowedOwners.join(', ')}).`,
            selfHostedAllowed: false,
            hostedAllowed: false
        };
    }
    if (context.trust.trusted)
        return { selfHostedAllowed: true, hostedAllowed: true };
    const why = `This run is untrusted (${context.trust.reason})`;
    const type = declaredType(policy);
    if (type === 'self-hosted')
        return { blocked: `${why}: it never gets a self-hosted runner.`, selfHostedAllowed: false, hostedAllowed: false };
    if (!policy.allowForkPullRequests) {
        return {
            blocked: `${why} and allow-fork-pull-requests is false: no ${type === 'hosted' ? 'GitHub-hosted ' : ''}primary runner.`,
            selfHostedAllowed: false,
            hostedAllowed: false
        };
    }
    return { selfHostedAllowed: false, hostedAllowed: true };
}
/** Without availability information: allowed-owners alone decides, and the reason says nothing was checked. */
function staticOutcome(policy, context, gateResult, why) {
    const prefix = `Runner availability could not be checked (${why})`;
    if (!gateResult.selfHostedAllowed && declaredType(policy) !== 'hosted') {
        return {
            available: false,
            reason: `${prefix}, and this run is untrusted (${context.trust.reason}): without the API, only a runner declared runner-type: hosted may be used.`
        };
    }
    if (policy.allowedOwners.length === 0) {
        return {
            available: false,
            reason: `${prefix}, and allowed-owners is empty, so the primary runner is not assumed to exist.`
        };
    }
    return {
        available: true,
        reason: `${prefix}; decided by allowed-owners: '${context.owner}' may use the primary runner.`
    };
}
const SOURCE_NAMES = {
    repository: 'repository runners',
    organization: 'organisation runners',
    hosted: 'GitHub-hosted larger runners'
};
function sourceName(source) {
    return SOURCE_NAMES[source];
}
/** Turns a search into an outcome; undefined when the search failed and the static policy must decide. */
function availabilityOutcome(labels, requireIdle, search) {
    if (search.found) {
        const { source, name } = search.found;
        const state = source === 'hosted' ? 'is Ready' : requireIdle ? 'is online and idle' : 'is online';
        const kind = source === 'hosted'
            ? 'GitHub-hosted larger runner'
            : source === 'repository'
                ? 'Repository runner'
                : 'Organisation runner';
        return { available: true, reason: `${kind} '${name}' carries ${labelsText(labels)} and ${state}.` };
    }
    const failed = search.results.filter(result => result.error !== undefined);
    if (failed.length > 0)
        return undefined;
    const total = sumTallies(search.results.map(result => result.tally));
    const checked = search.results.map(result => SOURCE_NAMES[result.source]).join(', ');
    const parts = [
        total.busy && `${total.busy} busy`,
        total.offline && `${total.offline} offline`,
        total['not-ready'] && `${total['not-ready']} not Ready`,
        total.hidden && `${total.hidden} in a runner group this repository may not use`
    ].filter(Boolean);
    const seen = parts.length > 0 ? `matching runners: ${parts.join(', ')}` : 'no runner carries these labels';
    return {
        available: false,
        reason: `No runner for ${labelsText(labels)} can take the job (${seen}; checked ${checked || 'nothing'}).`
    };
}
/** Why the API could not be used, in one clause (for the reason sentence). */
function failureText(search) {
    return search.results
        .filter(result => result.error !== undefined)
        .map(result => `${SOURCE_NAMES[result.source]}: ${result.status === undefined ? (result.error ?? explainStatus(undefined)) : explainStatus(result.status)}`)
        .join('; ');
}
function explainStatus(status) {
    if (status === 401)
        return 'HTTP 401, the token was rejected';
    if (status === 403 || status === 404)
        return `HTTP ${status}, the token may not list runners (it needs organisation "Self-hosted runners: read" or admin:org)`;
    if (status === 429)
        return 'HTTP 429, rate limited';
    if (status !== undefined && status >= 500)
        return `HTTP ${status} from the API`;
    return 'no answer from the API in time';
}
function finish(policy, outcome) {
    if (outcome.available) {
        const gpu = policy.kind === 'gpu';
        return { decision: gpu ? 'gpu' : 'primary', gpu, runsOn: policy.gpuRunner, reason: outcome.reason, fail: false };
    }
    const onUnavailable = policy.onUnavailable;
    const then = onUnavailable === 'skip'
        ? ` The ${policy.kind === 'gpu' ? 'GPU ' : ''}job is skipped.`
        : onUnavailable === 'fail'
            ? ' on-unavailable is fail.'
            : ` Falling back to ${labelsText(policy.fallbackRunner)}.`;
    return {
        decision: onUnavailable === 'skip' ? 'skip' : 'fallback',
        gpu: false,
        runsOn: policy.fallbackRunner,
        reason: outcome.reason + then,
        fail: onUnavailable === 'fail'
    };
}
/** The `runs-on` output: JSON that `fromJSON()` turns back into a label or a list of labels. */
function runsOnJson(labels) {
    return labels.length === 1 ? JSON.stringify(labels[0]) : JSON.stringify(labels);
}
function sumTallies(tallies) {
    const total = { usable: 0, busy: 0, offline: 0, 'not-ready': 0, hidden: 0, 'no-match': 0 };
    for (const tally of tallies)
        for (const key of Object.keys(total))
            total[key] += tally[key];
    return total;
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

/***/ 8838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runProbe = runProbe;
/** `mode: probe`: reads the probe inputs, asks the machine, judges, and writes outputs and the summary. */
const errors_js_1 = __webpack_require__(2087);
const runner_js_1 = __webpack_require__(7578);
const summary_js_1 = __webpack_require__(1906);
const probe_gpu_js_1 = __webpack_require__(4844);
const probe_sources_js_1 = __webpack_require__(6344);
const summary_js_2 = __webpack_require__(2601);
async function runProbe(inputs, timeoutMs) {
    const required = inputs.required;
    const testRegex = inputs.gpuTestRegex;
    const requirements = {
        minComputeCapability: inputs.minComputeCapability,
        minMemoryMb: inputs.minMemoryMb
    };
    const findings = await (0, probe_sources_js_1.probeMachine)((0, runner_js_1.runnerContext)().os, timeoutMs, process.env);
    const result = (0, probe_gpu_js_1.evaluateProbe)(findings, requirements);
    const outputs = (0, probe_gpu_js_1.probeOutputs)(result, testRegex);
    (0, runner_js_1.setOutput)('available', outputs.available);
    (0, runner_js_1.setOutput)('vendor', outputs.vendor);
    (0, runner_js_1.setOutput)('count', outputs.count);
    (0, runner_js_1.setOutput)('name', outputs.name);
    (0, runner_js_1.setOutput)('driver-version', outputs['driver-version']);
    (0, runner_js_1.setOutput)('cuda-version', outputs['cuda-version']);
    (0, runner_js_1.setOutput)('compute-capability', outputs['compute-capability']);
    (0, runner_js_1.setOutput)('memory-mb', outputs['memory-mb']);
    (0, runner_js_1.setOutput)('ctest-exclude', outputs['ctest-exclude']);
    runner_js_1.log.info(result.reason);
    (0, summary_js_1.writeSummary)((0, summary_js_2.probeSummary)(result, findings, required));
    // A child that outlived its kill would keep this process alive: leave once everything is written.
    if (probe_sources_js_1.abandonedProcess)
        setTimeout(() => process.exit(), 100).unref();
    if (required && !result.available) {
        throw new errors_js_1.UserError(`A usable GPU is required on this runner, but: ${result.reason}`);
    }
    if (!result.available)
        runner_js_1.log.notice(`No usable GPU: GPU tests are excluded (ctest -E '${testRegex}'). ${result.reason}`);
}


/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectSummary = selectSummary;
exports.probeSummary = probeSummary;
/** The job summaries of both modes, as pure Markdown builders (the step writes them once with writeSummary). */
const summary_js_1 = __webpack_require__(1906);
const decide_js_1 = __webpack_require__(5777);
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
        ['runs-on', (0, decide_js_1.labelsText)(result.runsOn)],
        ['Why', result.reason],
        ['Repository', `${context.owner}/${context.repo}`],
        ['Event', event],
        ['Availability', input.checked ? `checked with the REST API (${input.requests} request(s))` : 'not checked']
    ];
    const sections = [(0, summary_js_1.heading)(`gpu-runner-fallback: ${title}`), (0, summary_js_1.markdownTable)(['', ''], rows)];
    sections.push((0, summary_js_1.mermaid)([
        'flowchart LR',
        `  select["select: ${mermaidText((0, decide_js_1.labelsText)(input.gpuRunner))}"] --> ${result.gpu ? 'gpu' : 'other'}`,
        result.gpu
            ? `  gpu["GPU job on ${mermaidText((0, decide_js_1.labelsText)(result.runsOn))}"]`
            : result.decision === 'skip'
                ? '  other["GPU job skipped"]'
                : `  other["job on ${mermaidText((0, decide_js_1.labelsText)(result.runsOn))}"]`
    ].join('\n')));
    if (input.search && input.search.results.length > 0) {
        const table = (0, summary_js_1.markdownTable)(['Source', 'Usable', 'Busy', 'Offline', 'Not Ready', 'Group not usable', 'Result'], input.search.results.map(r => [
            (0, decide_js_1.sourceName)(r.source),
            r.tally.usable,
            r.tally.busy,
            r.tally.offline,
            r.tally['not-ready'],
            r.tally.hidden,
            r.error ?? (input.search?.found?.source === r.source ? `found '${input.search.found.name}'` : 'listed')
        ]));
        sections.push((0, summary_js_1.details)('Runners checked', table));
    }
    return sections.join('\n');
}
function mermaidText(text) {
    return (0, summary_js_1.escapeCell)(text).replace(/"/g, '#quot;');
}
function probeSummary(result, findings, required) {
    const title = result.available ? '🟢 GPU available' : required ? '🔴 No usable GPU (required)' : '⚪ No usable GPU';
    const sections = [(0, summary_js_1.heading)(`gpu-runner-fallback probe: ${title}`), `${(0, summary_js_1.escapeCell)(result.reason)}\n`];
    if (result.verdicts.length > 0) {
        sections.push((0, summary_js_1.markdownTable)(['#', 'Name', 'Memory (MiB)', 'Compute capability', 'Driver', 'Usable'], result.verdicts.map(({ device, problems }) => [
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
    sections.push((0, summary_js_1.markdownTable)(['', ''], facts));
    return sections.join('\n');
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


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const commands_js_1 = __webpack_require__(2338);
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


/***/ })

};
