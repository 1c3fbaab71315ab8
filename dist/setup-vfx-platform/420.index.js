export const id = 420;
export const ids = [420];
export const modules = {

/***/ 9420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installRequested: () => (/* binding */ installRequested)
});

// UNUSED EXPORTS: defaultManifestUrl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/http.js + 1 modules
var http = __webpack_require__(2347);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var src_runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
var summary = __webpack_require__(9388);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/platform-bundles/src/environment.js
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/paths.js
/**
 * Path containment, one rule for the whole toolkit: archive links that must stay inside their tree (archive.ts) and
 * files that must resolve inside the workspace (sign-artifacts) use the same test. Pure.
 */

/** True when `path` is `root` or below it (both absolute, already resolved). */
function isInside(root, path, windows = process.platform === 'win32') {
    const path_ = windows ? external_node_path_.win32 : external_node_path_.posix;
    const rel = path_.relative(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + path_.sep) && !path_.isAbsolute(rel));
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/walk.js
var walk = __webpack_require__(6147);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/archive.js
/**
 * Archive extraction through @actions/tool-cache (`extractTar`: GNU tar's `--force-local` on Windows, the System32
 * tar; `extractZip`: unzip or PowerShell), loaded on first use, then a check of what came out (ADR 0021):
 * - a symbolic link that points outside the extracted tree (absolute, or climbing out with `..`) is refused: the
 *   install fails naming the entry and nothing is installed (silently removing it would leave a tool that breaks
 *   later, and an archive that carries one is not what its publisher meant to ship);
 * - setuid and setgid bits are stripped: nothing installed for a build may run with another user's rights.
 * Entries that climb out of the destination (`../x`, `/x`) are refused by tar and unzip themselves.
 */





function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new errors/* UserError */.yo(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0,promises_.mkdir)(destination, { recursive: true });
    const tc = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
    try {
        if (archiveKind(nameForType) === 'zip')
            await tc.extractZip(archive, destination);
        // 'x' alone: tar detects gzip, xz, zstd and bzip2 itself.
        else
            await tc.extractTar(archive, destination, 'x');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not extract ${nameForType}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    await secureTree(destination, nameForType);
}
/** True when `target` (a link's text) resolves inside `root` from the link at `linkPath`. */
function linkStaysInside(root, linkPath, target) {
    if ((0,external_node_path_.isAbsolute)(target) || /^[A-Za-z]:|^[\\/]/.test(target))
        return false;
    return isInside((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)((0,external_node_path_.dirname)(linkPath), target));
}
/** Refuses links leaving `root`, strips setuid/setgid; see the file comment. */
async function secureTree(root, origin) {
    for await (const entry of (0,walk/* walkTree */.I)(root)) {
        if (entry.stats.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(entry.path);
            if (!linkStaysInside(root, entry.path, target)) {
                throw new errors/* UserError */.yo(`${origin} holds a symbolic link that points outside its own tree (${entry.relative} -> ${target}); refused, nothing was installed.`);
            }
        }
        else if (entry.stats.mode & 0o6000) {
            await (0,promises_.chmod)(entry.path, entry.stats.mode & 0o1777);
        }
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/cache.js + 1 modules
var cache = __webpack_require__(9213);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/download.js
var download = __webpack_require__(4166);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/redact-url.js
var redact_url = __webpack_require__(9931);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/platform-bundles/src/install.js
/**
 * The install flow (the I/O half): look in the tool cache, then @actions/cache; on a miss download every archive
 * (sha256 checked while streaming, before anything is extracted), extract each into its own folder of a staging
 * tree and move the tree into the tool cache atomically; schedule the @actions/cache save for the post step.
 * A failed download or checksum leaves nothing in the tool cache; two installs of the same tree race harmlessly
 * (the first to finish wins and the other uses its tree).
 */








/** Written into each component folder: what it holds, so a later job can tell a match from a stale tree. */
const MARKER = '.vfx-platform-component.json';
async function readMarker(componentDir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(componentDir, MARKER), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Components of the plan that the tree at `dir` does not hold in exactly this version and checksum. */
async function missingItems(dir, items) {
    const missing = [];
    for (const item of items) {
        const marker = await readMarker((0,external_node_path_.join)(dir, item.component));
        if (!marker || marker.sha256 !== item.sha256 || marker.version !== item.version)
            missing.push(item);
    }
    return missing;
}
/** Gets one archive to `destination`, verified (size and sha256 while streaming) by the toolkit's download. */
async function fetchVerified(item, destination, options) {
    await (0,download/* downloadFile */.PE)(item.url, destination, {
        ...options.http,
        headers: { ...options.http?.headers, ...options.credential?.headers },
        credentialOrigin: options.credential?.origin,
        sha256: item.sha256,
        size: item.size
    });
}
/** Extracts a verified archive into `target` and records what it holds. */
async function extractItem(item, archive, target) {
    await extractArchive(archive, target, item.archiveName);
    if (item.component === 'cmake')
        await hoistSingleFolder(target);
    const marker = { version: item.version, sha256: item.sha256 };
    await (0,promises_.writeFile)((0,external_node_path_.join)(target, MARKER), JSON.stringify(marker));
}
/** CMake's archives wrap everything in one `cmake-<v>-<platform>/` folder; the tree wants its contents. */
async function hoistSingleFolder(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const only = entries[0];
    if (entries.length !== 1 || !only?.isDirectory())
        return;
    const inner = (0,external_node_path_.join)(dir, only.name);
    for (const name of await (0,promises_.readdir)(inner))
        await (0,promises_.rename)((0,external_node_path_.join)(inner, name), (0,external_node_path_.join)(dir, name));
    await (0,promises_.rm)(inner, { recursive: true, force: true });
}
/** Downloads (all first, so a bad checksum fails before any extraction) and extracts `items` under `root`. */
async function populate(root, items, options) {
    const downloads = (0,external_node_path_.join)(options.tempDir, `vfx-platform-downloads-${process.pid}-${Date.now()}`);
    await (0,promises_.mkdir)(downloads, { recursive: true });
    try {
        const archives = [];
        for (const [i, item] of items.entries()) {
            const archive = (0,external_node_path_.join)(downloads, `${i}-${item.archiveName}`);
            src_runner/* log */.Rm.info(`Downloading ${item.label} from ${(0,redact_url/* redactUrl */.BO)(item.url)}`);
            await fetchVerified(item, archive, options);
            archives.push(archive);
        }
        for (const [i, item] of items.entries())
            await extractItem(item, archives[i], (0,external_node_path_.join)(root, item.component));
    }
    finally {
        await (0,promises_.rm)(downloads, { recursive: true, force: true });
    }
}
/** Adds components to an existing complete tree, one atomic folder rename each. */
async function addToTree(dir, items, options) {
    const staging = (0,external_node_path_.join)(dir, `.staging-${process.pid}-${Date.now()}`);
    try {
        await populate(staging, items, options);
        for (const item of items) {
            const target = (0,external_node_path_.join)(dir, item.component);
            const old = `${target}.old-${process.pid}-${Date.now()}`;
            if ((0,external_node_fs_.existsSync)(target))
                await (0,promises_.rename)(target, old);
            try {
                await (0,promises_.rename)((0,external_node_path_.join)(staging, item.component), target);
            }
            catch (error) {
                // Another job added the same component in the meantime; keep its folder if it holds the same thing.
                if ((await missingItems(dir, [item])).length)
                    throw error;
            }
            await (0,promises_.rm)(old, { recursive: true, force: true });
        }
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function installPlan(plan, options) {
    let downloaded = [];
    const result = await (0,cache/* installCached */.Kx)({ ...plan.toolId, key: plan.cacheKey }, {
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
            src_runner/* log */.Rm.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`);
            await addToTree(dir, missing, options);
            downloaded = [...downloaded, ...missing];
            return true;
        }
    });
    if (result.source !== 'download') {
        src_runner/* log */.Rm.info(`CY${plan.year} found in the ${result.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${result.dir}`);
    }
    return { dir: result.dir, source: result.source, downloaded };
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/platform-bundles/src/manifest.js
var manifest = __webpack_require__(1574);
// EXTERNAL MODULE: ./.tmp/build-js/packages/platform-bundles/src/plan.js + 2 modules
var src_plan = __webpack_require__(9694);
// EXTERNAL MODULE: ./.tmp/build-js/packages/platform-bundles/src/platform.js
var src_platform = __webpack_require__(6512);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/setup-vfx-platform/install.js
/**
 * setup-vfx-platform's installs: the year's CMake and Ninja (official archives, checksums from the catalog) and
 * the year's libraries (a prebuilt platform bundle from the manifest), verified, cached in two levels, and put on
 * the job's environment. main.ts calls installRequested after detection; runAction's post saves what it scheduled
 * for the cache.
 */












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
    return { headers: (0,http/* bearerAuthorization */.Dv)(token), origin };
}
async function loadManifest(location, credential) {
    if (/^https?:\/\//i.test(location)) {
        const { data } = await (0,http/* fetchJson */.x6)(location, {
            headers: credential?.headers,
            credentialOrigin: credential?.origin
        });
        return { data: (0,manifest/* validateManifest */.yl)(data, location), location };
    }
    const path = (0,external_node_path_.resolve)(location);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`Input 'manifest' has the value '${location}': no such file (expected a URL or a path to the bundle manifest).`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`The bundle manifest ${path} is not valid JSON.`);
    }
    return { data: (0,manifest/* validateManifest */.yl)(data, path), location: path };
}
async function installRequested(context) {
    const { components, manifest: manifestInput, cache: useCache, token } = context.inputs;
    if (components.length === 0)
        return undefined;
    const { runner, year } = context;
    const platform = (0,src_platform/* targetPlatform */.LM)(runner.os, runner.arch, context.libc);
    if (platform.os === 'linux' && components.includes('libraries') && !platform.libc) {
        throw new errors/* UserError */.yo('Could not tell the C library of this Linux runner, so no library bundle can be chosen safely.');
    }
    const credential = tokenCredential(token, runner.serverUrl);
    // CMake and Ninja need no manifest; one given explicitly is still read (it may name a mirror).
    const needsManifest = components.includes('libraries') || manifestInput !== '';
    const location = manifestInput || defaultManifestUrl(process.env, runner.serverUrl);
    const manifest = needsManifest ? await loadManifest(location, credential) : undefined;
    const plan = (0,src_plan/* planInstall */.Bm)({
        year: year.year,
        components,
        platform,
        versions: { cmake: year.aswf.cmake, ninja: year.aswf.versions.ninja },
        manifest
    });
    const result = await installPlan(plan, { useCache, tempDir: runner.temp, credential });
    const environment = computeEnvironment({
        os: platform.os,
        installDir: result.dir,
        items: plan.items,
        current: process.env,
        join: external_node_path_.join,
        exists: relative => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(result.dir, ...relative.split('/')))
    });
    for (const dir of [...environment.path].reverse())
        (0,src_runner/* addPath */.fM)(dir);
    for (const [name, value] of Object.entries(environment.variables))
        (0,src_runner/* exportVariable */.dN)(name, value);
    const installed = (0,src_plan/* installedVersions */.uE)(plan.items);
    const cacheHit = result.source !== 'download';
    (0,src_runner/* setOutput */.uH)('install-dir', result.dir);
    (0,src_runner/* setOutput */.uH)('cache-hit', cacheHit);
    (0,src_runner/* setOutput */.uH)('installed', installed);
    const where = { 'tool-cache': 'tool cache', 'actions-cache': 'Actions cache', download: 'downloaded, verified' }[result.source];
    src_runner/* log */.Rm.info(`Installed CY${year.year} ${components.join(', ')} in ${result.dir} (${where}).`);
    (0,summary/* writeSummary */.Sy)((0,summary/* heading */.R_)(`CY${year.year} installed (${where})`, 3), (0,summary/* markdownTable */.Qj)(['Component', 'Version', 'sha256'], plan.items.map(item => [
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


/***/ }),

/***/ 6147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * The one directory walker of the toolkit: every entry under a folder, depth first, in name order, without
 * following symbolic links (a link is reported as a link, never entered), so a hostile tree cannot lead the walk
 * outside itself or into a loop. `prune` skips a folder's contents; `tolerant` skips folders that cannot be read.
 */


async function* walkTree(root, options = {}, relative = '') {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(relative ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative) : root);
    }
    catch (error) {
        if (options.tolerant)
            return;
        throw error;
    }
    for (const name of names.sort()) {
        const rel = relative ? `${relative}/${name}` : name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
        let stats;
        try {
            stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path);
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


/***/ })

};
