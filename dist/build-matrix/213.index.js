export const id = 213;
export const ids = [213];
export const modules = {

/***/ 9213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveScheduled: () => (/* binding */ saveScheduled)
});

// UNUSED EXPORTS: CACHE_SCHEMA, actionsCache, cacheKey, restoreTool, scheduleSave

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
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
async function installTool(id, populate) {
    const dir = tool_cache_toolDir(id);
    await mkdir(dirname(dir), { recursive: true });
    const staging = await mkdtemp(`${dir}.staging-`);
    try {
        await populate(staging);
        if (tool_cache_findTool(id))
            return dir; // another job on this runner finished first; keep its tree
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
        return dir;
    }
    finally {
        await rm(staging, { recursive: true, force: true });
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
 */




/** Bump to invalidate every entry written before a change of layout or verification. */
const CACHE_SCHEMA = 'v1';
const SAVE_STATE = 'toolkit-cache-save';
const actionsCache = {
    available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
    async restore(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
        return cache.restoreCache(paths, key, [], {}, true);
    },
    async save(paths, key) {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
        await cache.saveCache(paths, key, {}, true);
    }
};
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
    try {
        const hit = await remote.restore([dir], spec.key);
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
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    saveState(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse((0,runner/* getState */.Gu)(SAVE_STATE) || '[]');
    }
    catch {
        return [];
    }
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
    for (const spec of pending) {
        try {
            await remote.save([tool_cache_toolDir(spec)], spec.key);
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


/***/ })

};
