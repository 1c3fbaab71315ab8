export const id = 588;
export const ids = [588];
export const modules = {

/***/ 7588:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = defaultManifestUrl;
__webpack_unused_export__ = tokenCredential;
exports.installRequested = installRequested;
exports.postInstall = postInstall;
/**
 * setup-vfx-platform's installs: the year's CMake and Ninja (official archives, checksums from the catalog) and
 * the year's libraries (a prebuilt platform bundle from the manifest), verified, cached in two levels, and put on
 * the job's environment. main.ts calls installRequested after detection; post.ts calls postInstall.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const cache_js_1 = __webpack_require__(7460);
const errors_js_1 = __webpack_require__(2087);
const http_js_1 = __webpack_require__(3460);
const inputs_js_1 = __webpack_require__(289);
const runner_js_1 = __webpack_require__(7578);
const summary_js_1 = __webpack_require__(1906);
const environment_js_1 = __webpack_require__(8220);
const install_js_1 = __webpack_require__(3382);
const manifest_js_1 = __webpack_require__(4984);
const plan_js_1 = __webpack_require__(926);
const platform_js_1 = __webpack_require__(414);
const MANIFEST_ASSET = 'platform-bundles.json';
/** Without a `manifest` input: this action's own release (its tag when it is one, else the latest release). */
function defaultManifestUrl(env, serverUrl) {
    const repository = env.GITHUB_ACTION_REPOSITORY || 'aswf/ci-actions';
    const ref = env.GITHUB_ACTION_REF ?? '';
    const release = /^v\d+\.\d+\.\d+$/.test(ref) ? `download/${ref}` : 'latest/download';
    return `${serverUrl}/${repository}/releases/${release}/${MANIFEST_ASSET}`;
}
/**
 * The token is meant for the GitHub server (release assets) only: the toolkit's credential policy sends it to https
 * on that origin and nowhere else (never to http, a mirror, or a redirect to another origin).
 */
function tokenCredential(token, serverUrl) {
    if (!token)
        return undefined;
    let origin;
    try {
        origin = new URL(serverUrl).origin;
    }
    catch {
        return undefined; // no valid server URL: nowhere the token may go
    }
    return { headers: (0, http_js_1.bearerAuthorization)(token), origin };
}
async function loadManifest(location, credential) {
    if (/^https?:\/\//i.test(location)) {
        const { data } = await (0, http_js_1.fetchJson)(location, {
            headers: credential?.headers,
            credentialOrigin: credential?.origin
        });
        return { data: (0, manifest_js_1.validateManifest)(data, location), location };
    }
    const path = (0, node_path_1.resolve)(location);
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch {
        throw new errors_js_1.UserError(`Input 'manifest' has the value '${location}': no such file (expected a URL or a path to the bundle manifest).`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors_js_1.UserError(`The bundle manifest ${path} is not valid JSON.`);
    }
    return { data: (0, manifest_js_1.validateManifest)(data, path), location: path };
}
async function installRequested(context) {
    const components = (0, plan_js_1.parseComponents)((0, inputs_js_1.readList)('install'));
    const manifestInput = (0, inputs_js_1.readString)('manifest');
    const useCache = (0, inputs_js_1.readBoolean)('cache', true);
    const token = (0, inputs_js_1.readSecret)('token');
    if (components.length === 0)
        return undefined;
    const { runner, year } = context;
    const platform = (0, platform_js_1.targetPlatform)(runner.os, runner.arch, context.libc);
    if (platform.os === 'linux' && components.includes('libraries') && !platform.libc) {
        throw new errors_js_1.UserError('Could not tell the C library of this Linux runner, so no library bundle can be chosen safely.');
    }
    const credential = tokenCredential(token, runner.serverUrl);
    // CMake and Ninja need no manifest; one given explicitly is still read (it may name a mirror).
    const needsManifest = components.includes('libraries') || manifestInput !== '';
    const location = manifestInput || defaultManifestUrl(process.env, runner.serverUrl);
    const manifest = needsManifest ? await loadManifest(location, credential) : undefined;
    const plan = (0, plan_js_1.planInstall)({
        year: year.year,
        components,
        platform,
        versions: { cmake: year.aswf.cmake, ninja: year.aswf.versions.ninja },
        manifest
    });
    const result = await (0, install_js_1.installPlan)(plan, { useCache, tempDir: runner.temp || (0, node_path_1.resolve)('.'), credential });
    const environment = (0, environment_js_1.computeEnvironment)({
        os: platform.os,
        installDir: result.dir,
        items: plan.items,
        current: process.env,
        join: node_path_1.join,
        exists: relative => (0, node_fs_1.existsSync)((0, node_path_1.join)(result.dir, ...relative.split('/')))
    });
    for (const dir of [...environment.path].reverse())
        (0, runner_js_1.addPath)(dir);
    for (const [name, value] of Object.entries(environment.variables))
        (0, runner_js_1.exportVariable)(name, value);
    const installed = (0, plan_js_1.installedVersions)(plan.items);
    const cacheHit = result.source !== 'download';
    (0, runner_js_1.setOutput)('install-dir', result.dir);
    (0, runner_js_1.setOutput)('cache-hit', cacheHit);
    (0, runner_js_1.setOutput)('installed', installed);
    const where = { 'tool-cache': 'tool cache', 'actions-cache': 'Actions cache', download: 'downloaded, verified' }[result.source];
    runner_js_1.log.info(`Installed CY${year.year} ${components.join(', ')} in ${result.dir} (${where}).`);
    (0, summary_js_1.writeSummary)((0, summary_js_1.heading)(`CY${year.year} installed (${where})`, 3), (0, summary_js_1.markdownTable)(['Component', 'Version', 'sha256'], plan.items.map(item => [
        item.label,
        item.bundle
            ? Object.entries(item.bundle.versions)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')
            : item.version,
        item.sha256.slice(0, 16) + '…'
    ])), `Install dir: \`${result.dir}\`; cache key \`${plan.cacheKey}\`.\n`);
    return { installDir: result.dir, prefixPaths: environment.prefixPaths };
}
/** The post step's half: saves the freshly installed tree to @actions/cache (never fails the job). */
async function postInstall() {
    await (0, cache_js_1.saveScheduled)();
}


/***/ }),

/***/ 7138:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.catalogVersions = catalogVersions;
exports.toolArchive = toolArchive;
/**
 * The catalog of official CMake and Ninja release archives (data/tool-archives.json): for a tool, version and
 * platform, the URL and the sha256 recorded in this repository. There is no fallback: a platform without a
 * recorded checksum fails, and a version is never substituted by another.
 */
const errors_js_1 = __webpack_require__(2087);
const tool_archives_json_1 = __importDefault(__webpack_require__(9669));
const platform_js_1 = __webpack_require__(414);
const CATALOG = tool_archives_json_1.default;
function catalogVersions(tool) {
    return Object.keys(CATALOG[tool].versions);
}
function toolArchive(tool, version, platform) {
    const data = CATALOG[tool];
    const entry = data.versions[version];
    if (!entry) {
        throw new errors_js_1.UserError(`The catalog has no ${tool} ${version}; it lists ${catalogVersions(tool).join(', ')}.`);
    }
    const key = (0, platform_js_1.catalogKey)(platform);
    const archive = entry.archives[key];
    if (!archive) {
        const have = Object.keys(entry.archives);
        throw new errors_js_1.UserError(`No verified checksum recorded for ${tool} ${version} on ${key}` +
            (entry.gap ? ` (${entry.gap})` : '') +
            `; recorded platforms: ${have.length ? have.join(', ') : 'none'}. Nothing was installed.`);
    }
    return {
        tool,
        version,
        file: archive.file,
        sha256: archive.sha256,
        url: data.urlTemplate.replace('{version}', version).replace('{file}', archive.file),
        source: entry.source ?? ''
    };
}


/***/ }),

/***/ 8220:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeEnvironment = computeEnvironment;
function prepend(name, add, current, delimiter) {
    if (add.length === 0)
        return undefined;
    const existing = (current[name] ?? '').split(delimiter).filter(Boolean);
    return [...add, ...existing.filter(entry => !add.includes(entry))].join(delimiter);
}
function computeEnvironment(input) {
    const { os, installDir, join, exists } = input;
    const delimiter = os === 'windows' ? ';' : ':';
    const path = [];
    const prefixPaths = [];
    const libraryDirs = [];
    const pkgConfig = [];
    const variables = {};
    for (const item of input.items) {
        const root = item.component;
        if (item.component === 'cmake') {
            // The macOS archives keep the tools inside the app bundle.
            const bin = exists(`${root}/CMake.app/Contents/bin`) ? `${root}/CMake.app/Contents/bin` : `${root}/bin`;
            path.push(join(installDir, ...bin.split('/')));
        }
        else if (item.component === 'ninja') {
            path.push(join(installDir, root));
        }
        else {
            const prefix = join(installDir, root);
            prefixPaths.push(prefix);
            if (exists(`${root}/bin`))
                path.push(join(prefix, 'bin'));
            for (const dir of item.bundle?.libDirs ?? ['lib', 'lib64']) {
                if (!exists(`${root}/${dir}`))
                    continue;
                libraryDirs.push(join(prefix, ...dir.split('/')));
                if (exists(`${root}/${dir}/pkgconfig`))
                    pkgConfig.push(join(prefix, ...dir.split('/'), 'pkgconfig'));
            }
            if (exists(`${root}/share/pkgconfig`))
                pkgConfig.push(join(prefix, 'share', 'pkgconfig'));
            if (item.bundle?.pythonRoot !== undefined)
                variables.Python_ROOT_DIR = join(prefix, ...item.bundle.pythonRoot.split('/'));
        }
    }
    const set = (name, add) => {
        const value = prepend(name, add, input.current, delimiter);
        if (value !== undefined)
            variables[name] = value;
    };
    set('CMAKE_PREFIX_PATH', prefixPaths);
    set('PKG_CONFIG_PATH', pkgConfig);
    // Windows finds DLLs on PATH: the bundle's bin is already there.
    if (os === 'linux')
        set('LD_LIBRARY_PATH', libraryDirs);
    if (os === 'macos')
        set('DYLD_FALLBACK_LIBRARY_PATH', libraryDirs);
    return { path, variables, prefixPaths };
}


/***/ }),

/***/ 3382:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingItems = missingItems;
exports.fetchVerified = fetchVerified;
exports.installPlan = installPlan;
/**
 * The install flow (the I/O half): look in the tool cache, then @actions/cache; on a miss download every archive
 * (sha256 checked while streaming, before anything is extracted), extract each into its own folder of a staging
 * tree and move the tree into the tool cache atomically; schedule the @actions/cache save for the post step.
 * A failed download or checksum leaves nothing in the tool cache; two installs of the same tree race harmlessly
 * (the first to finish wins and the other uses its tree).
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const archive_js_1 = __webpack_require__(5492);
const cache_js_1 = __webpack_require__(7460);
const download_js_1 = __webpack_require__(2168);
const redact_url_js_1 = __webpack_require__(7937);
const runner_js_1 = __webpack_require__(7578);
/** Written into each component folder: what it holds, so a later job can tell a match from a stale tree. */
const MARKER = '.vfx-platform-component.json';
async function readMarker(componentDir) {
    try {
        return JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(componentDir, MARKER), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Components of the plan that the tree at `dir` does not hold in exactly this version and checksum. */
async function missingItems(dir, items) {
    const missing = [];
    for (const item of items) {
        const marker = await readMarker((0, node_path_1.join)(dir, item.component));
        if (!marker || marker.sha256 !== item.sha256 || marker.version !== item.version)
            missing.push(item);
    }
    return missing;
}
/** Gets one archive to `destination`, verified (size and sha256 while streaming) by the toolkit's download. */
async function fetchVerified(item, destination, options) {
    await (0, download_js_1.downloadFile)(item.url, destination, {
        ...options.http,
        headers: { ...options.http?.headers, ...options.credential?.headers },
        credentialOrigin: options.credential?.origin,
        sha256: item.sha256,
        size: item.size
    });
}
/** Extracts a verified archive into `target` and records what it holds. */
async function extractItem(item, archive, target) {
    await (0, archive_js_1.extractArchive)(archive, target, item.archiveName);
    if (item.component === 'cmake')
        await hoistSingleFolder(target);
    const marker = { version: item.version, sha256: item.sha256 };
    await (0, promises_1.writeFile)((0, node_path_1.join)(target, MARKER), JSON.stringify(marker));
}
/** CMake's archives wrap everything in one `cmake-<v>-<platform>/` folder; the tree wants its contents. */
async function hoistSingleFolder(dir) {
    const entries = await (0, promises_1.readdir)(dir, { withFileTypes: true });
    const only = entries[0];
    if (entries.length !== 1 || !only?.isDirectory())
        return;
    const inner = (0, node_path_1.join)(dir, only.name);
    for (const name of await (0, promises_1.readdir)(inner))
        await (0, promises_1.rename)((0, node_path_1.join)(inner, name), (0, node_path_1.join)(dir, name));
    await (0, promises_1.rm)(inner, { recursive: true, force: true });
}
/** Downloads (all first, so a bad checksum fails before any extraction) and extracts `items` under `root`. */
async function populate(root, items, options) {
    const downloads = (0, node_path_1.join)(options.tempDir, `vfx-platform-downloads-${process.pid}-${Date.now()}`);
    await (0, promises_1.mkdir)(downloads, { recursive: true });
    try {
        const archives = [];
        for (const [i, item] of items.entries()) {
            const archive = (0, node_path_1.join)(downloads, `${i}-${item.archiveName}`);
            runner_js_1.log.info(`Downloading ${item.label} from ${(0, redact_url_js_1.redactUrl)(item.url)}`);
            await fetchVerified(item, archive, options);
            archives.push(archive);
        }
        for (const [i, item] of items.entries())
            await extractItem(item, archives[i], (0, node_path_1.join)(root, item.component));
    }
    finally {
        await (0, promises_1.rm)(downloads, { recursive: true, force: true });
    }
}
/** Adds components to an existing complete tree, one atomic folder rename each. */
async function addToTree(dir, items, options) {
    const staging = (0, node_path_1.join)(dir, `.staging-${process.pid}-${Date.now()}`);
    try {
        await populate(staging, items, options);
        for (const item of items) {
            const target = (0, node_path_1.join)(dir, item.component);
            const old = `${target}.old-${process.pid}-${Date.now()}`;
            if ((0, node_fs_1.existsSync)(target))
                await (0, promises_1.rename)(target, old);
            try {
                await (0, promises_1.rename)((0, node_path_1.join)(staging, item.component), target);
            }
            catch (error) {
                // Another job added the same component in the meantime; keep its folder if it holds the same thing.
                if ((await missingItems(dir, [item])).length)
                    throw error;
            }
            await (0, promises_1.rm)(old, { recursive: true, force: true });
        }
    }
    finally {
        await (0, promises_1.rm)(staging, { recursive: true, force: true });
    }
}
async function installPlan(plan, options) {
    let downloaded = [];
    const result = await (0, cache_js_1.installCached)({ ...plan.toolId, key: plan.cacheKey }, {
        useRemote: options.useCache,
        remote: options.remote,
        populate: async (staging) => {
            await populate(staging, plan.items, options);
            downloaded = plan.items;
        },
        topUp: async (dir) => {
            const missing = await missingItems(dir, plan.items);
            if (missing.length === 0)
                return false;
            runner_js_1.log.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`);
            await addToTree(dir, missing, options);
            downloaded = [...downloaded, ...missing];
            return true;
        }
    });
    if (result.source !== 'download') {
        runner_js_1.log.info(`CY${plan.year} found in the ${result.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${result.dir}`);
    }
    return { dir: result.dir, source: result.source, downloaded };
}


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MANIFEST_SCHEMA = void 0;
exports.validateManifest = validateManifest;
exports.describeBundle = describeBundle;
exports.selectBundle = selectBundle;
exports.resolveBundleUrl = resolveBundleUrl;
/**
 * The platform-bundle manifest: one JSON file listing the prebuilt, relocatable library bundles (one per
 * year x OS x arch, x libc on Linux) with URL, sha256, size and the versions inside. Validation is by hand (a
 * dozen fields) so that no schema library sits on the action's path; every problem is reported at once.
 *
 *   { "schema": 1,
 *     "toolMirror": "https://mirror.example/tools/",          optional: fetch CMake/Ninja archives from here
 *     "bundles": [ { "year": 2024, "os": "linux", "arch": "x64", "libc": "glibc2.28",
 *                    "url": "vfx-platform-2024-x64-linux-glibc2.28.tar.zst",   absolute or relative to the manifest
 *                    "sha256": "…", "size": 123456,
 *                    "versions": { "openexr": "3.2.9", "imath": "3.1.12" },
 *                    "libDirs": ["lib"], "pythonRoot": "python" } ] }   optional layout hints
 */
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(2087);
const redact_url_js_1 = __webpack_require__(7937);
const platform_js_1 = __webpack_require__(414);
exports.MANIFEST_SCHEMA = 1;
const OSES = ['linux', 'macos', 'windows'];
const ARCHES = ['x64', 'arm64'];
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isRelativeInside(path) {
    return !/^([/\\]|[A-Za-z]:)/.test(path) && !path.split(/[/\\]/).includes('..');
}
/** Checks a parsed manifest; throws one UserError listing every problem, naming where it came from. */
function validateManifest(data, origin) {
    const problems = [];
    if (!isRecord(data))
        throw new errors_js_1.UserError(`The bundle manifest ${(0, redact_url_js_1.redactUrl)(origin)} is not a JSON object.`);
    if (data.schema !== exports.MANIFEST_SCHEMA)
        problems.push(`schema must be ${exports.MANIFEST_SCHEMA} (got ${JSON.stringify(data.schema)})`);
    if (data.toolMirror !== undefined && (typeof data.toolMirror !== 'string' || !/^https?:\/\//.test(data.toolMirror))) {
        problems.push('toolMirror must be an http(s) URL');
    }
    if (!Array.isArray(data.bundles))
        problems.push('bundles must be an array');
    const bundles = Array.isArray(data.bundles) ? data.bundles : [];
    bundles.forEach((bundle, i) => {
        const at = `bundles[${i}]`;
        if (!isRecord(bundle))
            return void problems.push(`${at} is not an object`);
        if (!Number.isInteger(bundle.year) || bundle.year < 2000)
            problems.push(`${at}.year must be a year like 2024`);
        if (!OSES.includes(bundle.os))
            problems.push(`${at}.os must be one of ${OSES.join(', ')}`);
        if (!ARCHES.includes(bundle.arch))
            problems.push(`${at}.arch must be one of ${ARCHES.join(', ')}`);
        if (bundle.libc !== undefined && (typeof bundle.libc !== 'string' || !(0, platform_js_1.parseLibc)(bundle.libc))) {
            problems.push(`${at}.libc must look like 'glibc2.28'`);
        }
        if (bundle.os === 'linux' && bundle.libc === undefined)
            problems.push(`${at}.libc is required for Linux bundles`);
        if (typeof bundle.url !== 'string' || bundle.url === '')
            problems.push(`${at}.url must be a non-empty string`);
        if (typeof bundle.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(bundle.sha256))
            problems.push(`${at}.sha256 must be 64 lower-case hex digits`);
        if (!Number.isInteger(bundle.size) || bundle.size <= 0)
            problems.push(`${at}.size must be a positive whole number of bytes`);
        if (!isRecord(bundle.versions) || !Object.values(bundle.versions).every(v => typeof v === 'string')) {
            problems.push(`${at}.versions must map component names to version strings`);
        }
        const dirs = bundle.libDirs;
        if (dirs !== undefined &&
            (!Array.isArray(dirs) || !dirs.every(d => typeof d === 'string' && isRelativeInside(d)))) {
            problems.push(`${at}.libDirs must be relative folders inside the bundle`);
        }
        if (bundle.pythonRoot !== undefined &&
            (typeof bundle.pythonRoot !== 'string' || !isRelativeInside(bundle.pythonRoot))) {
            problems.push(`${at}.pythonRoot must be a relative folder inside the bundle`);
        }
    });
    if (problems.length)
        throw new errors_js_1.UserError(`The bundle manifest ${(0, redact_url_js_1.redactUrl)(origin)} is invalid: ${problems.join('; ')}.`);
    return data;
}
function describeBundle(bundle) {
    return `CY${bundle.year} ${bundle.os}-${bundle.arch}${bundle.libc ? `-${bundle.libc}` : ''}`;
}
/**
 * The bundle for this year and platform: same year, OS and arch, a libc the runner can run (the newest such,
 * being the closest match). No match is an error that lists what the manifest has, so the user sees at once
 * whether the year, the OS or the libc is the problem. Never another year.
 */
function selectBundle(manifest, year, platform, origin) {
    const candidates = manifest.bundles.filter(b => b.year === year && b.os === platform.os && b.arch === platform.arch && (0, platform_js_1.libcCompatible)(b.libc, platform.libc));
    const libcOf = (b) => (0, platform_js_1.parseLibc)(b.libc ?? '')?.version ?? [];
    candidates.sort((a, b) => (0, platform_js_1.compareVersions)(libcOf(b), libcOf(a)));
    const chosen = candidates[0];
    if (chosen)
        return chosen;
    const have = manifest.bundles.map(describeBundle);
    const wanted = describeBundle({ year, os: platform.os, arch: platform.arch, libc: platform.libc || undefined });
    throw new errors_js_1.UserError(`The bundle manifest ${(0, redact_url_js_1.redactUrl)(origin)} has no bundle for ${wanted}` +
        (platform.libc ? ` (or an older ${(0, platform_js_1.parseLibc)(platform.libc)?.family ?? 'libc'})` : '') +
        `; it has: ${have.length ? have.join(', ') : 'no bundles'}. Nothing was installed.`);
}
/**
 * The bundle URL resolved against the manifest's own location (URL or file path). A manifest read over the network
 * may only name http(s) URLs: a `file:` URL there would make the runner read (and disclose the hash of) its own files.
 */
function resolveBundleUrl(bundleUrl, manifestLocation) {
    const remote = /^https?:/i.test(manifestLocation);
    const base = remote || /^file:/i.test(manifestLocation) ? manifestLocation : (0, node_url_1.pathToFileURL)(manifestLocation).toString();
    let resolved;
    try {
        resolved = new URL(bundleUrl, base);
    }
    catch {
        throw new errors_js_1.UserError(`The bundle manifest ${(0, redact_url_js_1.redactUrl)(manifestLocation)} names an invalid URL '${(0, redact_url_js_1.redactUrl)(bundleUrl)}'.`);
    }
    const allowed = remote ? ['http:', 'https:'] : ['http:', 'https:', 'file:'];
    if (!allowed.includes(resolved.protocol)) {
        throw new errors_js_1.UserError(`The bundle manifest ${(0, redact_url_js_1.redactUrl)(manifestLocation)} names a ${resolved.protocol} URL ('${(0, redact_url_js_1.redactUrl)(bundleUrl)}'): ` +
            `a manifest read over the network may only name http(s) URLs. Nothing was installed.`);
    }
    return resolved.toString();
}


/***/ }),

/***/ 926:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMPONENTS = void 0;
exports.parseComponents = parseComponents;
exports.planInstall = planInstall;
exports.installedVersions = installedVersions;
/**
 * What to install, decided from plain data: the requested components, the year's versions, the platform, the
 * catalog and the manifest. The result names every archive with its URL and sha256, the tool-cache folder and
 * the @actions/cache key, so the I/O that follows has nothing left to decide.
 */
const node_crypto_1 = __webpack_require__(7598);
const cache_js_1 = __webpack_require__(7460);
const download_js_1 = __webpack_require__(2168);
const errors_js_1 = __webpack_require__(2087);
const catalog_js_1 = __webpack_require__(7138);
const manifest_js_1 = __webpack_require__(4984);
const platform_js_1 = __webpack_require__(414);
exports.COMPONENTS = ['cmake', 'ninja', 'libraries'];
/** Parses the `install` list: known names only, duplicates dropped, in a stable order. */
function parseComponents(items) {
    const unknown = items.filter(item => !exports.COMPONENTS.includes(item.toLowerCase()));
    if (unknown.length) {
        throw new errors_js_1.UserError(`Input 'install' has the value '${items.join(', ')}': expected a list of ${exports.COMPONENTS.join(', ')} (unknown: ${unknown.join(', ')}).`);
    }
    const wanted = new Set(items.map(item => item.toLowerCase()));
    return exports.COMPONENTS.filter(c => wanted.has(c));
}
function planInstall(input) {
    const items = [];
    for (const component of input.components) {
        if (component === 'libraries') {
            if (!input.manifest)
                throw new errors_js_1.UserError("Installing 'libraries' needs a bundle manifest (input 'manifest').");
            const bundle = (0, manifest_js_1.selectBundle)(input.manifest.data, input.year, input.platform, input.manifest.location);
            const url = (0, manifest_js_1.resolveBundleUrl)(bundle.url, input.manifest.location);
            items.push({
                component,
                label: `CY${input.year} libraries`,
                version: String(input.year),
                url,
                sha256: bundle.sha256,
                size: bundle.size,
                archiveName: (0, download_js_1.downloadFileName)(url),
                bundle
            });
            continue;
        }
        const version = input.versions[component];
        if (!version)
            throw new errors_js_1.UserError(`CY${input.year} pins no ${component} version in the ASWF images, so there is none to install.`);
        const archive = (0, catalog_js_1.toolArchive)(component, version, input.platform);
        const mirror = input.manifest?.data.toolMirror;
        const url = mirror ? new URL(archive.file, mirror.endsWith('/') ? mirror : `${mirror}/`).toString() : archive.url;
        items.push({
            component,
            label: `${component} ${version}`,
            version,
            url,
            sha256: archive.sha256,
            archiveName: archive.file
        });
    }
    const arch = (0, platform_js_1.toolCacheArch)(input.platform);
    const digest = (0, node_crypto_1.createHash)('sha256')
        .update(items.map(item => `${item.component}=${item.version}@${item.sha256}`).join('\n'))
        .digest('hex')
        .slice(0, 16);
    return {
        year: input.year,
        platform: input.platform,
        items,
        toolId: { tool: 'vfx-platform', version: String(input.year), arch },
        cacheKey: (0, cache_js_1.cacheKey)('vfx-platform', String(input.year), arch, items.map(i => i.component).join('+'), digest)
    };
}
/** The `installed` output: component -> version (libraries expand to the versions inside the bundle). */
function installedVersions(items) {
    const out = {};
    for (const item of items) {
        if (item.bundle)
            Object.assign(out, item.bundle.versions);
        else
            out[item.component] = item.version;
    }
    return out;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.targetPlatform = targetPlatform;
exports.catalogKey = catalogKey;
exports.toolCacheArch = toolCacheArch;
exports.parseLibc = parseLibc;
exports.compareVersions = compareVersions;
exports.libcCompatible = libcCompatible;
/**
 * Where an install runs, in the vocabulary the catalog and the manifest use: `linux`/`macos`/`windows`,
 * `x64`/`arm64`, and on Linux the C library (`glibc2.36`). The libc is part of every cache name so that a tree
 * built for one image is never reused by an older, incompatible one.
 */
const errors_js_1 = __webpack_require__(2087);
const OS = { Linux: 'linux', macOS: 'macos', Windows: 'windows' };
const ARCH = { X64: 'x64', ARM64: 'arm64' };
/** From the runner's RUNNER_OS / RUNNER_ARCH spelling. */
function targetPlatform(runnerOs, runnerArch, libc) {
    const os = OS[runnerOs];
    const arch = ARCH[runnerArch];
    if (!os || !arch) {
        throw new errors_js_1.UserError(`Installing the platform is supported on Linux, macOS and Windows, X64 or ARM64; this runner is ${runnerOs} ${runnerArch}.`);
    }
    return { os, arch, libc: os === 'linux' ? libc : '' };
}
/** `linux-x64`: the key of the tool catalog. */
function catalogKey(platform) {
    return `${platform.os}-${platform.arch}`;
}
/** `x64-linux-glibc2.36` / `arm64-macos`: the tool-cache arch folder and part of the cache key. */
function toolCacheArch(platform) {
    return [platform.arch, platform.os, platform.libc].filter(Boolean).join('-');
}
/** `glibc2.28` -> { family: 'glibc', version: [2, 28] }; undefined when it is not of that shape. */
function parseLibc(libc) {
    const match = /^([a-z]+)(\d+(?:\.\d+)*)$/.exec(libc);
    if (!match)
        return undefined;
    return { family: match[1], version: match[2].split('.').map(Number) };
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * A bundle built against `bundleLibc` runs on `runnerLibc` when the family is the same and the runner's is not
 * older (glibc is backwards compatible, never forwards). A bundle without a libc runs anywhere on its OS.
 */
function libcCompatible(bundleLibc, runnerLibc) {
    if (!bundleLibc)
        return true;
    const bundle = parseLibc(bundleLibc);
    const runner = parseLibc(runnerLibc);
    if (!bundle || !runner || bundle.family !== runner.family)
        return false;
    return compareVersions(runner.version, bundle.version) >= 0;
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.archiveKind = archiveKind;
exports.extractArchive = extractArchive;
exports.linkStaysInside = linkStaysInside;
exports.secureTree = secureTree;
/**
 * Archive extraction through @actions/tool-cache (`extractTar`: GNU tar's `--force-local` on Windows, the System32
 * tar; `extractZip`: unzip or PowerShell), loaded on first use, then a check of what came out (ADR 0021):
 * - a symbolic link that points outside the extracted tree (absolute, or climbing out with `..`) is refused: the
 *   install fails naming the entry and nothing is installed (silently removing it would leave a tool that breaks
 *   later, and an archive that carries one is not what its publisher meant to ship);
 * - setuid and setgid bits are stripped: nothing installed for a build may run with another user's rights.
 * Entries that climb out of the destination (`../x`, `/x`) are refused by tar and unzip themselves.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(2087);
const walk_js_1 = __webpack_require__(6393);
function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new errors_js_1.UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0, promises_1.mkdir)(destination, { recursive: true });
    const tc = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(507), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
    try {
        if (archiveKind(nameForType) === 'zip')
            await tc.extractZip(archive, destination);
        // 'x' alone: tar detects gzip, xz, zstd and bzip2 itself.
        else
            await tc.extractTar(archive, destination, 'x');
    }
    catch (error) {
        throw new errors_js_1.UserError(`Could not extract ${nameForType}: ${error.message}`);
    }
    await secureTree(destination, nameForType);
}
/** True when `target` (a link's text) resolves inside `root` from the link at `linkPath`. */
function linkStaysInside(root, linkPath, target) {
    if ((0, node_path_1.isAbsolute)(target) || /^[A-Za-z]:|^[\\/]/.test(target))
        return false;
    const resolved = (0, node_path_1.resolve)((0, node_path_1.dirname)(linkPath), target);
    const rel = (0, node_path_1.relative)((0, node_path_1.resolve)(root), resolved);
    return rel === '' || (!rel.startsWith(`..${node_path_1.sep}`) && rel !== '..' && !(0, node_path_1.isAbsolute)(rel));
}
/** Refuses links leaving `root`, strips setuid/setgid; see the file comment. */
async function secureTree(root, origin) {
    for await (const entry of (0, walk_js_1.walkTree)(root)) {
        if (entry.stats.isSymbolicLink()) {
            const target = await (0, promises_1.readlink)(entry.path);
            if (!linkStaysInside(root, entry.path, target)) {
                throw new errors_js_1.UserError(`${origin} holds a symbolic link that points outside its own tree (${entry.relative} -> ${target}); refused, nothing was installed.`);
            }
        }
        else if (entry.stats.mode & 0o6000) {
            await (0, promises_1.chmod)(entry.path, entry.stats.mode & 0o1777);
        }
    }
}


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BudgetExceeded = exports.actionsCache = exports.CACHE_SCHEMA = void 0;
exports.budgetsMs = budgetsMs;
exports.withinBudget = withinBudget;
exports.cacheKey = cacheKey;
exports.restoreTool = restoreTool;
exports.scheduleSave = scheduleSave;
exports.saveScheduled = saveScheduled;
exports.installCached = installCached;
/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
 *
 * Each remote operation runs within a time budget (ADR 0022): a lookup 15 s, a restore download 5 minutes, a save
 * 60 s (`CACHE_BUDGET_SECONDS` sets all three, for slow links and for tests). When a budget runs out the job goes on
 * without the cache, with a warning; the abandoned operation's sockets are unreferenced so that it cannot keep the
 * process (main or post) alive after the action's own work is done.
 */
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(2087);
const runner_js_1 = __webpack_require__(7578);
const tool_cache_js_1 = __webpack_require__(1365);
/** Bump to invalidate every entry written before a change of layout or verification. */
exports.CACHE_SCHEMA = 'v1';
const SAVE_STATE = 'toolkit-cache-save';
exports.actionsCache = {
    available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
    async lookup(paths, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(507), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691));
        return (await cache.restoreCache(paths, key, [], { lookupOnly: true }, true)) !== undefined;
    },
    async restore(paths, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(507), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691));
        const budget = budgetsMs().restore;
        return cache.restoreCache(paths, key, [], { timeoutInMs: budget, segmentTimeoutInMs: budget }, true);
    },
    async save(paths, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(507), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691));
        // saveCache reports its failures as log lines and returns -1; only a real id means the entry exists.
        const id = await cache.saveCache(paths, key, {}, true);
        if (id !== -1)
            return;
        // Another job saving the same key at the same time is a normal outcome: tell it apart by looking the key up.
        if ((await cache.restoreCache(paths, key, [], { lookupOnly: true }, true)) !== undefined)
            throw new Error('the entry already exists: saved by another job');
        throw new Error('the cache service did not take the entry (see the message above)');
    }
};
function budgetsMs(env = process.env) {
    const seconds = Number(env.CACHE_BUDGET_SECONDS);
    if (Number.isFinite(seconds) && seconds > 0) {
        const ms = Math.round(seconds * 1000);
        return { lookup: ms, restore: ms, save: ms };
    }
    return { lookup: 15000, restore: 300000, save: 60000 };
}
class BudgetExceeded extends Error {
}
exports.BudgetExceeded = BudgetExceeded;
let abandoned = 0;
let socketChannel;
/**
 * `operation` within `ms`; past it, rejects with BudgetExceeded and lets the operation run on unreferenced: every
 * client socket opened until it settles, and those it opened before, no longer keep the process alive (toolkit
 * requests keep it alive through their own deadline timers, so they are unaffected).
 */
async function withinBudget(what, ms, operation) {
    const dc = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3053, 23));
    const sockets = new Set();
    const track = (message) => void sockets.add(message.socket);
    dc.subscribe('net.client.socket', track);
    let timer;
    const running = operation();
    try {
        return await Promise.race([
            running,
            new Promise((_resolve, reject) => {
                timer = setTimeout(() => reject(new BudgetExceeded(`${what} took longer than ${ms / 1000} s`)), ms);
            })
        ]);
    }
    catch (error) {
        if (error instanceof BudgetExceeded) {
            for (const socket of sockets)
                socket.unref();
            abandon(dc, running);
        }
        throw error;
    }
    finally {
        clearTimeout(timer);
        dc.unsubscribe('net.client.socket', track);
    }
}
function abandon(dc, running) {
    if (abandoned++ === 0) {
        socketChannel = message => void message.socket.unref();
        dc.subscribe('net.client.socket', socketChannel);
    }
    const settle = () => {
        if (--abandoned === 0 && socketChannel) {
            dc.unsubscribe('net.client.socket', socketChannel);
            socketChannel = undefined;
        }
    };
    running.then(settle, settle);
}
function cacheKey(...parts) {
    return [exports.CACHE_SCHEMA, ...parts].join('-');
}
/** Looks in both levels; returns the folder and where it came from, or undefined on a miss. */
async function restoreTool(spec, options = {}) {
    const local = (0, tool_cache_js_1.findTool)(spec);
    if (local)
        return { dir: local, source: 'tool-cache' };
    const remote = options.remote ?? exports.actionsCache;
    if (options.useRemote === false || !remote.available())
        return undefined;
    const dir = (0, tool_cache_js_1.toolDir)(spec);
    const budgets = budgetsMs();
    try {
        if (remote.lookup) {
            const lookup = remote.lookup.bind(remote);
            const exists = await withinBudget('The cache lookup', budgets.lookup, () => lookup([dir], spec.key));
            if (!exists)
                return undefined;
        }
        const hit = await withinBudget('The cache restore', budgets.restore, () => remote.restore([dir], spec.key));
        if (hit === undefined)
            return undefined;
        await (0, tool_cache_js_1.markToolComplete)(spec);
        return { dir, source: 'actions-cache' };
    }
    catch (error) {
        await (0, promises_1.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        runner_js_1.log.warning(`Cache restore failed for ${spec.key}; continuing without it (${(0, errors_js_1.errorMessage)(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    (0, runner_js_1.saveState)(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse((0, runner_js_1.getState)(SAVE_STATE) || '[]');
    }
    catch {
        return [];
    }
}
/** The post phase's half: saves what main scheduled. Never throws; returns the keys saved. */
async function saveScheduled(remote = exports.actionsCache) {
    const saved = [];
    const pending = pendingSaves();
    if (pending.length === 0)
        return saved;
    if (!remote.available()) {
        runner_js_1.log.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    const budget = budgetsMs().save;
    for (const spec of pending) {
        try {
            await withinBudget('The cache save', budget, () => remote.save([(0, tool_cache_js_1.toolDir)(spec)], spec.key));
            saved.push(spec.key);
            runner_js_1.log.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = (0, errors_js_1.errorMessage)(error);
            if (/another job|reserve|already exists/i.test(message))
                runner_js_1.log.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                runner_js_1.log.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
        }
    }
    return saved;
}
/**
 * The one restore-download-install-save flow: the tool cache, then @actions/cache, else `populate` a staging
 * folder that moves into the tool cache atomically; a fresh or topped-up tree is scheduled for the post-step save.
 * `topUp` (optional) completes a tree found in a cache (returns true when it changed it).
 */
async function installCached(spec, options) {
    const restored = await restoreTool(spec, { useRemote: options.useRemote, remote: options.remote });
    let dir;
    if (restored) {
        if (!(await options.topUp?.(restored.dir)))
            return restored;
        dir = restored.dir;
    }
    else {
        dir = await (0, tool_cache_js_1.installTool)(spec, options.populate);
        await options.topUp?.(dir); // another job may have finished a tree with other contents first
    }
    if (options.useRemote)
        scheduleSave(spec);
    return { dir, source: 'download' };
}


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mayCarryCredential = mayCarryCredential;
/**
 * Where a credential may go: only to the origin it was meant for (scheme, host and port all equal), and only over
 * https. An http origin is accepted only when the credential was meant for that very http origin on the loopback
 * interface (a server on the runner itself: the local test stand-ins). Redirects, pagination links and URLs from
 * manifests are checked with this before a credential is attached; a refusal drops the credential, never the request.
 */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function mayCarryCredential(target, intendedOrigin) {
    let to;
    let meant;
    try {
        to = new URL(target);
        meant = new URL(intendedOrigin);
    }
    catch {
        return false;
    }
    if (to.origin !== meant.origin || to.username !== '' || to.password !== '')
        return false;
    if (to.protocol === 'https:')
        return true;
    return to.protocol === 'http:' && LOOPBACK.test(to.hostname);
}


/***/ }),

/***/ 2168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_DOWNLOAD_CAP = exports.SizeError = exports.ChecksumError = void 0;
exports.downloadFileName = downloadFileName;
exports.downloadFile = downloadFile;
/**
 * Verified downloads, the one verified-file block of the repository: the body (an http(s) response or a local
 * `file:` URL) is streamed to disk once while its sha256 is computed, its size is bounded while it streams (the
 * declared size, else a hard cap), a short body is detected, transient failures are retried within an overall
 * deadline, and the file appears at its final path only after size and checksum matched. A failure leaves nothing.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(2087);
const http_js_1 = __webpack_require__(3460);
const redact_url_js_1 = __webpack_require__(7937);
const runner_js_1 = __webpack_require__(7578);
class ChecksumError extends errors_js_1.UserError {
}
exports.ChecksumError = ChecksumError;
/** The size error: never retried (the server sends more than it should). */
class SizeError extends errors_js_1.UserError {
}
exports.SizeError = SizeError;
exports.DEFAULT_DOWNLOAD_CAP = 4 * 1024 ** 3;
const DEFAULT_DOWNLOAD_DEADLINE_MS = 30 * 60 * 1000;
/**
 * The file name a URL may give a download: its last path segment, URL-decoded, reduced to a plain base name (a
 * decoded `/` or `\` can never reach the file system as a separator). Refused when nothing usable is left.
 */
function downloadFileName(url) {
    let segment;
    try {
        segment = new URL(url).pathname.split('/').pop() ?? '';
    }
    catch {
        throw new errors_js_1.UserError(`Not a URL: ${(0, redact_url_js_1.redactUrl)(url)}`);
    }
    let decoded;
    try {
        decoded = decodeURIComponent(segment);
    }
    catch {
        decoded = segment;
    }
    const name = decoded.split(/[/\\]/).pop() ?? '';
    // eslint-disable-next-line no-control-regex
    if (name === '' || name === '.' || name === '..' || /[\u0000-\u001f:]/.test(name) || name.length > 200) {
        throw new errors_js_1.UserError(`${(0, redact_url_js_1.redactUrl)(url)} does not end in a usable file name (got '${segment}').`);
    }
    return name;
}
async function downloadFile(url, destination, options = {}) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(destination), { recursive: true });
    const partial = `${destination}.partial-${process.pid}`;
    const shown = (0, redact_url_js_1.redactUrl)(url);
    try {
        const result = await (0, http_js_1.withRetries)({ ...options, deadlineMs: options.deadlineMs ?? DEFAULT_DOWNLOAD_DEADLINE_MS, url }, (_n, signal) => fetchOnce(url, partial, { ...options, signal }), (error, wait) => runner_js_1.log.info(`Download of ${shown} failed (${error.message}); retrying in ${wait} ms`));
        if (options.size !== undefined && result.bytes !== options.size) {
            throw new ChecksumError(`${shown}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`);
        }
        if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
            throw new ChecksumError(`${shown}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`);
        }
        await (0, promises_1.rename)(partial, destination);
        return { ...result, path: destination };
    }
    finally {
        await (0, promises_1.rm)(partial, { force: true });
    }
}
async function openSource(url, options) {
    if (url.startsWith('file:')) {
        const path = (0, node_url_1.fileURLToPath)(url);
        const stream = (0, node_fs_1.createReadStream)(path, { highWaterMark: 1 << 20 });
        await new Promise((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch((error) => {
            throw new errors_js_1.UserError(`Cannot read ${(0, redact_url_js_1.redactUrl)(url)}: ${error.code ?? error.message}`);
        });
        return { body: stream };
    }
    const response = await (0, http_js_1.openResponse)(url, options);
    const status = response.statusCode ?? 0;
    if (status !== 200) {
        response.resume();
        const message = `GET ${(0, redact_url_js_1.redactUrl)(url)} answered HTTP ${status}`;
        if ((0, http_js_1.isRetryableStatus)(status))
            throw new http_js_1.RetryableError(message, status, response);
        throw new http_js_1.HttpError(message, status);
    }
    const length = Number(response.headers['content-length'] ?? NaN);
    return { body: response, length: Number.isFinite(length) ? length : undefined };
}
async function fetchOnce(url, path, options) {
    const shown = (0, redact_url_js_1.redactUrl)(url);
    const limit = options.size ?? options.maxBytes ?? exports.DEFAULT_DOWNLOAD_CAP;
    const limitName = options.size !== undefined ? 'its declared size' : 'the download cap';
    const { body, length } = await openSource(url, options);
    if (length !== undefined && length > limit) {
        ;
        body.destroy?.();
        throw new SizeError(`${shown} announces ${length} bytes, more than ${limitName} (${limit} bytes). Nothing was installed.`);
    }
    // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
    const [{ createHash }, { pipeline }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6466, 23))]);
    const hash = createHash('sha256');
    let bytes = 0;
    async function* tap(source) {
        for await (const chunk of source) {
            bytes += chunk.length;
            if (bytes > limit) {
                throw new SizeError(`${shown} sent more than ${limitName} (${limit} bytes); aborted. Nothing was installed.`);
            }
            hash.update(chunk);
            yield chunk;
        }
    }
    try {
        await pipeline(body, tap, (0, node_fs_1.createWriteStream)(path));
    }
    catch (error) {
        if (error instanceof errors_js_1.UserError || options.signal?.aborted)
            throw error;
        throw new http_js_1.RetryableError(`Download of ${shown} was aborted after ${bytes} bytes (${error.message})`);
    }
    if (length !== undefined && bytes !== length) {
        throw new http_js_1.RetryableError(`Download of ${shown} was truncated: ${bytes} of ${length} bytes`);
    }
    return { path, sha256: hash.digest('hex'), bytes };
}


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeadlineError = exports.NetworkError = exports.RetryableError = exports.HttpError = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.bearerAuthorization = bearerAuthorization;
exports.openResponse = openResponse;
exports.sleep = sleep;
exports.isConnectionError = isConnectionError;
exports.withRetries = withRetries;
exports.fetchBuffer = fetchBuffer;
exports.fetchJson = fetchJson;
const credential_policy_js_1 = __webpack_require__(3520);
const errors_js_1 = __webpack_require__(2087);
const runner_js_1 = __webpack_require__(7578);
const redact_url_js_1 = __webpack_require__(7937);
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
/** The network failed (DNS, refused, reset, unreachable) after the retries: callers may fall back on it. */
class NetworkError extends HttpError {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
exports.NetworkError = NetworkError;
/** The call's overall deadline passed. Not retried. */
class DeadlineError extends HttpError {
}
exports.DeadlineError = DeadlineError;
const MAX_REDIRECTS = 5;
const USER_AGENT = 'aswf-ci-actions';
const DEFAULT_STALL_MS = 30000;
const DEFAULT_FETCH_DEADLINE_MS = 120000;
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status >= 500;
}
/** `Authorization: Bearer <token>`, the one form every GitHub endpoint (API and release assets) accepts. */
function bearerAuthorization(token) {
    return token ? { authorization: `Bearer ${token}` } : {};
}
const masked = new Set();
/** Credentials inside a URL become a Basic `authorization` for that URL's origin; both are masked in logs. */
function splitUrlCredentials(target) {
    if (!target.username && !target.password)
        return { url: target };
    const user = decodeURIComponent(target.username);
    const password = decodeURIComponent(target.password);
    const userinfo = `${target.username}:${target.password}`;
    if (!masked.has(userinfo)) {
        masked.add(userinfo);
        (0, redact_url_js_1.maskUrlCredentials)(target.toString());
    }
    const url = new URL(target);
    url.username = '';
    url.password = '';
    return { url, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
function withoutAuthorization(headers = {}) {
    const rest = {};
    let authorization;
    for (const [name, value] of Object.entries(headers)) {
        if (name.toLowerCase() === 'authorization')
            authorization = value;
        else
            rest[name] = value;
    }
    return { rest, authorization };
}
function debugEnabled() {
    return process.env.RUNNER_DEBUG === '1';
}
/** Passes the abort signal to node:http through the client's documented handler hook. */
function signalHandler(signal) {
    return {
        prepareRequest: (options) => void (options.signal = signal),
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('unsupported'))
    };
}
/** One request without redirects, through @actions/http-client; resolves with the response head. */
async function requestOnce(url, method, headers, body, stallMs, signal) {
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    const attempt = new AbortController();
    const linked = AbortSignal.any([signal, attempt.signal]);
    const client = new HttpClient(USER_AGENT, [signalHandler(linked)], {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: false,
        socketTimeout: stallMs
    });
    try {
        const response = await client.request(method, url.toString(), body ?? null, headers);
        return response.message;
    }
    catch (error) {
        attempt.abort(); // the library's timeout only half-closes the socket: make sure the request is gone
        if (signal.aborted)
            throw signal.reason;
        if (/^Request timeout/.test(error.message)) {
            throw new RetryableError(`No response from ${url.host} in ${stallMs} ms`);
        }
        throw error;
    }
}
/**
 * Opens a response, following redirects (each hop checked by the credential policy; https->http refused); the caller
 * consumes the body. A body that stalls for `timeoutMs` is destroyed with a RetryableError. Not retried here.
 */
async function openResponse(url, options = {}) {
    const method = options.method ?? 'GET';
    const stallMs = options.timeoutMs ?? DEFAULT_STALL_MS;
    const signal = options.signal ?? new AbortController().signal;
    const first = splitUrlCredentials(new URL(url));
    const { rest, authorization: headerCredential } = withoutAuthorization(options.headers);
    const credential = headerCredential ?? first.authorization;
    const intended = headerCredential !== undefined ? (options.credentialOrigin ?? first.url.origin) : first.url.origin;
    let target = first.url;
    for (let hop = 0;; hop++) {
        const headers = { ...rest };
        if (credential !== undefined && (0, credential_policy_js_1.mayCarryCredential)(target, intended))
            headers.authorization = credential;
        const started = Date.now();
        let response;
        try {
            response = await requestOnce(target, method, headers, options.body, stallMs, signal);
        }
        catch (error) {
            if (debugEnabled())
                runner_js_1.log.debug(`${method} ${(0, redact_url_js_1.redactUrl)(String(target))} failed after ${Date.now() - started} ms: ${describe(error)}`);
            throw error;
        }
        const status = response.statusCode ?? 0;
        if (debugEnabled())
            runner_js_1.log.debug(`${method} ${(0, redact_url_js_1.redactUrl)(String(target))} -> HTTP ${status} in ${Date.now() - started} ms`);
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
            response.resume();
            if (hop >= MAX_REDIRECTS)
                throw new HttpError(`Too many redirects from ${(0, redact_url_js_1.redactUrl)(url)}`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                throw new HttpError(`${(0, redact_url_js_1.redactUrl)(String(target))} redirected to an invalid location`);
            }
            if (target.protocol === 'https:' && next.protocol !== 'https:') {
                throw new HttpError(`Refused a redirect from https to ${next.protocol.slice(0, -1)}: ${(0, redact_url_js_1.redactUrl)(String(target))} -> ${(0, redact_url_js_1.redactUrl)(String(next))}`);
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                throw new HttpError(`Refused a redirect to a ${next.protocol} URL from ${(0, redact_url_js_1.redactUrl)(String(target))}`);
            }
            target = splitUrlCredentials(next).url; // credentials in a redirect location are never used
            continue;
        }
        watchStall(response, stallMs, target);
        return response;
    }
}
/** Destroys a response body that sends nothing for `stallMs`. */
function watchStall(response, stallMs, target) {
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => response.destroy(new RetryableError(`Download from ${target.host} stalled for ${stallMs} ms`)), stallMs);
    };
    arm();
    response.on('data', arm);
    response.once('close', () => clearTimeout(timer));
}
function describe(error) {
    const code = error?.code;
    const message = (0, redact_url_js_1.redactUrls)(error?.message ?? String(error));
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });
}
function retryAfterMs(response, fallback, cap) {
    const header = response?.headers['retry-after'];
    const seconds = header !== undefined ? Number(header) : NaN;
    return Number.isFinite(seconds) ? Math.min(seconds * 1000, cap) : fallback;
}
function isConnectionError(error) {
    const code = error?.code ?? '';
    return [
        'ECONNRESET',
        'ECONNREFUSED',
        'ETIMEDOUT',
        'EPIPE',
        'EAI_AGAIN',
        'ENOTFOUND',
        'EAI_FAIL',
        'ECONNABORTED',
        'EHOSTUNREACH',
        'ENETUNREACH',
        'ENETDOWN'
    ].includes(code);
}
const DNS_RETRIES = 2;
function isDnsError(error) {
    return ['ENOTFOUND', 'EAI_FAIL'].includes(error?.code ?? '');
}
function networkError(error, url, attempts) {
    const code = error.code ?? 'ENETWORK';
    const host = url ? safeHost(url) : 'the server';
    const cause = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'].includes(code)
        ? `could not resolve ${host} (DNS lookup failed, ${code})`
        : `could not connect to ${host}: ${describe(error)}`;
    return new NetworkError(`Network error: ${cause}; gave up after ${attempts} attempt${attempts > 1 ? 's' : ''}.`, code);
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the server';
    }
}
/**
 * Runs `attempt` until it succeeds, retrying what is worth retrying: a RetryableError (5xx, 429, a stall, a
 * truncated body) or a network error (DNS failure included). Anything else stops at once. `deadlineMs` bounds the
 * whole call: when it passes, the attempt in flight is aborted and a DeadlineError says so.
 */
async function withRetries(options, attempt, onRetry) {
    const retries = options.retries ?? 4;
    let delay = options.retryDelayMs ?? 1000;
    const deadlineMs = options.deadlineMs ?? DEFAULT_FETCH_DEADLINE_MS;
    const what = options.url ? `${options.method ?? 'GET'} ${(0, redact_url_js_1.redactUrl)(options.url)}` : 'The request';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineError(`${what} did not finish within ${deadlineMs / 1000} s.`)), deadlineMs);
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    try {
        for (let n = 0;; n++) {
            try {
                return await attempt(n, signal);
            }
            catch (error) {
                if (signal.aborted)
                    throw signal.reason instanceof Error ? signal.reason : error;
                const transient = error instanceof RetryableError || isConnectionError(error);
                if (!transient) {
                    if (error instanceof errors_js_1.UserError)
                        throw error;
                    throw new HttpError(`${what} failed: ${describe(error)}`);
                }
                // A name that does not resolve rarely starts resolving within seconds: two retries, not the full count.
                if (n >= (isDnsError(error) ? Math.min(retries, DNS_RETRIES) : retries)) {
                    if (error instanceof HttpError)
                        throw error;
                    throw networkError(error, options.url, n + 1);
                }
                const wait = retryAfterMs(error.response, delay, options.maxRetryAfterMs ?? 30000);
                onRetry?.(error, wait);
                if (debugEnabled())
                    runner_js_1.log.debug(`${what}: ${describe(error)}; retrying in ${wait} ms`);
                await sleep(wait, signal).catch(() => undefined);
                if (signal.aborted)
                    throw signal.reason;
                delay *= 2;
            }
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * A whole (small) response body, with retries. 4xx other than 408/429 are returned for the caller to judge. Each
 * attempt must complete (answer and whole body) within `timeoutMs` (an action's `timeout-seconds`: a server
 * dripping a byte a second cannot stretch it); `deadlineMs` bounds the whole call.
 */
function fetchBuffer(url, options = {}) {
    const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    const perAttemptMs = options.timeoutMs ?? DEFAULT_STALL_MS;
    const what = `${options.method ?? 'GET'} ${(0, redact_url_js_1.redactUrl)(url)}`;
    const deadlineMs = options.deadlineMs ?? DEFAULT_FETCH_DEADLINE_MS;
    return withRetries({ ...options, deadlineMs, url }, async (_n, callSignal) => {
        const attempt = new AbortController();
        const timer = setTimeout(() => attempt.abort(new RetryableError(`${what} did not complete within ${perAttemptMs} ms`)), perAttemptMs);
        const signal = AbortSignal.any([callSignal, attempt.signal]);
        try {
            const response = await openResponse(url, { ...options, signal });
            const status = response.statusCode ?? 0;
            if (isRetryableStatus(status)) {
                response.resume();
                throw new RetryableError(`${what} answered HTTP ${status}`, status, response);
            }
            const chunks = [];
            let bytes = 0;
            try {
                for await (const chunk of response) {
                    bytes += chunk.length;
                    if (bytes > maxBytes) {
                        response.destroy();
                        throw new HttpError(`${(0, redact_url_js_1.redactUrl)(url)} sent more than ${maxBytes} bytes; refused.`);
                    }
                    chunks.push(chunk);
                }
            }
            catch (error) {
                if (error instanceof HttpError)
                    throw error;
                if (signal.aborted)
                    throw signal.reason;
                throw new RetryableError(`Reading ${(0, redact_url_js_1.redactUrl)(url)} failed after ${bytes} bytes (${describe(error)})`);
            }
            return { status, headers: response.headers, body: Buffer.concat(chunks) };
        }
        catch (error) {
            if (signal.aborted && !(error instanceof HttpError))
                throw signal.reason;
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    });
}
/** GET (or another method) returning parsed JSON; a non-2xx status is an HttpError carrying the status. */
async function fetchJson(url, options = {}) {
    const response = await fetchBuffer(url, { ...options, headers: { accept: 'application/json', ...options.headers } });
    if (response.status < 200 || response.status >= 300) {
        throw new HttpError(`${options.method ?? 'GET'} ${(0, redact_url_js_1.redactUrl)(url)} answered HTTP ${response.status}`, response.status);
    }
    try {
        return { data: JSON.parse(response.body.toString('utf8')), headers: response.headers };
    }
    catch {
        throw new HttpError(`${(0, redact_url_js_1.redactUrl)(url)} did not return JSON`, response.status);
    }
}


/***/ }),

/***/ 7937:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.redactUrl = redactUrl;
exports.redactUrls = redactUrls;
exports.hasUrlCredentials = hasUrlCredentials;
exports.maskUrlCredentials = maskUrlCredentials;
/**
 * URLs with credentials in them (`https://user:pass@mirror/…`) must never reach a log, an output or a summary.
 * redactUrl gives the printable form; maskUrlCredentials registers the secret parts with the runner at once, so
 * that whatever prints the URL later (an error from a library included) shows `***` instead.
 */
const secrets_js_1 = __webpack_require__(6663);
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i;
/** The URL with any user name and password replaced by `***`; text that is not a URL is returned as it is. */
function redactUrl(url) {
    return url.replace(USERINFO, (_all, scheme) => `${scheme}***@`);
}
/** Every URL inside a text (an argument such as `-Dsonar.host.url=…`, an error message) with its user-info redacted. */
function redactUrls(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/gi, (_all, scheme) => `${scheme}***@`);
}
/** True when the URL carries a user name or password. */
function hasUrlCredentials(url) {
    return USERINFO.test(url);
}
/** Masks the user-info of a URL (raw and percent-decoded, password alone and user:password together). */
function maskUrlCredentials(url) {
    const userinfo = USERINFO.exec(url)?.[2];
    if (!userinfo)
        return;
    const [user = '', password = ''] = userinfo.split(/:(.*)/s);
    for (const part of [userinfo, password, user]) {
        if (part === '')
            continue;
        (0, secrets_js_1.maskSecret)(part);
        try {
            const decoded = decodeURIComponent(part);
            if (decoded !== part)
                (0, secrets_js_1.maskSecret)(decoded);
        }
        catch {
            // Not valid percent-encoding: the raw form is masked already.
        }
    }
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(2087);
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
    let installed = false;
    try {
        await populate(staging);
        if (findTool(id)) {
            installed = true;
            return dir; // another job on this runner finished first; keep its tree
        }
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
        installed = true;
        return dir;
    }
    finally {
        await (0, promises_1.rm)(staging, { recursive: true, force: true });
        // A failed install leaves no trace: the version and tool folders go too when nothing else is in them.
        if (!installed && !findTool(id)) {
            for (const folder of [(0, node_path_1.dirname)(dir), (0, node_path_1.dirname)((0, node_path_1.dirname)(dir))])
                await (0, promises_1.rmdir)(folder).catch(() => undefined);
        }
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function markToolComplete(id) {
    await (0, promises_1.writeFile)(`${toolDir(id)}.complete`, '');
}


/***/ }),

/***/ 6393:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.walkTree = walkTree;
/**
 * The one directory walker of the toolkit: every entry under a folder, depth first, in name order, without
 * following symbolic links (a link is reported as a link, never entered), so a hostile tree cannot lead the walk
 * outside itself or into a loop. `prune` skips a folder's contents; `tolerant` skips folders that cannot be read.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
async function* walkTree(root, options = {}, relative = '') {
    let names;
    try {
        names = await (0, promises_1.readdir)(relative ? (0, node_path_1.join)(root, relative) : root);
    }
    catch (error) {
        if (options.tolerant)
            return;
        throw error;
    }
    for (const name of names.sort()) {
        const rel = relative ? `${relative}/${name}` : name;
        const path = (0, node_path_1.join)(root, rel);
        let stats;
        try {
            stats = await (0, promises_1.lstat)(path);
        }
        catch (error) {
            if (options.tolerant)
                continue;
            throw error;
        }
        const entry = { path, name, relative: rel, stats };
        yield entry;
        if (entry.stats.isDirectory() && !options.prune?.(entry))
            yield* walkTree(root, options, rel);
    }
}


/***/ }),

/***/ 9669:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"//":"Official CMake and Ninja release archives with their sha256, per platform. Every checksum names where it was read (no network here: published pins in other repositories). A version without an archive for a platform fails with \'no verified checksum recorded\'; add the value with its source, never a guess.","cmake":{"urlTemplate":"https://github.com/Kitware/CMake/releases/download/v{version}/{file}","versions":{"3.9.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake @ a31a31710f594386b9f4efbd1230b92d2c176394 (linux64/macosx/win64 *_binary_sha256 of the cmake.org/files/v3.9 files; Kitware publishes the same bytes as the GitHub release: for 3.11.4 that file\'s cmake.org sha256 equals rules_foreign_cc\'s for the GitHub URL)","archives":{"linux-x64":{"file":"cmake-3.9.4-Linux-x86_64.tar.gz","sha256":"6d8573377fc7fca86ed1952b76f62880e2159a3de6508761dd0d619a8e96551b"},"macos-x64":{"file":"cmake-3.9.4-Darwin-x86_64.tar.gz","sha256":"4d1356623e4e83c497d44b4601e24e39dd5c6a9594a2b042a9107319254fac0d"},"windows-x64":{"file":"cmake-3.9.4-win64-x64.zip","sha256":"63b74a0685b2dd1c5d76428fd915539db6353dd8804aed5683a533ee1a08196d"}}},"3.12.4":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ e67c45c8db19f13b681fff0d608117308c1bfd4c (cmake-3.12.4-* http_archive sha256, GitHub release URLs)","archives":{"linux-x64":{"file":"cmake-3.12.4-Linux-x86_64.tar.gz","sha256":"486edd6710b5250946b4b199406ccbf8f567ef0e23cfe38f7938b8c78a2ffa5f"},"macos-x64":{"file":"cmake-3.12.4-Darwin-x86_64.tar.gz","sha256":"95d76c00ccb9ecb5cb51de137de00965c5e8d34b2cf71556cf8ba40577d1cff3"},"windows-x64":{"file":"cmake-3.12.4-win64-x64.zip","sha256":"4dd43cdc0fef6c70e3d92a8aef4f2c66a8c5f4ad08a66ed2b376766dbd815069"}}},"3.18.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.18.4 revision (linux64/macosx/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.18.4-Linux-x86_64.tar.gz","sha256":"149e0cee002e59e0bb84543cf3cb099f108c08390392605e944daeb6594cbc29"},"macos-x64":{"file":"cmake-3.18.4-Darwin-x86_64.tar.gz","sha256":"9d27049660474cf134ab46fa0e0db771b263313fcb8ba82ee8b2d1a1a62f8f20"},"windows-x64":{"file":"cmake-3.18.4-win64-x64.zip","sha256":"a932bc0c8ee79f1003204466c525b38a840424d4ae29f9e5fb88959116f2407d"}}},"3.19.3":{"archives":{},"gap":"no published sha256 for the 3.19.3 binaries was found"},"3.22.0":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.22.0 revision (linux64/macos10_10/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.22.0-linux-x86_64.tar.gz","sha256":"dc73115520d13bb64202383d3df52bc3d6bbb8422ecc5b2c05f803491cb215b0"},"macos-x64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"macos-arm64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"windows-x64":{"file":"cmake-3.22.0-windows-x86_64.zip","sha256":"fcce74d1d7eaf825234c036702df3f0874dcd3cee8fdf90b56d0c7bfedd29465"}}},"3.31.11":{"archives":{},"gap":"no published sha256 for the 3.31.11 binaries was found in the reachable sources"},"4.0.6":{"archives":{},"gap":"no published sha256 for the 4.0.6 binaries was found in the reachable sources"}}},"ninja":{"urlTemplate":"https://github.com/ninja-build/ninja/releases/download/v{version}/{file}","versions":{"1.10.1":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.10.1_*)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"7ee7f467a1a747c5b5e02342904af9c24e84df4ca993541f1c4d0f113cab27aa"},"macos-x64":{"file":"ninja-mac.zip","sha256":"0bd650190d4405c15894055e349d9b59d5690b0389551d757c5ed2d3841972d1"},"windows-x64":{"file":"ninja-win.zip","sha256":"5d1211ea003ec9760ad7f5d313ebf0b659d4ffafa221187d2b4444bc03714a33"}}},"1.11.0":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.11.0_*; the mac zip is universal, listed there for x86_64 and aarch64)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"9726e730d5b8599f82654dc80265e64a10a8a817552c34153361ed0c017f9f02"},"macos-x64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"windows-x64":{"file":"ninja-win.zip","sha256":"d0ee3da143211aa447e750085876c9b9d7bcdd637ab5b2c5b41349c617f22f3b"}}},"1.13.2":{"source":"two independent pins that agree: a Conan recipe for ninja 1.13.2 (all six assets) and a Rust build helper (linux, mac, win), found with the code search of public repositories","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"5749cbc4e668273514150a80e387a957f933c6ed3f5f11e03fb30955e2bbead6"},"linux-arm64":{"file":"ninja-linux-aarch64.zip","sha256":"fd2cacc8050a7f12a16a2e48f9e06fca5c14fc4c2bee2babb67b58be17a607fc"},"macos-x64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"windows-x64":{"file":"ninja-win.zip","sha256":"07fc8261b42b20e71d1720b39068c2e14ffcee6396b76fb7a795fb460b78dc65"},"windows-arm64":{"file":"ninja-winarm64.zip","sha256":"e52f0bdef9dfb1003229dbd6508a508c4073fd017247002adc66e5e806cb0391"}}}}}}');

/***/ })

};
