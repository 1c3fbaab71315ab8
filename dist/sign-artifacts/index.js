import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5848:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The checksums file, byte-compatible with GNU coreutils' `sha256sum`/`sha512sum` output so that
 * `sha256sum -c SHA256SUMS` verifies it: `<hex>  <name>` per line (text mode, two spaces), sorted by name, and
 * coreutils' escaping for names holding a backslash or a newline (the line then starts with `\`).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultChecksumsFileName = defaultChecksumsFileName;
exports.checksumLine = checksumLine;
exports.checksumsFileContent = checksumsFileContent;
function defaultChecksumsFileName(algorithm) {
    return algorithm === 'sha256' ? 'SHA256SUMS' : 'SHA512SUMS';
}
function checksumLine({ name, digest }) {
    if (/[\\\n\r]/.test(name)) {
        const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
        return `\\${digest}  ${escaped}\n`;
    }
    return `${digest}  ${name}\n`;
}
/** Sorted by byte order of the name (stable for any locale), one line per file. */
function checksumsFileContent(digests) {
    return [...digests]
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
        .map(checksumLine)
        .join('');
}


/***/ }),

/***/ 9363:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findArtifacts = findArtifacts;
/**
 * Expands the `files` patterns with @actions/glob (the runner toolkit's own glob: the semantics users know from
 * actions/upload-artifact and hashFiles). Symbolic links are followed, but every file must resolve to a path
 * inside the workspace: a link to `/etc/shadow` is refused, not hashed and signed. `.git` content is never
 * selected. An including pattern that matches no file, or a selection that ends empty, is an error: signing fewer
 * files than asked is a false green.
 */
const promises_1 = __nccwpck_require__(1455);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const patterns_js_1 = __nccwpck_require__(9641);
const paths_js_1 = __nccwpck_require__(8876);
const OPTIONS = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
};
async function glob(patterns) {
    // ESM-only and ~85 ms of start-up with @actions/core: loaded only on the path that selects files.
    const { create } = await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 3660));
    const globber = await create(patterns.join('\n'), OPTIONS);
    return (await globber.glob()).filter(path => !path.split(/[\\/]/).includes('.git'));
}
/** Absolute paths of the selected files, sorted; each checked to resolve inside the workspace. */
async function findArtifacts(patterns, workspace) {
    const lines = (0, patterns_js_1.patternLines)(patterns);
    const absolute = lines.map(line => (0, patterns_js_1.absolutePattern)(line, workspace));
    // Each including pattern on its own first, so the error can name the one that matches nothing.
    const union = new Set();
    for (const [i, line] of lines.entries()) {
        if ((0, patterns_js_1.patternBody)(line).negated)
            continue;
        const matched = await glob([absolute[i]]);
        runner_js_1.log.debug(`files: '${line}' matches ${matched.length} file(s)`);
        if (matched.length === 0) {
            throw new errors_js_1.UserError(`Input 'files': the pattern '${line}' matches no file under ${workspace}.`);
        }
        for (const file of matched)
            union.add(file);
    }
    // Without exclusions the union is the selection; with them, one more walk applies them in order.
    const hasExclusions = lines.some(line => (0, patterns_js_1.patternBody)(line).negated);
    const selected = [...(hasExclusions ? new Set(await glob(absolute)) : union)].sort();
    if (selected.length === 0) {
        throw new errors_js_1.InputError('files', lines.join('\n'), 'patterns that leave at least one file selected after the exclusions');
    }
    const root = await (0, promises_1.realpath)(workspace);
    for (const file of selected) {
        const target = await (0, promises_1.realpath)(file);
        if (!(0, patterns_js_1.isInside)(root, target)) {
            throw new errors_js_1.UserError(`Input 'files': ${(0, paths_js_1.relativeName)(workspace, file)} resolves to ${target}, outside the workspace; only files inside ${workspace} are signed.`);
        }
        const name = (0, paths_js_1.relativeName)(workspace, file);
        const resolved = (0, paths_js_1.relativeName)(root, target);
        runner_js_1.log.debug(`files: selected ${name}${resolved !== name ? ` (a link to ${resolved})` : ''}`);
    }
    return selected;
}


/***/ }),

/***/ 2655:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readInputs = readInputs;
/**
 * Every input of sign-artifacts, read and validated in one place: a bad value is one error naming the input, the
 * value and what is accepted, before any file is read or written.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const inputs_js_1 = __nccwpck_require__(289);
const runner_js_1 = __nccwpck_require__(7578);
const checksums_js_1 = __nccwpck_require__(5848);
const patterns_js_1 = __nccwpck_require__(9641);
const source_archive_js_1 = __nccwpck_require__(1920);
const URL_PATTERN = { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' };
function kind(path) {
    try {
        const stats = (0, node_fs_1.statSync)(path);
        return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
    }
    catch {
        return 'missing';
    }
}
function readFiles(workspace, sourceArchive) {
    const raw = (0, inputs_js_1.readLines)('files');
    const files = (0, patterns_js_1.patternLines)(raw);
    for (const pattern of files) {
        const problem = (0, patterns_js_1.patternProblem)(pattern, workspace);
        if (problem)
            throw new errors_js_1.InputError('files', pattern, `globs inside the workspace; this pattern ${problem}`);
    }
    if (files.length > 0 && files.every(pattern => (0, patterns_js_1.patternBody)(pattern).negated)) {
        throw new errors_js_1.InputError('files', raw.join('\n'), "at least one including pattern: a line starting with '!' only excludes");
    }
    if (files.length === 0 && !sourceArchive) {
        throw new errors_js_1.InputError('files', raw.join('\n'), "one or more file globs (one per line), or 'source-archive: true'");
    }
    return files;
}
function readOutputDir(workspace) {
    const value = (0, inputs_js_1.readString)('output-dir', { pattern: { regex: /^[^\0\r\n]+$/, description: 'a folder path' } });
    if (!value)
        return '';
    const path = (0, node_path_1.resolve)(workspace, value);
    const found = kind(path);
    if (found !== 'directory' && found !== 'missing')
        throw new errors_js_1.InputError('output-dir', value, `a folder, not a ${found}`);
    return path;
}
function readChecksumsPath(checksums, base) {
    const value = (0, inputs_js_1.readString)('checksums-file', {
        pattern: { regex: /^[^\0\r\n]+$/, description: 'a file name' }
    });
    if (checksums === 'none')
        return '';
    const name = value || (0, checksums_js_1.defaultChecksumsFileName)(checksums);
    if ((0, node_path_1.isAbsolute)(name) || /^[A-Za-z]:|^[\\/]/.test(name) || name.split(/[\\/]/).some(s => s === '..' || s === '')) {
        throw new errors_js_1.InputError('checksums-file', value, "a file name or relative path inside 'output-dir' or the workspace, without '..'");
    }
    const path = (0, node_path_1.resolve)(base, name);
    const found = kind(path);
    if (found !== 'file' && found !== 'missing')
        throw new errors_js_1.InputError('checksums-file', value, `a file, not a ${found}`);
    return path;
}
function readInputs(context = (0, runner_js_1.runnerContext)()) {
    const workspace = context.workspace;
    // Secrets first: masked before any other input can fail.
    const secrets = {
        gpgPrivateKey: (0, inputs_js_1.readSecret)('gpg-private-key'),
        gpgPassphrase: (0, inputs_js_1.readSecret)('gpg-passphrase'),
        appleCertificate: (0, inputs_js_1.readSecret)('apple-certificate'),
        appleCertificatePassword: (0, inputs_js_1.readSecret)('apple-certificate-password'),
        appleApiKey: (0, inputs_js_1.readSecret)('apple-api-key'),
        windowsCertificate: (0, inputs_js_1.readSecret)('windows-certificate'),
        windowsCertificatePassword: (0, inputs_js_1.readSecret)('windows-certificate-password')
    };
    const checksums = (0, inputs_js_1.readChoice)('checksums', ['sha256', 'sha512', 'none'], 'sha256');
    const wantsArchive = (0, inputs_js_1.readBoolean)('source-archive', false);
    const files = readFiles(workspace, wantsArchive);
    const tag = (0, inputs_js_1.readString)('tag');
    if (tag && !(0, source_archive_js_1.isTagName)(tag.replace(/^refs\/tags\//, '')))
        throw new errors_js_1.InputError('tag', tag, source_archive_js_1.TAG_DESCRIPTION);
    const archiveName = (0, inputs_js_1.readString)('source-archive-name');
    const archivePrefix = (0, inputs_js_1.readString)('source-archive-prefix');
    const sourceArchive = wantsArchive
        ? (0, source_archive_js_1.planSourceArchive)({
            repository: context.repository,
            ref: context.ref,
            tag,
            name: archiveName,
            prefix: archivePrefix
        })
        : undefined;
    const outputDir = readOutputDir(workspace);
    const trustedRoot = (0, inputs_js_1.readString)('sigstore-trusted-root');
    return {
        files,
        ...(sourceArchive ? { sourceArchive } : {}),
        checksums,
        checksumsPath: readChecksumsPath(checksums, outputDir || workspace),
        sigstore: (0, inputs_js_1.readChoice)('sigstore', ['auto', 'true', 'false'], 'auto'),
        sigstoreFulcioUrl: (0, inputs_js_1.readString)('sigstore-fulcio-url', { pattern: URL_PATTERN }),
        sigstoreRekorUrl: (0, inputs_js_1.readString)('sigstore-rekor-url', { pattern: URL_PATTERN }),
        sigstoreTrustedRoot: trustedRoot ? (0, node_path_1.resolve)(workspace, trustedRoot) : '',
        ...secrets,
        appleIdentity: (0, inputs_js_1.readString)('apple-identity'),
        appleNotarize: (0, inputs_js_1.readBoolean)('apple-notarize', false),
        appleApiKeyId: (0, inputs_js_1.readString)('apple-api-key-id'),
        appleApiIssuer: (0, inputs_js_1.readString)('apple-api-issuer'),
        timestampUrl: (0, inputs_js_1.readString)('timestamp-url', {
            pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL or empty' }
        }),
        verify: (0, inputs_js_1.readBoolean)('verify', true),
        skipWithoutCredentials: (0, inputs_js_1.readBoolean)('skip-without-credentials', true),
        outputDir
    };
}


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * sign-artifacts main: inputs, the files, a plan of methods, a check that nothing planned overwrites an artifact,
 * then the signing in plan order (embedded signatures, checksums, detached signatures over everything), outputs
 * and one summary.
 */
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const summary_js_1 = __nccwpck_require__(1906);
const files_js_1 = __nccwpck_require__(9363);
const inputs_js_1 = __nccwpck_require__(2655);
const methods_js_1 = __nccwpck_require__(9386);
const outputs_js_1 = __nccwpck_require__(1918);
const paths_js_1 = __nccwpck_require__(8876);
const plan_js_1 = __nccwpck_require__(77);
const report_js_1 = __nccwpck_require__(8932);
const source_archive_js_1 = __nccwpck_require__(1920);
const targets_js_1 = __nccwpck_require__(246);
async function main() {
    const inputs = (0, inputs_js_1.readInputs)();
    const context = (0, runner_js_1.runnerContext)();
    const { workspace } = context;
    const files = inputs.files.length > 0 ? await (0, files_js_1.findArtifacts)(inputs.files, workspace) : [];
    const archive = inputs.sourceArchive ? (0, node_path_1.join)(inputs.outputDir || workspace, inputs.sourceArchive.fileName) : '';
    const artifacts = [...files, ...(archive && !files.includes(archive) ? [archive] : [])];
    (0, paths_js_1.assertDistinctNames)([...artifacts, ...(inputs.checksumsPath ? [inputs.checksumsPath] : [])], inputs.outputDir);
    const { authenticodeTargets, macTargets } = await (0, targets_js_1.embeddedTargets)(files, context.os);
    for (const file of [...authenticodeTargets, ...macTargets])
        runner_js_1.log.debug(`plan: ${(0, paths_js_1.relativeName)(workspace, file)} gets an embedded signature`);
    const idToken = {
        requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
        requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''
    };
    const plan = (0, plan_js_1.planSigning)({
        os: context.os,
        checksums: inputs.checksums,
        sigstore: inputs.sigstore,
        hasIdToken: idToken.requestUrl !== '' && idToken.requestToken !== '',
        gpgKey: inputs.gpgPrivateKey !== '',
        windowsCertificate: inputs.windowsCertificate !== '',
        appleCertificate: inputs.appleCertificate !== '',
        appleNotarize: inputs.appleNotarize,
        appleApiKey: inputs.appleApiKey !== '' && inputs.appleApiKeyId !== '' && inputs.appleApiIssuer !== '',
        skipWithoutCredentials: inputs.skipWithoutCredentials,
        authenticodeTargets: authenticodeTargets.length,
        macTargets: macTargets.length
    });
    for (const method of plan.methods)
        runner_js_1.log.debug(`plan: ${(0, plan_js_1.methodTitle)(method)} runs`);
    for (const skip of plan.skipped)
        runner_js_1.log.debug(`plan: ${(0, plan_js_1.methodTitle)(skip.method)} skipped: ${skip.reason}`);
    for (const notice of plan.notices)
        runner_js_1.log.notice(notice);
    const outputPlan = {
        methods: plan.methods,
        selected: files,
        artifacts,
        sourceArchive: archive,
        checksumsPath: inputs.checksumsPath,
        outputDir: inputs.outputDir,
        workspace
    };
    (0, outputs_js_1.assertOutputsSafe)(outputPlan, (0, outputs_js_1.plannedOutputs)(outputPlan));
    if (inputs.outputDir)
        await (0, promises_1.mkdir)(inputs.outputDir, { recursive: true });
    if (inputs.sourceArchive) {
        await (0, source_archive_js_1.createSourceArchive)(inputs.sourceArchive, workspace, inputs.outputDir || workspace);
        runner_js_1.log.info(`Created the source archive ${(0, paths_js_1.relativeName)(workspace, archive)} from tag ${inputs.sourceArchive.tag}.`);
    }
    const { report, produced, failures } = await (0, methods_js_1.runMethods)({
        inputs,
        plan,
        workspace,
        artifacts,
        authenticodeTargets,
        macTargets,
        idToken,
        serverUrl: context.serverUrl
    });
    if (archive)
        produced.unshift(archive);
    const verifiedAll = inputs.verify && failures.length === 0 && report.artifacts.some(a => a.signatures.length > 0);
    (0, runner_js_1.setOutput)('signatures', produced);
    (0, runner_js_1.setOutput)('checksums-file', inputs.checksumsPath);
    (0, runner_js_1.setOutput)('verified', verifiedAll);
    (0, runner_js_1.setOutput)('skipped', plan.skipped);
    (0, summary_js_1.writeSummary)((0, report_js_1.buildSummary)(report));
    if (failures.length > 0)
        throw new errors_js_1.UserError(`Signature verification failed: ${failures.join('; ')}.`);
}


/***/ }),

/***/ 9386:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runMethods = runMethods;
/**
 * The signing methods, run in plan order over the artifacts: each signs, verifies what it signed (unless
 * `verify: false`) and records the result. Heavy signers (GPG, Sigstore, osslsigncode/signtool, macOS) are loaded
 * only when their method runs.
 */
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const hash_pool_js_1 = __nccwpck_require__(859);
const process_js_1 = __nccwpck_require__(6635);
const runner_js_1 = __nccwpck_require__(7578);
const checksums_js_1 = __nccwpck_require__(5848);
const plan_js_1 = __nccwpck_require__(77);
const paths_js_1 = __nccwpck_require__(8876);
async function runMethods(job) {
    const { inputs, workspace } = job;
    const produced = [];
    const failures = [];
    const records = new Map(job.artifacts.map(file => [file, { name: (0, paths_js_1.relativeName)(workspace, file), signatures: [] }]));
    const report = { artifacts: [], algorithm: inputs.checksums, skipped: job.plan.skipped };
    const record = (file, signature) => {
        let artifact = records.get(file);
        if (!artifact)
            records.set(file, (artifact = { name: (0, paths_js_1.relativeName)(workspace, file), signatures: [] }));
        artifact.signatures.push(signature);
        runner_js_1.log.debug(`${signature.method}: ${artifact.name} ${signature.verified === true ? 'verified' : signature.verified === false ? 'did NOT verify' : 'not verified (verify: false)'}`);
        if (signature.verified === false)
            failures.push(`${(0, plan_js_1.methodTitle)(signature.method)} signature of ${artifact.name} did not verify`);
    };
    const verifyOr = async (check) => inputs.verify ? await check() : 'not checked';
    for (const method of job.plan.methods) {
        await runner_js_1.log.group((0, plan_js_1.methodTitle)(method), async () => {
            switch (method) {
                case 'authenticode':
                    return signAuthenticode(inputs, job.authenticodeTargets, record, verifyOr);
                case 'codesign':
                    return signMac(inputs, job.macTargets, job.plan.methods.includes('notarize'), record, verifyOr);
                case 'notarize':
                    return; // done with codesign: notarization needs the signed bytes and precedes the checksums
                case 'checksums': {
                    const algorithm = inputs.checksums;
                    const digests = await (0, hash_pool_js_1.hashFiles)(job.artifacts, algorithm);
                    const checksumsDir = (0, node_path_1.dirname)(inputs.checksumsPath);
                    const lines = job.artifacts.map((file, i) => ({
                        name: (0, paths_js_1.relativeName)(checksumsDir, file),
                        digest: digests[i]
                    }));
                    await (0, promises_1.writeFile)(inputs.checksumsPath, (0, checksums_js_1.checksumsFileContent)(lines));
                    job.artifacts.forEach((file, i) => (records.get(file).digest = digests[i]));
                    records.set(inputs.checksumsPath, { name: (0, paths_js_1.relativeName)(workspace, inputs.checksumsPath), signatures: [] });
                    report.checksumsFile = (0, paths_js_1.relativeName)(workspace, inputs.checksumsPath);
                    produced.push(inputs.checksumsPath);
                    runner_js_1.log.info(`Wrote ${report.checksumsFile} (${job.artifacts.length} files).`);
                    return;
                }
                case 'gpg': {
                    const { GpgSigner } = await __nccwpck_require__.e(/* import() */ 928).then(__nccwpck_require__.bind(__nccwpck_require__, 4547));
                    const signer = await GpgSigner.import(inputs.gpgPrivateKey, inputs.gpgPassphrase);
                    report.gpgKey = signer.key;
                    try {
                        for (const file of records.keys()) {
                            const signature = (0, paths_js_1.signaturePath)(file, '.asc', inputs.outputDir);
                            await signer.sign(file, signature);
                            produced.push(signature);
                            record(file, { method, path: signature, verified: await verifyOr(() => signer.verify(file, signature)) });
                        }
                    }
                    finally {
                        await signer.close();
                    }
                    return;
                }
                case 'sigstore': {
                    const { openSigstore } = await __nccwpck_require__.e(/* import() */ 764).then(__nccwpck_require__.bind(__nccwpck_require__, 4764));
                    const signer = await openSigstore({
                        fulcioUrl: inputs.sigstoreFulcioUrl,
                        rekorUrl: inputs.sigstoreRekorUrl,
                        trustedRoot: inputs.sigstoreTrustedRoot,
                        requestUrl: job.idToken.requestUrl,
                        requestToken: job.idToken.requestToken,
                        serverUrl: job.serverUrl
                    });
                    report.sigstoreIdentity = signer.identity;
                    for (const file of records.keys()) {
                        const bundle = (0, paths_js_1.signaturePath)(file, '.sigstore.json', inputs.outputDir);
                        await signer.sign(file, bundle);
                        produced.push(bundle);
                        record(file, { method, path: bundle, verified: await verifyOr(() => signer.verify(file, bundle)) });
                    }
                    return;
                }
            }
        });
    }
    report.artifacts = [...records.values()];
    return { report, produced, failures };
}
async function signAuthenticode(inputs, targets, record, verifyOr) {
    const { tool, signer } = await openAuthenticodeSigner({
        certificate: inputs.windowsCertificate,
        password: inputs.windowsCertificatePassword,
        timestampUrl: inputs.timestampUrl
    });
    runner_js_1.log.info(`Signing ${targets.length} file(s) with ${tool} as ${signer.subject}${inputs.timestampUrl ? `, timestamped by ${inputs.timestampUrl}` : ''}.`);
    if (!inputs.timestampUrl)
        runner_js_1.log.warning("Authenticode signatures are not timestamped ('timestamp-url' is empty): they stop verifying when the certificate expires.");
    for (const file of targets) {
        await signer.sign(file);
        record(file, { method: 'authenticode', path: file, verified: await verifyOr(() => signer.verify(file)) });
    }
}
/** signtool on Windows runners (osslsigncode from PATH only when signtool is absent), osslsigncode elsewhere. */
async function openAuthenticodeSigner(options) {
    const { os, arch } = (0, runner_js_1.runnerContext)();
    if (os === 'Windows') {
        const { SigntoolSigner, chooseAuthenticodeTool, findSigntool } = await __nccwpck_require__.e(/* import() */ 65).then(__nccwpck_require__.bind(__nccwpck_require__, 7065));
        // process.env itself: on Windows only it looks names up case-insensitively (the variable is `Path` there).
        const signtool = await findSigntool(arch);
        const osslsigncode = signtool ? undefined : await (0, process_js_1.which)('osslsigncode');
        runner_js_1.log.debug(`authenticode: signtool ${signtool ?? 'not found'}, osslsigncode ${osslsigncode ?? 'not looked up'}`);
        if (chooseAuthenticodeTool(os, { signtool, osslsigncode }) === 'signtool' && signtool)
            return { tool: 'signtool', signer: await SigntoolSigner.open(options, signtool) };
        runner_js_1.log.warning(`signtool.exe was not found; signing with ${osslsigncode} instead.`);
    }
    const { AuthenticodeSigner } = await __nccwpck_require__.e(/* import() */ 17).then(__nccwpck_require__.bind(__nccwpck_require__, 3017));
    return { tool: 'osslsigncode', signer: await AuthenticodeSigner.load(options) };
}
async function signMac(inputs, targets, notarize, record, verifyOr) {
    const { MacSigner } = await __nccwpck_require__.e(/* import() */ 961).then(__nccwpck_require__.bind(__nccwpck_require__, 1961));
    const signer = await MacSigner.open({
        certificate: inputs.appleCertificate,
        password: inputs.appleCertificatePassword,
        identity: inputs.appleIdentity,
        apiKey: inputs.appleApiKey,
        apiKeyId: inputs.appleApiKeyId,
        apiIssuer: inputs.appleApiIssuer
    });
    for (const file of targets) {
        await signer.sign(file);
        let note;
        if (notarize)
            note = (await signer.notarize(file)) ? 'notarized, stapled' : 'notarized';
        const method = 'codesign';
        record(file, { method, path: file, verified: await verifyOr(() => signer.verify(file)), ...(note ? { note } : {}) });
    }
}


/***/ }),

/***/ 1918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.plannedOutputs = plannedOutputs;
exports.assertOutputsSafe = assertOutputsSafe;
/**
 * What the action will write, known before it writes anything, and the check that none of it lands on a selected
 * artifact or goes through a symbolic link (a `SHA256SUMS -> app.tar.gz` or `app.tar.gz.asc -> ~/.bashrc` left in
 * the workspace would otherwise be written through). Never overwrite an artifact.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const paths_js_1 = __nccwpck_require__(8876);
/** Pure: every file the plan writes, in the order it writes them. */
function plannedOutputs(plan) {
    const name = (path) => (0, paths_js_1.relativeName)(plan.workspace, path);
    const outputs = [];
    if (plan.sourceArchive)
        outputs.push({ path: plan.sourceArchive, what: 'the source archive', input: 'source-archive-name' });
    const checksums = plan.methods.includes('checksums');
    if (checksums)
        outputs.push({ path: plan.checksumsPath, what: 'the checksums file', input: 'checksums-file' });
    const detached = [...plan.artifacts, ...(checksums ? [plan.checksumsPath] : [])];
    for (const [method, extension, title] of [
        ['gpg', '.asc', 'GPG signature'],
        ['sigstore', '.sigstore.json', 'Sigstore bundle']
    ]) {
        if (!plan.methods.includes(method))
            continue;
        for (const file of detached)
            outputs.push({
                path: (0, paths_js_1.signaturePath)(file, extension, plan.outputDir),
                what: `the ${title} of ${name(file)}`,
                input: 'files'
            });
    }
    return outputs;
}
function realOrSelf(path) {
    try {
        return (0, node_fs_1.realpathSync)(path);
    }
    catch {
        try {
            return (0, node_path_1.join)((0, node_fs_1.realpathSync)((0, node_path_1.dirname)(path)), (0, node_path_1.basename)(path));
        }
        catch {
            return path;
        }
    }
}
function assertOutputsSafe(plan, outputs) {
    const artifacts = new Map(plan.selected.map(file => [file, realOrSelf(file)]));
    const clash = (0, paths_js_1.overwrittenArtifact)(artifacts, outputs, realOrSelf);
    if (clash) {
        const artifact = (0, paths_js_1.relativeName)(plan.workspace, clash.artifact);
        throw new errors_js_1.UserError(`Input '${clash.output.input}': ${clash.output.what} would be written to ${(0, paths_js_1.relativeName)(plan.workspace, clash.output.path)}, which ${clash.output.path === clash.artifact ? 'is' : 'resolves to'} the artifact ${artifact}; an artifact is never overwritten. Choose another name or exclude it from 'files'.`);
    }
    for (const output of outputs) {
        let link = false;
        try {
            link = (0, node_fs_1.lstatSync)(output.path).isSymbolicLink();
        }
        catch {
            continue;
        }
        if (link)
            throw new errors_js_1.UserError(`Input '${output.input}': ${output.what} would be written through the symbolic link ${(0, paths_js_1.relativeName)(plan.workspace, output.path)}; remove the link first.`);
    }
}


/***/ }),

/***/ 8876:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.signaturePath = signaturePath;
exports.assertDistinctNames = assertDistinctNames;
exports.relativeName = relativeName;
exports.overwrittenArtifact = overwrittenArtifact;
/**
 * Where produced files go and how files are named for people and in the checksums file. Pure.
 * Detached signatures sit beside their file, or all in `output-dir` when one is given; two files with the
 * same name cannot share an output folder, so that is caught before anything is signed.
 */
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
function signaturePath(file, extension, outputDir) {
    return outputDir ? (0, node_path_1.join)(outputDir, (0, node_path_1.basename)(file) + extension) : file + extension;
}
function assertDistinctNames(files, outputDir) {
    if (!outputDir)
        return;
    const seen = new Map();
    for (const file of files) {
        const name = (0, node_path_1.basename)(file);
        const other = seen.get(name);
        if (other !== undefined && other !== file) {
            throw new errors_js_1.UserError(`Input 'output-dir': ${other} and ${file} would both write signatures named ${name}.* there.`);
        }
        seen.set(name, file);
    }
}
/** A path relative to `from`, `/`-separated (the checksums file and the summary use it). */
function relativeName(from, path) {
    const rel = (0, node_path_1.relative)(from, path);
    return (rel === '' ? (0, node_path_1.basename)(path) : rel).split(node_path_1.sep).join('/');
}
/**
 * The first planned output that would overwrite a selected artifact, compared by resolved path (`resolve` maps a
 * path to its real path; a file that does not exist yet maps to itself), or undefined. Pure apart from `resolve`.
 */
function overwrittenArtifact(artifacts, outputs, resolve) {
    const byReal = new Map();
    for (const [file, real] of artifacts)
        byReal.set(real, file);
    for (const output of outputs) {
        const artifact = artifacts.has(output.path) ? output.path : byReal.get(resolve(output.path));
        if (artifact !== undefined)
            return { output, artifact };
    }
    return undefined;
}


/***/ }),

/***/ 9641:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.patternBody = patternBody;
exports.patternLines = patternLines;
exports.patternProblem = patternProblem;
exports.escapeGlob = escapeGlob;
exports.absolutePattern = absolutePattern;
exports.isInside = isInside;
/**
 * The `files` patterns before they reach the glob: pure checks and rewriting. @actions/glob does the matching
 * (its semantics: `*`, `?`, `[...]`, `**`, a leading `!` excludes, `#` starts a comment, a folder matches every
 * file below it); this module keeps every pattern inside the workspace and makes it absolute, so the result
 * does not depend on the process's working folder.
 */
const node_path_1 = __nccwpck_require__(6760);
/** A pattern without its leading `!` marks, trimmed. */
function patternBody(pattern) {
    let body = pattern.trim();
    let negations = 0;
    while (body.startsWith('!')) {
        body = body.slice(1);
        negations++;
    }
    return { negated: negations % 2 === 1, body: body.trim() };
}
/** The non-empty, non-comment lines of the input, as @actions/glob reads them. */
function patternLines(lines) {
    return lines.map(line => line.trim()).filter(line => line !== '' && !line.startsWith('#'));
}
/**
 * Why a pattern would select files outside the workspace, or undefined when it stays inside. `..` is refused
 * anywhere (even `a/../b`, which stays inside: one rule is easier to trust than path arithmetic), and so are
 * `~` (@actions/glob expands it to the home folder) and absolute paths outside the workspace.
 */
function patternProblem(pattern, workspace, windows = process.platform === 'win32') {
    const { body } = patternBody(pattern);
    if (body === '')
        return 'is only a negation mark';
    if (body.startsWith('~'))
        return "starts with '~' (the home folder, outside the workspace)";
    if (/[\0\r\n]/.test(body))
        return 'holds a control character';
    const segments = body.split(windows ? /[\\/]+/ : /\/+/);
    if (segments.includes('..'))
        return "has a '..' segment (patterns may not leave the workspace)";
    const path = windows ? node_path_1.win32 : node_path_1.posix;
    const absolute = windows ? node_path_1.win32.isAbsolute(body) || /^[\\/]/.test(body) : (0, node_path_1.isAbsolute)(body);
    if (absolute) {
        if (!isInside(workspace, body.replace(/[*?[].*$/s, '') || path.sep, windows))
            return `is outside the workspace ${workspace}`;
    }
    return undefined;
}
/** Glob metacharacters in a literal path (the workspace) wrapped in brackets, so they match only themselves. */
function escapeGlob(literal) {
    return literal.replace(/[*?[\]]/g, c => `[${c}]`);
}
/** The pattern as an absolute pattern rooted at the workspace, its `!` kept. */
function absolutePattern(pattern, workspace, windows = process.platform === 'win32') {
    const { negated, body } = patternBody(pattern);
    const absolute = windows ? node_path_1.win32.isAbsolute(body) || /^[\\/]/.test(body) : (0, node_path_1.isAbsolute)(body);
    const root = escapeGlob(workspace.replace(/[\\/]+$/, ''));
    const rooted = absolute ? body : `${root}/${body.replace(/^(\.[\\/])+/, '')}`;
    return (negated ? '!' : '') + rooted;
}
/** True when `path` is `root` or below it (both absolute, already resolved). */
function isInside(root, path, windows = process.platform === 'win32') {
    const path_ = windows ? node_path_1.win32 : node_path_1.posix;
    const rel = path_.relative(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + path_.sep) && !path_.isAbsolute(rel));
}


/***/ }),

/***/ 77:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planSigning = planSigning;
exports.methodTitle = methodTitle;
exports.isAuthenticodeTarget = isAuthenticodeTarget;
exports.isMacTarget = isMacTarget;
/**
 * Which signing methods run, in which order, and which are skipped and why. Pure: the inputs, the runner OS,
 * whether an OIDC token can be requested and which kinds of files were found go in; a plan comes out.
 *
 * Order matters: Authenticode and codesign embed their signature in the file and so change its bytes; they run
 * first, then the checksums of the final bytes, then the detached signers (GPG, Sigstore) over every file and
 * the checksums file.
 */
const errors_js_1 = __nccwpck_require__(2087);
function planSigning(input) {
    const methods = [];
    const skipped = [];
    const notices = [];
    const unmet = [];
    const missing = (method, reason) => {
        if (!input.skipWithoutCredentials) {
            unmet.push(`${methodTitle(method)}: ${reason}`);
            return;
        }
        skipped.push({ method, reason });
        notices.push(`${methodTitle(method)} skipped: ${reason}.`);
    };
    if (input.authenticodeTargets > 0) {
        if (input.windowsCertificate)
            methods.push('authenticode');
        else
            missing('authenticode', `${input.authenticodeTargets} Windows file(s) to sign but 'windows-certificate' is empty`);
    }
    else if (input.windowsCertificate) {
        skipped.push({ method: 'authenticode', reason: 'no .exe, .dll, .msi or .sys among the files' });
    }
    if (input.os !== 'macOS') {
        if (input.appleCertificate || input.appleNotarize) {
            const reason = `macOS code signing runs only on macOS runners (this is ${input.os})`;
            skipped.push({ method: 'codesign', reason });
            notices.push(`${methodTitle('codesign')} skipped: ${reason}.`);
        }
    }
    else if (input.macTargets > 0) {
        if (!input.appleCertificate) {
            missing('codesign', `${input.macTargets} macOS file(s) to sign but 'apple-certificate' is empty`);
        }
        else {
            methods.push('codesign');
            if (input.appleNotarize) {
                if (input.appleApiKey)
                    methods.push('notarize');
                else
                    missing('notarize', "'apple-notarize' is true but 'apple-api-key', 'apple-api-key-id' or 'apple-api-issuer' is empty");
            }
        }
    }
    else if (input.appleCertificate) {
        skipped.push({ method: 'codesign', reason: 'no Mach-O binary, .dmg or .pkg among the files' });
    }
    if (input.checksums !== 'none')
        methods.push('checksums');
    if (input.gpgKey)
        methods.push('gpg');
    else
        missing('gpg', "'gpg-private-key' is empty");
    if (input.sigstore === 'true') {
        // Asked for by name: never a green step without it, whatever 'skip-without-credentials' says.
        if (input.hasIdToken)
            methods.push('sigstore');
        else
            throw new errors_js_1.UserError("Input 'sigstore' is 'true' but the job has no OIDC token: grant 'permissions: id-token: write' (fork pull requests never get one), or use 'sigstore: auto' to skip Sigstore without a token.");
    }
    else if (input.sigstore === 'auto') {
        if (input.hasIdToken)
            methods.push('sigstore');
        else {
            const reason = "no OIDC token ('permissions: id-token: write' not granted)";
            skipped.push({ method: 'sigstore', reason });
            notices.push(`${methodTitle('sigstore')} skipped: ${reason}.`);
        }
    }
    if (unmet.length > 0) {
        // All at once, so one run tells the user every secret that is missing.
        throw new errors_js_1.UserError(`Missing credentials and 'skip-without-credentials' is false: ${unmet.join('; ')}.`);
    }
    return { methods, skipped, notices };
}
function methodTitle(method) {
    return {
        authenticode: 'Windows Authenticode',
        codesign: 'macOS codesign',
        notarize: 'macOS notarization',
        checksums: 'Checksums',
        gpg: 'GPG',
        sigstore: 'Sigstore'
    }[method];
}
const AUTHENTICODE_EXTENSIONS = /\.(exe|dll|msi|sys)$/i;
function isAuthenticodeTarget(path) {
    return AUTHENTICODE_EXTENSIONS.test(path);
}
const MACH_O_MAGIC = new Set(['feedface', 'cefaedfe', 'feedfacf', 'cffaedfe', 'cafebabe', 'bebafeca']);
/** Mach-O (thin or universal) by its first four bytes, or a disk image / installer package by its name. */
function isMacTarget(path, firstBytes) {
    if (/\.(dmg|pkg)$/i.test(path))
        return true;
    // 0xcafebabe is also a Java class file; those are not signed with codesign.
    if (/\.class$/i.test(path))
        return false;
    return firstBytes.length >= 4 && MACH_O_MAGIC.has(firstBytes.subarray(0, 4).toString('hex'));
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellQuote = shellQuote;
exports.verificationCommands = verificationCommands;
exports.buildSummary = buildSummary;
/**
 * What the action did, as plain data, and the job summary built from it: every artifact with its checksum,
 * its signatures and their verification, the methods skipped and why, and the commands an end user runs to
 * verify the release themselves.
 */
const summary_js_1 = __nccwpck_require__(1906);
const plan_js_1 = __nccwpck_require__(77);
const MARK = { true: '✅ verified', false: '❌ failed', 'not checked': '➖ not checked' };
/**
 * A word for a POSIX shell: bare when it is plainly safe, single-quoted otherwise, and ANSI-C quoted (`$'…'`)
 * when it holds control characters, so a file name can neither run a command when the line is pasted nor put a
 * raw line break (or CR) into the summary.
 */
function shellQuote(word) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    // eslint-disable-next-line no-control-regex
    if (!/[\x00-\x1f\x7f]/.test(word))
        return `'${word.replace(/'/g, `'\\''`)}'`;
    const escaped = [...word]
        .map(c => {
        const code = c.charCodeAt(0);
        if (c === '\\' || c === "'")
            return `\\${c}`;
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c;
    })
        .join('');
    return `$'${escaped}'`;
}
function verificationCommands(report) {
    const lines = [];
    const first = report.artifacts.find(a => !a.name.endsWith('SUMS'))?.name ?? 'FILE';
    // A name starting with '-' would be read as an option.
    const name = first.startsWith('-') ? `./${first}` : first;
    const example = shellQuote(name);
    if (report.checksumsFile && report.algorithm !== 'none') {
        lines.push('# Checksums (in the folder holding the checksums file)', `${report.algorithm}sum -c ${shellQuote(report.checksumsFile.split('/').pop())}`);
    }
    if (report.gpgKey) {
        lines.push('# GPG', `gpg --recv-keys ${report.gpgKey.fingerprint}  # or import the project's published key`, `gpg --verify ${shellQuote(`${name}.asc`)} ${example}`);
    }
    const sigstore = report.sigstoreIdentity;
    if (sigstore) {
        const bundle = shellQuote(`${name}.sigstore.json`);
        lines.push('# Sigstore (cosign)', `cosign verify-blob ${example} --bundle ${bundle} \\`, `  --certificate-identity ${shellQuote(sigstore.identity)} \\`, `  --certificate-oidc-issuer ${shellQuote(sigstore.issuer)}${sigstore.repository ? ' \\' : ''}`);
        if (sigstore.repository)
            lines.push(`  --certificate-github-workflow-repository ${shellQuote(sigstore.repository)}`);
        lines.push('# Sigstore (sigstore-python)');
        if (sigstore.repository) {
            lines.push(`sigstore verify github ${example} --bundle ${bundle} \\`, `  --cert-identity ${shellQuote(sigstore.identity)} --repository ${shellQuote(sigstore.repository)}`);
        }
        else {
            lines.push(`sigstore verify identity ${example} --bundle ${bundle} \\`, `  --cert-identity ${shellQuote(sigstore.identity)} --cert-oidc-issuer ${shellQuote(sigstore.issuer)}`);
        }
    }
    if (report.artifacts.some(a => a.signatures.some(s => s.method === 'authenticode'))) {
        lines.push('# Windows Authenticode', 'osslsigncode verify -in FILE.exe   # or: signtool verify /pa FILE.exe');
    }
    if (report.artifacts.some(a => a.signatures.some(s => s.method === 'codesign'))) {
        lines.push('# macOS', 'codesign --verify --strict --verbose=2 FILE', 'spctl --assess --type execute --verbose FILE');
    }
    return lines.join('\n');
}
function buildSummary(report) {
    const methods = [...new Set(report.artifacts.flatMap(a => a.signatures.map(s => s.method)))];
    const rows = report.artifacts.map(artifact => [
        artifact.name,
        artifact.digest ? `${artifact.digest.slice(0, 16)}…` : '',
        ...methods.map(method => {
            const signature = artifact.signatures.find(s => s.method === method);
            return signature
                ? `${MARK[String(signature.verified)]}${signature.note ? ` (${signature.note})` : ''}`
                : '';
        })
    ]);
    const sections = [
        (0, summary_js_1.heading)('Signed artifacts'),
        (0, summary_js_1.markdownTable)(['Artifact', report.algorithm === 'none' ? 'Checksum' : report.algorithm, ...methods.map(plan_js_1.methodTitle)], rows)
    ];
    if (report.skipped.length > 0) {
        sections.push((0, summary_js_1.heading)('Skipped', 4), (0, summary_js_1.markdownTable)(['Method', 'Reason'], report.skipped.map(s => [(0, plan_js_1.methodTitle)(s.method), s.reason])));
    }
    const signers = [];
    if (report.gpgKey)
        signers.push(['GPG', `${report.gpgKey.fingerprint} ${report.gpgKey.userId}`.trim()]);
    if (report.sigstoreIdentity) {
        const { identity, issuer, repository } = report.sigstoreIdentity;
        signers.push(['Sigstore', `${identity} (issuer ${issuer}${repository ? `, repository ${repository}` : ''})`]);
    }
    if (signers.length > 0)
        sections.push((0, summary_js_1.heading)('Signers', 4), (0, summary_js_1.markdownTable)(['Method', 'Identity'], signers));
    const commands = verificationCommands(report);
    if (commands)
        sections.push((0, summary_js_1.details)('How to verify', (0, summary_js_1.codeBlock)(commands, 'sh')));
    if (report.checksumsFile && report.algorithm !== 'none') {
        const full = report.artifacts.filter(a => a.digest).map(a => [a.name, a.digest]);
        sections.push((0, summary_js_1.details)(`Full ${report.algorithm} checksums`, (0, summary_js_1.markdownTable)(['Artifact', report.algorithm], full)));
    }
    return sections.join('\n');
}


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TAG_DESCRIPTION = exports.DEFAULT_ARCHIVE_NAME = void 0;
exports.isTagName = isTagName;
exports.planSourceArchive = planSourceArchive;
exports.createSourceArchive = createSourceArchive;
/**
 * The release source archive the foundation's projects build by hand: `git archive` of a tag, named and prefixed
 * after the project and version (`openexr-3.2.4.tar.gz` with `openexr-3.2.4/`, OSL's `OSL-1.14.3.tar.gz`), the
 * tag's leading `v` stripped from the version. The tag is the `tag` input (re-signing an existing release on
 * workflow_dispatch) or, without it, the pushed tag in GITHUB_REF.
 */
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const tool_env_js_1 = __nccwpck_require__(5558);
exports.DEFAULT_ARCHIVE_NAME = '{repo}-{version}.tar.gz';
/** A git tag name as `git check-ref-format` accepts it, minus the odd corners no release uses. */
const TAG = /^(?![-./])(?!.*(?:\.\.|\/\/|@\{|\/\.|\.lock$|[./]$))[A-Za-z0-9._+\-/]{1,200}$/;
exports.TAG_DESCRIPTION = "a tag name such as 'v3.2.4' (letters, digits, '.', '_', '+', '-', '/'; no '..')";
function isTagName(tag) {
    return TAG.test(tag);
}
const EXTENSIONS = [
    ['.tar.gz', 'tar.gz'],
    ['.tgz', 'tar.gz'],
    ['.tar', 'tar'],
    ['.zip', 'zip']
];
function render(template, values, input) {
    return template.replace(/\{([^{}]*)\}/g, (_, key) => {
        const value = values[key];
        if (value === undefined)
            throw new errors_js_1.InputError(input, template, `a template using only {repo}, {version} and {tag}, not {${key}}`);
        return value;
    });
}
function planSourceArchive(options) {
    let tag = options.tag.replace(/^refs\/tags\//, '');
    if (!tag) {
        if (!options.ref.startsWith('refs/tags/')) {
            throw new errors_js_1.UserError(`Input 'source-archive' is true but 'tag' is empty and ${options.ref || 'GITHUB_REF'} is not a tag: run it on a tag push or release, or name the tag in 'tag'.`);
        }
        tag = options.ref.slice('refs/tags/'.length);
        if (!isTagName(tag))
            throw new errors_js_1.UserError(`GITHUB_REF names the tag '${tag}', which is not ${exports.TAG_DESCRIPTION}.`);
    }
    else if (!isTagName(tag)) {
        throw new errors_js_1.InputError('tag', options.tag, exports.TAG_DESCRIPTION);
    }
    const repo = options.repository.split('/').pop() ?? '';
    if (!repo)
        throw new errors_js_1.UserError('GITHUB_REPOSITORY is not set, so the source archive has no name.');
    const version = /^v\d/i.test(tag) ? tag.slice(1) : tag;
    // A tag may hold '/', a file name may not.
    const values = { repo, version: version.replace(/\//g, '-'), tag: tag.replace(/\//g, '-') };
    const nameTemplate = options.name || exports.DEFAULT_ARCHIVE_NAME;
    const fileName = render(nameTemplate, values, 'source-archive-name');
    const extension = EXTENSIONS.find(([ext]) => fileName.endsWith(ext) && fileName.length > ext.length);
    if (!extension || !/^[^/\\\p{Cc}]+$/u.test(fileName) || fileName.startsWith('.')) {
        throw new errors_js_1.InputError('source-archive-name', options.name, 'a plain file name ending in .tar.gz, .tgz, .tar or .zip, e.g. {repo}-{version}.tar.gz');
    }
    let prefix = options.prefix
        ? render(options.prefix, values, 'source-archive-prefix')
        : `${fileName.slice(0, -extension[0].length)}/`;
    if (!prefix.endsWith('/'))
        prefix += '/';
    if (/^[/\\]|^[A-Za-z]:|[\p{Cc}\\]/u.test(prefix) || prefix.split('/').some(s => s === '..' || s === '.')) {
        throw new errors_js_1.InputError('source-archive-prefix', options.prefix, "a relative folder without '..', e.g. {repo}-{version}/");
    }
    return { tag, version, prefix, fileName, format: extension[1] };
}
async function createSourceArchive(plan, workspace, outputDir) {
    const output = (0, node_path_1.join)(outputDir, plan.fileName);
    await (0, tool_env_js_1.runTool)('git', ['archive', `--format=${plan.format}`, `--prefix=${plan.prefix}`, '--output', output, `refs/tags/${plan.tag}`], { cwd: workspace }).catch(error => {
        throw new errors_js_1.UserError(`git archive of tag ${plan.tag} failed (is the tag fetched? use actions/checkout with fetch-depth: 0 or fetch-tags): ${error instanceof Error ? error.message : error}`);
    });
    return output;
}


/***/ }),

/***/ 246:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.embeddedTargets = embeddedTargets;
/**
 * Which selected files get an embedded signature (Authenticode for Windows PE, codesign for macOS code), which
 * changes their bytes, so each real file is signed once: of a file and a link to it, the file itself.
 */
const promises_1 = __nccwpck_require__(1455);
const runner_js_1 = __nccwpck_require__(7578);
const plan_js_1 = __nccwpck_require__(77);
async function firstBytes(path) {
    const handle = await (0, promises_1.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(4);
        const { bytesRead } = await handle.read(buffer, 0, 4, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/** One path per real file, preferring the one that is not a link (signing through a link could replace it). */
async function distinctTargets(files) {
    const chosen = new Map();
    for (const file of files) {
        const real = await (0, promises_1.realpath)(file);
        const other = chosen.get(real);
        if (other === undefined || ((await (0, promises_1.lstat)(other)).isSymbolicLink() && !(await (0, promises_1.lstat)(file)).isSymbolicLink()))
            chosen.set(real, file);
        if (other !== undefined)
            runner_js_1.log.debug(`plan: ${file} and ${other} are one file; its embedded signature is made once, on ${chosen.get(real)}`);
    }
    return files.filter(file => [...chosen.values()].includes(file));
}
async function embeddedTargets(files, os) {
    const distinct = await distinctTargets(files);
    const macTargets = [];
    if (os === 'macOS')
        for (const file of distinct)
            if ((0, plan_js_1.isMacTarget)(file, await firstBytes(file)))
                macTargets.push(file);
    return { authenticodeTargets: distinct.filter(plan_js_1.isAuthenticodeTarget), macTargets };
}


/***/ }),

/***/ 5558:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toolEnv = toolEnv;
exports.runTool = runTool;
const process_js_1 = __nccwpck_require__(6635);
const runner_js_1 = __nccwpck_require__(7578);
/**
 * The environment the signing tools run with: this process's, minus the runner's INPUT_* variables (they hold
 * the secrets as given) and the OIDC request token. The tools need none of them, and a child that dumps its
 * environment, or a crash report that includes it, then cannot leak a password.
 */
const PRIVATE = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_TOKEN$|ACTIONS_RUNTIME_TOKEN$)/i;
function toolEnv(env = process.env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !PRIVATE.test(name)));
}
/** runProcess (argv only, never a shell) with toolEnv(). */
function runTool(file, args, options = {}) {
    // argv never holds a secret (they go through stdin, fd 3, files or the environment), so it can be shown.
    runner_js_1.log.debug(`run: ${[file, ...args].map(a => JSON.stringify(a)).join(' ')}${options.cwd ? ` (in ${options.cwd})` : ''}`);
    return (0, process_js_1.runProcess)(file, args, { ...options, env: toolEnv(options.env ?? process.env) });
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

/***/ 859:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hashFiles = hashFiles;
/**
 * Hashes many files in parallel. Node hashes on the thread that calls `update`, so streaming several files from
 * one thread still uses one core; a small pool of worker threads (one per core) spreads them. A single file is
 * hashed in this thread with the toolkit's hashFile: starting a worker would only add its start-up time.
 * The worker's source is inline so the bundle stays one file.
 */
const node_os_1 = __nccwpck_require__(8161);
const promises_1 = __nccwpck_require__(1455);
const node_worker_threads_1 = __nccwpck_require__(5919);
const hash_js_1 = __nccwpck_require__(9824);
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { createReadStream } = require('node:fs')
parentPort.on('message', ({ id, path, algorithm }) => {
  const hash = createHash(algorithm)
  createReadStream(path, { highWaterMark: 1 << 20 })
    .on('data', chunk => hash.update(chunk))
    .on('error', error => parentPort.postMessage({ id, error: error.message }))
    .on('end', () => parentPort.postMessage({ id, digest: hash.digest('hex') }))
})
`;
/** Digests in the order of `paths`. */
async function hashFiles(paths, algorithm, threads = (0, node_os_1.availableParallelism)()) {
    if (paths.length === 0)
        return [];
    const poolSize = Math.max(1, Math.min(threads, paths.length));
    if (poolSize === 1) {
        const digests = [];
        for (const path of paths)
            digests.push(await (0, hash_js_1.hashFile)(path, algorithm));
        return digests;
    }
    // Largest first, so one big file does not start last and leave the other threads idle at the end.
    const sizes = await Promise.all(paths.map(async (path) => (await (0, promises_1.stat)(path)).size));
    const queue = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
    const digests = new Array(paths.length);
    const workers = Array.from({ length: poolSize }, () => new node_worker_threads_1.Worker(WORKER_SOURCE, { eval: true }));
    try {
        await Promise.all(workers.map(worker => new Promise((resolve, reject) => {
            const next = () => {
                const id = queue.shift();
                if (id === undefined)
                    return resolve();
                worker.postMessage({ id, path: paths[id], algorithm });
            };
            worker.on('message', (reply) => {
                if (reply.error !== undefined)
                    return reject(new Error(`Could not read ${paths[reply.id]}: ${reply.error}`));
                digests[reply.id] = reply.digest;
                next();
            });
            worker.on('error', reject);
            next();
        })));
    }
    finally {
        await Promise.all(workers.map(worker => worker.terminate()));
    }
    return digests;
}


/***/ }),

/***/ 9824:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hashFile = hashFile;
exports.isSha256 = isSha256;
/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */
const node_fs_1 = __nccwpck_require__(3024);
async function hashFile(path, algorithm = 'sha256') {
    // Loaded on first use: node:crypto costs every action's start-up ~7 ms, and most runs never hash.
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    return new Promise((resolve, reject) => {
        const hash = createHash(algorithm);
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

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

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

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

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

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
const main_js_1 = __nccwpck_require__(4187);
void (0, action_js_1.runAction)({ main: main_js_1.main, post: async () => (await __nccwpck_require__.e(/* import() */ 676).then(__nccwpck_require__.bind(__nccwpck_require__, 1676))).post() });

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
