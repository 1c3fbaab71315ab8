export const id = 213;
export const ids = [213];
export const modules = {

/***/ 9213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveScheduled: () => (/* binding */ saveScheduled)
});

// UNUSED EXPORTS: BudgetExceeded, CACHE_SCHEMA, actionsCache, budgetsMs, cacheKey, installCached, restoreTool, scheduleSave, withinBudget

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/state.js
var src_state = __webpack_require__(9653);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/tool-cache.js
/**
 * The runner's tool cache (level one of the two-level cache): `RUNNER_TOOL_CACHE/<tool>/<version>/<arch>` with an
 * `<arch>.complete` marker, the layout @actions/tool-cache uses, so tools we store are found by other actions and
 * vice versa. Installs are atomic: a tree is built in a staging folder and renamed into place, so a failed or
 * concurrent install never leaves a half-installed tree that a later job would trust.
 */




function toolCacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new errors/* UserError */.yo('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.');
    return root;
}
function tool_cache_toolDir(id) {
    for (const part of [id.tool, id.version, id.arch]) {
        if (!/^[A-Za-z0-9._+-]+$/.test(part))
            throw new errors/* UserError */.yo(`Invalid tool-cache path component '${part}'`);
    }
    return (0,external_node_path_.join)(toolCacheRoot(), id.tool, id.version, id.arch);
}
function tool_cache_findTool(id) {
    const dir = tool_cache_toolDir(id);
    return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : undefined;
}
/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
async function tool_cache_installTool(id, populate) {
    const dir = tool_cache_toolDir(id);
    await mkdir(dirname(dir), { recursive: true });
    const staging = await mkdtemp(`${dir}.staging-`);
    let installed = false;
    try {
        await populate(staging);
        if (tool_cache_findTool(id)) {
            installed = true;
            return dir; // another job on this runner finished first; keep its tree
        }
        await rm(dir, { recursive: true, force: true }); // an incomplete tree from a crashed install
        try {
            await rename(staging, dir);
        }
        catch (error) {
            // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
            // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
            if (!existsSync(dir))
                throw error;
        }
        await writeFile(`${dir}.complete`, '');
        installed = true;
        return dir;
    }
    finally {
        await rm(staging, { recursive: true, force: true });
        // A failed install leaves no trace: the version and tool folders go too when nothing else is in them.
        if (!installed && !tool_cache_findTool(id)) {
            for (const folder of [dirname(dir), dirname(dirname(dir))])
                await rmdir(folder).catch(() => undefined);
        }
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function tool_cache_markToolComplete(id) {
    await writeFile(`${tool_cache_toolDir(id)}.complete`, '');
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/cache.js
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





/** Bump to invalidate every entry written before a change of layout or verification. */
const CACHE_SCHEMA = 'v1';
const actionsCache = {
    available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
    async lookup(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
        return (await cache.restoreCache(paths, key, [], { lookupOnly: true }, true)) !== undefined;
    },
    async restore(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
        const budget = budgetsMs().restore;
        return cache.restoreCache(paths, key, [], { timeoutInMs: budget, segmentTimeoutInMs: budget }, true);
    },
    async save(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
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
let abandoned = 0;
let socketChannel;
/**
 * `operation` within `ms`; past it, rejects with BudgetExceeded and lets the operation run on unreferenced: every
 * client socket opened until it settles, and those it opened before, no longer keep the process alive (toolkit
 * requests keep it alive through their own deadline timers, so they are unaffected).
 */
async function withinBudget(what, ms, operation) {
    const dc = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3053, 19));
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
    return [CACHE_SCHEMA, ...parts].join('-');
}
/** Looks in both levels; returns the folder and where it came from, or undefined on a miss. */
async function restoreTool(spec, options = {}) {
    const local = findTool(spec);
    if (local)
        return { dir: local, source: 'tool-cache' };
    const remote = options.remote ?? actionsCache;
    if (options.useRemote === false || !remote.available())
        return undefined;
    const dir = toolDir(spec);
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
        await markToolComplete(spec);
        return { dir, source: 'actions-cache' };
    }
    catch (error) {
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
        log.warning(`Cache restore failed for ${spec.key}; continuing without it (${errorMessage(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase (state registry: `cacheSaves`). */
function scheduleSave(spec) {
    const pending = state.cacheSaves.read().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    state.cacheSaves.write(pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    return pendingInThisProcess ?? src_state/* state */.wk.cacheSaves.read();
}
/** The post phase's half: saves what main scheduled. Never throws; returns the keys saved. */
async function saveScheduled(remote = actionsCache) {
    const saved = [];
    const pending = pendingSaves();
    if (pending.length === 0)
        return saved;
    if (!remote.available()) {
        runner/* log */.Rm.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    const budget = budgetsMs().save;
    for (const spec of pending) {
        try {
            await withinBudget('The cache save', budget, () => remote.save([tool_cache_toolDir(spec)], spec.key));
            saved.push(spec.key);
            runner/* log */.Rm.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            if (/another job|reserve|already exists/i.test(message))
                runner/* log */.Rm.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                runner/* log */.Rm.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
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
        dir = await installTool(spec, options.populate);
        await options.topUp?.(dir); // another job may have finished a tree with other contents first
    }
    if (options.useRemote)
        scheduleSave(spec);
    return { dir, source: 'download' };
}


/***/ })

};
