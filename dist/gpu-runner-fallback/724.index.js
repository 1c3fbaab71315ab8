export const id = 724;
export const ids = [724];
export const modules = {

/***/ 5724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSelect: () => (/* binding */ runSelect)
});

// UNUSED EXPORTS: apiUrlProblem

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/credential-policy.js
var credential_policy = __webpack_require__(2542);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/event.js
/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */


/** The events whose payload carries `pull_request` (the one list; eventTrust below says which are trusted). */
const PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
];
/** The parsed payload, `{}` when there is none; a payload that is not JSON is an error (a broken runner). */
function readEventPayload(path = process.env.GITHUB_EVENT_PATH) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new errors/* UserError */.yo(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
    }
}
/** The pull request of a pull-request event, or undefined for any other event. */
function pullRequestOf(eventName, event, repository) {
    if (!PULL_REQUEST_EVENTS.includes(eventName) || typeof event !== 'object' || event === null)
        return undefined;
    const pr = event.pull_request;
    if (typeof pr !== 'object' || pr === null)
        return undefined;
    const payload = pr;
    const headRepository = payload.head?.repo?.full_name;
    const baseRepository = payload.base?.repo?.full_name ?? repository;
    return {
        number: payload.number,
        headRef: payload.head?.ref,
        headSha: payload.head?.sha,
        baseRef: payload.base?.ref,
        headRepository,
        baseRepository,
        fromFork: headRepository === undefined || headRepository.toLowerCase() !== baseRepository.toLowerCase()
    };
}
/** The associations GitHub gives people with write access (or ownership): the only ones trusted to act. */
const MEMBER_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Every workflow trigger GitHub documents ("Events that trigger workflows"), with the reason for its rule.
 * `workflow_call` never appears: a called workflow sees its caller's event.
 */
const EVENT_TRUST_RULES = {
    branch_protection_rule: { rule: { kind: 'trusted' }, why: 'changed by repository admins' },
    check_run: {
        rule: { kind: 'untrusted' },
        why: 'a check on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
    },
    check_suite: {
        rule: { kind: 'untrusted' },
        why: 'a check suite on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
    },
    create: { rule: { kind: 'trusted' }, why: 'a branch or tag pushed by someone with write access' },
    delete: { rule: { kind: 'trusted' }, why: 'a branch or tag deleted by someone with write access' },
    deployment: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
    deployment_status: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
    discussion: {
        rule: { kind: 'association', path: 'discussion' },
        why: 'anyone may open a discussion: trusted only when its author is a member'
    },
    discussion_comment: {
        rule: { kind: 'association', path: 'comment' },
        why: 'anyone may comment: trusted only when the commenter is a member'
    },
    fork: { rule: { kind: 'untrusted' }, why: 'anyone may fork a public repository' },
    gollum: { rule: { kind: 'untrusted' }, why: 'a public wiki may be edited by anyone' },
    issue_comment: {
        rule: { kind: 'association', path: 'comment' },
        why: 'anyone may comment (workflows on it often check out the pull request): trusted only for members'
    },
    issues: { rule: { kind: 'untrusted' }, why: 'anyone may open or edit an issue' },
    label: { rule: { kind: 'trusted' }, why: 'labels are managed by people with write access' },
    merge_group: { rule: { kind: 'trusted' }, why: 'the merge queue holds only changes a member queued for merging' },
    milestone: { rule: { kind: 'trusted' }, why: 'milestones are managed by people with write access' },
    page_build: { rule: { kind: 'trusted' }, why: 'a GitHub Pages build of a pushed branch' },
    public: { rule: { kind: 'trusted' }, why: 'only an admin can make a repository public' },
    pull_request: { rule: { kind: 'pull-request' }, why: "runs the pull request's code" },
    pull_request_review: {
        rule: { kind: 'pull-request', association: 'review' },
        why: "runs the pull request's code, started by the reviewer"
    },
    pull_request_review_comment: {
        rule: { kind: 'pull-request', association: 'comment' },
        why: "runs the pull request's code, started by the commenter"
    },
    pull_request_target: {
        rule: { kind: 'pull-request' },
        why: 'runs with secrets and is often made to check out the pull request head'
    },
    push: { rule: { kind: 'trusted' }, why: 'commits pushed by someone with write access' },
    registry_package: { rule: { kind: 'trusted' }, why: 'a package published with write access' },
    release: { rule: { kind: 'trusted' }, why: 'releases are made by people with write access' },
    repository_dispatch: { rule: { kind: 'trusted' }, why: 'needs a token with write access to the repository' },
    schedule: { rule: { kind: 'trusted' }, why: 'the default branch, on the repository’s own schedule' },
    status: { rule: { kind: 'trusted' }, why: 'commit statuses need write access' },
    watch: { rule: { kind: 'untrusted' }, why: 'anyone may star a repository' },
    workflow_dispatch: { rule: { kind: 'trusted' }, why: 'started by someone with write access' },
    workflow_run: {
        rule: { kind: 'workflow-run' },
        why: 'follows another run, which may have run a fork pull request (head_repository tells)'
    }
};
function isMember(association) {
    return association !== undefined && MEMBER_ASSOCIATIONS.includes(association.toUpperCase());
}
/** The trust of the event that started this run (see EVENT_TRUST_RULES). */
function eventTrust(eventName, event, repository) {
    const entry = Object.hasOwn(EVENT_TRUST_RULES, eventName) ? EVENT_TRUST_RULES[eventName] : undefined;
    if (!entry)
        return { trusted: false, reason: `${eventName || 'an unnamed event'} is not a known trusted event` };
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const { rule } = entry;
    switch (rule.kind) {
        case 'trusted':
            return { trusted: true, reason: `${eventName}: ${entry.why}` };
        case 'untrusted':
            return { trusted: false, reason: `${eventName}: ${entry.why}` };
        case 'association': {
            const association = payload[rule.path]?.author_association;
            return isMember(association)
                ? { trusted: true, reason: `${eventName} by a ${association?.toLowerCase()}` }
                : { trusted: false, reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})` };
        }
        case 'workflow-run': {
            const head = payload.workflow_run?.head_repository?.full_name;
            if (head !== undefined && head.toLowerCase() === repository.toLowerCase())
                return { trusted: true, reason: `workflow_run of this repository's own code` };
            return {
                trusted: false,
                reason: `workflow_run of code from ${head ?? 'an unknown or deleted repository'}`,
                headRepository: head
            };
        }
        case 'pull-request': {
            const pr = pullRequestOf(eventName, event, repository);
            if (!pr)
                return { trusted: false, reason: `${eventName} without a pull request in its payload` };
            if (pr.fromFork) {
                return {
                    trusted: false,
                    reason: `${eventName} from fork ${pr.headRepository ?? '(deleted repository)'}`,
                    headRepository: pr.headRepository
                };
            }
            if (rule.association) {
                const association = payload[rule.association]?.author_association;
                if (!isMember(association))
                    return {
                        trusted: false,
                        reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})`
                    };
            }
            return { trusted: true, reason: `${eventName} from this repository` };
        }
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var src_runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
var src_summary = __webpack_require__(9388);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/http.js
var http = __webpack_require__(2074);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/runner-match.js
/**
 * Whether one runner can take the GPU job: the documented shapes of GitHub's runner endpoints, label matching
 * (case-insensitive, as GitHub routes jobs) and the verdict for a self-hosted runner or a hosted larger runner.
 */
/** A job's `runs-on` labels go to a runner that carries every one of them; GitHub compares them case-insensitively. */
function carriesLabels(requested, labels) {
    const have = new Set(labels.map(label => label.toLowerCase()));
    return requested.every(label => have.has(label.toLowerCase()));
}
function judgeSelfHosted(runner, requested, requireIdle) {
    if (!carriesLabels(requested, runner.labels.map(label => label.name)))
        return 'no-match';
    if (runner.status.toLowerCase() !== 'online')
        return 'offline';
    if (requireIdle && runner.busy)
        return 'busy';
    return 'usable';
}
/**
 * A larger runner is addressed by its name, its only label, so only a single requested label can match it.
 * It scales on demand, so a `Ready` definition can take a job; `require-idle` has nothing more to check.
 */
function judgeHosted(runner, requested) {
    if (!canBeHostedLabel(requested) || !carriesLabels(requested, [runner.name]))
        return 'no-match';
    return runner.status === 'Ready' ? 'usable' : 'not-ready';
}
/** Whether the requested labels could address a GitHub-hosted larger runner at all (saves an API request). */
function canBeHostedLabel(requested) {
    const distinct = new Set(requested.map(label => label.toLowerCase()));
    return distinct.size === 1 && !distinct.has('self-hosted');
}
/** Runner groups a repository may use: visible to it and, for a public repository, open to public ones. */
function usableGroupIds(groups, repoIsPublic) {
    return new Set(groups
        .filter(group => !(repoIsPublic === true && group.allows_public_repositories === false))
        .map(group => group.id));
}
function emptyTally() {
    return { usable: 0, busy: 0, offline: 0, 'not-ready': 0, hidden: 0, 'no-match': 0 };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/availability.js
/**
 * Looks for a runner that can take the GPU job, source by source, and stops at the first usable one, so the usual
 * case costs one or two requests. The runner-group list (needed only to know whether an organisation runner may
 * serve this repository) is fetched lazily, once, and only when a usable candidate turns up. The HTTP side is an
 * interface so this file stays free of I/O; runners-api.ts implements it over the REST API.
 */


/**
 * Which endpoints can hold a runner for these labels. Self-hosted sources are left out for an untrusted event or a
 * runner declared hosted, hosted larger runners when the labels cannot name one (or the runner is declared
 * self-hosted), organisation sources for a repository owned by a user. Organisation sources come first: shared GPU
 * runners usually live there, and a hit there ends the search before the repository list is asked for. Hosted first
 * when the single label may name a larger runner (that list is short: one request).
 */
function planSources(scope, labels, context, allowed, runnerType = 'auto') {
    const hostedPossible = runnerType !== 'self-hosted' && canBeHostedLabel(labels);
    const orgSources = hostedPossible ? ['hosted', 'organization'] : ['organization'];
    const sources = runnerType === 'hosted'
        ? ['hosted']
        : scope === 'repo'
            ? ['repository']
            : scope === 'org'
                ? orgSources
                : context.ownerIsOrganization === false
                    ? ['repository']
                    : [...orgSources, 'repository'];
    return sources.filter(source => (source === 'hosted' ? allowed.hosted : allowed.selfHosted));
}
async function findRunner(api, plan) {
    const results = [];
    let groups;
    const visibleGroupIds = () => (groups ??= api.visibleGroups().then(list => usableGroupIds(list, plan.repoIsPublic)));
    for (const source of plan.sources) {
        const result = { source, tally: emptyTally() };
        results.push(result);
        try {
            const found = source === 'repository'
                ? await searchRepository(api, plan, result.tally)
                : source === 'organization'
                    ? await searchOrganization(api, plan, result.tally, visibleGroupIds)
                    : await searchHosted(api, plan, result.tally, visibleGroupIds);
            if (found)
                return { found: { source, name: found }, results };
        }
        catch (error) {
            if (!(error instanceof http/* HttpError */.j$))
                throw error;
            result.error = error.message;
            result.status = error.status;
            // A failed group list must not be reused by a later source as if it were empty.
            groups = undefined;
            // 401/403/404 concern one endpoint's permissions, so the next source may still answer; a server error or a
            // silence that outlived the retries means the API is down, and asking the next source would only add waiting.
            if (error.status === undefined || error.status >= 500 || error.status === 429)
                break;
        }
    }
    return { results };
}
async function searchRepository(api, plan, tally) {
    for await (const page of api.repoRunners()) {
        for (const runner of page) {
            const verdict = judgeSelfHosted(runner, plan.labels, plan.requireIdle);
            plan.trace?.(`repository runner '${runner.name}': ${verdict}`);
            tally[verdict]++;
            if (verdict === 'usable')
                return runner.name;
        }
    }
    return undefined;
}
async function searchOrganization(api, plan, tally, visibleGroupIds) {
    // Older GitHub Enterprise Server releases omit runner_group_id: such candidates are checked group by group.
    const withoutGroup = [];
    for await (const page of api.orgRunners()) {
        for (const runner of page) {
            const verdict = judgeSelfHosted(runner, plan.labels, plan.requireIdle);
            plan.trace?.(`organisation runner '${runner.name}' (group ${runner.runner_group_id ?? '?'}): ${verdict}`);
            if (verdict !== 'usable') {
                tally[verdict]++;
            }
            else if (runner.runner_group_id === undefined) {
                withoutGroup.push(runner);
            }
            else if ((await visibleGroupIds()).has(runner.runner_group_id)) {
                tally.usable++;
                return runner.name;
            }
            else {
                plan.trace?.(`organisation runner '${runner.name}': its group is not usable by this repository`);
                tally.hidden++;
            }
        }
    }
    if (withoutGroup.length === 0)
        return undefined;
    const pending = new Map(withoutGroup.map(runner => [runner.id, runner]));
    for (const groupId of await visibleGroupIds()) {
        for await (const page of api.groupRunners(groupId)) {
            const hit = page.find(runner => pending.has(runner.id));
            if (hit) {
                tally.usable++;
                return hit.name;
            }
        }
    }
    tally.hidden += pending.size;
    return undefined;
}
async function searchHosted(api, plan, tally, visibleGroupIds) {
    for await (const page of api.hostedRunners()) {
        for (const runner of page) {
            const verdict = judgeHosted(runner, plan.labels);
            plan.trace?.(`hosted runner '${runner.name}' (${runner.status}): ${verdict}`);
            if (verdict !== 'usable') {
                tally[verdict]++;
            }
            else if (runner.runner_group_id === undefined || (await visibleGroupIds()).has(runner.runner_group_id)) {
                tally.usable++;
                return runner.name;
            }
            else {
                tally.hidden++;
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/decide.js
var decide = __webpack_require__(7947);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/event-context.js
/**
 * What the select decision needs to know about the repository and the event that started the workflow, read from
 * GITHUB_REPOSITORY and the event payload. Pure: the payload is passed in as parsed JSON.
 */

function readRepoContext(repository, eventName, event) {
    const payload = (event && typeof event === 'object' ? event : {});
    const fullName = repository || payload.repository?.full_name || '';
    const [owner = '', repo = ''] = fullName.split('/');
    const ownerType = payload.repository?.owner?.type;
    const visibility = payload.repository?.visibility;
    const context = {
        owner,
        repo,
        eventName,
        ownerIsOrganization: ownerType === undefined ? undefined : ownerType === 'Organization',
        isPublic: visibility !== undefined
            ? visibility === 'public'
            : payload.repository?.private !== undefined
                ? !payload.repository.private
                : undefined,
        trust: eventTrust(eventName, event, fullName)
    };
    return context;
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/route-matrix.js
var route_matrix = __webpack_require__(5198);
// EXTERNAL MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/summary.js
var gpu_runner_fallback_summary = __webpack_require__(9155);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/gpu-runner-fallback/select-step.js
/** `mode: select`: the gate, availability from the API (or the static policy), the decision, outputs, one summary. */










/** The whole availability search ends within this many request time limits (pages and retries included). */
const DEADLINE_REQUESTS = 5;
async function runSelect(inputs, timeoutMs) {
    const plan = inputs.plan;
    // A matrix whose cells need no runner selection (none is routed, or no gpu-runner is set) asks nothing of the API.
    if (plan && (inputs.gpuRunner.length === 0 || !plan.cells.some(cell => (0,route_matrix/* isRouted */.Es)(cell, inputs.gpuRunner)))) {
        const reason = inputs.gpuRunner.length === 0
            ? 'No gpu-runner: no runner is selected, every cell keeps its runs-on.'
            : `No cell of the matrix is marked gpu or runs on ${(0,decide/* labelsText */.Ht)(inputs.gpuRunner)}: no runner is selected.`;
        (0,src_runner/* setOutput */.uH)('runs-on', (0,decide/* runsOnJson */.aq)(inputs.fallbackRunner));
        (0,src_runner/* setOutput */.uH)('gpu', false);
        (0,src_runner/* setOutput */.uH)('decision', 'none');
        (0,src_runner/* setOutput */.uH)('reason', reason);
        (0,src_runner/* setOutput */.uH)('run-gpu-tests', false);
        (0,src_runner/* setOutput */.uH)('container-options', '');
        src_runner/* log */.Rm.info(`Decision: none (${reason})`);
        (0,src_summary/* writeSummary */.Sy)(writePlan(inputs, plan, undefined, reason));
        return;
    }
    const selection = await select_step_select(inputs, timeoutMs);
    const { result } = selection;
    src_runner/* log */.Rm.debug(`decision: ${result.decision}, runs-on ${(0,decide/* runsOnJson */.aq)(result.runsOn)}`);
    (0,src_runner/* setOutput */.uH)('runs-on', (0,decide/* runsOnJson */.aq)(result.runsOn));
    (0,src_runner/* setOutput */.uH)('gpu', result.gpu);
    (0,src_runner/* setOutput */.uH)('decision', result.decision);
    (0,src_runner/* setOutput */.uH)('reason', result.reason);
    (0,src_runner/* setOutput */.uH)('run-gpu-tests', result.gpu);
    (0,src_runner/* setOutput */.uH)('container-options', result.gpu ? decide/* GPU_CONTAINER_OPTIONS */.k1 : '');
    src_runner/* log */.Rm.info(`Decision: ${result.decision} (${result.reason})`);
    const summary = (0,gpu_runner_fallback_summary/* selectSummary */.z0)({ ...selection, gpuRunner: inputs.gpuRunner });
    (0,src_summary/* writeSummary */.Sy)(plan ? `${summary}\n${writePlan(inputs, plan, result, result.reason)}` : summary);
    if (result.fail)
        throw new errors/* UserError */.yo(result.reason);
}
/** The plan of each cell: the `matrix` output, one notice for the GPU cells without a GPU runner; its summary. */
function writePlan(inputs, plan, selection, reason) {
    const cells = plan.cells.map(cell => (0,route_matrix/* routeCell */._9)(cell, {
        gpuRunner: inputs.gpuRunner,
        kind: inputs.kind,
        selection,
        fallbackMode: plan.fallbackMode,
        runTests: plan.runTests,
        skipTestsKey: plan.skipTestsKey
    }));
    (0,src_runner/* setOutput */.uH)('matrix', { include: cells });
    const fallback = cells.filter(cell => cell['gpu-route'] === 'fallback');
    if (fallback.length > 0) {
        const modes = [...new Set(fallback.map(cell => cell.mode))].join(', ');
        src_runner/* log */.Rm.notice(`${fallback.length} cell(s) did not get ${(0,decide/* labelsText */.Ht)(inputs.gpuRunner.length ? inputs.gpuRunner : ['a GPU runner'])} ` +
            `and run ${modes}: ${fallback.map(cell => cell.id).join(', ')}. ${reason}`, { title: 'GPU cells without the GPU runner' });
    }
    return (0,gpu_runner_fallback_summary/* planSummary */.MM)(cells);
}
/** The gate, availability from the API (or the static policy) and the decision. */
async function select_step_select(inputs, timeoutMs) {
    const policy = inputs;
    const runner = (0,src_runner/* runnerContext */.cE)();
    const context = readRepoContext(runner.repository, runner.eventName, readEventPayload(runner.eventPath));
    if (!context.owner || !context.repo)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set: the select mode runs inside a workflow.');
    src_runner/* log */.Rm.debug(`event ${context.eventName}: ${context.trust.trusted ? 'trusted' : 'untrusted'} (${context.trust.reason})`);
    const gateResult = (0,decide/* gate */.Gj)(policy, context);
    const sources = planSources(inputs.scope, inputs.gpuRunner, context, { selfHosted: gateResult.selfHostedAllowed, hosted: gateResult.hostedAllowed }, inputs.runnerType);
    src_runner/* log */.Rm.debug(`gate: ${gateResult.blocked ?? 'passed'}; sources to ask: ${sources.join(', ') || 'none'}`);
    let outcome;
    let search;
    let requests = 0;
    let checked = false;
    const apiProblem = apiUrlProblem(runner.apiUrl);
    if (gateResult.blocked) {
        outcome = { available: false, reason: gateResult.blocked };
    }
    else if (inputs.token === '') {
        // Deciding by allowed-owners alone is a supported set-up (the workflow GITHUB_TOKEN cannot list runners): say so
        // once, as a notice, not as a warning on every run.
        src_runner/* log */.Rm.notice('No token: runner availability is not checked; allowed-owners decides (see the README).');
        outcome = (0,decide/* staticOutcome */.bN)(policy, context, gateResult, 'no token was given');
    }
    else if (sources.length === 0) {
        outcome = (0,decide/* staticOutcome */.bN)(policy, context, gateResult, 'no runner list applies to this run');
    }
    else if (apiProblem) {
        src_runner/* log */.Rm.warning(`Runner availability could not be checked: ${apiProblem}`);
        outcome = (0,decide/* staticOutcome */.bN)(policy, context, gateResult, apiProblem);
    }
    else {
        const deadline = AbortSignal.timeout(timeoutMs * DEADLINE_REQUESTS);
        const { createRunnerApi } = await __webpack_require__.e(/* import() */ 516).then(__webpack_require__.bind(__webpack_require__, 9516));
        const api = await createRunnerApi({
            apiUrl: runner.apiUrl,
            token: inputs.token,
            owner: context.owner,
            repo: context.repo,
            timeoutMs,
            deadline,
            onRequest: (url, status, ms) => {
                requests++;
                src_runner/* log */.Rm.debug(`GET ${url} -> ${status ?? 'no answer'} in ${ms} ms`);
            }
        });
        search = await findRunner(api, {
            labels: inputs.gpuRunner,
            requireIdle: inputs.requireIdle,
            sources,
            repoIsPublic: context.isPublic,
            trace: message => src_runner/* log */.Rm.debug(message)
        });
        checked = search.results.some(result => result.error === undefined) || search.found !== undefined;
        const fromApi = (0,decide/* availabilityOutcome */.CF)(inputs.gpuRunner, inputs.requireIdle, search);
        if (fromApi) {
            outcome = fromApi;
        }
        else {
            src_runner/* log */.Rm.warning(`Runner availability could not be checked: ${(0,decide/* failureText */.kY)(search)}`);
            outcome = (0,decide/* staticOutcome */.bN)(policy, context, gateResult, (0,decide/* failureText */.kY)(search));
        }
    }
    return { result: (0,decide/* finish */.O9)(policy, outcome), context, search, requests, checked };
}
/** Why GITHUB_API_URL cannot be used with a token, or undefined when it can (https, or http on loopback). */
function apiUrlProblem(apiUrl) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        return `GITHUB_API_URL '${apiUrl}' is not a URL`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `GITHUB_API_URL '${apiUrl}' is not an http(s) URL`;
    if (!(0,credential_policy/* mayCarryCredential */.W)(url, url))
        return `GITHUB_API_URL ${url.origin} is not https (or carries credentials): the token is not sent there`;
    return undefined;
}


/***/ }),

/***/ 9155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ planSummary),
/* harmony export */   hz: () => (/* binding */ probeSummary),
/* harmony export */   z0: () => (/* binding */ selectSummary)
/* harmony export */ });
/* harmony import */ var _packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9388);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7947);
/** The job summaries of both modes, as pure Markdown builders (the step writes them once with writeSummary). */


const DECISION_TITLE = {
    gpu: '🟢 GPU runner',
    primary: '🟢 Primary runner',
    fallback: '🟡 Fallback runner',
    skip: '⚪ GPU job skipped'
};
function selectSummary(input) {
    const { result, context } = input;
    const title = result.fail ? '🔴 No GPU runner (on-unavailable: fail)' : DECISION_TITLE[result.decision];
    const event = `${context.eventName} (${context.trust.trusted ? 'trusted' : 'untrusted'}: ${context.trust.reason})`;
    const rows = [
        ['Decision', result.fail ? 'fail' : result.decision],
        ['runs-on', (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn)],
        ['Why', result.reason],
        ['Repository', `${context.owner}/${context.repo}`],
        ['Event', event],
        ['Availability', input.checked ? `checked with the REST API (${input.requests} request(s))` : 'not checked']
    ];
    const sections = [(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`gpu-runner-fallback: ${title}`), (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], rows)];
    sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaid */ .a4)([
        'flowchart LR',
        `  select["select: ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(input.gpuRunner))}"] --> ${result.gpu ? 'gpu' : 'other'}`,
        result.gpu
            ? `  gpu["GPU job on ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn))}"]`
            : result.decision === 'skip'
                ? '  other["GPU job skipped"]'
                : `  other["job on ${mermaidText((0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(result.runsOn))}"]`
    ].join('\n')));
    if (input.search && input.search.results.length > 0) {
        const table = (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Source', 'Usable', 'Busy', 'Offline', 'Not Ready', 'Group not usable', 'Result'], input.search.results.map(r => [
            (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceName */ .VZ)(r.source),
            r.tally.usable,
            r.tally.busy,
            r.tally.offline,
            r.tally['not-ready'],
            r.tally.hidden,
            r.error ?? (input.search?.found?.source === r.source ? `found '${input.search.found.name}'` : 'listed')
        ]));
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)('Runners checked', table));
    }
    return sections.join('\n');
}
/** The plan of a matrix: how many cells take each route and mode, then every cell. */
function planSummary(cells) {
    const count = (pick) => {
        const counts = new Map();
        for (const cell of cells)
            counts.set(pick(cell), (counts.get(pick(cell)) ?? 0) + 1);
        return [...counts].map(([value, n]) => `${n} ${value}`).join(', ');
    };
    const sections = [
        (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`Plan of ${cells.length} cell${cells.length === 1 ? '' : 's'}`, 4),
        (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], [
            ['GPU route', count(cell => cell['gpu-route'])],
            ['Mode', count(cell => cell.mode)]
        ])
    ];
    if (cells.length > 0) {
        const rows = cells.map(cell => [
            cell.id,
            (0,_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsText */ .Ht)(typeof cell['runs-on'] === 'string' ? [cell['runs-on']] : cell['runs-on']),
            cell.container || (cell.image ? `host (docker: ${cell.image})` : '–'),
            cell['gpu-route'],
            cell['gpu-probe'],
            cell.mode
        ]);
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`All ${cells.length} cells`, (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['id', 'runs-on', 'container', 'GPU route', 'GPU probe', 'mode'], rows)));
    }
    return sections.join('\n');
}
function mermaidText(text) {
    return (0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(text).replace(/"/g, '#quot;');
}
function probeSummary(result, findings, required) {
    const title = result.available ? '🟢 GPU available' : required ? '🔴 No usable GPU (required)' : '⚪ No usable GPU';
    const sections = [(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(`gpu-runner-fallback probe: ${title}`), `${(0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(result.reason)}\n`];
    if (result.verdicts.length > 0) {
        sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['#', 'Name', 'Memory (MiB)', 'Compute capability', 'Driver', 'Usable'], result.verdicts.map(({ device, problems }) => [
            device.index,
            device.name,
            device.memoryMb ?? '?',
            device.computeCapability ?? '?',
            device.driverVersion ?? findings.driverVersion ?? '?',
            problems.length === 0 ? 'yes' : `no: ${problems.join(', ')}`
        ])));
    }
    const facts = [
        ['Vendor', result.vendor],
        ['Driver', result.driverVersion || 'n/a'],
        ['Newest CUDA the driver supports', result.cudaVersion || 'n/a'],
        ['Source', findings.source]
    ];
    sections.push((0,_packages_toolkit_src_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', ''], facts));
    return sections.join('\n');
}


/***/ }),

/***/ 2542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mayCarryCredential)
/* harmony export */ });
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

/***/ 2074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j$: () => (/* binding */ HttpError)
/* harmony export */ });
/* unused harmony exports RetryableError, NetworkError, DeadlineError, isRetryableStatus, bearerAuthorization, openResponse, sleep, isConnectionError, withRetries, fetchBuffer, fetchJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2677);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8292);
/* harmony import */ var _redact_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9931);




class HttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
class DeadlineError extends (/* unused pure expression or super */ null && (HttpError)) {
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
    const { HttpClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4942));
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
                log.debug(`${method} ${redactUrl(String(target))} failed after ${Date.now() - started} ms: ${describe(error)}`);
            throw error;
        }
        const status = response.statusCode ?? 0;
        if (debugEnabled())
            log.debug(`${method} ${redactUrl(String(target))} -> HTTP ${status} in ${Date.now() - started} ms`);
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
                    if (error instanceof UserError)
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
                    log.debug(`${what}: ${describe(error)}; retrying in ${wait} ms`);
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


/***/ }),

/***/ 9931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl)
/* harmony export */ });
/* unused harmony exports redactUrls, hasUrlCredentials, maskUrlCredentials */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2709);
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
        maskSecret(part);
        try {
            const decoded = decodeURIComponent(part);
            if (decoded !== part)
                maskSecret(decoded);
        }
        catch {
            // Not valid percent-encoding: the raw form is masked already.
        }
    }
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports fenceFor, codeBlock, escapeHtml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8292);
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test) and appended to the
 * job summary file (GITHUB_STEP_SUMMARY, the file core.summary writes) once per step. Values from outside (file
 * names, runner names, tool output) are escaped so they cannot leave their cell or code block: a cell holds no line
 * break of any kind, no unescaped pipe or backslash, no backtick or HTML; a code block's fence is longer than any backtick run inside it.
 */



function escapeCell(value) {
    return String(value)
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, '&#96;')
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
/** A fence of backticks longer than the longest run of backticks in `source` (and at least three). */
function fenceFor(source) {
    const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map(run => run.length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Line ends of every kind as \n: a bare CR would otherwise end a line inside the block for some renderers. */
const plainLines = (source) => source.replace(/\r\n|\r/g, '\n');
function mermaid(source) {
    const body = plainLines(source).trim();
    const fence = fenceFor(body);
    return `${fence}mermaid\n${body}\n${fence}\n`;
}
function codeBlock(source, language = '') {
    const body = plainLines(source).replace(/\n$/, '');
    const fence = fenceFor(body);
    return `${fence}${language.replace(/[^\w+-]/g, '')}\n${body}\n${fence}\n`;
}
/** Text for inside HTML (a `<summary>` title): no markup, one line. */
function escapeHtml(value) {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
function details(title, body) {
    return `<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
function writeSummary(...sections) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const markdown = sections.join('\n');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
    }
    catch (error) {
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`Could not write the job summary: ${String(error)}`);
    }
}


/***/ })

};
