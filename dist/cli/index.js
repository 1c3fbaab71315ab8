#!/usr/bin/env node
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

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ pairs),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   tm: () => (/* binding */ badValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/**
 * One command-line syntax for every command, on Node's own `util.parseArgs`: `--name value` and `--name=value`,
 * repeatable options, short aliases, `--help` everywhere. Each command declares its options once (with what a
 * value must be, for messages and help); a bad command line is one message naming the option, the value and what
 * is accepted, and exit status 2.
 */

/** A bad command line: printed with the command's usage hint, exit status 2. */
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
/** "--format has the value 'x': expected gitlab or github." */
function badValue(option, value, accepted, command) {
    const given = value === undefined ? 'is missing' : value === '' ? 'is empty' : `has the value '${value}'`;
    return new UsageError(`--${option} ${given}: expected ${accepted}.`, command);
}
const HELP = { type: 'boolean', short: 'h', description: 'show this help' };
/** Parses a command's arguments; throws UsageError (never parseArgs' own error codes) for anything it refuses. */
function parseCommandLine(command, argv) {
    const options = { ...command.options, help: HELP };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: Object.fromEntries(Object.entries(options).map(([name, o]) => [
                name,
                { type: o.type, multiple: o.multiple === true, ...(o.short ? { short: o.short } : {}) }
            ])),
            allowPositionals: command.operands !== undefined,
            strict: true,
            tokens: true
        });
    }
    catch (error) {
        throw new UsageError(explain(error), command.name);
    }
    if (parsed.values.help)
        return 'help';
    // parseArgs lets a later value of a single option replace an earlier one silently: say so instead.
    const seen = new Set();
    for (const token of parsed.tokens ?? []) {
        if (token.kind !== 'option' || command.options[token.name]?.multiple)
            continue;
        if (seen.has(token.name))
            throw badValue(token.name, token.value ?? '', 'it once', command.name);
        seen.add(token.name);
    }
    const operands = command.operands;
    if (operands) {
        const n = parsed.positionals.length;
        if (n < operands.min || (operands.max !== undefined && n > operands.max))
            throw new UsageError(`expected ${operands.synopsis}, got ${n} argument(s)`, command.name);
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
/** parseArgs' messages, in ours: which option, and what it takes. */
function explain(error) {
    // "Option '-w, --with <value>' argument missing": the long name is the one users know from --help.
    const quoted = /'(-[^']*)'/.exec(error.message)?.[1];
    const option = quoted && (/--[\w-]+/.exec(quoted)?.[0] ?? quoted);
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option ?? error.message}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /argument missing/.test(error.message)
                ? `${option ?? 'an option'} needs a value`
                : `${option ?? 'an option'} takes no value`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim();
        default:
            return error.message;
    }
}
function commandHelp(command) {
    const lines = [
        `usage: ci-actions ${command.name}${command.operands ? ` ${command.operands.synopsis}` : ''} [options]`
    ];
    lines.push('', command.summary, '', 'options:');
    const rows = Object.entries({ ...command.options, help: HELP }).map(([name, o]) => {
        const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`;
        return [flag, o.description + (o.multiple ? ' (repeatable)' : '')];
    });
    const width = Math.max(...rows.map(([flag]) => flag.length));
    for (const [flag, text] of rows)
        lines.push(`  ${flag.padEnd(width)}  ${text}`);
    return `${lines.join('\n')}\n`;
}
/** `--with name=value` pairs into a record; `name` must be non-empty. */
function pairs(option, given, command) {
    const record = {};
    for (const text of given ?? []) {
        const eq = text.indexOf('=');
        if (eq <= 0)
            throw badValue(option, text, 'name=value', command);
        record[text.slice(0, eq)] = text.slice(eq + 1);
    }
    return record;
}
/** A whole number within bounds, or UsageError naming the option. */
function wholeNumber(option, text, range, command) {
    if (text === undefined)
        return range.fallback;
    if (!/^\d+$/.test(text) || Number(text) < range.min || Number(text) > range.max)
        throw badValue(option, text, `a whole number from ${range.min} to ${range.max}`, command);
    return Number(text);
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

// EXTERNAL MODULE: ./.tmp/build-js/cli/src/arguments.js
var src_arguments = __nccwpck_require__(3312);
;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/main.js
/**
 * The `ci-actions` command: the actions' decisions outside a GitHub job (a GitLab pipeline, a terminal, a test).
 * It sits above the actions and imports them; nothing imports it. Each command is declared here with its options
 * (one syntax for all, util.parseArgs) and loaded only when it runs.
 */

const GITHUB_MATRIX_LIMIT = 256;
const COMMANDS = [
    {
        name: 'run',
        summary: "Runs an action (of this repository, or any folder with an action.yml) under the runner's contract in a " +
            'temporary workspace, then prints its outputs, exported environment, PATH additions and job summary; exits ' +
            "with the action's status.",
        operands: { synopsis: '<action>', min: 1, max: 1 },
        options: {
            with: { type: 'string', short: 'w', multiple: true, value: '<name=value>', description: 'an input' },
            env: {
                type: 'string',
                short: 'e',
                multiple: true,
                value: '<NAME=VALUE>',
                description: 'an environment variable'
            },
            event: { type: 'string', value: '<payload.json>', description: 'the event payload (default: {})' },
            'event-name': {
                type: 'string',
                value: '<name>',
                description: 'the event name (default: pull_request when the payload has one, else push)'
            },
            workspace: { type: 'string', value: '<dir>', description: 'the workspace (default: a temporary folder)' },
            keep: { type: 'boolean', description: 'keep the temporary workspace, temp and tool cache (removed by default)' },
            quiet: { type: 'boolean', short: 'q', description: "do not echo the action's log" }
        },
        load: () => __nccwpck_require__.e(/* import() */ 654).then(__nccwpck_require__.bind(__nccwpck_require__, 2654))
    },
    {
        name: 'matrix',
        summary: "build-matrix's expansion: the action's matrix JSON (github), or a GitLab child pipeline (gitlab). Spec " +
            'problems are printed as file:line:col, the places the action annotates; exit status 1 on an error.',
        options: {
            'spec-file': { type: 'string', value: '<file>', description: 'the spec (default: .github/ci-matrix.yml)' },
            format: { type: 'string', value: '<format>', description: "'github' (default) or 'gitlab'" },
            profile: {
                type: 'string',
                value: '<name>',
                description: "'auto' (default), 'full' or a profile of the spec (github)"
            },
            'max-jobs': {
                type: 'string',
                value: '<n>',
                description: `at most this many cells, 1 to ${GITHUB_MATRIX_LIMIT} (github; default ${GITHUB_MATRIX_LIMIT})`
            }
        },
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(264), __nccwpck_require__.e(655)]).then(__nccwpck_require__.bind(__nccwpck_require__, 655))
    },
    {
        name: 'probe-gpu',
        summary: "gpu-runner-fallback's probe on this machine, printed as dotenv lines for GitLab's artifacts:reports:dotenv; " +
            'the reason goes to stderr. Exit status 1 with --require when no usable GPU is found.',
        options: {
            format: { type: 'string', value: '<format>', description: "'dotenv' (the default and only format)" },
            'gpu-test-regex': {
                type: 'string',
                value: '<regex>',
                description: 'the tests to exclude without a GPU (default: gpu|cuda|optix)'
            },
            'min-compute-capability': { type: 'string', value: '<x.y>', description: 'the lowest usable compute capability' },
            'min-memory-mb': { type: 'string', value: '<n>', description: 'the least usable GPU memory in MiB' },
            'timeout-seconds': { type: 'string', value: '<n>', description: 'bound on each probe, 1 to 600 (default 10)' },
            require: { type: 'boolean', description: 'fail when no usable GPU is found' }
        },
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(264), __nccwpck_require__.e(573)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9573))
    },
    {
        name: 'check-workflow',
        summary: 'Checks every use of aswf/ci-actions actions and reusable workflows in workflow files: inputs and secrets ' +
            'exist, have the declared type, the required ones are given, outputs read exist. Prints file:line:col.',
        operands: { synopsis: '<workflow.yml | folder>...', min: 1 },
        options: {},
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7892))
    }
];
function toolHelp() {
    const width = Math.max(...COMMANDS.map(c => c.name.length));
    const firstSentence = (text) => /^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text;
    return [
        'usage: ci-actions <command> [options]',
        '',
        'commands:',
        ...COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${firstSentence(c.summary)}`),
        '',
        "'ci-actions <command> --help' shows a command's options.",
        ''
    ].join('\n');
}
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        ;
        (name === undefined ? io.err : io.out)(toolHelp());
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find(c => c.name === name);
    if (!command) {
        io.err(`ci-actions: unknown command '${name}'\n${toolHelp()}`);
        return 2;
    }
    try {
        const args = (0,src_arguments/* parseCommandLine */.Du)(command, rest);
        if (args === 'help') {
            io.out((0,src_arguments/* commandHelp */.bD)(command));
            return 0;
        }
        return await (await command.load()).run(args, io);
    }
    catch (error) {
        if (!(error instanceof src_arguments/* UsageError */.eb))
            throw error;
        io.err(`ci-actions ${command.name}: ${error.message}\n(see 'ci-actions ${command.name} --help')\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/cli/src/index.js

/** Exits once everything written to stdout has been handed on: pipes are asynchronous on macOS, and a generated
 * pipeline cut short by an early exit would be a broken child pipeline. */
function exitWhenFlushed(code) {
    process.stdout.write('', () => process.exit(code));
}
const io = {
    out: text => void process.stdout.write(text),
    err: text => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
};
runCli(process.argv.slice(2), io).then(exitWhenFlushed, error => {
    process.stderr.write(`ci-actions: ${error.message}\n`);
    exitWhenFlushed(2);
});

