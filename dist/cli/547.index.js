export const id = 547;
export const ids = [547];
export const modules = {

/***/ 547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLocalAction: () => (/* binding */ runLocalAction)
});

// UNUSED EXPORTS: NODE_ENV_VARIABLE, actionNode

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/local-runner/src/action-metadata.js
/** Reads an action's action.yml: the parts of the metadata the runner contract needs. */



function parseActionMetadata(source, origin = 'action.yml') {
    const doc = (0,dist/* parse */.qg)(source);
    if (!doc || typeof doc !== 'object' || !doc.runs || typeof doc.runs.main !== 'string') {
        throw new Error(`${origin}: not a JavaScript action (runs.main is missing)`);
    }
    const inputs = {};
    for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
        inputs[name] = {
            ...spec,
            default: spec?.default === undefined || spec.default === null ? undefined : String(spec.default)
        };
    }
    return { name: doc.name ?? origin, description: doc.description, inputs, outputs: doc.outputs ?? {}, runs: doc.runs };
}
function loadActionMetadata(actionDir) {
    const path = (0,external_node_path_.join)(actionDir, 'action.yml');
    return parseActionMetadata((0,external_node_fs_.readFileSync)(path, 'utf8'), path);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/local-runner/src/expressions.js
function tokenize(source) {
    const tokens = [];
    const pattern = /\s*(?:(&&|\|\||==|!=|!|\(|\))|'((?:[^']|'')*)'|([A-Za-z_][\w.-]*(?:\(\))?))/y;
    let index = 0;
    while (index < source.length) {
        if (/^\s*$/.test(source.slice(index)))
            break;
        pattern.lastIndex = index;
        const match = pattern.exec(source);
        if (!match)
            throw new Error(`Unsupported expression near '${source.slice(index)}'`);
        index = pattern.lastIndex;
        if (match[1])
            tokens.push({ kind: 'op', text: match[1] });
        else if (match[2] !== undefined)
            tokens.push({ kind: 'str', text: match[2].replace(/''/g, "'") });
        else
            tokens.push({ kind: 'id', text: match[3] ?? '' });
    }
    return tokens;
}
function evaluate(source, context) {
    const body = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
    const tokens = tokenize(body);
    let position = 0;
    const peek = () => tokens[position];
    const next = () => tokens[position++];
    const truthy = (value) => value !== undefined && value !== '' && value !== false;
    function primary() {
        const token = next();
        if (!token)
            throw new Error(`Unexpected end of expression '${source}'`);
        if (token.kind === 'op' && token.text === '!')
            return !truthy(primary());
        if (token.kind === 'op' && token.text === '(') {
            const value = or();
            if (next()?.text !== ')')
                throw new Error(`Missing ')' in '${source}'`);
            return value;
        }
        if (token.kind === 'str')
            return token.text;
        if (token.kind === 'id') {
            switch (token.text) {
                case 'always()':
                    return true;
                case 'success()':
                    return context.status === 'success';
                case 'failure()':
                    return context.status === 'failure';
                case 'cancelled()':
                    return context.status === 'cancelled';
                case 'true':
                    return true;
                case 'false':
                    return false;
                default:
                    if (token.text.endsWith('()'))
                        throw new Error(`Unsupported function ${token.text}`);
                    return context.lookup(token.text) ?? '';
            }
        }
        throw new Error(`Unexpected '${token.text}' in '${source}'`);
    }
    function comparison() {
        const left = primary();
        const op = peek();
        if (op?.kind === 'op' && (op.text === '==' || op.text === '!=')) {
            next();
            const right = primary();
            const equal = String(left).toLowerCase() === String(right).toLowerCase();
            return op.text === '==' ? equal : !equal;
        }
        return left;
    }
    function and() {
        let value = comparison();
        while (peek()?.text === '&&') {
            next();
            const right = comparison();
            value = truthy(value) ? right : value;
        }
        return value;
    }
    function or() {
        let value = and();
        while (peek()?.text === '||') {
            next();
            const right = and();
            value = truthy(value) ? value : right;
        }
        return value;
    }
    const result = or();
    if (position < tokens.length)
        throw new Error(`Unexpected '${tokens[position]?.text}' in '${source}'`);
    return result ?? '';
}
function isTruthy(value) {
    return value !== '' && value !== false;
}
/** Replaces every `${{ … }}` inside a default value (e.g. `${{ github.token }}`). */
function interpolate(value, context) {
    return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, inner) => String(evaluate(inner, context)));
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/local-runner/src/runner-files.js
/**
 * The files an action appends to (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH), parsed the way the
 * runner parses them: `name=value` lines and the heredoc form `name<<DELIMITER` … `DELIMITER` for multi-line values.
 */
function parseKeyValueFile(content) {
    const values = {};
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        const equals = line.indexOf('=');
        if (heredoc && (equals === -1 || equals > line.indexOf('<<'))) {
            const [, name, delimiter] = heredoc;
            const body = [];
            i++;
            while (i < lines.length && lines[i] !== delimiter)
                body.push(lines[i++] ?? '');
            if (i >= lines.length)
                throw new Error(`Unterminated heredoc for '${name}' (delimiter ${delimiter})`);
            values[name] = body.join('\n');
        }
        else if (equals > 0) {
            values[line.slice(0, equals)] = line.slice(equals + 1);
        }
        else {
            throw new Error(`Invalid line in runner file: ${line}`);
        }
    }
    return values;
}
function parsePathFile(content) {
    return content
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/local-runner/src/run-action.js
/**
 * Runs one JavaScript action on this machine under the runner's contract (see ARCHITECTURE.md): inputs as
 * INPUT_* with action.yml defaults filled in, fresh runner files per step, `main`, then `post` when `post-if`
 * allows, with the state main saved, the environment it exported and the PATH it added.
 */







/** The environment variable that names the Node.js binary running actions (documented in README, Test). */
const NODE_ENV_VARIABLE = 'LOCAL_RUNNER_NODE';
/** Which node runs the action: the option, else LOCAL_RUNNER_NODE, else the node running this process. */
function actionNode(option, env, execPath) {
    const chosen = option ?? env[NODE_ENV_VARIABLE];
    return chosen && chosen.trim() !== '' ? (0,external_node_path_.resolve)(chosen) : execPath;
}
const RUNNER_PREFIXES = ['INPUT_', 'STATE_', 'GITHUB_', 'RUNNER_', 'ACTIONS_'];
async function runLocalAction(options) {
    const actionDir = (0,external_node_path_.resolve)(options.actionDir);
    const metadata = loadActionMetadata(actionDir);
    const owned = options.root === undefined;
    const root = options.root ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-actions-run-'));
    const remove = owned && !options.keep;
    try {
        return await runIn(root, !remove);
    }
    finally {
        if (remove)
            (0,external_node_fs_.rmSync)(root, { recursive: true, force: true, maxRetries: 3 });
    }
    async function runIn(root, kept) {
        const workspace = options.workspace ?? (0,external_node_path_.join)(root, 'workspace');
        const temp = (0,external_node_path_.join)(root, 'temp');
        const toolCache = options.toolCache ?? (0,external_node_path_.join)(root, 'tool-cache');
        const files = (0,external_node_path_.join)(root, 'runner-files');
        for (const dir of [workspace, temp, toolCache, files])
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const eventPath = (0,external_node_path_.join)(files, 'event.json');
        (0,external_node_fs_.writeFileSync)(eventPath, JSON.stringify(options.event ?? {}));
        const base = baseEnvironment({ workspace, temp, toolCache, eventPath, eventName: options.eventName ?? 'push' });
        const userEnv = { ...base, ...options.env };
        const context = expressionContext(userEnv, 'success');
        const inputs = resolveInputs(metadata, options.inputs ?? {}, context);
        const result = {
            exitCode: 0,
            success: true,
            steps: [],
            outputs: {},
            exportedEnv: {},
            paths: [],
            state: {},
            summary: '',
            masks: [],
            annotations: [],
            root,
            workspace,
            temp,
            toolCache,
            kept
        };
        const main = await runStep('main', metadata.runs.main, {});
        result.outputs = main.outputs;
        result.state = main.state;
        result.exportedEnv = main.env;
        result.paths = main.paths;
        const postIf = metadata.runs['post-if'] ?? 'always()';
        const status = main.exitCode === 0 ? 'success' : 'failure';
        if (metadata.runs.post &&
            isTruthy(evaluate(postIf, expressionContext({ ...userEnv, ...result.exportedEnv }, status)))) {
            const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
            const post = await runStep('post', metadata.runs.post, stateEnv);
            Object.assign(result.exportedEnv, post.env);
            result.paths.push(...post.paths);
        }
        result.summary = result.steps.map(step => step.summary).join('');
        result.exitCode = result.steps.find(step => step.exitCode !== 0)?.exitCode ?? 0;
        result.success = result.exitCode === 0;
        return result;
        async function runStep(phase, entry, stateEnv) {
            const stepFiles = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map(name => {
                const path = (0,external_node_path_.join)(files, `${phase}-${name.toLowerCase()}`);
                (0,external_node_fs_.writeFileSync)(path, '');
                return [name, path];
            }));
            const pathVar = [...result.paths]
                .reverse()
                .concat(userEnv.PATH ?? process.env.PATH ?? '')
                .join(external_node_path_.delimiter);
            const env = {
                ...userEnv,
                ...(phase === 'post' ? result.exportedEnv : {}),
                ...inputs,
                ...stateEnv,
                ...stepFiles,
                PATH: pathVar
            };
            const script = (0,external_node_path_.resolve)(actionDir, entry);
            if (!(0,external_node_fs_.existsSync)(script))
                throw new Error(`${metadata.name}: runs.${phase} points at ${script}, which does not exist`);
            const { exitCode, stdout, stderr } = await runNode(actionNode(options.node, process.env, process.execPath), script, env, workspace, options.timeoutMs);
            const read = (name) => (0,external_node_fs_.readFileSync)(stepFiles[name], 'utf8');
            scanWorkflowCommands(stdout, result);
            // As the runner: debug lines are shown only when the run has debug logging on (RUNNER_DEBUG=1).
            const shown = env.RUNNER_DEBUG === '1' ? stdout : stdout.replace(/^::debug::.*(?:\r?\n|$)/gm, '');
            const log = applyMasks(shown + stderr, result.masks);
            if (options.echo)
                process.stdout.write(log);
            const step = {
                phase,
                exitCode,
                log,
                rawStdout: stdout,
                rawStderr: stderr,
                summary: read('GITHUB_STEP_SUMMARY')
            };
            result.steps.push(step);
            return {
                exitCode,
                outputs: parseKeyValueFile(read('GITHUB_OUTPUT')),
                env: parseKeyValueFile(read('GITHUB_ENV')),
                state: parseKeyValueFile(read('GITHUB_STATE')),
                paths: parsePathFile(read('GITHUB_PATH'))
            };
        }
    }
}
function baseEnvironment(dirs) {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (value !== undefined && !RUNNER_PREFIXES.some(prefix => name.startsWith(prefix)))
            env[name] = value;
    }
    const os = process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
    return {
        ...env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dirs.workspace,
        GITHUB_EVENT_NAME: dirs.eventName,
        GITHUB_EVENT_PATH: dirs.eventPath,
        GITHUB_REPOSITORY: 'aswf-local/example',
        GITHUB_REPOSITORY_OWNER: 'aswf-local',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: '0000000000000000000000000000000000000000',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'local',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_OS: os,
        RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
        RUNNER_TEMP: dirs.temp,
        RUNNER_TOOL_CACHE: dirs.toolCache,
        RUNNER_NAME: 'local-runner'
    };
}
function expressionContext(env, status) {
    const github = {
        token: env.GITHUB_TOKEN ?? '',
        repository: env.GITHUB_REPOSITORY,
        repository_owner: env.GITHUB_REPOSITORY_OWNER,
        workspace: env.GITHUB_WORKSPACE,
        event_name: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        server_url: env.GITHUB_SERVER_URL,
        api_url: env.GITHUB_API_URL
    };
    const runner = { os: env.RUNNER_OS, arch: env.RUNNER_ARCH, temp: env.RUNNER_TEMP };
    return {
        status,
        lookup(path) {
            const [scope, ...rest] = path.split('.');
            const key = rest.join('.');
            if (scope === 'env')
                return env[key];
            if (scope === 'github')
                return github[key];
            if (scope === 'runner')
                return runner[key];
            throw new Error(`Unsupported context '${path}' (the local runner knows env, github and runner)`);
        }
    };
}
function resolveInputs(metadata, given, context) {
    for (const name of Object.keys(given)) {
        if (!(name in metadata.inputs)) {
            // The runner only warns here; so do we, on stderr, and still pass the value through.
            process.stderr.write(`warning: unexpected input '${name}' for ${metadata.name}\n`);
        }
    }
    const env = {};
    for (const [name, spec] of Object.entries(metadata.inputs)) {
        const value = given[name] ?? (spec.default !== undefined ? interpolate(spec.default, context) : undefined);
        if (value !== undefined)
            env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const [name, value] of Object.entries(given))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return env;
}
function runNode(node, script, env, cwd, timeoutMs = 10 * 60 * 1000) {
    if (!(0,external_node_fs_.existsSync)(node)) {
        throw new Error(`The Node.js binary ${node} (option node or ${NODE_ENV_VARIABLE}) does not exist`);
    }
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.stdout.on('data', chunk => out.push(chunk));
        child.stderr.on('data', chunk => err.push(chunk));
        child.on('error', reject);
        child.on('close', code => {
            clearTimeout(timer);
            resolvePromise({
                exitCode: code ?? 1,
                stdout: Buffer.concat(out).toString(),
                stderr: Buffer.concat(err).toString()
            });
        });
    });
}
function unescapeCommandData(value) {
    return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function scanWorkflowCommands(stdout, result) {
    for (const line of stdout.split(/\r?\n/)) {
        const command = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
        if (!command)
            continue;
        const [, name, data] = command;
        if (name === 'add-mask') {
            const value = unescapeCommandData(data);
            if (value && !result.masks.includes(value))
                result.masks.push(value);
        }
        else if (name === 'error' || name === 'warning' || name === 'notice') {
            result.annotations.push({ level: name, message: unescapeCommandData(data) });
        }
    }
}
function applyMasks(text, masks) {
    let masked = text;
    for (const mask of [...masks].sort((a, b) => b.length - a.length))
        masked = masked.split(mask).join('***');
    // The runner never echoes the add-mask command itself.
    return masked.replace(/^::add-mask::.*$/gm, '::add-mask::***');
}


/***/ })

};
