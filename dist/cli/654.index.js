export const id = 654;
export const ids = [654];
export const modules = {

/***/ 2654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReport: () => (/* binding */ formatReport),
/* harmony export */   locateAction: () => (/* binding */ locateAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3312);
/**
 * ci-actions run <action>: runs one action under the runner's contract through the local runner
 * (packages/local-runner) and prints what it produced; exits with the action's status.
 */



async function run(args, io) {
    const { values } = args;
    const inputs = (0,_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .pairs */ .AS)('with', values.with, 'run');
    const env = (0,_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .pairs */ .AS)('env', values.env, 'run');
    const actionDir = locateAction(args.positionals[0], io.cwd);
    const eventFile = values.event;
    const event = eventFile ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, eventFile), 'utf8')) : {};
    const { runLocalAction } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(547)]).then(__webpack_require__.bind(__webpack_require__, 547));
    const result = await runLocalAction({
        actionDir,
        inputs,
        env,
        event,
        eventName: values['event-name'] ??
            (event && typeof event === 'object' && 'pull_request' in event ? 'pull_request' : 'push'),
        workspace: values.workspace ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.workspace) : undefined,
        keep: values.keep === true,
        echo: values.quiet !== true
    });
    io.out(formatReport(result));
    return result.exitCode;
}
/** Finds the action folder: a path, or `<name>` in this repository (from the cwd up, then beside the CLI). */
function locateAction(action, from) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, action, 'action.yml')))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(from, action);
    const roots = [from];
    if (process.argv[1])
        roots.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1])), '..', '..'));
    for (const start of roots) {
        for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(start);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, action, 'action.yml')))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, action);
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
                break;
        }
    }
    throw new _arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`No action '${action}' here: expected ${action}/action.yml in this repository or a path to one.`, 'run');
}
function formatReport(result) {
    const section = (title, body) => `\n== ${title}\n${body.trimEnd() || '(none)'}\n`;
    const pairsText = (values) => Object.entries(values)
        .map(([k, v]) => (v.includes('\n') ? `${k}<<EOF\n${v}\nEOF` : `${k}=${v}`))
        .join('\n');
    const mask = (text) => result.masks.reduce((t, m) => t.split(m).join('***'), text);
    const kept = result.kept ? `\n== kept\n${result.root}\n` : '';
    return (mask(section('outputs', pairsText(result.outputs))) +
        mask(section('exported environment', pairsText(result.exportedEnv))) +
        mask(section('PATH additions', result.paths.join('\n'))) +
        mask(section('job summary', result.summary)) +
        kept +
        `\n== result: ${result.success ? 'success' : `failure (exit code ${result.exitCode})`}\n`);
}


/***/ })

};
