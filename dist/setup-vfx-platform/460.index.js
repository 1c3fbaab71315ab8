export const id = 460;
export const ids = [460];
export const modules = {

/***/ 7460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hE: () => (/* binding */ scheduleSave),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   saveScheduled: () => (/* binding */ saveScheduled),
/* harmony export */   xt: () => (/* binding */ restoreTool)
/* harmony export */ });
/* unused harmony exports CACHE_SCHEMA, actionsCache */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2087);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7578);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1365);
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
    const local = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .findTool */ .SG)(spec);
    if (local)
        return { dir: local, source: 'tool-cache' };
    const remote = options.remote ?? actionsCache;
    if (options.useRemote === false || !remote.available())
        return undefined;
    const dir = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .toolDir */ .Oh)(spec);
    try {
        const hit = await remote.restore([dir], spec.key);
        if (hit === undefined)
            return undefined;
        await (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .markToolComplete */ .Ji)(spec);
        return { dir, source: 'actions-cache' };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`Cache restore failed for ${spec.key}; continuing without it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .saveState */ .LZ)(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse((0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getState */ .Gu)(SAVE_STATE) || '[]');
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
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    for (const spec of pending) {
        try {
            await remote.save([(0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .toolDir */ .Oh)(spec)], spec.key);
            saved.push(spec.key);
            _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
            if (/another job|reserve|already exists/i.test(message))
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
        }
    }
    return saved;
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ installTool),
/* harmony export */   Ji: () => (/* binding */ markToolComplete),
/* harmony export */   Oh: () => (/* binding */ toolDir),
/* harmony export */   SG: () => (/* binding */ findTool)
/* harmony export */ });
/* unused harmony export toolCacheRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2087);
/**
 * The runner's tool cache (level one of the two-level cache): `RUNNER_TOOL_CACHE/<tool>/<version>/<arch>` with an
 * `<arch>.complete` marker, the layout @actions/tool-cache uses, so tools we store are found by other actions and
 * vice versa. Installs are atomic: a tree is built in a staging folder and renamed into place, so a failed or
 * concurrent install never leaves a half-installed tree that a later job would trust.
 */




function toolCacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.');
    return root;
}
function toolDir(id) {
    for (const part of [id.tool, id.version, id.arch]) {
        if (!/^[A-Za-z0-9._+-]+$/.test(part))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Invalid tool-cache path component '${part}'`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(toolCacheRoot(), id.tool, id.version, id.arch);
}
function findTool(id) {
    const dir = toolDir(id);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${dir}.complete`) ? dir : undefined;
}
/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
async function installTool(id, populate) {
    const dir = toolDir(id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(`${dir}.staging-`);
    try {
        await populate(staging);
        if (findTool(id))
            return dir; // another job on this runner finished first; keep its tree
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }); // an incomplete tree from a crashed install
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, dir);
        }
        catch (error) {
            // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
            // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
                throw error;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function markToolComplete(id) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${toolDir(id)}.complete`, '');
}


/***/ })

};
