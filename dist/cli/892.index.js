export const id = 892;
export const ids = [892];
export const modules = {

/***/ 7892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/check-workflow/check.js
/**
 * `ci-actions check-workflow`: what actionlint cannot check, because it never sees a remote action's metadata. For
 * each use of one of our actions (`aswf/ci-actions/<action>@…`) or reusable workflows
 * (`aswf/ci-actions/.github/workflows/<name>.yml@…`): every `with:`/`secrets:` key exists, literal values have the
 * declared type (boolean, number, one of the listed choices), required ones are given, and every output read
 * through `steps.<id>.outputs.<name>` or `needs.<job>.outputs.<name>` exists. Pure: text in, problems out.
 */

const OURS = 'aswf/ci-actions/';
function ourActionName(uses, interfaces, options = {}) {
    const remote = new RegExp(`^${OURS}((?:\\.github/actions/)?[\\w.-]+)@[^\\s@]+$`).exec(uses);
    if (remote)
        return remote[1];
    const local = /^\.\/((?:\.github\/actions\/)?[\w.-]+)\/?$/.exec(uses);
    if (local && options.inOurRepository && interfaces.actions.has(local[1]))
        return local[1];
    return undefined;
}
function ourWorkflowName(uses, options = {}) {
    const remote = new RegExp(`^${OURS}\\.github/workflows/([\\w.-]+\\.ya?ml)@[^\\s@]+$`).exec(uses);
    if (remote)
        return remote[1];
    const local = /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(uses);
    return local && options.inOurRepository ? local[1] : undefined;
}
function entries(node) {
    return (0,dist/* isMap */.jh)(node) ? node.items : [];
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
}
function get(node, key) {
    return entries(node).find(pair => keyOf(pair) === key);
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}
const isExpression = (value) => typeof value === 'string' && value.includes('${{');
/** Why a literal value does not fit the input, or undefined when it does (expressions are not judged). */
function valueProblem(name, spec, node, kind) {
    if (!(0,dist/* isScalar */.jn)(node))
        return node ? `input '${name}' takes one value, not a ${(0,dist/* isSeq */.oP)(node) ? 'list' : 'map'}` : undefined;
    const value = node.value;
    if (isExpression(value) || value === null)
        return undefined;
    if (spec.type === 'boolean') {
        const ok = kind === 'workflow' ? typeof value === 'boolean' : /^(true|false)$/i.test(String(value));
        if (!ok)
            return `input '${name}' is a boolean: give true or false, not '${String(value)}'`;
    }
    if (spec.type === 'number' && typeof value !== 'number') {
        return `input '${name}' is a number, not '${String(value)}'`;
    }
    if (spec.choices && !spec.choices.includes(String(value))) {
        return `input '${name}' accepts ${spec.choices.map(c => `'${c}'`).join(', ')}, not '${String(value)}'`;
    }
    return undefined;
}
function checkWorkflow(source, interfaces, options = {}) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter, keepSourceTokens: false });
    const problems = [];
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset);
        problems.push({ line, column: col, message });
    };
    const start = (node, fallback = 0) => node?.range?.[0] ?? fallback;
    const [broken] = doc.errors;
    if (broken) {
        at(broken.pos[0], `YAML: ${broken.message.split('\n')[0]}`);
        return problems;
    }
    const jobsPair = get(doc.contents, 'jobs');
    const jobs = new Map();
    for (const pair of entries(jobsPair?.value))
        jobs.set(keyOf(pair), pair.value);
    const checkWith = (target, withPair, usesNode, label) => {
        const given = new Set();
        if (withPair && withPair.value && !(0,dist/* isMap */.jh)(withPair.value) && scalarText(withPair.value) !== undefined) {
            at(start(withPair.value), `${label}: with: must be a map of inputs`);
            return;
        }
        for (const pair of entries(withPair?.value)) {
            const key = keyOf(pair);
            given.add(key);
            const spec = target.inputs[key];
            if (!spec) {
                const known = Object.keys(target.inputs);
                at(start(pair.key), `${label} has no input '${key}' (inputs: ${known.join(', ') || 'none'})`);
                continue;
            }
            const problem = valueProblem(key, spec, pair.value, target.kind);
            if (problem)
                at(start(pair.value, start(pair.key)), `${label}: ${problem}`);
        }
        for (const [key, spec] of Object.entries(target.inputs)) {
            if (spec.required && !given.has(key))
                at(start(usesNode), `${label} requires input '${key}'`);
        }
    };
    for (const [jobName, job] of jobs) {
        const usesPair = get(job, 'uses');
        const uses = scalarText(usesPair?.value);
        // A call of one of our reusable workflows.
        const workflowFile = uses ? ourWorkflowName(uses, options) : undefined;
        if (workflowFile && usesPair) {
            const target = interfaces.workflows.get(workflowFile);
            const label = `job '${jobName}': ${workflowFile}`;
            if (!target)
                at(start(usesPair.value), `job '${jobName}': no reusable workflow ${workflowFile} in aswf/ci-actions`);
            else {
                checkWith(target, get(job, 'with'), usesPair.value, label);
                const secretsPair = get(job, 'secrets');
                if (scalarText(secretsPair?.value) !== 'inherit') {
                    const given = new Set();
                    for (const pair of entries(secretsPair?.value)) {
                        const key = keyOf(pair);
                        given.add(key);
                        if (!target.secrets[key]) {
                            at(start(pair.key), `${label} has no secret '${key}' (secrets: ${Object.keys(target.secrets).join(', ') || 'none'})`);
                        }
                    }
                    for (const [key, spec] of Object.entries(target.secrets)) {
                        if (spec.required && !given.has(key))
                            at(start(usesPair.value), `${label} requires secret '${key}'`);
                    }
                }
            }
        }
        else if (uses?.startsWith(OURS)) {
            at(start(usesPair?.value), `job '${jobName}': '${uses}' is not a reusable workflow of aswf/ci-actions`);
        }
        // Steps that use one of our actions.
        const ours = new Map();
        const stepsPair = get(job, 'steps');
        const steps = (0,dist/* isSeq */.oP)(stepsPair?.value) ? stepsPair?.value.items : [];
        steps.forEach((step, index) => {
            const stepUses = get(step, 'uses');
            const text = scalarText(stepUses?.value);
            if (!text || !stepUses)
                return;
            const name = ourActionName(text, interfaces, options);
            if (!name) {
                if (text.startsWith(OURS))
                    at(start(stepUses.value), `'${text}' is not an action of aswf/ci-actions`);
                return;
            }
            const target = interfaces.actions.get(name);
            const id = scalarText(get(step, 'id')?.value);
            const label = `job '${jobName}' step ${id ? `'${id}'` : index + 1}: ${name}`;
            if (!target) {
                at(start(stepUses.value), `job '${jobName}' step ${index + 1}: no action ${name} in aswf/ci-actions`);
                return;
            }
            if (id)
                ours.set(id, target);
            checkWith(target, get(step, 'with'), stepUses.value, label);
        });
        // Outputs read from our steps and from jobs (ours or mapping ours), anywhere in this job.
        const scan = (node) => {
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
                const raw = source.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
                const base = node.range?.[0] ?? 0;
                const located = (needle, fallback) => {
                    const index = raw.indexOf(needle);
                    return index >= 0 ? base + index : fallback;
                };
                for (const m of node.value.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
                    const target = ours.get(m[1]);
                    if (target && !target.outputs.has(m[2])) {
                        at(located(m[0], base), `${target.name} (step '${m[1]}') has no output '${m[2]}' (outputs: ${[...target.outputs].join(', ') || 'none'})`);
                    }
                }
                for (const m of node.value.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
                    const needed = jobs.get(m[1]);
                    if (!needed)
                        continue;
                    const neededUses = scalarText(get(needed, 'uses')?.value);
                    const file = neededUses ? ourWorkflowName(neededUses, options) : undefined;
                    const workflow = file ? interfaces.workflows.get(file) : undefined;
                    if (workflow) {
                        if (!workflow.outputs.has(m[2])) {
                            at(located(m[0], base), `job '${m[1]}' (${file}) has no output '${m[2]}' (outputs: ${[...workflow.outputs].join(', ') || 'none'})`);
                        }
                    }
                    else if (!get(get(needed, 'outputs')?.value, m[2])) {
                        at(located(m[0], base), `job '${m[1]}' declares no output '${m[2]}'`);
                    }
                }
                return;
            }
            if ((0,dist/* isMap */.jh)(node))
                for (const pair of node.items)
                    scan(pair.value);
            else if ((0,dist/* isSeq */.oP)(node))
                for (const item of node.items)
                    scan(item);
        };
        scan(job);
    }
    return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/check-workflow/interfaces.js
/**
 * The public interface of this repository's actions and reusable workflows, read from their metadata: inputs (with
 * the type a value must have: boolean, number, string, or one of declared choices), secrets and outputs.
 * `check-workflow` validates a user's workflow against it.
 */



/**
 * The values an input accepts when its description starts (after an optional "scope: " prefix) with a list of
 * quoted words: "'select' (…) or 'probe' (…)." or "select: 'fallback' (…), 'skip' (…) or 'fail'.". A description
 * that merely mentions a quoted value somewhere is not a list.
 */
function choicesOf(description) {
    if (!description)
        return undefined;
    const item = String.raw `'([\w.-]+)'(?: \([^)]*\))?`;
    const list = new RegExp(String.raw `^(?:[^']*?: )?${item}((?:, ${item})*) or ${item}\.?$`);
    const match = list.exec(description.trim());
    if (!match)
        return undefined;
    return [...description.trim().matchAll(new RegExp(item, 'g'))].map(m => m[1]);
}
function typeFromDefault(value) {
    const text = String(value ?? '');
    if (text === 'true' || text === 'false')
        return 'boolean';
    return 'string';
}
function actionInterface(name, source) {
    const doc = ((0,dist/* parse */.qg)(source) ?? {});
    const inputs = {};
    for (const [key, spec] of Object.entries(doc.inputs ?? {})) {
        inputs[key] = {
            required: Boolean(spec?.required) && (spec?.default === undefined || spec?.default === null),
            type: typeFromDefault(spec?.default),
            choices: choicesOf(spec?.description)
        };
    }
    return { kind: 'action', name, inputs, secrets: {}, outputs: new Set(Object.keys(doc.outputs ?? {})) };
}
function workflowInterface(name, source) {
    const doc = ((0,dist/* parse */.qg)(source) ?? {});
    const on = doc.on;
    const call = (on && typeof on === 'object' && !Array.isArray(on) ? on.workflow_call : undefined);
    const callable = on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call')) || call !== undefined;
    if (!callable)
        return undefined;
    const inputs = {};
    for (const [key, spec] of Object.entries(call?.inputs ?? {})) {
        const type = spec?.type === 'boolean' || spec?.type === 'number' ? spec.type : 'string';
        inputs[key] = {
            required: Boolean(spec?.required) && spec?.default === undefined,
            type,
            choices: type === 'string' ? choicesOf(spec?.description) : undefined
        };
    }
    const secrets = {};
    for (const [key, spec] of Object.entries(call?.secrets ?? {}))
        secrets[key] = { required: Boolean(spec?.required) };
    return { kind: 'workflow', name, inputs, secrets, outputs: new Set(Object.keys(call?.outputs ?? {})) };
}
/** Reads every action (root folders and .github/actions/*) and reusable workflow of the repository at `root`. */
function loadInterfaces(root) {
    const actions = new Map();
    const workflows = new Map();
    const actionDirs = (dir, prefix) => {
        if (!(0,external_node_fs_.existsSync)(dir))
            return;
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const yml = (0,external_node_path_.join)(dir, entry.name, 'action.yml');
            if (entry.isDirectory() && (0,external_node_fs_.existsSync)(yml)) {
                actions.set(prefix + entry.name, actionInterface(prefix + entry.name, (0,external_node_fs_.readFileSync)(yml, 'utf8')));
            }
        }
    };
    actionDirs(root, '');
    actionDirs((0,external_node_path_.join)(root, '.github/actions'), '.github/actions/');
    const dir = (0,external_node_path_.join)(root, '.github/workflows');
    if ((0,external_node_fs_.existsSync)(dir)) {
        for (const file of (0,external_node_fs_.readdirSync)(dir)) {
            if (!/\.ya?ml$/.test(file))
                continue;
            const found = workflowInterface(file, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8'));
            if (found)
                workflows.set(file, found);
        }
    }
    return { actions, workflows };
}
/** The repository this CLI belongs to (it checks against the interfaces of its own version). */
function findInterfacesRoot(starts) {
    for (const start of starts) {
        for (let dir = start;; dir = (0,external_node_path_.join)(dir, '..')) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'build-matrix/action.yml')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.github/workflows')))
                return dir;
            if ((0,external_node_path_.join)(dir, '..') === dir)
                break;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/commands/check-workflow.js
/**
 * ci-actions check-workflow <file or folder>...: checks each workflow's uses of our actions and reusable workflows
 * (see check-workflow.ts) against the interfaces of the aswf/ci-actions version this CLI belongs to, prints
 * `file:line:col: message` for each problem, and returns 1 when there is any (2 for a file it cannot read).
 */




const MAX_BYTES = 1024 * 1024;
/**
 * The workflows to check: the file named (read later, once its size is known), or the YAML files under a folder
 * that have a top-level `jobs:`, with the text already read to find that out (each file is read once).
 */
function* workflowFiles(path) {
    if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
        yield { file: path };
        return;
    }
    const files = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true, recursive: true })
        .filter(e => e.isFile() && /\.ya?ml$/.test(e.name))
        .map(e => (0,external_node_path_.join)(e.parentPath, e.name))
        .sort();
    for (const file of files) {
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        if (/^jobs:/m.test(text))
            yield { file, text };
    }
}
function run(parsed, write, cliPath = process.argv[1]) {
    const args = parsed.positionals;
    // The metadata shipped beside the bundle in the npm package, else the repository the bundle was built in.
    const bundleDir = cliPath ? (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(cliPath)) : '';
    const starts = [bundleDir && (0,external_node_path_.join)(bundleDir, 'metadata'), bundleDir, write.cwd].filter(Boolean);
    const root = findInterfacesRoot(starts);
    if (!root) {
        write.err('ci-actions: cannot find the aswf/ci-actions metadata (build-matrix/action.yml, .github/workflows)\n');
        return 2;
    }
    const interfaces = loadInterfaces(root);
    let problems = 0;
    let checked = 0;
    for (const arg of args) {
        if (!(0,external_node_fs_.existsSync)(arg)) {
            write.err(`${arg}: no such file or folder\n`);
            return 2;
        }
        for (const { file, text } of workflowFiles(arg)) {
            if ((0,external_node_fs_.statSync)(file).size > MAX_BYTES) {
                write.err(`${file}: larger than ${MAX_BYTES} bytes; not a workflow\n`);
                return 2;
            }
            const inOurRepository = !(0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(file)).startsWith('..');
            for (const p of checkWorkflow(text ?? (0,external_node_fs_.readFileSync)(file, 'utf8'), interfaces, { inOurRepository })) {
                write.out(`${file}:${p.line}:${p.column}: ${p.message}\n`);
                problems++;
            }
            checked++;
        }
    }
    write.err(`${checked} workflow file(s) checked, ${problems} problem(s)\n`);
    return problems > 0 ? 1 : 0;
}


/***/ })

};
