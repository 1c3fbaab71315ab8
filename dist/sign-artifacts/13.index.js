export const id = 13;
export const ids = [13];
export const modules = {

/***/ 74013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openSigstore: () => (/* binding */ openSigstore)
});

// UNUSED EXPORTS: idTokenUrl, requestIdToken

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
    const http = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 19));
    const proxy = proxyFor(target);
    if (!proxy) {
        const client = target.protocol === 'http:' ? http : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19));
        return client.request(target, { method, headers: options.headers });
    }
    if (target.protocol === 'http:') {
        // The request line carries the whole URL; the proxy forwards it.
        const headers = { ...options.headers, host: target.host, ...proxyAuthorization(proxy) };
        return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers });
    }
    // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
    const socket = await openTunnel(http, proxy, target, timeoutMs);
    const [https, tls, net] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 41692, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77030, 19))]);
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

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
var secrets = __webpack_require__(42709);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/sigstore-identity.js
/**
 * Which identity a Sigstore certificate carries, and so which identity the printed verify commands must name.
 * Pure. Fulcio's GitHub Actions principal puts `https://github.com/<job_workflow_ref>` in the certificate's
 * Subject Alternative Name: the workflow file whose job ran, which inside a reusable workflow is the reusable
 * workflow (`aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1`), not the caller's. The caller's
 * repository is in the certificate too (OID 1.3.6.1.4.1.57264.1.5), and a verifier must check it: every
 * repository that calls the same reusable workflow gets the same SAN.
 */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's GitHub Workflow Repository extension (raw bytes of `owner/repo`; cosign's `--certificate-github-workflow-repository`). */
const REPOSITORY_OID = '1.3.6.1.4.1.57264.1.5';
function tokenClaims(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' && !Array.isArray(claims) ? claims : {};
    }
    catch {
        return {};
    }
}
const sigstore_identity_text = (value) => (typeof value === 'string' ? value : '');
/** The identity Fulcio certifies for this token; `serverUrl` is GITHUB_SERVER_URL (github.com). */
function expectedIdentity(claims, serverUrl = 'https://github.com') {
    const issuer = sigstore_identity_text(claims.iss);
    const jobWorkflowRef = sigstore_identity_text(claims.job_workflow_ref);
    const repository = sigstore_identity_text(claims.repository);
    if (jobWorkflowRef) {
        return {
            identity: `${serverUrl.replace(/\/+$/, '')}/${jobWorkflowRef}`,
            issuer,
            ...(repository ? { repository } : {})
        };
    }
    return { identity: sigstore_identity_text(claims.email) || sigstore_identity_text(claims.sub), issuer };
}
/** Why a certificate's identity differs from the expected one, or undefined when it matches exactly. */
function identityMismatch(expected, found) {
    const san = found?.subjectAlternativeName;
    if (san !== expected.identity)
        return `the certificate names ${san ?? 'no identity'}, not ${expected.identity}`;
    const issuer = found?.extensions?.issuer;
    if (issuer !== expected.issuer)
        return `the certificate's issuer is ${issuer ?? 'missing'}, not ${expected.issuer}`;
    if (expected.repository) {
        const oid = found?.oids?.find(o => o.oid?.id.join('.') === REPOSITORY_OID);
        const repository = oid ? Buffer.from(oid.value).toString('utf8') : undefined;
        if (repository !== expected.repository)
            return `the certificate's repository is ${repository ?? 'missing'}, not ${expected.repository}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/sigstore.js
/**
 * Keyless Sigstore signatures: the workflow's OIDC token (audience `sigstore`) buys a short-lived Fulcio
 * certificate, the signature goes to Rekor, and each file gets a `.sigstore.json` bundle that `cosign
 * verify-blob --bundle` and `sigstore verify` read. Every bundle is verified right after signing: against the
 * public-good trust root (fetched over TUF), or against `sigstore-trusted-root` for a private instance.
 *
 * The sigstore library is large; this module is only ever loaded with `await import()` when the method runs.
 */






/** The runner's OIDC token endpoint with the audience Fulcio expects. */
function idTokenUrl(requestUrl) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', 'sigstore');
    return url.toString();
}
async function requestIdToken(requestUrl, requestToken) {
    (0,runner/* debugDecision */.OR)('sigstore', `requesting an OIDC token (audience sigstore) from ${new URL(requestUrl).origin}`);
    const { data } = await fetchJson(idTokenUrl(requestUrl), {
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        retries: 3
    });
    if (!data.value)
        throw new errors/* UserError */.yo('The OIDC token endpoint answered without a token.');
    (0,secrets/* maskSecret */.$l)(data.value);
    return data.value;
}
async function openSigstore(options) {
    const token = await requestIdToken(options.requestUrl, options.requestToken);
    const sigstore = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(759), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 94267, 19));
    const verifyBundle = options.trustedRoot ? await privateVerifier(options.trustedRoot) : await publicVerifier(sigstore);
    const identity = expectedIdentity(tokenClaims(token), options.serverUrl);
    (0,runner/* debugDecision */.OR)('sigstore', `expected certificate identity ${identity.identity}, issuer ${identity.issuer}`);
    return {
        identity,
        async sign(file, bundlePath) {
            (0,runner/* debugDecision */.OR)('sigstore', `signing ${file} (Fulcio ${options.fulcioUrl || 'public-good'}, Rekor ${options.rekorUrl || 'public-good'})`);
            const bundle = await sigstore.sign(await (0,promises_.readFile)(file), {
                identityToken: token,
                ...(options.fulcioUrl ? { fulcioURL: options.fulcioUrl } : {}),
                ...(options.rekorUrl ? { rekorURL: options.rekorUrl } : {})
            });
            await (0,promises_.writeFile)(bundlePath, JSON.stringify(bundle));
        },
        async verify(file, bundlePath) {
            try {
                const bundle = JSON.parse(await (0,promises_.readFile)(bundlePath, 'utf8'));
                const mismatch = identityMismatch(identity, await verifyBundle(bundle, await (0,promises_.readFile)(file)));
                if (mismatch)
                    runner/* log */.Rm.warning(`Sigstore bundle ${bundlePath}: ${mismatch}.`);
                return mismatch === undefined;
            }
            catch (error) {
                (0,runner/* debugDecision */.OR)('sigstore', `${bundlePath} does not verify: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return false;
            }
        }
    };
}
async function publicVerifier(sigstore) {
    const tufCachePath = (0,secrets/* privateTempDir */.nX)('sign-artifacts-tuf');
    const verifier = await sigstore.createVerifier({ tufCachePath });
    return async (bundle, data) => verifier.verify(bundle, data).identity;
}
async function privateVerifier(trustedRootPath) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.t.bind(__webpack_require__, 54187, 19)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 19))
    ]);
    let root;
    try {
        root = TrustedRoot.fromJSON(JSON.parse(await (0,promises_.readFile)(trustedRootPath, 'utf8')));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input 'sigstore-trusted-root': ${trustedRootPath} is not a readable trusted_root.json (${(0,errors/* errorMessage */.gJ)(error)}).`);
    }
    const verifier = new Verifier(toTrustMaterial(root));
    return async (bundle, data) => verifier.verify(toSignedEntity(bundleFromJSON(bundle), data)).identity;
}


/***/ })

};
