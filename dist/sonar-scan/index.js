import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/commands.js
/**
 * The runner's command protocol, written directly: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::add-mask::`, `::error …::`, groups).
 *
 * Why not @actions/core: importing it loads @actions/http-client and undici (~1 MB of bundle, ~150 ms of start-up
 * on a 2-core runner), which alone breaks our cold-start goal of 1.5x `node -e 0`. The protocol is small and
 * stable; commands.test.ts checks that these functions write byte-for-byte what @actions/core writes.
 */



function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn'
};
function formatCommand(command, properties, message) {
    // The runner's own order (title first), whatever order the caller wrote them in.
    const props = Object.keys(PROPERTY_NAMES)
        .filter(key => properties[key] !== undefined && properties[key] !== '')
        .map(key => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issue(command, message, properties = {}) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
/**
 * A heredoc delimiter, random like @actions/core's but without loading node:crypto (~7 ms of every action's
 * start-up): what keeps a value from ending the heredoc early is the check that it does not contain the delimiter,
 * not the delimiter being unpredictable; a clash just draws another one.
 */
function delimiterFor(name, value) {
    for (;;) {
        const token = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32)
            .toString(16)
            .padStart(8, '0'));
        const candidate = `ghadelimiter_${token.join('-')}`;
        if (!name.includes(candidate) && !value.includes(candidate))
            return candidate;
    }
}
/** `name<<delimiter` heredoc, the form the runner accepts for any value. */
function formatFileCommand(name, value, delimiterValue = delimiterFor(name, value)) {
    if (name.includes(delimiterValue) || value.includes(delimiterValue)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiterValue}`);
    }
    return `${name}<<${delimiterValue}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiterValue}${external_node_os_.EOL}`;
}
function appendFileCommand(envName, text) {
    const path = process.env[envName];
    if (!path)
        return false;
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${envName})`);
    (0,external_node_fs_.appendFileSync)(path, text, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', formatFileCommand(name, value))) {
        process.stdout.write(external_node_os_.EOL + formatCommand('set-output', {}, value).replace('::set-output::', `::set-output name=${name}::`) + external_node_os_.EOL);
    }
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendFileCommand('GITHUB_ENV', formatFileCommand(name, value)))
        issue(`set-env name=${name}`, value);
}
function addPath(path) {
    if (!appendFileCommand('GITHUB_PATH', path + EOL))
        issue('add-path', path);
    process.env.PATH = `${path}${delimiter}${process.env.PATH ?? ''}`;
}
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', formatFileCommand(name, value)))
        issue(`save-state name=${name}`, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issue('add-mask', value);
}
/**
 * Text from outside (API answers, tool output, file names) must never start a workflow command: the runner reads a
 * line as a command when, after leading white space, it starts with `::`, and as a legacy command when it holds
 * `##[`. A zero-width space (not white space to the runner) breaks both; line ends of every kind (CR alone too)
 * are made plain newlines so that a bare CR cannot hide a second line.
 */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
        .join(external_node_os_.EOL);
}
const info = (message) => void process.stdout.write(neutralizeCommands(message) + external_node_os_.EOL);
const debug = (message) => issue('debug', message);
const notice = (message, properties) => issue('notice', message, properties);
const warning = (message, properties) => issue('warning', message, properties);
const error = (message, properties) => issue('error', message, properties);
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    process.stdout.write(`::group::${escapeData(name)}${external_node_os_.EOL}`);
    try {
        return await fn();
    }
    finally {
        process.stdout.write(`::endgroup::${external_node_os_.EOL}`);
    }
}
function appendSummary(markdown) {
    appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input: names the input, the value given and what is accepted. */
class errors_InputError extends UserError {
    input;
    value;
    accepted;
    name = 'InputError';
    constructor(input, value, accepted) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
/**
 * The runner files (outputs, env, path, state) through commands.ts, plus the phase of the shared bundle.
 * Outputs are validated against nothing here: test/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 */

const PHASE_STATE = 'isPost';
function runner_setOutput(name, value) {
    setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
function runner_exportVariable(name, value) {
    core.exportVariable(name, value);
}
function runner_addPath(path) {
    core.addPath(path);
}
function runner_saveState(name, value) {
    saveState(name, typeof value === 'string' ? value : JSON.stringify(value));
}
function runner_getState(name) {
    return getState(name);
}
/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
function isPostPhase() {
    return getState(PHASE_STATE) === 'true';
}
function markMainStarted() {
    saveState(PHASE_STATE, 'true');
}
const log = {
    info: (message) => info(message),
    notice: (message, properties) => notice(message, properties),
    warning: (message, properties) => warning(message, properties),
    error: (message, properties) => error(message, properties),
    debug: (message) => debug(message),
    group: (name, fn) => group(name, fn)
};
function defaultOs() {
    return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
function defaultArch() {
    return process.arch === 'arm64' ? 'ARM64' : process.arch === 'ia32' ? 'X86' : process.arch === 'arm' ? 'ARM' : 'X64';
}
function runnerContext(env = process.env) {
    return {
        os: env.RUNNER_OS || defaultOs(),
        arch: env.RUNNER_ARCH || defaultArch(),
        temp: env.RUNNER_TEMP || '',
        toolCache: env.RUNNER_TOOL_CACHE || '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        eventName: env.GITHUB_EVENT_NAME || '',
        eventPath: env.GITHUB_EVENT_PATH || '',
        repository: env.GITHUB_REPOSITORY || '',
        ref: env.GITHUB_REF || '',
        sha: env.GITHUB_SHA || '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */




const CLEANUP_STATE = 'toolkit-cleanup';
const registered = [];
/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
function maskSecret(value) {
    if (value === '')
        return;
    setSecret(value);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4 && line !== value)
            setSecret(line.trim());
    }
}
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
function registerCleanup(path) {
    if (registered.includes(path))
        return;
    registered.push(path);
    saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
function privateTempDir(prefix) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(runnerTemp(), `${prefix}-`));
    registerCleanup(dir);
    return dir;
}
/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
function writeSecretFile(prefix, fileName, content) {
    const dir = privateTempDir(prefix);
    const path = join(dir, fileName);
    writeFileSync(path, content, { mode: 0o600, flag: 'wx' });
    return path;
}
/** Removes everything registered in this process and in the saved state. Never throws. */
function runCleanup() {
    let saved = [];
    try {
        saved = JSON.parse(process.env[`STATE_${CLEANUP_STATE}`] || '[]');
    }
    catch {
        saved = [];
    }
    const removed = [];
    for (const path of new Set([...saved, ...registered])) {
        try {
            if ((0,external_node_fs_.existsSync)(path)) {
                (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
                removed.push(path);
            }
        }
        catch (error) {
            warning(`Could not remove ${path}: ${String(error)}`);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/action.js
/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 */




async function runAction(phases) {
    if (isPostPhase()) {
        await runPost(phases.post);
        return;
    }
    markMainStarted();
    try {
        await phases.main();
    }
    catch (error) {
        reportFailure(error);
    }
}
async function runPost(post) {
    try {
        if (post)
            await post();
    }
    catch (error) {
        warning(`Post step: ${errorMessage(error)}`);
    }
    finally {
        runCleanup();
    }
}
function reportFailure(error) {
    if (error instanceof UserError) {
        setFailed(error.message);
        return;
    }
    // A bug: keep the stack for the report, but still one clear annotation.
    setFailed(`Unexpected error: ${errorMessage(error)}`);
    if (error instanceof Error && error.stack)
        debug(error.stack);
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
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
        throw new UserError(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
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
const MEMBER_ASSOCIATIONS = (/* unused pure expression or super */ null && (['OWNER', 'MEMBER', 'COLLABORATOR']));
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test, user values
 * escaped so a file name cannot inject markup) and appended to GITHUB_STEP_SUMMARY once per step.
 */

function escapeCell(value) {
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function mermaid(source) {
    return '```mermaid\n' + source.trim() + '\n```\n';
}
function codeBlock(source, language = '') {
    return '```' + language + '\n' + source.replace(/\n$/, '') + '\n```\n';
}
function details(title, body) {
    return `<details><summary>${escapeCell(title)}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
function writeSummary(...sections) {
    try {
        appendSummary(sections.join('\n'));
    }
    catch (error) {
        warning(`Could not write the job summary: ${String(error)}`);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/analysis-context.js
/**
 * What is being analysed, from the GitHub context alone (event name, payload, GITHUB_REF): a pull request
 * (`sonar.pullrequest.*`), a branch (`sonar.branch.name`) or something Sonar has no parameters for (a tag). It reads
 * the event payload rather than the checkout, so it is also right inside container jobs and shallow clones.
 */

function analysisContext(github) {
    const fromDependabot = github.actor === 'dependabot[bot]';
    const pr = pullRequestOf(github.eventName, github.event, github.repository);
    if (pr && typeof pr.number === 'number' && pr.headRef && pr.baseRef) {
        const { fromFork } = pr;
        return {
            kind: 'pull-request',
            properties: {
                'sonar.pullrequest.key': String(pr.number),
                'sonar.pullrequest.branch': pr.headRef,
                'sonar.pullrequest.base': pr.baseRef,
                ...(pr.headSha ? { 'sonar.scm.revision': pr.headSha } : {})
            },
            fromFork,
            fromDependabot,
            description: `pull request #${pr.number} (${pr.headRef} → ${pr.baseRef})${fromFork ? ` from fork ${pr.headRepository ?? '(deleted)'}` : ''}`
        };
    }
    const branch = /^refs\/heads\/(.+)$/.exec(github.ref)?.[1];
    if (branch) {
        return {
            kind: 'branch',
            properties: { 'sonar.branch.name': branch, ...(github.sha ? { 'sonar.scm.revision': github.sha } : {}) },
            fromFork: false,
            fromDependabot,
            description: `branch ${branch}`
        };
    }
    return {
        kind: 'other',
        properties: {},
        fromFork: false,
        fromDependabot,
        description: github.ref
            ? `${github.ref} (analysed as the main branch)`
            : 'no branch information (analysed as the main branch)'
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/process.js

class ProcessError extends UserError {
    command;
    result;
    constructor(command, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
        super(result.timedOut
            ? `${command} did not finish in time and was stopped.`
            : `${command} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : '.'}`);
        this.command = command;
        this.result = result;
    }
}
async function runProcess(file, args, options = {}) {
    // Loaded on first use: node:child_process (with net and streams) costs an action's start-up ~7 ms.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 19));
    const extra = options.extraInputs ?? [];
    const stdio = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe')];
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = spawn(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio,
                shell: false,
                windowsHide: true
            });
        }
        catch (error) {
            reject(error);
            return;
        }
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout?.on('data', (chunk) => {
            out.push(chunk);
            if (options.echo)
                process.stdout.write(chunk);
        });
        child.stderr?.on('data', (chunk) => {
            err.push(chunk);
            if (options.echo)
                process.stderr.write(chunk);
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input ?? '');
        extra.forEach((value, i) => {
            const stream = child.stdio[3 + i];
            stream.on('error', () => undefined);
            stream.end(value);
        });
        child.on('error', error => {
            if (timer)
                clearTimeout(timer);
            const code = error.code;
            reject(code === 'ENOENT' ? new UserError(`${file} was not found on PATH.`) : error);
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            const result = {
                exitCode: code ?? -1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut
            };
            if ((options.check ?? true) && (timedOut || result.exitCode !== 0))
                reject(new ProcessError(file, result));
            else
                resolve(result);
        });
    });
}
/** Finds an executable on PATH (PATHEXT on Windows) without running anything. */
async function which(name, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 19));
    const { delimiter, join, isAbsolute } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19));
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const candidates = isAbsolute(name)
        ? [name]
        : (env.PATH ?? '')
            .split(delimiter)
            .filter(Boolean)
            .flatMap(dir => exts.map(ext => join(dir, name + ext)));
    for (const candidate of candidates) {
        try {
            await access(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/coverage-plan.js
/**
 * Which coverage reports to use, decided from the files found under `coverage-dir`. `auto` prefers what needs the
 * least guessing: gcov JSON (or .gcda data gcov can read), then llvm-cov export JSON, then existing XML reports.
 * Generic-format XML (gcovr --sonarqube, our own) goes to sonar.coverageReportPaths; Cobertura XML (coverage.py's
 * `coverage xml`) only Sonar's Python analyser reads, through sonar.python.coverage.reportPaths.
 */
function planCoverage(mode, found, where) {
    const gcov = () => ({
        mode: 'gcov',
        gcovJson: found.gcovJson,
        gcda: found.gcovJson.length ? [] : found.gcda
    });
    const llvm = () => ({ mode: 'llvm-cov', llvmJson: found.llvmJson });
    const xml = () => ({
        mode: 'coverage-xml',
        genericXml: found.genericXml,
        coberturaXml: found.coberturaXml
    });
    const hasGcov = found.gcovJson.length + found.gcda.length > 0;
    const hasXml = found.genericXml.length + found.coberturaXml.length > 0;
    switch (mode) {
        case 'none':
            return { mode: 'none', reason: "coverage: 'none'" };
        case 'gcov':
            return hasGcov ? gcov() : { mode: 'none', reason: `no *.gcov.json(.gz) or *.gcda files under ${where}` };
        case 'llvm-cov':
            return found.llvmJson.length ? llvm() : { mode: 'none', reason: `no llvm-cov export JSON under ${where}` };
        case 'coverage-xml':
            return hasXml ? xml() : { mode: 'none', reason: `no generic or Cobertura coverage XML under ${where}` };
        case 'auto':
            if (hasGcov)
                return gcov();
            if (found.llvmJson.length)
                return llvm();
            if (hasXml)
                return xml();
            return { mode: 'none', reason: `no coverage data found under ${where}` };
    }
}
/** Classifies a file by name alone; JSON and XML need their content sniffed (see sniffReport). */
function classifyByName(name) {
    if (/\.gcov\.json(\.gz)?$/i.test(name))
        return 'gcov-json';
    if (/\.gcda$/i.test(name))
        return 'gcda';
    if (/\.json$/i.test(name))
        return 'json';
    if (/\.xml$/i.test(name))
        return 'xml';
    return undefined;
}
/** What a JSON or XML report is, from its first few kilobytes. */
function sniffReport(head) {
    if (/"type"\s*:\s*"llvm\.coverage\.json\.export"/.test(head))
        return 'llvm-json';
    const root = /<coverage\b[^>]*>/.exec(head)?.[0];
    if (!root)
        return undefined;
    if (/\bversion\s*=\s*["']1["']/.test(root) && !/line-rate/.test(root))
        return 'generic-xml';
    if (/line-rate/.test(root))
        return 'cobertura-xml';
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/generic-coverage.js
/**
 * Sonar's generic test coverage format (https://docs.sonarsource.com/ "Generic test data"): one <file> per source,
 * one <lineToCover> per executable line, with branch counts where known. Converters (gcov JSON, llvm-cov export)
 * fill a CoverageMap keyed by absolute path; this module merges, makes paths relative to the project base dir and
 * renders the XML. Paths are relative because the scanner runs elsewhere than the build may have (container jobs
 * build under /__w/..., the host sees /home/runner/work/...).
 */

/** Adds one observation; the same line seen in several reports (a header in many translation units) is summed. */
function addLine(map, path, line, hits, branches = 0, coveredBranches = 0) {
    let file = map.get(path);
    if (!file)
        map.set(path, (file = new Map()));
    const known = file.get(line);
    if (!known) {
        file.set(line, { hits, branches, coveredBranches });
        return;
    }
    known.hits += hits;
    // Branch sets of one line are the same code seen again: keep the widest view, not the sum.
    known.branches = Math.max(known.branches, branches);
    known.coveredBranches = Math.min(known.branches, Math.max(known.coveredBranches, coveredBranches));
}
function toPosix(path) {
    return path.replace(/\\/g, '/');
}
function isAbsoluteAnywhere(path) {
    return (0,external_node_path_.isAbsolute)(path) || external_node_path_.posix.isAbsolute(path) || external_node_path_.win32.isAbsolute(path);
}
/**
 * The path of `source` relative to `baseDir` (POSIX separators), or undefined when it lies outside (system and
 * third-party headers, which Sonar would reject). When the report was written under another root (a container's
 * /__w/... workspace), the longest trailing part of the path that exists under baseDir is used instead, if it has
 * at least two components (a lone `main.cpp` could match the wrong file).
 */
function relativeToBase(source, baseDir, existsUnderBase) {
    const file = external_node_path_.posix.normalize(toPosix(source));
    const base = external_node_path_.posix.normalize(toPosix(baseDir)).replace(/\/+$/, '');
    if (!isAbsoluteAnywhere(file))
        return file.startsWith('../') ? undefined : file;
    const caseless = /^[a-z]:\//i.test(base);
    const [f, b] = caseless ? [file.toLowerCase(), base.toLowerCase()] : [file, base];
    if (f.startsWith(`${b}/`))
        return file.slice(base.length + 1);
    if (!existsUnderBase)
        return undefined;
    const parts = file.split('/').filter(Boolean);
    for (let start = 1; start <= parts.length - 2; start++) {
        const candidate = parts.slice(start).join('/');
        if (existsUnderBase(candidate))
            return candidate;
    }
    return undefined;
}
function relativeCoverage(map, baseDir, existsUnderBase) {
    const byPath = new Map();
    const outside = [];
    for (const [source, lines] of map) {
        const path = relativeToBase(source, baseDir, existsUnderBase);
        if (path === undefined) {
            outside.push(source);
            continue;
        }
        const target = byPath.get(path);
        if (!target) {
            byPath.set(path, lines); // shared, not copied: the map is consumed here and copying 10^5 lines costs real time
            continue;
        }
        const merged = new Map([[path, target]]);
        for (const [n, c] of lines)
            addLine(merged, path, n, c.hits, c.branches, c.coveredBranches);
    }
    const files = [...byPath]
        .map(([path, lines]) => ({ path, lines }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, outside: outside.sort() };
}
function escapeAttribute(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function renderGenericCoverage(coverage) {
    // One string per file, built by concatenation: for 10^5 lines this is several times faster than joining an array.
    const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<coverage version="1">\n'];
    for (const file of coverage) {
        let text = `  <file path="${escapeAttribute(file.path)}">\n`;
        const numbers = Float64Array.from(file.lines.keys()).sort();
        for (const line of numbers) {
            const c = file.lines.get(line);
            text +=
                c.branches > 0
                    ? `    <lineToCover lineNumber="${line}" covered="${c.hits > 0}" branchesToCover="${c.branches}" coveredBranches="${c.coveredBranches}"/>\n`
                    : `    <lineToCover lineNumber="${line}" covered="${c.hits > 0}"/>\n`;
        }
        out.push(text + '  </file>\n');
    }
    out.push('</coverage>\n');
    return out.join('');
}
function coverageTotals(files) {
    const totals = { files: files.length, lines: 0, coveredLines: 0, branches: 0, coveredBranches: 0 };
    for (const file of files) {
        for (const c of file.lines.values()) {
            totals.lines++;
            if (c.hits > 0)
                totals.coveredLines++;
            totals.branches += c.branches;
            totals.coveredBranches += c.coveredBranches;
        }
    }
    return totals;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/gcov-json.js
/**
 * Reads gcov's JSON intermediate format (`gcov --json-format`, GCC 9+; format_version "1" and "2"): one object per
 * .gcda file, or several of them one per line (`--stdout`). Sources are resolved against the object's
 * current_working_directory. Exception-only branches (`throw: true`) are left out, as gcovr does by default with
 * --exclude-throw-branches, because no test suite covers them and they would drown the real branch figures.
 */



/** Splits `--stdout` output (one JSON document per line) or a single (possibly pretty-printed) document. */
function parseGcovDocuments(text, origin) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        // several documents, one per line
    }
    return trimmed
        .split(/\r?\n/)
        .filter(line => line.trim() !== '')
        .map((line, i) => {
        try {
            return JSON.parse(line);
        }
        catch {
            throw new UserError(`${origin}: line ${i + 1} is not gcov JSON (expected the output of gcov --json-format).`);
        }
    });
}
function addGcovReport(map, report, origin) {
    if (!Array.isArray(report.files))
        throw new UserError(`${origin}: not gcov JSON output (no "files" array).`);
    const cwd = report.current_working_directory ?? '';
    for (const file of report.files) {
        if (typeof file.file !== 'string')
            continue;
        const path = (0,external_node_path_.isAbsolute)(file.file) || cwd === '' ? file.file : (0,external_node_path_.join)(cwd, file.file);
        for (const line of file.lines ?? []) {
            const branches = (line.branches ?? []).filter(branch => !branch.throw);
            const covered = branches.filter(branch => branch.count > 0).length;
            addLine(map, path, line.line_number, line.count, branches.length, covered);
        }
    }
}
function addGcovText(map, text, origin) {
    for (const report of parseGcovDocuments(text, origin))
        addGcovReport(map, report, origin);
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/llvm-export.js
/**
 * Reads `llvm-cov export -format=text` JSON (type "llvm.coverage.json.export") into line coverage. LLVM reports
 * regions as segments [line, col, count, hasCount, isRegionEntry, isGapRegion?]; a line's count follows llvm-cov's
 * own rule (LineCoverageStats): the line is mapped when a counted region starts on it or a counted region wraps
 * into it from an earlier line, unless a skipped region starts it; its count is the highest of the wrapping
 * segment and the region entries starting on it. Branch records [line, col, endLine, endCol, trueCount,
 * falseCount, ...] give two branches each.
 */


function isLlvmExport(value) {
    return typeof value === 'object' && value !== null && value.type === 'llvm.coverage.json.export';
}
const isStartOfRegion = (s) => !s[5] && s[3] && s[4];
/** Line → execution count for one file's segments (sorted by position, as llvm-cov writes them). */
function lineCounts(segments) {
    const counts = new Map();
    if (segments.length === 0)
        return counts;
    let wrapped;
    let i = 0;
    const last = segments[segments.length - 1][0];
    for (let line = segments[0][0]; line <= last; line++) {
        const onLine = [];
        while (i < segments.length && segments[i][0] === line)
            onLine.push(segments[i++]);
        const regionStarts = onLine.filter(isStartOfRegion);
        const first = onLine[0];
        const startsSkipped = first !== undefined && !first[3] && first[4];
        const mapped = !startsSkipped && ((wrapped !== undefined && wrapped[3]) || regionStarts.length > 0);
        if (mapped) {
            let count = wrapped ? wrapped[2] : 0;
            for (const s of regionStarts)
                count = Math.max(count, s[2]);
            counts.set(line, count);
        }
        if (onLine.length > 0)
            wrapped = onLine[onLine.length - 1];
    }
    return counts;
}
function addLlvmExport(map, document, origin) {
    if (!isLlvmExport(document))
        throw new UserError(`${origin}: not llvm-cov export JSON (type llvm.coverage.json.export).`);
    for (const unit of document.data ?? []) {
        for (const file of unit.files ?? []) {
            const branchesByLine = new Map();
            for (const b of file.branches ?? []) {
                const entry = branchesByLine.get(b[0]) ?? { total: 0, covered: 0 };
                entry.total += 2;
                entry.covered += (b[4] > 0 ? 1 : 0) + (b[5] > 0 ? 1 : 0);
                branchesByLine.set(b[0], entry);
            }
            for (const [line, count] of lineCounts(file.segments ?? [])) {
                const branches = branchesByLine.get(line);
                addLine(map, file.filename, line, count, branches?.total ?? 0, branches?.covered ?? 0);
            }
        }
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/collect-coverage.js
/**
 * The I/O half of coverage: finds report files under coverage-dir, runs gcov on .gcda data when no JSON exists,
 * converts to Sonar's generic XML and returns the scanner properties to set. The decisions live in
 * coverage-plan.ts, the formats in gcov-json.ts, llvm-export.ts and generic-coverage.ts.
 */











const SKIP_DIRS = new Set(['.git', 'node_modules', '.scannerwork', '.sonar']);
async function walk(dir, found) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                await walk(path, found);
        }
        else if (entry.isFile() && classifyByName(entry.name)) {
            found.push(path);
        }
    }
}
function head(path, bytes = 4096) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.alloc(bytes);
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, bytes, 0)).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function findCoverageCandidates(dir, needsSniffing) {
    const files = [];
    await walk(dir, files);
    files.sort();
    const found = { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] };
    for (const file of files) {
        const kind = classifyByName(file);
        if (kind === 'gcov-json')
            found.gcovJson.push(file);
        else if (kind === 'gcda')
            found.gcda.push(file);
        else if (needsSniffing && (kind === 'json' || kind === 'xml')) {
            const what = sniffReport(head(file));
            if (what === 'llvm-json')
                found.llvmJson.push(file);
            else if (what === 'generic-xml')
                found.genericXml.push(file);
            else if (what === 'cobertura-xml')
                found.coberturaXml.push(file);
        }
    }
    return found;
}
/** Runs gcov once per object folder, JSON to stdout, with branch data (`-b`). */
async function gcovOnGcda(gcda, map) {
    const byDir = new Map();
    for (const file of gcda)
        byDir.set((0,external_node_path_.dirname)(file), [...(byDir.get((0,external_node_path_.dirname)(file)) ?? []), file]);
    for (const [dir, files] of byDir) {
        const result = await runProcess('gcov', ['-b', '--json-format', '--stdout', '--object-directory', dir, ...files], {
            cwd: dir,
            check: false
        });
        if (result.exitCode !== 0 && result.stdout.trim() === '') {
            throw new UserError(`gcov failed in ${dir} (exit code ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
        addGcovText(map, result.stdout, `gcov output for ${dir}`);
    }
}
async function collectCoverage(mode, coverageDir, baseDir, outputDir) {
    if (mode === 'none')
        return { plan: planCoverage('none', emptyCandidates(), coverageDir), properties: {}, outside: 0 };
    const found = await findCoverageCandidates(coverageDir, mode !== 'gcov');
    const plan = planCoverage(mode, found, (0,external_node_path_.relative)(baseDir, coverageDir) || '.');
    if (plan.mode === 'none') {
        // Asked for a specific converter and found nothing: that is a broken pipeline, not a quiet pass.
        if (mode !== 'auto')
            throw new UserError(`coverage: '${mode}' was asked for, but there is ${plan.reason}.`);
        log.info(`Coverage: ${plan.reason}; the analysis runs without coverage.`);
        return { plan, properties: {}, outside: 0 };
    }
    if (plan.mode === 'coverage-xml') {
        const properties = {};
        if (plan.genericXml.length)
            properties['sonar.coverageReportPaths'] = plan.genericXml.join(',');
        if (plan.coberturaXml.length)
            properties['sonar.python.coverage.reportPaths'] = plan.coberturaXml.join(',');
        return { plan, properties, outside: 0 };
    }
    const map = new Map();
    if (plan.mode === 'gcov') {
        for (const file of plan.gcovJson) {
            const bytes = await (0,promises_.readFile)(file);
            addGcovText(map, (file.endsWith('.gz') ? (0,external_node_zlib_.gunzipSync)(bytes) : bytes).toString('utf8'), file);
        }
        if (plan.gcda.length)
            await gcovOnGcda(plan.gcda, map);
    }
    else {
        for (const file of plan.llvmJson)
            addLlvmExport(map, JSON.parse(await (0,promises_.readFile)(file, 'utf8')), file);
    }
    const converted = relativeCoverage(map, baseDir, rel => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseDir, rel)));
    if (converted.files.length === 0) {
        throw new UserError(`Coverage data was found (${plan.mode}) but none of its ${map.size} source files lies under the project base dir ${baseDir}.`);
    }
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const report = (0,external_node_path_.join)(outputDir, 'sonar-generic-coverage.xml');
    await (0,promises_.writeFile)(report, renderGenericCoverage(converted.files));
    return {
        plan,
        properties: { 'sonar.coverageReportPaths': report },
        totals: coverageTotals(converted.files),
        outside: converted.outside.length,
        convertedReport: report
    };
}
function emptyCandidates() {
    return { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] };
}
/** The coverage line of the job summary: the mode, the report properties (or why none), the totals. */
function coverageSummary(coverage) {
    const detail = coverage.plan.mode === 'none'
        ? coverage.plan.reason
        : Object.entries(coverage.properties)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ') + (coverage.outside ? ` (${coverage.outside} sources outside the project left out)` : '');
    return { mode: coverage.plan.mode, detail, totals: coverage.totals };
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/inputs.js
/**
 * Typed input readers. Every action reads its inputs only through these, so each input is validated once and a
 * bad value fails with an error naming the input, the value and what is accepted. The input name is always the
 * first argument as a string literal: test/action-metadata.test.ts finds the inputs an action reads that way and
 * checks them against its action.yml.
 */


/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function raw(name) {
    return (process.env[inputEnvName(name)] ?? '').trim();
}
function readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new errors_InputError(name, value, options.pattern?.description ?? 'a non-empty value');
        return options.fallback ?? '';
    }
    if (options.pattern && !options.pattern.regex.test(value)) {
        throw new errors_InputError(name, value, options.pattern.description);
    }
    return value;
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
function readBoolean(name, fallback) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors_InputError(name, value, "'true' or 'false'");
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw new errors_InputError(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`);
    return match;
}
function readInt(name, options = {}) {
    const value = raw(name);
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    const accepted = options.min !== undefined && options.max !== undefined
        ? `a whole number from ${min} to ${max}`
        : options.min !== undefined
            ? `a whole number of at least ${min}`
            : 'a whole number';
    if (value === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw new errors_InputError(name, value, accepted);
    }
    if (!/^-?\d+$/.test(value))
        throw new errors_InputError(name, value, accepted);
    const n = Number(value);
    if (n < min || n > max)
        throw new errors_InputError(name, value, accepted);
    return n;
}
/** A list given one item per line or separated by commas; blank items and `#` comment lines are dropped. */
function readList(name) {
    return splitList(raw(name));
}
function splitList(value) {
    return value
        .split(/\r?\n/)
        .filter(line => !line.trim().startsWith('#'))
        .flatMap(line => line.split(','))
        .map(item => item.trim())
        .filter(item => item !== '');
}
/** Multi-line input kept line by line (no comma splitting), e.g. scanner arguments or globs with commas. */
function readLines(name) {
    return (process.env[inputEnvName(name)] ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** A label or a JSON array of labels (GitHub's `runs-on` shapes). */
function readStringOrArray(name, fallback = []) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (!value.startsWith('['))
        return [value];
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        throw new InputError(name, value, 'a label or a JSON array of labels');
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(item => typeof item === 'string' && item !== '')) {
        throw new InputError(name, value, 'a label or a non-empty JSON array of labels');
    }
    return parsed;
}
/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
function readSecret(name) {
    const value = (process.env[inputEnvName(name)] ?? '').trim();
    maskSecret(value);
    return value;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/scanner-args.js
/**
 * The scanner's argv and environment. Every value is one argv element, never shell text: the official action's
 * shell-based `args` handling had two CVEs (CVE-2025-58178, CVE-2025-59844). The token goes only into the
 * environment (SONAR_TOKEN), which the scanner reads itself; argv is visible to every process on the machine.
 */
/**
 * The property a user argument defines, however it is spelled: `-Dkey=v`, `-D key=v` and `--define key=v` as one
 * line, `--define=key=v`, `-Dkey =v`, or `key=v` after a lone `-D`/`--define` line. Undefined for other arguments.
 */
function definedKey(arg, previous) {
    const define = /^\s*(?:-D|--define(?:=|\s+|$))\s*(.*)$/s.exec(arg);
    const rest = define ? define[1] : previous !== undefined && /^\s*(?:-D|--define)\s*$/.test(previous) ? arg : undefined;
    if (rest === undefined)
        return undefined;
    const key = (/^([^=]*)/.exec(rest)?.[1] ?? '').trim();
    return key === '' ? undefined : key;
}
/** Property keys the user sets (any spelling definedKey reads); theirs win over ours. */
function userDefinedKeys(userArgs) {
    const keys = new Set();
    userArgs.forEach((arg, i) => {
        const key = definedKey(arg, i > 0 ? userArgs[i - 1] : undefined);
        if (key)
            keys.add(key);
    });
    return keys;
}
function scannerArguments(settings) {
    const overridden = userDefinedKeys(settings.userArgs);
    const ours = Object.entries(settings.properties)
        .filter(([key, value]) => value !== '' && !overridden.has(key))
        .map(([key, value]) => `-D${key}=${value}`);
    return [...ours, ...settings.userArgs];
}
/**
 * Properties whose values are credentials: the token and the legacy login/password, and every password or secret
 * the scanner or its JVM reads (proxy, truststore, keystore: `sonar.scanner.proxyPassword`,
 * `sonar.scanner.truststorePassword`, `javax.net.ssl.keyStorePassword`, `http.proxyPassword` …). Compared without
 * case or white space, so no spelling gets one onto argv, where every process on the machine can read it.
 */
function isCredentialKey(key) {
    const k = key.replace(/\s+/g, '').toLowerCase();
    return (['sonar.token', 'sonar.login', 'sonar.password'].includes(k) ||
        /(password|passphrase|secret|credential)/.test(k) ||
        /(^|\.)(token|apikey|api-key|auth)$/.test(k));
}
/** A user argument that would put a credential on argv; the caller refuses it with this message (never the value). */
function credentialInArgs(userArgs) {
    for (const [i, arg] of userArgs.entries()) {
        const key = definedKey(arg, i > 0 ? userArgs[i - 1] : undefined);
        if (key !== undefined && isCredentialKey(key)) {
            return `Input 'args' line ${i + 1} sets ${key.replace(/\s+/g, '')}: credentials must not be passed on the command line. Give the token in the 'token' input (or SONAR_TOKEN); the action hands it to the scanner in its environment. Proxy and keystore passwords belong in SONAR_SCANNER_JAVA_OPTS from a secret.`;
        }
    }
    return undefined;
}
/** The scanner's environment: the job's, plus the token and host the scanner reads itself. */
function scannerEnvironment(base, token, hostUrl) {
    const env = { ...base, SONAR_HOST_URL: hostUrl };
    // The runner hands every input to the action as INPUT_*; the scanner has no business seeing them (INPUT_TOKEN).
    for (const name of Object.keys(env))
        if (name.startsWith('INPUT_'))
            delete env[name];
    if (token)
        env.SONAR_TOKEN = token;
    else
        delete env.SONAR_TOKEN;
    return env;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/scanner-catalog.json
const scanner_catalog_namespaceObject = /*#__PURE__*/JSON.parse('{"//":"SonarScanner CLI downloads: the sha256 of each platform\'s official zip from https://binaries.sonarsource.com/Distribution/sonar-scanner-cli/ (each also published there as <zip>.sha256). A null sha256 means no published value could be confirmed when this file was written (no network access): the action refuses that platform unless the user gives scanner-sha256. Fill them from the .sha256 files next to each zip, never from a download you hashed yourself without checking it.","defaultVersion":"8.1.0.6389","baseUrl":"https://binaries.sonarsource.com/Distribution/sonar-scanner-cli","versions":{"8.1.0.6389":{"linux-x64":{"sha256":"bb8f709f9cb73352f8d1260a3b3c506c0f41146754bc630762c126d795499d0b","source":"Pinned in two independent public repositories (a CircleCI scanner install script and a projen component) for sonar-scanner-cli-8.1.0.6389-linux-x64.zip"},"linux-aarch64":{"sha256":null,"source":"not confirmed"},"windows-x64":{"sha256":null,"source":"not confirmed"},"macosx-x64":{"sha256":null,"source":"not confirmed"},"macosx-aarch64":{"sha256":null,"source":"not confirmed"}},"7.2.0.5079":{"linux-x64":{"sha256":"da9f4e64a3d555f08ce38b5469ebd91fe2b311af473f7001a5ee5c1fd58b004b","source":"Pinned in two independent public repositories (a `sha256sum -c` install script and a test asserting the pinned value) for sonar-scanner-cli-7.2.0.5079-linux-x64.zip"},"linux-aarch64":{"sha256":null,"source":"not confirmed"},"windows-x64":{"sha256":null,"source":"not confirmed"},"macosx-x64":{"sha256":null,"source":"not confirmed"},"macosx-aarch64":{"sha256":null,"source":"not confirmed"}}}}');
;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/scanner-catalog.js
/**
 * Which SonarScanner CLI zip to download and which sha256 it must have. The pinned values live in
 * scanner-catalog.json (data, with their sources); this module only decides. A platform without a pinned checksum
 * is refused unless the user supplies one: an unverified download would be a supply-chain hole, and silently
 * using another version than asked is the classic setup-action bug.
 */


const scannerCatalog = scanner_catalog_namespaceObject;
/** The scanner's platform name for a runner OS/arch (RUNNER_OS, RUNNER_ARCH); undefined where none is published. */
function scannerPlatform(os, arch) {
    const table = {
        'Linux/X64': 'linux-x64',
        'Linux/ARM64': 'linux-aarch64',
        'Windows/X64': 'windows-x64',
        'macOS/X64': 'macosx-x64',
        'macOS/ARM64': 'macosx-aarch64'
    };
    return table[`${os}/${arch}`];
}
const SHA256 = /^[0-9a-f]{64}$/;
function resolveScannerDownload(request, catalog = scannerCatalog) {
    const platform = scannerPlatform(request.os, request.arch);
    if (!platform) {
        throw new UserError(`SonarScanner CLI is not published for ${request.os}/${request.arch}; supported runners: Linux X64/ARM64, Windows X64, macOS X64/ARM64.`);
    }
    const given = request.sha256?.toLowerCase();
    if (given !== undefined && !SHA256.test(given)) {
        throw new UserError(`Input 'scanner-sha256' has the value '${request.sha256}': expected 64 hexadecimal characters.`);
    }
    const pinned = catalog.versions[request.version]?.[platform]?.sha256 ?? undefined;
    if (pinned && given && pinned !== given) {
        throw new UserError(`Input 'scanner-sha256' (${given}) differs from the checksum pinned in this action for sonar-scanner-cli ${request.version} ${platform} (${pinned}). Refusing to guess which is right.`);
    }
    const sha256 = pinned ?? given;
    if (!sha256) {
        const known = Object.entries(catalog.versions)
            .filter(([, platforms]) => platforms[platform]?.sha256)
            .map(([version]) => version);
        throw new UserError(`No sha256 is pinned for sonar-scanner-cli ${request.version} on ${platform}` +
            (known.length
                ? ` (pinned for ${platform}: ${known.join(', ')})`
                : ` (no version is pinned for ${platform} yet)`) +
            `. Give 'scanner-sha256' with the value published at ${catalog.baseUrl}/sonar-scanner-cli-${request.version}-${platform}.zip.sha256, ` +
            `optionally with 'scanner-mirror'.`);
    }
    const fileName = `sonar-scanner-cli-${request.version}-${platform}.zip`;
    const base = (request.mirror || catalog.baseUrl).replace(/\/+$/, '');
    return {
        version: request.version,
        platform,
        fileName,
        url: `${base}/${fileName}`,
        sha256,
        checksumSource: pinned ? 'catalog' : 'input'
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/inputs.js
/**
 * Every input of sonar-scan, read and validated here and nowhere else, before anything is downloaded or run: one
 * error naming the input. Secrets are masked as they are read (the token, and credentials inside scanner-mirror),
 * and no error ever repeats a credential.
 */









const HTTP_URL = /^https?:\/\/[^\s]+$/;
function readInputs() {
    let token = readSecret('token');
    if (!token && process.env.SONAR_TOKEN) {
        token = process.env.SONAR_TOKEN.trim();
        maskSecret(token);
    }
    const workspace = runnerContext().workspace;
    const baseDir = (0,external_node_path_.resolve)(workspace, readString('project-base-dir', { fallback: '.' }));
    if (!(0,external_node_fs_.existsSync)(baseDir))
        throw new errors_InputError('project-base-dir', baseDir, 'a folder that exists in the workspace');
    const coverageDir = readString('coverage-dir');
    const args = readLines('args');
    const credentialProblem = credentialInArgs(args);
    if (credentialProblem)
        throw new UserError(credentialProblem);
    return {
        token,
        hostUrl: readUrl('host-url', 'https://sonarcloud.io').replace(/\/+$/, ''),
        organization: readString('organization', {
            pattern: { regex: /^[\w.-]+$/, description: 'an organization key (letters, digits, -, _, .)' }
        }),
        projectKey: readString('project-key', {
            pattern: { regex: /^[\w.:-]+$/, description: 'a project key (letters, digits, -, _, ., :)' }
        }),
        scannerVersion: readString('scanner-version', {
            fallback: scannerCatalog.defaultVersion,
            pattern: { regex: /^\d+(\.\d+){1,3}$/, description: 'a sonar-scanner-cli version such as 8.1.0.6389' }
        }),
        scannerMirror: readUrl('scanner-mirror', ''),
        scannerSha256: readString('scanner-sha256', {
            pattern: { regex: /^[0-9a-fA-F]{64}$/, description: 'a sha256 of 64 hexadecimal characters' }
        }),
        args,
        baseDir,
        // Without a token nothing is analysed (a skip or the missing-token error comes first): no file to check.
        compileCommands: resolveCompileCommandsInput(readString('compile-commands'), baseDir, token !== ''),
        coverage: readChoice('coverage', ['auto', 'gcov', 'llvm-cov', 'coverage-xml', 'none'], 'auto'),
        coverageDir: coverageDir ? (0,external_node_path_.resolve)(workspace, coverageDir) : baseDir,
        qualityGate: readChoice('quality-gate', ['off', 'wait'], 'off'),
        qualityGateTimeout: readInt('quality-gate-timeout', { fallback: 300, min: 1, max: 3600 }),
        skipWithoutToken: readBoolean('skip-without-token', true),
        cache: readBoolean('cache', true)
    };
}
/** A URL input: credentials in it are masked before anything can print them, and an error shows it redacted. */
function readUrl(name, fallback) {
    const url = name === 'host-url' ? readString('host-url', { fallback }) : readString('scanner-mirror', { fallback });
    maskUrlCredentials(url);
    if (url !== '' && !HTTP_URL.test(url))
        throw new errors_InputError(name, redactUrl(url), 'an http(s) URL');
    return url;
}
/**
 * compile-commands: a named file must exist now, before the scanner is downloaded (a missing file is a broken
 * build configuration, found in seconds rather than after a download). `auto` is looked for later, after the build.
 */
function resolveCompileCommandsInput(setting, baseDir, check = true) {
    if (setting === '' || setting === 'auto')
        return setting;
    if (!check)
        return setting;
    const path = (0,external_node_path_.isAbsolute)(setting) ? setting : (0,external_node_path_.join)(baseDir, setting);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors_InputError('compile-commands', setting, `'auto' or the path of an existing compile_commands.json (${path} does not exist; configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON first)`);
    return path;
}

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
        throw new UserError('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.');
    return root;
}
function toolDir(id) {
    for (const part of [id.tool, id.version, id.arch]) {
        if (!/^[A-Za-z0-9._+-]+$/.test(part))
            throw new UserError(`Invalid tool-cache path component '${part}'`);
    }
    return (0,external_node_path_.join)(toolCacheRoot(), id.tool, id.version, id.arch);
}
function findTool(id) {
    const dir = toolDir(id);
    return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.existsSync)(`${dir}.complete`) ? dir : undefined;
}
/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
async function installTool(id, populate) {
    const dir = toolDir(id);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dir), { recursive: true });
    const staging = await (0,promises_.mkdtemp)(`${dir}.staging-`);
    try {
        await populate(staging);
        if (findTool(id))
            return dir; // another job on this runner finished first; keep its tree
        await (0,promises_.rm)(dir, { recursive: true, force: true }); // an incomplete tree from a crashed install
        try {
            await (0,promises_.rename)(staging, dir);
        }
        catch (error) {
            // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
            // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
            if (!(0,external_node_fs_.existsSync)(dir))
                throw error;
        }
        await (0,promises_.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function markToolComplete(id) {
    await (0,promises_.writeFile)(`${toolDir(id)}.complete`, '');
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
        const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
        return cache.restoreCache(paths, key, [], {}, true);
    },
    async save(paths, key) {
        const cache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
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
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        log.warning(`Cache restore failed for ${spec.key}; continuing without it (${errorMessage(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    runner_saveState(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse(runner_getState(SAVE_STATE) || '[]');
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
        log.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    for (const spec of pending) {
        try {
            await remote.save([toolDir(spec)], spec.key);
            saved.push(spec.key);
            log.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = errorMessage(error);
            if (/another job|reserve|already exists/i.test(message))
                log.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                log.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
        }
    }
    return saved;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/archive.js
/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */



function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0,promises_.mkdir)(destination, { recursive: true });
    if (archiveKind(nameForType) === 'zip' && process.platform !== 'win32') {
        await runProcess('unzip', ['-q', '-o', archive, '-d', destination]);
    }
    else {
        // Windows' bsdtar reads zip as well.
        await runProcess('tar', ['-xf', archive, '-C', destination]);
    }
}

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
        throw new UserError(`The proxy setting for ${target.protocol.slice(0, -1)} is not a URL (check https_proxy/http_proxy).`);
    }
    if (proxy.protocol !== 'http:') {
        throw new UserError(`Proxy ${proxy.protocol}//${proxy.host}: only http:// proxies are supported (HTTPS targets are tunnelled through them).`);
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


class HttpError extends UserError {
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
    const http = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 19));
    const proxy = proxyFor(target);
    if (!proxy) {
        const client = target.protocol === 'http:' ? http : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 19));
        return client.request(target, { method, headers: options.headers });
    }
    if (target.protocol === 'http:') {
        // The request line carries the whole URL; the proxy forwards it.
        const headers = { ...options.headers, host: target.host, ...proxyAuthorization(proxy) };
        return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers });
    }
    // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
    const socket = await openTunnel(http, proxy, target, timeoutMs);
    const [https, tls, net] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 19)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 19)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7030, 19))]);
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/download.js
/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */






class ChecksumError extends UserError {
}
async function downloadFile(url, destination, options = {}) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const partial = `${destination}.partial-${process.pid}`;
    try {
        const result = await withRetries(options, () => fetchOnce(url, partial, options), (error, wait) => log.info(`Download of ${url} failed (${error.message}); retrying in ${wait} ms`));
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
    const [{ createHash }, { pipeline }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 19)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6466, 19))]);
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/install-scanner.js
/**
 * Gets the SonarScanner CLI into the tool cache: tool cache, then @actions/cache, then the verified download
 * (sha256 checked while streaming, before anything is extracted). A fresh install is scheduled for saving in post.
 */










function scannerToolSpec(download) {
    return {
        tool: 'sonar-scanner-cli',
        version: download.version,
        arch: download.platform,
        // The checksum in the key: an entry made from other bytes (another mirror, another pin) can never hit.
        key: cacheKey('sonar-scanner-cli', download.version, download.platform, download.sha256)
    };
}
/** The scanner's home inside an extracted tree: the tree itself or its single top-level folder. */
function scannerHome(dir) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'bin')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'lib')))
        return dir;
    const folders = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).filter(entry => entry.isDirectory());
    const only = folders.length === 1 ? (0,external_node_path_.join)(dir, folders[0].name) : undefined;
    if (only && ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(only, 'bin')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(only, 'lib'))))
        return only;
    throw new UserError(`The scanner archive in ${dir} has no bin/ folder; is it a sonar-scanner-cli zip?`);
}
async function installScanner(download, useRemoteCache) {
    const spec = scannerToolSpec(download);
    const cached = await restoreTool(spec, { useRemote: useRemoteCache });
    if (cached)
        return { home: scannerHome(cached.dir), source: cached.source };
    // A mirror URL may carry credentials: they are masked, and printed only redacted, here and in any error.
    log.info(`Downloading ${redactUrl(download.url)} (sha256 ${download.sha256})`);
    const temp = privateTempDir('sonar-scanner-download');
    const zip = (0,external_node_path_.join)(temp, download.fileName);
    try {
        await downloadFile(download.url, zip, { sha256: download.sha256 });
    }
    catch (error) {
        if (error instanceof UserError)
            throw new UserError(redactUrls(error.message));
        throw new UserError(`Downloading the scanner from ${redactUrl(download.url)} failed: ${redactUrls(errorMessage(error))}`);
    }
    const dir = await installTool(spec, staging => extractArchive(zip, staging, download.fileName));
    if (useRemoteCache)
        scheduleSave(spec);
    return { home: scannerHome(dir), source: 'download' };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/organization.js
/**
 * The SonarCloud organization when none is given: the repository owner, lowercased. SonarCloud organization keys
 * are lowercase (an owner's display case, `AcademySoftwareFoundation`, is not a key: `academysoftwarefoundation`
 * is). SonarQube Server has no organizations, so nothing is set for other hosts.
 */
const SONARCLOUD_HOSTS = new Set(['sonarcloud.io', 'www.sonarcloud.io', 'sonarqube.us']);
function isSonarCloud(hostUrl) {
    try {
        return SONARCLOUD_HOSTS.has(new URL(hostUrl).hostname.toLowerCase());
    }
    catch {
        return false;
    }
}
function organizationFor(given, hostUrl, repository) {
    if (given !== '')
        return given;
    if (!isSonarCloud(hostUrl))
        return '';
    return (repository.split('/')[0] ?? '').toLowerCase();
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/compile-commands.js
/**
 * `compile-commands: auto`: where CMake, Meson and the IDE presets usually leave compile_commands.json. The first
 * existing candidate wins; the order puts the conventional `build/` first and the project root last (a checked-in
 * or symlinked database at the root is usually a copy of one of the others).
 */
const COMPILE_COMMANDS_CANDIDATES = [
    'build/compile_commands.json',
    '_build/compile_commands.json',
    'builddir/compile_commands.json',
    'cmake-build-debug/compile_commands.json',
    'cmake-build-release/compile_commands.json',
    'out/build/compile_commands.json',
    'compile_commands.json'
];
/** The first candidate for which `exists` holds; `extraDirs` (e.g. `build/*` found on disk) come after `build/`. */
function findCompileCommands(exists, extraDirs = []) {
    const [first, ...rest] = COMPILE_COMMANDS_CANDIDATES;
    const ordered = [
        first,
        ...extraDirs.map(dir => `${dir.replace(/\/+$/, '')}/compile_commands.json`),
        ...rest
    ];
    return ordered.find(candidate => exists(candidate));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/quality-gate.js
/**
 * `quality-gate: wait`: after the upload, the server processes the report asynchronously (a compute-engine task);
 * only then does the project have a quality-gate status. We poll api/ce/task until the task ends, then read
 * api/qualitygates/project_status for that analysis. A task that fails, or a gate of ERROR, fails the step (a
 * green job with a red gate would be a false green); running out of time fails as well, with what was last seen.
 */

function interpretCeTask(body) {
    const task = body?.task;
    const status = task?.status ?? '';
    if (status === 'PENDING' || status === 'IN_PROGRESS')
        return { state: 'pending', status };
    if (status === 'SUCCESS' && task?.analysisId)
        return { state: 'success', analysisId: task.analysisId };
    if (status === 'SUCCESS')
        return { state: 'failed', status, message: 'the task succeeded but named no analysis' };
    return { state: 'failed', status: status || 'UNKNOWN', message: task?.errorMessage ?? 'no error message' };
}
function interpretGate(body) {
    const project = body?.projectStatus;
    const raw = project?.status ?? 'NONE';
    // WARN existed before SonarQube 7.6; it never failed a gate.
    const status = raw === 'ERROR' ? 'ERROR' : raw === 'OK' || raw === 'WARN' ? 'OK' : 'NONE';
    const failedConditions = (project?.conditions ?? [])
        .filter(c => c.status === 'ERROR')
        .map(c => `${c.metricKey ?? '?'} = ${c.actualValue ?? '?'} (${c.comparator === 'GT' ? 'must be at most' : 'must be at least'} ${c.errorThreshold ?? '?'})`);
    return { status, failedConditions };
}
/** Poll spacing: a twentieth of the time allowed, between 200 ms and 5 s. */
function pollIntervalMs(timeoutMs) {
    return Math.min(5000, Math.max(200, Math.floor(timeoutMs / 20)));
}
async function waitForQualityGate(serverUrl, taskId, timeoutMs, io) {
    const base = serverUrl.replace(/\/+$/, '');
    const deadline = io.now() + timeoutMs;
    const interval = pollIntervalMs(timeoutMs);
    let polls = 0;
    let last = 'not yet polled';
    for (;;) {
        polls++;
        const task = interpretCeTask(await io.getJson(`${base}/api/ce/task?id=${encodeURIComponent(taskId)}`));
        if (task.state === 'success') {
            const gate = interpretGate(await io.getJson(`${base}/api/qualitygates/project_status?analysisId=${encodeURIComponent(task.analysisId)}`));
            return { ...gate, analysisId: task.analysisId, polls };
        }
        if (task.state === 'failed') {
            throw new UserError(`The server could not process the analysis (compute-engine task ${taskId} ended ${task.status}: ${task.message}).`);
        }
        last = task.status;
        if (io.now() + interval > deadline) {
            throw new UserError(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the quality gate: compute-engine task ${taskId} is still ${last}. Raise 'quality-gate-timeout' or check the server's background tasks.`);
        }
        await io.sleep(interval);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/report-task.js
function parseReportTask(text) {
    const values = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
        // Properties files escape ':' and '=' in values (https\://...).
        if (match?.[1])
            values[match[1]] = (match[2] ?? '').replace(/\\([:=\\ #!])/g, '$1');
    }
    return {
        projectKey: values.projectKey,
        serverUrl: values.serverUrl,
        dashboardUrl: values.dashboardUrl,
        ceTaskId: values.ceTaskId,
        ceTaskUrl: values.ceTaskUrl
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/scanner-command.js
/**
 * How to start the scanner. On Linux and macOS its own `bin/sonar-scanner` script. On Windows the launcher is a
 * .bat file, which Node can only start through cmd.exe, re-parsing every argument as shell text: the very hole of
 * the official action's CVEs. So on Windows we start the bundled Java directly, with what sonar-scanner.bat passes.
 */

function scannerCommand(home, os, projectDir, args, libJars = []) {
    if (os !== 'Windows')
        return { file: (0,external_node_path_.join)(home, 'bin', 'sonar-scanner'), args };
    const jar = libJars.find(name => /^sonar-scanner-cli-.*\.jar$/.test(name));
    return {
        file: (0,external_node_path_.join)(home, 'jre', 'bin', 'java.exe'),
        args: [
            '-Djava.awt.headless=true',
            '-classpath',
            (0,external_node_path_.join)(home, 'lib', jar ?? 'sonar-scanner-cli.jar'),
            `-Dscanner.home=${home}`,
            `-Dproject.home=${projectDir}`,
            'org.sonarsource.scanner.cli.Main',
            ...args
        ]
    };
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/scan-steps.js
/**
 * The I/O steps of a scan, each a named function main.ts calls in order: find compile commands (`auto`), run the
 * scanner (argv only, the token in its environment), read its report task, wait for the quality gate.
 */














/** A project key set in sonar-project.properties wins over our `<owner>_<repo>` default. */
function propertiesFileSetsKey(baseDir) {
    const file = (0,external_node_path_.join)(baseDir, 'sonar-project.properties');
    return (0,external_node_fs_.existsSync)(file) && /^\s*sonar\.projectKey\s*[=:]/m.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
}
/** compile-commands after the build: `auto` looks in the usual build folders; a named file was checked already. */
function compileCommandsAfterBuild(setting, baseDir) {
    if (setting !== 'auto')
        return setting || undefined;
    const buildDirs = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseDir, 'build'))
        ? (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(baseDir, 'build'), { withFileTypes: true })
            .filter(entry => entry.isDirectory())
            .map(entry => `build/${entry.name}`)
        : [];
    const found = findCompileCommands(rel => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(baseDir, rel)), buildDirs);
    log.debug(`compile-commands auto: ${found ?? 'none found'} (build folders looked at: ${buildDirs.join(', ') || 'none'})`);
    if (!found)
        log.info('compile-commands: auto found no compile_commands.json; C/C++ files will not be analysed.');
    return found ? (0,external_node_path_.join)(baseDir, found) : undefined;
}
async function runScanner(home, baseDir, argv, token, hostUrl, actionStarted) {
    const reportTaskFile = (0,external_node_path_.join)(baseDir, '.scannerwork', 'report-task.txt');
    await (0,promises_.rm)(reportTaskFile, { force: true }); // a stale file from an earlier run would give wrong links
    const lib = (0,external_node_path_.join)(home, 'lib');
    const command = scannerCommand(home, runnerContext().os, baseDir, argv, (0,external_node_fs_.existsSync)(lib) ? (0,external_node_fs_.readdirSync)(lib) : []);
    // Credentials never reach argv (refused in inputs.ts); URLs are redacted all the same.
    log.debug(`scanner: ${command.file}`);
    for (const arg of command.args)
        log.debug(`scanner argument: ${redactUrls(arg)}`);
    log.info(`Starting the scanner ${Math.round(external_node_perf_hooks_.performance.now() - actionStarted)} ms after the action started.`);
    const started = external_node_perf_hooks_.performance.now();
    await log.group('SonarScanner', () => runProcess(command.file, command.args, {
        cwd: baseDir,
        env: scannerEnvironment(process.env, token, hostUrl),
        echo: true
    }));
    const scannerMs = external_node_perf_hooks_.performance.now() - started;
    if (!(0,external_node_fs_.existsSync)(reportTaskFile)) {
        log.warning(`The scanner wrote no ${reportTaskFile}; no dashboard or task links to report.`);
        return { task: {}, scannerMs };
    }
    return { task: parseReportTask((0,external_node_fs_.readFileSync)(reportTaskFile, 'utf8')), scannerMs };
}
async function qualityGate(task, hostUrl, token, timeoutSeconds) {
    if (!task.ceTaskId)
        throw new UserError("quality-gate: 'wait' needs the scanner's report-task.txt with a ceTaskId, and there is none.");
    // The token goes only to the origin it was given for: a serverUrl elsewhere in report-task.txt is not followed.
    const serverUrl = task.serverUrl && sameOrigin(task.serverUrl, hostUrl) ? task.serverUrl : hostUrl;
    const authorization = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
    return waitForQualityGate(serverUrl, task.ceTaskId, timeoutSeconds * 1000, {
        getJson: async (url) => (await fetchJson(url, { headers: { authorization }, retries: 2, retryDelayMs: 500 })).data,
        sleep: sleep,
        now: () => Date.now()
    });
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/summary.js
/** The job summary: what was analysed, with which settings, the links and the gate, readable at a glance. */

function percent(part, whole) {
    return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
const GATE_ICON = { OK: '✅ OK', ERROR: '❌ ERROR', NONE: '➖ NONE (no gate for this project)' };
function renderScanSummary(s) {
    const rows = [
        ['Project', s.projectKey || '(from sonar-project.properties)'],
        ['Server', s.hostUrl],
        ['Analysed', s.analysed],
        ['Scanner', `${s.scanner.version} ${s.scanner.platform} (${s.scanner.source})`],
        ['Compile commands', s.compileCommands ?? 'not used'],
        ['Coverage', `${s.coverage.mode}: ${s.coverage.detail}`]
    ];
    if (s.coverage.totals) {
        const t = s.coverage.totals;
        rows.push([
            'Lines covered',
            `${t.coveredLines} / ${t.lines} (${percent(t.coveredLines, t.lines)}) in ${t.files} files`
        ]);
        if (t.branches)
            rows.push([
                'Branches covered',
                `${t.coveredBranches} / ${t.branches} (${percent(t.coveredBranches, t.branches)})`
            ]);
    }
    if (s.dashboardUrl)
        rows.push(['Dashboard', s.dashboardUrl]);
    if (s.taskUrl)
        rows.push(['Background task', s.taskUrl]);
    rows.push(['Quality gate', s.gate ? (GATE_ICON[s.gate.status] ?? s.gate.status) : 'not waited for']);
    if (s.scannerMs !== undefined)
        rows.push(['Scanner run time', `${(s.scannerMs / 1000).toFixed(1)} s`]);
    const failed = s.gate?.failedConditions.length
        ? '\n**Failed conditions**\n\n' + s.gate.failedConditions.map(c => `- ${c}`).join('\n') + '\n'
        : '';
    return (heading('SonarQube analysis') +
        '\n' +
        markdownTable(['', ''], rows) +
        failed +
        '\n' +
        details('Scanner arguments', markdownTable(['#', 'argument'], s.argv.map((arg, i) => [i + 1, arg]))));
}
function renderSkippedSummary(analysed, reason) {
    return (heading('SonarQube analysis skipped') +
        '\n' +
        markdownTable(['', ''], [
            ['Analysed', analysed],
            ['Reason', reason]
        ]));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/main.js
/**
 * sonar-scan: inputs, what is analysed (from the GitHub context), the verified scanner from the cache or a download,
 * coverage, the scanner run (argv only, the token in its environment), outputs, one summary, the quality gate.
 */
















async function main() {
    const started = external_node_perf_hooks_.performance.now();
    const inputs = readInputs();
    const runner = runnerContext();
    const context = analysisContext({
        eventName: runner.eventName,
        event: readEventPayload(runner.eventPath),
        ref: runner.ref,
        repository: runner.repository,
        sha: runner.sha,
        actor: process.env.GITHUB_ACTOR
    });
    log.debug(`analysing ${context.description} (${context.kind}); fork: ${context.fromFork}`);
    if (!inputs.token)
        return withoutToken(inputs, context);
    if (context.fromFork) {
        // pull_request_target (or a repository that sends secrets to forks) hands the token to a run over a fork's code.
        log.warning(`sonar-scan runs with a token on ${context.description} (${runner.eventName}): the fork's code and build scripts can read the token. Analyse fork pull requests without secrets (pull_request) or only after review; see the README.`);
    }
    const download = resolveScannerDownload({
        version: inputs.scannerVersion,
        os: runner.os,
        arch: runner.arch,
        mirror: inputs.scannerMirror || undefined,
        sha256: inputs.scannerSha256 || undefined
    });
    const scanner = await installScanner(download, inputs.cache);
    log.info(`SonarScanner CLI ${download.version} (${download.platform}) from ${scanner.source}: ${scanner.home}`);
    const compileCommands = compileCommandsAfterBuild(inputs.compileCommands, inputs.baseDir);
    const coverage = await collectCoverage(inputs.coverage, inputs.coverageDir, inputs.baseDir, (0,external_node_path_.join)(runner.temp || inputs.baseDir, 'sonar-scan'));
    log.debug(`coverage: ${coverage.plan.mode}${coverage.plan.mode === 'none' ? ` (${coverage.plan.reason})` : ''}`);
    const projectKey = inputs.projectKey || (propertiesFileSetsKey(inputs.baseDir) ? '' : runner.repository.replace('/', '_'));
    const organization = organizationFor(inputs.organization, inputs.hostUrl, runner.repository);
    log.debug(`project key: ${projectKey || '(sonar-project.properties)'}; organization: ${organization || '(none)'}`);
    const argv = scannerArguments({
        properties: {
            'sonar.host.url': inputs.hostUrl,
            'sonar.organization': organization,
            'sonar.projectKey': projectKey,
            'sonar.projectBaseDir': inputs.baseDir,
            ...(compileCommands ? { 'sonar.cfamily.compile-commands': compileCommands } : {}),
            ...coverage.properties,
            ...context.properties
        },
        userArgs: inputs.args
    });
    const { task, scannerMs } = await runScanner(scanner.home, inputs.baseDir, argv, inputs.token, inputs.hostUrl, started);
    runner_setOutput('skipped', 'false');
    runner_setOutput('dashboard-url', task.dashboardUrl ?? '');
    runner_setOutput('task-url', task.ceTaskUrl ?? '');
    const gate = inputs.qualityGate === 'wait'
        ? await qualityGate(task, inputs.hostUrl, inputs.token, inputs.qualityGateTimeout)
        : undefined;
    runner_setOutput('quality-gate', gate?.status ?? '');
    writeSummary(renderScanSummary({
        projectKey,
        hostUrl: redactUrl(inputs.hostUrl),
        analysed: context.description,
        scanner: { version: download.version, platform: download.platform, source: scanner.source },
        compileCommands,
        coverage: coverageSummary(coverage),
        dashboardUrl: task.dashboardUrl,
        taskUrl: task.ceTaskUrl,
        gate,
        scannerMs,
        argv: argv.map(redactUrls)
    }));
    if (gate?.status === 'ERROR') {
        throw new UserError(`Quality gate failed for ${projectKey || 'the project'}` +
            (gate.failedConditions.length ? `: ${gate.failedConditions.join('; ')}` : '') +
            (task.dashboardUrl ? `. See ${task.dashboardUrl}` : '.'));
    }
}
/** No token: a fork or Dependabot pull request is skipped with a notice (when allowed); anything else is an error. */
function withoutToken(inputs, context) {
    const tokenless = context.fromFork
        ? 'a pull request from a fork'
        : context.fromDependabot
            ? 'a Dependabot pull request'
            : undefined;
    if (tokenless && inputs.skipWithoutToken) {
        const reason = `No SonarQube token: ${tokenless} gets no repository secrets. The analysis runs when the change is merged.`;
        log.notice(`SonarQube analysis skipped. ${reason}`);
        runner_setOutput('skipped', 'true');
        runner_setOutput('dashboard-url', '');
        runner_setOutput('task-url', '');
        runner_setOutput('quality-gate', '');
        writeSummary(renderSkippedSummary(context.description, reason));
        return;
    }
    throw new UserError(`No SonarQube token for ${context.description}. Set the 'token' input or the SONAR_TOKEN environment variable from a secret` +
        (tokenless ? " (or leave 'skip-without-token' at true to skip such pull requests)." : '.'));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/post.js
/** Post: saves a freshly downloaded scanner to @actions/cache, once the job's work is done (never fails the job). */

async function post() {
    await saveScheduled();
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sonar-scan/index.js



void runAction({ main: main, post: post });

