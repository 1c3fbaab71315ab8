export const id = 516;
export const ids = [516];
export const modules = {

/***/ 9516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRunnerApi: () => (/* binding */ createRunnerApi)
});

// UNUSED EXPORTS: MAX_PAGES, PER_PAGE, asHttpError

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/http.js
var http = __webpack_require__(2074);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/credential-policy.js
var credential_policy = __webpack_require__(2542);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/redact-url.js
var redact_url = __webpack_require__(9931);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/api-transport.js
/**
 * The transport under octokit for the runners API: octokit (from @actions/github) builds requests and follows
 * `Link: rel=next`; this fetch decides where the token may go and how long anything may take. It is the one place
 * that applies the toolkit's credential policy to GitHub API requests:
 * - a request (a pagination link included) to any origin other than GITHUB_API_URL's is refused outright;
 * - redirects are followed here, hop by hop, and `Authorization` is dropped on any hop the policy refuses
 *   (https -> http on the same host, another host or port);
 * - every attempt has its own time limit (the whole response, body included, so a byte-a-second server ends too),
 *   and the whole search shares one deadline;
 * - 429, 5xx and connection errors are retried briefly (Retry-After honoured up to a cap): @actions/github has
 *   no retry of its own (ADR 0050).
 */


/** A request the credential policy refused to make at all. */
class RefusedRequestError extends Error {
    name = 'RefusedRequestError';
}
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
function createApiFetch(options) {
    const apiOrigin = new URL(options.apiUrl).origin;
    const retries = options.retries ?? 2;
    const retryDelayMs = options.retryDelayMs ?? 250;
    const maxRetryAfterMs = options.maxRetryAfterMs ?? 2000;
    async function attempt(url, init) {
        for (let tries = 0;; tries++) {
            if (options.deadline.aborted)
                throw options.deadline.reason;
            const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.deadline]);
            const started = Date.now();
            let response;
            try {
                response = await options.baseFetch(url.toString(), { ...init, redirect: 'manual', signal });
            }
            catch (error) {
                options.onAttempt?.((0,redact_url/* redactUrl */.BO)(url.href), undefined, Date.now() - started);
                if (tries >= retries || options.deadline.aborted || !isRetryableFailure(error))
                    throw error;
                await pause(retryDelayMs * 2 ** tries, options.deadline);
                continue;
            }
            options.onAttempt?.((0,redact_url/* redactUrl */.BO)(url.href), response.status, Date.now() - started);
            if ((response.status === 429 || response.status >= 500) && tries < retries) {
                await response.body?.cancel().catch(() => undefined);
                const retryAfter = Number(response.headers.get('retry-after'));
                const wait = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : retryDelayMs * 2 ** tries;
                await pause(Math.min(wait, maxRetryAfterMs), options.deadline);
                continue;
            }
            return response;
        }
    }
    return async (input, init = {}) => {
        let url = new URL(input instanceof Request ? input.url : input.toString());
        if (url.origin !== apiOrigin) {
            throw new RefusedRequestError(`refused a request to ${(0,redact_url/* redactUrl */.BO)(url.href)}: not on the API's origin ${apiOrigin} (a pagination link may not lead elsewhere)`);
        }
        const headers = new Headers(init.headers);
        if (!(0,credential_policy/* mayCarryCredential */.W)(url, options.apiUrl))
            headers.delete('authorization');
        let method = init.method ?? 'GET';
        let body = init.body;
        for (let hop = 0;; hop++) {
            const response = await attempt(url, { ...init, method, body, headers });
            const location = response.headers.get('location');
            if (!REDIRECTS.has(response.status) || location === null)
                return response;
            await response.body?.cancel().catch(() => undefined);
            if (hop >= MAX_REDIRECTS)
                throw new RefusedRequestError(`more than ${MAX_REDIRECTS} redirects from ${(0,redact_url/* redactUrl */.BO)(url.href)}`);
            url = new URL(location, url);
            if (url.protocol !== 'https:' && url.protocol !== 'http:')
                throw new RefusedRequestError(`refused a redirect to a ${url.protocol} URL`);
            // The token goes on only where the policy allows (https on the API's own origin); the request itself does.
            if (!(0,credential_policy/* mayCarryCredential */.W)(url, options.apiUrl))
                headers.delete('authorization');
            if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
        }
    };
}
function isRetryableFailure(error) {
    if (error instanceof RefusedRequestError)
        return false;
    const code = error?.cause?.code;
    // A name that does not resolve will not resolve a quarter second later either.
    return code !== 'ENOTFOUND';
}
function pause(ms, deadline) {
    return new Promise(resolve => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            deadline.removeEventListener('abort', done);
            resolve();
        }
        deadline.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/runners-api.js
/**
 * The RunnerApi over GitHub's REST API with @actions/github's octokit (GITHUB_API_URL, so GitHub Enterprise Server
 * works too): 100 items a page, pages followed by octokit's paginate (Link rel="next"), at most MAX_PAGES pages per
 * list, every request through api-transport.ts (credential policy, time limits, retries). Errors come out as the
 * toolkit's HttpError with the HTTP status, or without one when no answer came (DNS, refused, timed out).
 */



/** 100 runners a page: 50 pages are 5,000 runners, far more than any organisation has; an endless list stops. */
const PER_PAGE = 100;
const MAX_PAGES = 50;
const API_VERSION = { 'x-github-api-version': '2022-11-28' };
async function createRunnerApi(options) {
    // Loaded here, not at start-up: only the select path with a token needs octokit (~90 ms to load).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    // Its default fetch goes through @actions/http-client's proxy support (https_proxy, no_proxy) for GITHUB_API_URL.
    const { defaults } = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    const fetch = createApiFetch({
        apiUrl: options.apiUrl,
        timeoutMs: options.timeoutMs,
        deadline: options.deadline,
        baseFetch: options.baseFetch ?? defaults.request?.fetch,
        onAttempt: options.onRequest
    });
    const quiet = (message) => runner/* log */.Rm.debug(`octokit: ${message}`);
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'aswf-ci-actions-gpu-runner-fallback',
        // octokit would print to the console; its text (deprecation notices with server-chosen dates) goes through
        // the toolkit's log, which never lets it start a workflow command.
        log: { debug: quiet, info: quiet, warn: (message) => runner/* log */.Rm.warning(message), error: quiet },
        request: { fetch }
    });
    const { owner, repo } = options;
    async function* pages(route, parameters) {
        let count = 0;
        try {
            for await (const page of octokit.paginate.iterator(route, {
                ...parameters,
                per_page: PER_PAGE,
                headers: API_VERSION
            })) {
                yield (Array.isArray(page.data) ? page.data : []).filter(isRecord).map(item => wellFormed(item));
                if (++count >= MAX_PAGES) {
                    runner/* log */.Rm.warning(`${route}: stopped after ${MAX_PAGES} pages (${MAX_PAGES * PER_PAGE} items); the rest is not read.`);
                    return;
                }
            }
        }
        catch (error) {
            throw asHttpError(error, options.deadline);
        }
    }
    return {
        repoRunners: () => pages('GET /repos/{owner}/{repo}/actions/runners', { owner, repo }),
        orgRunners: () => pages('GET /orgs/{org}/actions/runners', { org: owner }),
        hostedRunners: () => pages('GET /orgs/{org}/actions/hosted-runners', { org: owner }),
        groupRunners: id => pages('GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners', {
            org: owner,
            runner_group_id: id
        }),
        visibleGroups: async () => {
            const groups = [];
            const route = 'GET /orgs/{org}/actions/runner-groups';
            for await (const page of pages(route, { org: owner, visible_to_repository: repo }))
                groups.push(...page);
            return groups;
        }
    };
}
/** octokit's errors as the toolkit's HttpError: the status when the API answered, a plain sentence when not. */
function asHttpError(error, deadline) {
    if (error instanceof http/* HttpError */.j$)
        return error;
    const e = error;
    if (e?.response !== undefined && typeof e.status === 'number')
        return new http/* HttpError */.j$(`HTTP ${e.status}`, e.status);
    const cause = e?.cause;
    const code = cause?.code ?? cause?.cause?.code;
    if (cause instanceof RefusedRequestError || error instanceof RefusedRequestError)
        return new http/* HttpError */.j$((cause ?? error).message);
    if (deadline.aborted)
        return new http/* HttpError */.j$('the overall time limit for the runner search ran out');
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new http/* HttpError */.j$(`the API host does not resolve (DNS: ${code})`);
    if (code === 'ECONNREFUSED')
        return new http/* HttpError */.j$('the API refused the connection');
    return new http/* HttpError */.j$('no answer from the API in time');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** API answers are not trusted to have the documented types: the fields the search reads are made well-formed. */
function wellFormed(item) {
    return {
        ...item,
        id: typeof item.id === 'number' ? item.id : -1,
        name: typeof item.name === 'string' ? item.name : '',
        status: typeof item.status === 'string' ? item.status : '',
        busy: item.busy === true,
        labels: Array.isArray(item.labels) ? item.labels.filter(l => isRecord(l) && typeof l.name === 'string') : [],
        runner_group_id: typeof item.runner_group_id === 'number' ? item.runner_group_id : undefined
    };
}


/***/ })

};
