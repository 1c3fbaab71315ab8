export const id = 588;
export const ids = [588];
export const modules = {

/***/ 7588:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = defaultManifestUrl;
__webpack_unused_export__ = headersFor;
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
/** The token goes only to the GitHub host itself (release assets); mirrors and redirects never see it. */
function headersFor(token, serverUrl) {
    const host = new URL(serverUrl).host;
    return (url) => token && new URL(url).host === host ? { authorization: `token ${token}` } : {};
}
async function loadManifest(location, headers) {
    if (/^https?:\/\//.test(location)) {
        const { data } = await (0, http_js_1.fetchJson)(location, { headers });
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
    const headers = headersFor(token, runner.serverUrl);
    // CMake and Ninja need no manifest; one given explicitly is still read (it may name a mirror).
    const needsManifest = components.includes('libraries') || manifestInput !== '';
    const location = manifestInput || defaultManifestUrl(process.env, runner.serverUrl);
    const manifest = needsManifest ? await loadManifest(location, headers(location)) : undefined;
    const plan = (0, plan_js_1.planInstall)({
        year: year.year,
        components,
        platform,
        versions: { cmake: year.aswf.cmake, ninja: year.aswf.versions.ninja },
        manifest
    });
    const result = await (0, install_js_1.installPlan)(plan, { useCache, tempDir: runner.temp || (0, node_path_1.resolve)('.'), headersFor: headers });
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
const node_url_1 = __webpack_require__(3136);
const archive_js_1 = __webpack_require__(5492);
const cache_js_1 = __webpack_require__(7460);
const download_js_1 = __webpack_require__(2168);
const hash_js_1 = __webpack_require__(9824);
const runner_js_1 = __webpack_require__(7578);
const tool_cache_js_1 = __webpack_require__(1365);
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
/** Gets one archive to `destination`, verified: http(s) through the toolkit's download, file: by copy + hash. */
async function fetchVerified(item, destination, options) {
    if (item.url.startsWith('file:')) {
        const partial = `${destination}.partial-${process.pid}`;
        try {
            await (0, promises_1.copyFile)((0, node_url_1.fileURLToPath)(item.url), partial);
            const actual = await (0, hash_js_1.hashFile)(partial);
            if (actual !== item.sha256) {
                throw new download_js_1.ChecksumError(`${item.url}: sha256 mismatch, expected ${item.sha256}, got ${actual}. Nothing was installed.`);
            }
            await (0, promises_1.rename)(partial, destination);
        }
        finally {
            await (0, promises_1.rm)(partial, { force: true });
        }
        return;
    }
    await (0, download_js_1.downloadFile)(item.url, destination, {
        ...options.http,
        headers: { ...options.http?.headers, ...options.headersFor?.(item.url) },
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
            runner_js_1.log.info(`Downloading ${item.label} from ${item.url}`);
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
    const spec = { ...plan.toolId, key: plan.cacheKey };
    const restored = await (0, cache_js_1.restoreTool)(spec, { useRemote: options.useCache, remote: options.remote });
    if (restored) {
        const missing = await missingItems(restored.dir, plan.items);
        if (missing.length === 0) {
            runner_js_1.log.info(`CY${plan.year} found in the ${restored.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${restored.dir}`);
            return { dir: restored.dir, source: restored.source, downloaded: [] };
        }
        runner_js_1.log.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`);
        await addToTree(restored.dir, missing, options);
        if (options.useCache)
            (0, cache_js_1.scheduleSave)(spec);
        return { dir: restored.dir, source: 'download', downloaded: missing };
    }
    const dir = await (0, tool_cache_js_1.installTool)(plan.toolId, staging => populate(staging, plan.items, options));
    if ((await missingItems(dir, plan.items)).length) {
        // installTool kept a tree another job completed first, holding other components: add ours.
        await addToTree(dir, await missingItems(dir, plan.items), options);
    }
    if (options.useCache)
        (0, cache_js_1.scheduleSave)(spec);
    return { dir, source: 'download', downloaded: plan.items };
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
        throw new errors_js_1.UserError(`The bundle manifest ${origin} is not a JSON object.`);
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
        throw new errors_js_1.UserError(`The bundle manifest ${origin} is invalid: ${problems.join('; ')}.`);
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
    throw new errors_js_1.UserError(`The bundle manifest ${origin} has no bundle for ${wanted}` +
        (platform.libc ? ` (or an older ${(0, platform_js_1.parseLibc)(platform.libc)?.family ?? 'libc'})` : '') +
        `; it has: ${have.length ? have.join(', ') : 'no bundles'}. Nothing was installed.`);
}
/** The bundle URL resolved against the manifest's own location (URL or file path). */
function resolveBundleUrl(bundleUrl, manifestLocation) {
    const base = /^(https?|file):/.test(manifestLocation) ? manifestLocation : (0, node_url_1.pathToFileURL)(manifestLocation).toString();
    return new URL(bundleUrl, base).toString();
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
function fileName(url) {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
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
                archiveName: fileName(url),
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
/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */
const promises_1 = __webpack_require__(1455);
const process_js_1 = __webpack_require__(6635);
const errors_js_1 = __webpack_require__(2087);
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

/***/ 7460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.actionsCache = exports.CACHE_SCHEMA = void 0;
exports.cacheKey = cacheKey;
exports.restoreTool = restoreTool;
exports.scheduleSave = scheduleSave;
exports.saveScheduled = saveScheduled;
/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
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
    async restore(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
        return cache.restoreCache(paths, key, [], {}, true);
    },
    async save(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
        await cache.saveCache(paths, key, {}, true);
    }
};
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
    try {
        const hit = await remote.restore([dir], spec.key);
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
    for (const spec of pending) {
        try {
            await remote.save([(0, tool_cache_js_1.toolDir)(spec)], spec.key);
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


/***/ }),

/***/ 2168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChecksumError = void 0;
exports.downloadFile = downloadFile;
/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(2087);
const http_js_1 = __webpack_require__(3460);
const runner_js_1 = __webpack_require__(7578);
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
    // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
    const [{ createHash }, { pipeline }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6466, 23))]);
    const hash = createHash('sha256');
    let bytes = 0;
    async function* tap(source) {
        for await (const chunk of source) {
            hash.update(chunk);
            bytes += chunk.length;
            yield chunk;
        }
    }
    try {
        await pipeline(response, tap, (0, node_fs_1.createWriteStream)(path));
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

/***/ 9824:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hashFile = hashFile;
exports.isSha256 = isSha256;
/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */
const node_fs_1 = __webpack_require__(3024);
async function hashFile(path, algorithm = 'sha256') {
    // Loaded on first use: node:crypto costs every action's start-up ~7 ms, and most runs never hash.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
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

/***/ 3460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RetryableError = exports.HttpError = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.openResponse = openResponse;
exports.sleep = sleep;
exports.withRetries = withRetries;
exports.isConnectionError = isConnectionError;
exports.fetchBuffer = fetchBuffer;
exports.fetchJson = fetchJson;
const errors_js_1 = __webpack_require__(2087);
const proxy_js_1 = __webpack_require__(6922);
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
    const timeoutMs = options.timeoutMs ?? 30000;
    const request = await startRequest(target, options, timeoutMs);
    const response = await new Promise((resolve, reject) => {
        request.on('response', resolve);
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
/** The request for `target`: direct, through an HTTP proxy (plain HTTP), or over a CONNECT tunnel (HTTPS). */
async function startRequest(target, options, timeoutMs) {
    const method = options.method ?? 'GET';
    const http = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    const proxy = (0, proxy_js_1.proxyFor)(target);
    if (!proxy) {
        const client = target.protocol === 'http:' ? http : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
        return client.request(target, { method, headers: options.headers });
    }
    if (target.protocol === 'http:') {
        // The request line carries the whole URL; the proxy forwards it.
        const headers = { ...options.headers, host: target.host, ...(0, proxy_js_1.proxyAuthorization)(proxy) };
        return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers });
    }
    // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
    const socket = await openTunnel(http, proxy, target, timeoutMs);
    const [https, tls, net] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7030, 23))]);
    const servername = net.isIP(target.hostname.replace(/^\[|\]$/g, '')) ? undefined : target.hostname;
    // No agent: with `createConnection` and no agent, the request runs over the TLS socket made here.
    return https.request(target, {
        method,
        headers: options.headers,
        createConnection: () => tls.connect({ socket, servername })
    });
}
function openTunnel(http, proxy, target, timeoutMs) {
    const authority = `${target.hostname}:${target.port || 443}`;
    return new Promise((resolve, reject) => {
        const request = http.request({
            host: proxy.hostname,
            port: proxy.port || 80,
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...(0, proxy_js_1.proxyAuthorization)(proxy) }
        });
        request.on('connect', (response, socket) => {
            socket.setTimeout(0);
            if (response.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            const status = response.statusCode ?? 0;
            const message = `Proxy ${proxy.host} refused a tunnel to ${authority}: HTTP ${status}`;
            reject(isRetryableStatus(status) ? new RetryableError(message, status) : new HttpError(message, status));
        });
        request.setTimeout(timeoutMs, () => request.destroy(new RetryableError(`Proxy ${proxy.host} did not answer in ${timeoutMs} ms`)));
        request.on('error', reject);
        request.end();
    });
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

/***/ 6922:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxyFor = proxyFor;
exports.bypassesProxy = bypassesProxy;
exports.proxyAuthorization = proxyAuthorization;
/**
 * Outbound proxies for self-hosted runners behind one: `https_proxy` / `http_proxy` (lower case first, as curl
 * reads them) and `no_proxy`, the same variables the runner itself and @actions/http-client honour. Loopback
 * addresses never go through a proxy. http.ts uses this for every request; this file is the pure part.
 */
const errors_js_1 = __webpack_require__(2087);
/** The proxy to reach `target` through, or undefined to connect directly. */
function proxyFor(target, env = process.env) {
    const setting = target.protocol === 'https:'
        ? (env.https_proxy ?? env.HTTPS_PROXY)
        : target.protocol === 'http:'
            ? (env.http_proxy ?? env.HTTP_PROXY)
            : undefined;
    if (!setting?.trim() || bypassesProxy(target, env.no_proxy ?? env.NO_PROXY ?? ''))
        return undefined;
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting.trim()) ? setting.trim() : `http://${setting.trim()}`);
    }
    catch {
        throw new errors_js_1.UserError(`The proxy setting for ${target.protocol.slice(0, -1)} is not a URL (check https_proxy/http_proxy).`);
    }
    if (proxy.protocol !== 'http:') {
        throw new errors_js_1.UserError(`Proxy ${proxy.protocol}//${proxy.host}: only http:// proxies are supported (HTTPS targets are tunnelled through them).`);
    }
    return proxy;
}
/** True for loopback hosts and for hosts `no_proxy` names: `*`, a host, a domain (`.example.com` or `example.com`), with an optional `:port`. */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1') {
        return true;
    }
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .map(entry => entry.trim().toLowerCase())
        .filter(Boolean)
        .some(entry => {
        if (entry === '*')
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:\d+$|$)/g, ''));
        const [, name = '', entryPort] = match;
        if (entryPort && entryPort !== port)
            return false;
        const domain = name.replace(/^\*?\./, '');
        return host === domain || host.endsWith(`.${domain}`);
    });
}
/** `Proxy-Authorization` for credentials in the proxy URL (`http://user:pass@proxy:3128`), if any. */
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
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

/***/ 9669:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"//":"Official CMake and Ninja release archives with their sha256, per platform. Every checksum names where it was read (no network here: published pins in other repositories). A version without an archive for a platform fails with \'no verified checksum recorded\'; add the value with its source, never a guess.","cmake":{"urlTemplate":"https://github.com/Kitware/CMake/releases/download/v{version}/{file}","versions":{"3.9.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake @ a31a31710f594386b9f4efbd1230b92d2c176394 (linux64/macosx/win64 *_binary_sha256 of the cmake.org/files/v3.9 files; Kitware publishes the same bytes as the GitHub release: for 3.11.4 that file\'s cmake.org sha256 equals rules_foreign_cc\'s for the GitHub URL)","archives":{"linux-x64":{"file":"cmake-3.9.4-Linux-x86_64.tar.gz","sha256":"6d8573377fc7fca86ed1952b76f62880e2159a3de6508761dd0d619a8e96551b"},"macos-x64":{"file":"cmake-3.9.4-Darwin-x86_64.tar.gz","sha256":"4d1356623e4e83c497d44b4601e24e39dd5c6a9594a2b042a9107319254fac0d"},"windows-x64":{"file":"cmake-3.9.4-win64-x64.zip","sha256":"63b74a0685b2dd1c5d76428fd915539db6353dd8804aed5683a533ee1a08196d"}}},"3.12.4":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ e67c45c8db19f13b681fff0d608117308c1bfd4c (cmake-3.12.4-* http_archive sha256, GitHub release URLs)","archives":{"linux-x64":{"file":"cmake-3.12.4-Linux-x86_64.tar.gz","sha256":"486edd6710b5250946b4b199406ccbf8f567ef0e23cfe38f7938b8c78a2ffa5f"},"macos-x64":{"file":"cmake-3.12.4-Darwin-x86_64.tar.gz","sha256":"95d76c00ccb9ecb5cb51de137de00965c5e8d34b2cf71556cf8ba40577d1cff3"},"windows-x64":{"file":"cmake-3.12.4-win64-x64.zip","sha256":"4dd43cdc0fef6c70e3d92a8aef4f2c66a8c5f4ad08a66ed2b376766dbd815069"}}},"3.18.4":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.18.4 revision (linux64/macosx/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.18.4-Linux-x86_64.tar.gz","sha256":"149e0cee002e59e0bb84543cf3cb099f108c08390392605e944daeb6594cbc29"},"macos-x64":{"file":"cmake-3.18.4-Darwin-x86_64.tar.gz","sha256":"9d27049660474cf134ab46fa0e0db771b263313fcb8ba82ee8b2d1a1a62f8f20"},"windows-x64":{"file":"cmake-3.18.4-win64-x64.zip","sha256":"a932bc0c8ee79f1003204466c525b38a840424d4ae29f9e5fb88959116f2407d"}}},"3.19.3":{"archives":{},"gap":"no published sha256 for the 3.19.3 binaries was found"},"3.22.0":{"source":"scikit-build/cmake-python-distributions:CMakeUrls.cmake at its 3.22.0 revision (linux64/macos10_10/win64 *_binary_sha256)","archives":{"linux-x64":{"file":"cmake-3.22.0-linux-x86_64.tar.gz","sha256":"dc73115520d13bb64202383d3df52bc3d6bbb8422ecc5b2c05f803491cb215b0"},"macos-x64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"macos-arm64":{"file":"cmake-3.22.0-macos10.10-universal.tar.gz","sha256":"ce559e1764da8ec2ef88179f4eda31684825e63a8c7c5a91984b69736307316f"},"windows-x64":{"file":"cmake-3.22.0-windows-x86_64.zip","sha256":"fcce74d1d7eaf825234c036702df3f0874dcd3cee8fdf90b56d0c7bfedd29465"}}},"3.31.11":{"archives":{},"gap":"no published sha256 for the 3.31.11 binaries was found in the reachable sources"},"4.0.6":{"archives":{},"gap":"no published sha256 for the 4.0.6 binaries was found in the reachable sources"}}},"ninja":{"urlTemplate":"https://github.com/ninja-build/ninja/releases/download/v{version}/{file}","versions":{"1.10.1":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.10.1_*)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"7ee7f467a1a747c5b5e02342904af9c24e84df4ca993541f1c4d0f113cab27aa"},"macos-x64":{"file":"ninja-mac.zip","sha256":"0bd650190d4405c15894055e349d9b59d5690b0389551d757c5ed2d3841972d1"},"windows-x64":{"file":"ninja-win.zip","sha256":"5d1211ea003ec9760ad7f5d313ebf0b659d4ffafa221187d2b4444bc03714a33"}}},"1.11.0":{"source":"bazelbuild/rules_foreign_cc:toolchains/prebuilt_toolchains.bzl @ 0ec2af589a535ca5f7e4964ca985fe0808213ac9 (ninja_1.11.0_*; the mac zip is universal, listed there for x86_64 and aarch64)","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"9726e730d5b8599f82654dc80265e64a10a8a817552c34153361ed0c017f9f02"},"macos-x64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"21915277db59756bfc61f6f281c1f5e3897760b63776fd3d360f77dd7364137f"},"windows-x64":{"file":"ninja-win.zip","sha256":"d0ee3da143211aa447e750085876c9b9d7bcdd637ab5b2c5b41349c617f22f3b"}}},"1.13.2":{"source":"two independent pins that agree: a Conan recipe for ninja 1.13.2 (all six assets) and a Rust build helper (linux, mac, win), found with the code search of public repositories","archives":{"linux-x64":{"file":"ninja-linux.zip","sha256":"5749cbc4e668273514150a80e387a957f933c6ed3f5f11e03fb30955e2bbead6"},"linux-arm64":{"file":"ninja-linux-aarch64.zip","sha256":"fd2cacc8050a7f12a16a2e48f9e06fca5c14fc4c2bee2babb67b58be17a607fc"},"macos-x64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"macos-arm64":{"file":"ninja-mac.zip","sha256":"c99048673aa765960a99cf10c6ddb9f1fad506099ff0a0e137ad8960a88f321b"},"windows-x64":{"file":"ninja-win.zip","sha256":"07fc8261b42b20e71d1720b39068c2e14ffcee6396b76fb7a795fb460b78dc65"},"windows-arm64":{"file":"ninja-winarm64.zip","sha256":"e52f0bdef9dfb1003229dbd6508a508c4073fd017247002adc66e5e806cb0391"}}}}}}');

/***/ })

};
