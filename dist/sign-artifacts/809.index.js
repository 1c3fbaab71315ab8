export const id = 809;
export const ids = [809];
export const modules = {

/***/ 42809:
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
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/credential-policy.js
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

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
var secrets = __webpack_require__(42709);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/redact-url.js
/**
 * URLs with credentials in them (`https://user:pass@mirror/…`) must never reach a log, an output or a summary.
 * redactUrl gives the printable form; maskUrlCredentials registers the secret parts with the runner at once, so
 * that whatever prints the URL later (an error from a library included) shows `***` instead.
 */

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
        (0,secrets/* maskSecret */.$l)(part);
        try {
            const decoded = decodeURIComponent(part);
            if (decoded !== part)
                (0,secrets/* maskSecret */.$l)(decoded);
        }
        catch {
            // Not valid percent-encoding: the raw form is masked already.
        }
    }
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
/** The network failed (DNS, refused, reset, unreachable) after the retries: callers may fall back on it. */
class NetworkError extends HttpError {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** The call's overall deadline passed. Not retried. */
class DeadlineError extends HttpError {
}
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
        maskUrlCredentials(target.toString());
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
    const { HttpClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 44942));
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
        if (credential !== undefined && mayCarryCredential(target, intended))
            headers.authorization = credential;
        const started = Date.now();
        let response;
        try {
            response = await requestOnce(target, method, headers, options.body, stallMs, signal);
        }
        catch (error) {
            if (debugEnabled())
                runner/* log */.Rm.debug(`${method} ${redactUrl(String(target))} failed after ${Date.now() - started} ms: ${describe(error)}`);
            throw error;
        }
        const status = response.statusCode ?? 0;
        if (debugEnabled())
            runner/* log */.Rm.debug(`${method} ${redactUrl(String(target))} -> HTTP ${status} in ${Date.now() - started} ms`);
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
            response.resume();
            if (hop >= MAX_REDIRECTS)
                throw new HttpError(`Too many redirects from ${redactUrl(url)}`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                throw new HttpError(`${redactUrl(String(target))} redirected to an invalid location`);
            }
            if (target.protocol === 'https:' && next.protocol !== 'https:') {
                throw new HttpError(`Refused a redirect from https to ${next.protocol.slice(0, -1)}: ${redactUrl(String(target))} -> ${redactUrl(String(next))}`);
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                throw new HttpError(`Refused a redirect to a ${next.protocol} URL from ${redactUrl(String(target))}`);
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
    const message = redactUrls(error?.message ?? String(error));
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
    const what = options.url ? `${options.method ?? 'GET'} ${redactUrl(options.url)}` : 'The request';
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
                    if (error instanceof errors/* UserError */.yo)
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
                    runner/* log */.Rm.debug(`${what}: ${describe(error)}; retrying in ${wait} ms`);
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
    const what = `${options.method ?? 'GET'} ${redactUrl(url)}`;
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
                        throw new HttpError(`${redactUrl(url)} sent more than ${maxBytes} bytes; refused.`);
                    }
                    chunks.push(chunk);
                }
            }
            catch (error) {
                if (error instanceof HttpError)
                    throw error;
                if (signal.aborted)
                    throw signal.reason;
                throw new RetryableError(`Reading ${redactUrl(url)} failed after ${bytes} bytes (${describe(error)})`);
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
        throw new HttpError(`${options.method ?? 'GET'} ${redactUrl(url)} answered HTTP ${response.status}`, response.status);
    }
    try {
        return { data: JSON.parse(response.body.toString('utf8')), headers: response.headers };
    }
    catch {
        throw new HttpError(`${redactUrl(url)} did not return JSON`, response.status);
    }
}

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
