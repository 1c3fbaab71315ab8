export const id = 905;
export const ids = [905];
export const modules = {

/***/ 4905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installRequested: () => (/* binding */ installRequested)
});

// UNUSED EXPORTS: defaultManifestUrl, headersFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/proxy.js
/**
 * Outbound proxies for self-hosted runners behind one: `https_proxy` / `http_proxy` (lower case first, as curl
 * reads them) and `no_proxy`, the same variables the runner itself and @actions/http-client honour. Loopback
 * addresses never go through a proxy. http.ts uses this for every request; this file is the pure part.
 */

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
        throw new errors/* UserError */.yo(`The proxy setting for ${target.protocol.slice(0, -1)} is not a URL (check https_proxy/http_proxy).`);
    }
    if (proxy.protocol !== 'http:') {
        throw new errors/* UserError */.yo(`Proxy ${proxy.protocol}//${proxy.host}: only http:// proxies are supported (HTTPS targets are tunnelled through them).`);
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/http.js


class HttpError extends errors/* UserError */.yo {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** A transient failure worth another attempt. */
class RetryableError extends HttpError {
    response;
    constructor(message, status, response) {
        super(message, status);
        this.response = response;
    }
}
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
    const http = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 19));
    const proxy = proxyFor(target);
    if (!proxy) {
        const client = target.protocol === 'http:' ? http : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 19));
        return client.request(target, { method, headers: options.headers });
    }
    if (target.protocol === 'http:') {
        // The request line carries the whole URL; the proxy forwards it.
        const headers = { ...options.headers, host: target.host, ...proxyAuthorization(proxy) };
        return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers });
    }
    // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
    const socket = await openTunnel(http, proxy, target, timeoutMs);
    const [https, tls, net] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7030, 19))]);
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
            headers: { host: authority, ...proxyAuthorization(proxy) }
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

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/inputs.js
var inputs = __webpack_require__(2731);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/process.js
var src_process = __webpack_require__(7713);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/archive.js
/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */



function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new errors/* UserError */.yo(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0,promises_.mkdir)(destination, { recursive: true });
    if (archiveKind(nameForType) === 'zip' && process.platform !== 'win32') {
        await (0,src_process/* runProcess */.R3)('unzip', ['-q', '-o', archive, '-d', destination]);
    }
    else {
        // Windows' bsdtar reads zip as well.
        await (0,src_process/* runProcess */.R3)('tar', ['-xf', archive, '-C', destination]);
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/cache.js
var cache = __webpack_require__(570);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/download.js
/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */






class ChecksumError extends errors/* UserError */.yo {
}
async function downloadFile(url, destination, options = {}) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const partial = `${destination}.partial-${process.pid}`;
    try {
        const result = await withRetries(options, () => fetchOnce(url, partial, options), (error, wait) => src_runner/* log */.Rm.info(`Download of ${url} failed (${error.message}); retrying in ${wait} ms`));
        if (options.size !== undefined && result.bytes !== options.size) {
            throw new ChecksumError(`${url}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`);
        }
        if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
            throw new ChecksumError(`${url}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`);
        }
        await (0,promises_.rename)(partial, destination);
        return { ...result, path: destination };
    }
    finally {
        await (0,promises_.rm)(partial, { force: true });
    }
}
async function fetchOnce(url, path, options) {
    const response = await openResponse(url, options);
    const status = response.statusCode ?? 0;
    if (status !== 200) {
        response.resume();
        const message = `GET ${url} answered HTTP ${status}`;
        if (isRetryableStatus(status))
            throw new RetryableError(message, status, response);
        throw new HttpError(message, status);
    }
    const expected = Number(response.headers['content-length'] ?? NaN);
    // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
    const [{ createHash }, { pipeline }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6466, 19))]);
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
        await pipeline(response, tap, (0,external_node_fs_.createWriteStream)(path));
    }
    catch (error) {
        throw new RetryableError(`Download of ${url} was aborted after ${bytes} bytes (${error.message})`);
    }
    if (Number.isFinite(expected) && bytes !== expected) {
        throw new RetryableError(`Download of ${url} was truncated: ${bytes} of ${expected} bytes`);
    }
    return { path, sha256: hash.digest('hex'), bytes };
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/hash.js
/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */

async function hashFile(path, algorithm = 'sha256') {
    // Loaded on first use: node:crypto costs every action's start-up ~7 ms, and most runs never hash.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    return new Promise((resolve, reject) => {
        const hash = createHash(algorithm);
        (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })
            .on('data', chunk => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
function isSha256(value) {
    return /^[0-9a-f]{64}$/i.test(value);
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/tool-cache.js
var tool_cache = __webpack_require__(3079);
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
/** Gets one archive to `destination`, verified: http(s) through the toolkit's download, file: by copy + hash. */
async function fetchVerified(item, destination, options) {
    if (item.url.startsWith('file:')) {
        const partial = `${destination}.partial-${process.pid}`;
        try {
            await (0,promises_.copyFile)((0,external_node_url_.fileURLToPath)(item.url), partial);
            const actual = await hashFile(partial);
            if (actual !== item.sha256) {
                throw new ChecksumError(`${item.url}: sha256 mismatch, expected ${item.sha256}, got ${actual}. Nothing was installed.`);
            }
            await (0,promises_.rename)(partial, destination);
        }
        finally {
            await (0,promises_.rm)(partial, { force: true });
        }
        return;
    }
    await downloadFile(item.url, destination, {
        ...options.http,
        headers: { ...options.http?.headers, ...options.headersFor?.(item.url) },
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
            src_runner/* log */.Rm.info(`Downloading ${item.label} from ${item.url}`);
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
    const spec = { ...plan.toolId, key: plan.cacheKey };
    const restored = await (0,cache/* restoreTool */.xt)(spec, { useRemote: options.useCache, remote: options.remote });
    if (restored) {
        const missing = await missingItems(restored.dir, plan.items);
        if (missing.length === 0) {
            src_runner/* log */.Rm.info(`CY${plan.year} found in the ${restored.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${restored.dir}`);
            return { dir: restored.dir, source: restored.source, downloaded: [] };
        }
        src_runner/* log */.Rm.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`);
        await addToTree(restored.dir, missing, options);
        if (options.useCache)
            (0,cache/* scheduleSave */.hE)(spec);
        return { dir: restored.dir, source: 'download', downloaded: missing };
    }
    const dir = await (0,tool_cache/* installTool */.Gn)(plan.toolId, staging => populate(staging, plan.items, options));
    if ((await missingItems(dir, plan.items)).length) {
        // installTool kept a tree another job completed first, holding other components: add ours.
        await addToTree(dir, await missingItems(dir, plan.items), options);
    }
    if (options.useCache)
        (0,cache/* scheduleSave */.hE)(spec);
    return { dir, source: 'download', downloaded: plan.items };
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
/** The token goes only to the GitHub host itself (release assets); mirrors and redirects never see it. */
function headersFor(token, serverUrl) {
    const host = new URL(serverUrl).host;
    return (url) => token && new URL(url).host === host ? { authorization: `token ${token}` } : {};
}
async function loadManifest(location, headers) {
    if (/^https?:\/\//.test(location)) {
        const { data } = await fetchJson(location, { headers });
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
    const components = (0,src_plan/* parseComponents */.YX)((0,inputs/* readList */.LD)('install'));
    const manifestInput = (0,inputs/* readString */.E3)('manifest');
    const useCache = (0,inputs/* readBoolean */.Vf)('cache', true);
    const token = (0,inputs/* readSecret */.n5)('token');
    if (components.length === 0)
        return undefined;
    const { runner, year } = context;
    const platform = (0,src_platform/* targetPlatform */.LM)(runner.os, runner.arch, context.libc);
    if (platform.os === 'linux' && components.includes('libraries') && !platform.libc) {
        throw new errors/* UserError */.yo('Could not tell the C library of this Linux runner, so no library bundle can be chosen safely.');
    }
    const headers = headersFor(token, runner.serverUrl);
    // CMake and Ninja need no manifest; one given explicitly is still read (it may name a mirror).
    const needsManifest = components.includes('libraries') || manifestInput !== '';
    const location = manifestInput || defaultManifestUrl(process.env, runner.serverUrl);
    const manifest = needsManifest ? await loadManifest(location, headers(location)) : undefined;
    const plan = (0,src_plan/* planInstall */.Bm)({
        year: year.year,
        components,
        platform,
        versions: { cmake: year.aswf.cmake, ninja: year.aswf.versions.ninja },
        manifest
    });
    const result = await installPlan(plan, { useCache, tempDir: runner.temp, headersFor: headers });
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


/***/ })

};
