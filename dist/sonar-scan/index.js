import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1674:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analysisContext = analysisContext;
/**
 * What is being analysed, from the GitHub context alone (event name, payload, GITHUB_REF): a pull request
 * (`sonar.pullrequest.*`), a branch (`sonar.branch.name`) or something Sonar has no parameters for (a tag). It reads
 * the event payload rather than the checkout, so it is also right inside container jobs and shallow clones.
 */
const event_js_1 = __nccwpck_require__(5502);
function analysisContext(github) {
    const fromDependabot = github.actor === 'dependabot[bot]';
    const pr = (0, event_js_1.pullRequestOf)(github.eventName, github.event, github.repository);
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


/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findCoverageCandidates = findCoverageCandidates;
exports.collectCoverage = collectCoverage;
exports.coverageSummary = coverageSummary;
/**
 * The I/O half of coverage: finds report files under coverage-dir, runs gcov on .gcda data when no JSON exists,
 * converts to Sonar's generic XML and returns the scanner properties to set. The decisions live in
 * coverage-plan.ts, the formats in gcov-json.ts, llvm-export.ts and generic-coverage.ts.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const node_zlib_1 = __nccwpck_require__(8522);
const errors_js_1 = __nccwpck_require__(2087);
const process_js_1 = __nccwpck_require__(6635);
const runner_js_1 = __nccwpck_require__(7578);
const coverage_plan_js_1 = __nccwpck_require__(2458);
const gcov_json_js_1 = __nccwpck_require__(4052);
const generic_coverage_js_1 = __nccwpck_require__(1076);
const llvm_export_js_1 = __nccwpck_require__(7398);
const SKIP_DIRS = new Set(['.git', 'node_modules', '.scannerwork', '.sonar']);
async function walk(dir, found) {
    let entries;
    try {
        entries = await (0, promises_1.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0, node_path_1.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                await walk(path, found);
        }
        else if (entry.isFile() && (0, coverage_plan_js_1.classifyByName)(entry.name)) {
            found.push(path);
        }
    }
}
function head(path, bytes = 4096) {
    const fd = (0, node_fs_1.openSync)(path, 'r');
    try {
        const buffer = Buffer.alloc(bytes);
        return buffer.subarray(0, (0, node_fs_1.readSync)(fd, buffer, 0, bytes, 0)).toString('utf8');
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
async function findCoverageCandidates(dir, needsSniffing) {
    const files = [];
    await walk(dir, files);
    files.sort();
    const found = { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] };
    for (const file of files) {
        const kind = (0, coverage_plan_js_1.classifyByName)(file);
        if (kind === 'gcov-json')
            found.gcovJson.push(file);
        else if (kind === 'gcda')
            found.gcda.push(file);
        else if (needsSniffing && (kind === 'json' || kind === 'xml')) {
            const what = (0, coverage_plan_js_1.sniffReport)(head(file));
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
        byDir.set((0, node_path_1.dirname)(file), [...(byDir.get((0, node_path_1.dirname)(file)) ?? []), file]);
    for (const [dir, files] of byDir) {
        const result = await (0, process_js_1.runProcess)('gcov', ['-b', '--json-format', '--stdout', '--object-directory', dir, ...files], {
            cwd: dir,
            check: false
        });
        if (result.exitCode !== 0 && result.stdout.trim() === '') {
            throw new errors_js_1.UserError(`gcov failed in ${dir} (exit code ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
        (0, gcov_json_js_1.addGcovText)(map, result.stdout, `gcov output for ${dir}`);
    }
}
async function collectCoverage(mode, coverageDir, baseDir, outputDir) {
    if (mode === 'none')
        return { plan: (0, coverage_plan_js_1.planCoverage)('none', emptyCandidates(), coverageDir), properties: {}, outside: 0 };
    const found = await findCoverageCandidates(coverageDir, mode !== 'gcov');
    const plan = (0, coverage_plan_js_1.planCoverage)(mode, found, (0, node_path_1.relative)(baseDir, coverageDir) || '.');
    if (plan.mode === 'none') {
        // Asked for a specific converter and found nothing: that is a broken pipeline, not a quiet pass.
        if (mode !== 'auto')
            throw new errors_js_1.UserError(`coverage: '${mode}' was asked for, but there is ${plan.reason}.`);
        runner_js_1.log.info(`Coverage: ${plan.reason}; the analysis runs without coverage.`);
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
            const bytes = await (0, promises_1.readFile)(file);
            (0, gcov_json_js_1.addGcovText)(map, (file.endsWith('.gz') ? (0, node_zlib_1.gunzipSync)(bytes) : bytes).toString('utf8'), file);
        }
        if (plan.gcda.length)
            await gcovOnGcda(plan.gcda, map);
    }
    else {
        for (const file of plan.llvmJson)
            (0, llvm_export_js_1.addLlvmExport)(map, JSON.parse(await (0, promises_1.readFile)(file, 'utf8')), file);
    }
    const converted = (0, generic_coverage_js_1.relativeCoverage)(map, baseDir, rel => (0, node_fs_1.existsSync)((0, node_path_1.join)(baseDir, rel)));
    if (converted.files.length === 0) {
        throw new errors_js_1.UserError(`Coverage data was found (${plan.mode}) but none of its ${map.size} source files lies under the project base dir ${baseDir}.`);
    }
    await (0, promises_1.mkdir)(outputDir, { recursive: true });
    const report = (0, node_path_1.join)(outputDir, 'sonar-generic-coverage.xml');
    await (0, promises_1.writeFile)(report, (0, generic_coverage_js_1.renderGenericCoverage)(converted.files));
    return {
        plan,
        properties: { 'sonar.coverageReportPaths': report },
        totals: (0, generic_coverage_js_1.coverageTotals)(converted.files),
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


/***/ }),

/***/ 2324:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMPILE_COMMANDS_CANDIDATES = void 0;
exports.findCompileCommands = findCompileCommands;
/**
 * `compile-commands: auto`: where CMake, Meson and the IDE presets usually leave compile_commands.json. The first
 * existing candidate wins; the order puts the conventional `build/` first and the project root last (a checked-in
 * or symlinked database at the root is usually a copy of one of the others).
 */
exports.COMPILE_COMMANDS_CANDIDATES = [
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
    const [first, ...rest] = exports.COMPILE_COMMANDS_CANDIDATES;
    const ordered = [
        first,
        ...extraDirs.map(dir => `${dir.replace(/\/+$/, '')}/compile_commands.json`),
        ...rest
    ];
    return ordered.find(candidate => exists(candidate));
}


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Which coverage reports to use, decided from the files found under `coverage-dir`. `auto` prefers what needs the
 * least guessing: gcov JSON (or .gcda data gcov can read), then llvm-cov export JSON, then existing XML reports.
 * Generic-format XML (gcovr --sonarqube, our own) goes to sonar.coverageReportPaths; Cobertura XML (coverage.py's
 * `coverage xml`) only Sonar's Python analyser reads, through sonar.python.coverage.reportPaths.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planCoverage = planCoverage;
exports.classifyByName = classifyByName;
exports.sniffReport = sniffReport;
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


/***/ }),

/***/ 4052:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseGcovDocuments = parseGcovDocuments;
exports.addGcovReport = addGcovReport;
exports.addGcovText = addGcovText;
/**
 * Reads gcov's JSON intermediate format (`gcov --json-format`, GCC 9+; format_version "1" and "2"): one object per
 * .gcda file, or several of them one per line (`--stdout`). Sources are resolved against the object's
 * current_working_directory. Exception-only branches (`throw: true`) are left out, as gcovr does by default with
 * --exclude-throw-branches, because no test suite covers them and they would drown the real branch figures.
 */
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const generic_coverage_js_1 = __nccwpck_require__(1076);
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
            throw new errors_js_1.UserError(`${origin}: line ${i + 1} is not gcov JSON (expected the output of gcov --json-format).`);
        }
    });
}
function addGcovReport(map, report, origin) {
    if (!Array.isArray(report.files))
        throw new errors_js_1.UserError(`${origin}: not gcov JSON output (no "files" array).`);
    const cwd = report.current_working_directory ?? '';
    for (const file of report.files) {
        if (typeof file.file !== 'string')
            continue;
        const path = (0, node_path_1.isAbsolute)(file.file) || cwd === '' ? file.file : (0, node_path_1.join)(cwd, file.file);
        for (const line of file.lines ?? []) {
            const branches = (line.branches ?? []).filter(branch => !branch.throw);
            const covered = branches.filter(branch => branch.count > 0).length;
            (0, generic_coverage_js_1.addLine)(map, path, line.line_number, line.count, branches.length, covered);
        }
    }
}
function addGcovText(map, text, origin) {
    for (const report of parseGcovDocuments(text, origin))
        addGcovReport(map, report, origin);
}


/***/ }),

/***/ 1076:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addLine = addLine;
exports.relativeToBase = relativeToBase;
exports.relativeCoverage = relativeCoverage;
exports.renderGenericCoverage = renderGenericCoverage;
exports.coverageTotals = coverageTotals;
/**
 * Sonar's generic test coverage format (https://docs.sonarsource.com/ "Generic test data"): one <file> per source,
 * one <lineToCover> per executable line, with branch counts where known. Converters (gcov JSON, llvm-cov export)
 * fill a CoverageMap keyed by absolute path; this module merges, makes paths relative to the project base dir and
 * renders the XML. Paths are relative because the scanner runs elsewhere than the build may have (container jobs
 * build under /__w/..., the host sees /home/runner/work/...).
 */
const node_path_1 = __nccwpck_require__(6760);
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
    return (0, node_path_1.isAbsolute)(path) || node_path_1.posix.isAbsolute(path) || node_path_1.win32.isAbsolute(path);
}
/**
 * The path of `source` relative to `baseDir` (POSIX separators), or undefined when it lies outside (system and
 * third-party headers, which Sonar would reject). When the report was written under another root (a container's
 * /__w/... workspace), the longest trailing part of the path that exists under baseDir is used instead, if it has
 * at least two components (a lone `main.cpp` could match the wrong file).
 */
function relativeToBase(source, baseDir, existsUnderBase) {
    const file = node_path_1.posix.normalize(toPosix(source));
    const base = node_path_1.posix.normalize(toPosix(baseDir)).replace(/\/+$/, '');
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


/***/ }),

/***/ 823:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readInputs = readInputs;
exports.resolveCompileCommandsInput = resolveCompileCommandsInput;
/**
 * Every input of sonar-scan, read and validated here and nowhere else, before anything is downloaded or run: one
 * error naming the input. Secrets are masked as they are read (the token, and credentials inside scanner-mirror),
 * and no error ever repeats a credential.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const inputs_js_1 = __nccwpck_require__(289);
const redact_url_js_1 = __nccwpck_require__(7937);
const runner_js_1 = __nccwpck_require__(7578);
const secrets_js_1 = __nccwpck_require__(6663);
const scanner_args_js_1 = __nccwpck_require__(3530);
const scanner_catalog_js_1 = __nccwpck_require__(4872);
const HTTP_URL = /^https?:\/\/[^\s]+$/;
function readInputs() {
    let token = (0, inputs_js_1.readSecret)('token');
    if (!token && process.env.SONAR_TOKEN) {
        token = process.env.SONAR_TOKEN.trim();
        (0, secrets_js_1.maskSecret)(token);
    }
    const workspace = (0, runner_js_1.runnerContext)().workspace;
    const baseDir = (0, node_path_1.resolve)(workspace, (0, inputs_js_1.readString)('project-base-dir', { fallback: '.' }));
    if (!(0, node_fs_1.existsSync)(baseDir))
        throw new errors_js_1.InputError('project-base-dir', baseDir, 'a folder that exists in the workspace');
    const coverageDir = (0, inputs_js_1.readString)('coverage-dir');
    const args = (0, inputs_js_1.readLines)('args');
    const credentialProblem = (0, scanner_args_js_1.credentialInArgs)(args);
    if (credentialProblem)
        throw new errors_js_1.UserError(credentialProblem);
    return {
        token,
        hostUrl: readUrl('host-url', 'https://sonarcloud.io').replace(/\/+$/, ''),
        organization: (0, inputs_js_1.readString)('organization', {
            pattern: { regex: /^[\w.-]+$/, description: 'an organization key (letters, digits, -, _, .)' }
        }),
        projectKey: (0, inputs_js_1.readString)('project-key', {
            pattern: { regex: /^[\w.:-]+$/, description: 'a project key (letters, digits, -, _, ., :)' }
        }),
        scannerVersion: (0, inputs_js_1.readString)('scanner-version', {
            fallback: scanner_catalog_js_1.scannerCatalog.defaultVersion,
            pattern: { regex: /^\d+(\.\d+){1,3}$/, description: 'a sonar-scanner-cli version such as 8.1.0.6389' }
        }),
        scannerMirror: readUrl('scanner-mirror', ''),
        scannerSha256: (0, inputs_js_1.readString)('scanner-sha256', {
            pattern: { regex: /^[0-9a-fA-F]{64}$/, description: 'a sha256 of 64 hexadecimal characters' }
        }),
        args,
        baseDir,
        // Without a token nothing is analysed (a skip or the missing-token error comes first): no file to check.
        compileCommands: resolveCompileCommandsInput((0, inputs_js_1.readString)('compile-commands'), baseDir, token !== ''),
        coverage: (0, inputs_js_1.readChoice)('coverage', ['auto', 'gcov', 'llvm-cov', 'coverage-xml', 'none'], 'auto'),
        coverageDir: coverageDir ? (0, node_path_1.resolve)(workspace, coverageDir) : baseDir,
        qualityGate: (0, inputs_js_1.readChoice)('quality-gate', ['off', 'wait'], 'off'),
        qualityGateTimeout: (0, inputs_js_1.readInt)('quality-gate-timeout', { fallback: 300, min: 1, max: 3600 }),
        skipWithoutToken: (0, inputs_js_1.readBoolean)('skip-without-token', true),
        cache: (0, inputs_js_1.readBoolean)('cache', true)
    };
}
/** A URL input: credentials in it are masked before anything can print them, and an error shows it redacted. */
function readUrl(name, fallback) {
    const url = name === 'host-url' ? (0, inputs_js_1.readString)('host-url', { fallback }) : (0, inputs_js_1.readString)('scanner-mirror', { fallback });
    (0, redact_url_js_1.maskUrlCredentials)(url);
    if (url !== '' && !HTTP_URL.test(url))
        throw new errors_js_1.InputError(name, (0, redact_url_js_1.redactUrl)(url), 'an http(s) URL');
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
    const path = (0, node_path_1.isAbsolute)(setting) ? setting : (0, node_path_1.join)(baseDir, setting);
    if (!(0, node_fs_1.existsSync)(path))
        throw new errors_js_1.InputError('compile-commands', setting, `'auto' or the path of an existing compile_commands.json (${path} does not exist; configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON first)`);
    return path;
}


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scannerToolSpec = scannerToolSpec;
exports.scannerHome = scannerHome;
exports.installScanner = installScanner;
/**
 * Gets the SonarScanner CLI into the tool cache: tool cache, then @actions/cache, then the verified download
 * (sha256 checked while streaming, before anything is extracted). A fresh install is scheduled for saving in post.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const cache_js_1 = __nccwpck_require__(7460);
const archive_js_1 = __nccwpck_require__(5492);
const download_js_1 = __nccwpck_require__(2168);
const errors_js_1 = __nccwpck_require__(2087);
const redact_url_js_1 = __nccwpck_require__(7937);
const runner_js_1 = __nccwpck_require__(7578);
const secrets_js_1 = __nccwpck_require__(6663);
const tool_cache_js_1 = __nccwpck_require__(1365);
function scannerToolSpec(download) {
    return {
        tool: 'sonar-scanner-cli',
        version: download.version,
        arch: download.platform,
        // The checksum in the key: an entry made from other bytes (another mirror, another pin) can never hit.
        key: (0, cache_js_1.cacheKey)('sonar-scanner-cli', download.version, download.platform, download.sha256)
    };
}
/** The scanner's home inside an extracted tree: the tree itself or its single top-level folder. */
function scannerHome(dir) {
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'bin')) || (0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'lib')))
        return dir;
    const folders = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true }).filter(entry => entry.isDirectory());
    const only = folders.length === 1 ? (0, node_path_1.join)(dir, folders[0].name) : undefined;
    if (only && ((0, node_fs_1.existsSync)((0, node_path_1.join)(only, 'bin')) || (0, node_fs_1.existsSync)((0, node_path_1.join)(only, 'lib'))))
        return only;
    throw new errors_js_1.UserError(`The scanner archive in ${dir} has no bin/ folder; is it a sonar-scanner-cli zip?`);
}
async function installScanner(download, useRemoteCache) {
    const spec = scannerToolSpec(download);
    const cached = await (0, cache_js_1.restoreTool)(spec, { useRemote: useRemoteCache });
    if (cached)
        return { home: scannerHome(cached.dir), source: cached.source };
    // A mirror URL may carry credentials: they are masked, and printed only redacted, here and in any error.
    runner_js_1.log.info(`Downloading ${(0, redact_url_js_1.redactUrl)(download.url)} (sha256 ${download.sha256})`);
    const temp = (0, secrets_js_1.privateTempDir)('sonar-scanner-download');
    const zip = (0, node_path_1.join)(temp, download.fileName);
    try {
        await (0, download_js_1.downloadFile)(download.url, zip, { sha256: download.sha256 });
    }
    catch (error) {
        if (error instanceof errors_js_1.UserError)
            throw new errors_js_1.UserError((0, redact_url_js_1.redactUrls)(error.message));
        throw new errors_js_1.UserError(`Downloading the scanner from ${(0, redact_url_js_1.redactUrl)(download.url)} failed: ${(0, redact_url_js_1.redactUrls)((0, errors_js_1.errorMessage)(error))}`);
    }
    const dir = await (0, tool_cache_js_1.installTool)(spec, staging => (0, archive_js_1.extractArchive)(zip, staging, download.fileName));
    if (useRemoteCache)
        (0, cache_js_1.scheduleSave)(spec);
    return { home: scannerHome(dir), source: 'download' };
}


/***/ }),

/***/ 7398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isLlvmExport = isLlvmExport;
exports.lineCounts = lineCounts;
exports.addLlvmExport = addLlvmExport;
/**
 * Reads `llvm-cov export -format=text` JSON (type "llvm.coverage.json.export") into line coverage. LLVM reports
 * regions as segments [line, col, count, hasCount, isRegionEntry, isGapRegion?]; a line's count follows llvm-cov's
 * own rule (LineCoverageStats): the line is mapped when a counted region starts on it or a counted region wraps
 * into it from an earlier line, unless a skipped region starts it; its count is the highest of the wrapping
 * segment and the region entries starting on it. Branch records [line, col, endLine, endCol, trueCount,
 * falseCount, ...] give two branches each.
 */
const errors_js_1 = __nccwpck_require__(2087);
const generic_coverage_js_1 = __nccwpck_require__(1076);
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
        throw new errors_js_1.UserError(`${origin}: not llvm-cov export JSON (type llvm.coverage.json.export).`);
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
                (0, generic_coverage_js_1.addLine)(map, file.filename, line, count, branches?.total ?? 0, branches?.covered ?? 0);
            }
        }
    }
}


/***/ }),

/***/ 9859:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
/**
 * sonar-scan: inputs, what is analysed (from the GitHub context), the verified scanner from the cache or a download,
 * coverage, the scanner run (argv only, the token in its environment), outputs, one summary, the quality gate.
 */
const node_path_1 = __nccwpck_require__(6760);
const node_perf_hooks_1 = __nccwpck_require__(643);
const errors_js_1 = __nccwpck_require__(2087);
const event_js_1 = __nccwpck_require__(5502);
const redact_url_js_1 = __nccwpck_require__(7937);
const runner_js_1 = __nccwpck_require__(7578);
const summary_js_1 = __nccwpck_require__(1906);
const analysis_context_js_1 = __nccwpck_require__(1674);
const collect_coverage_js_1 = __nccwpck_require__(9941);
const inputs_js_1 = __nccwpck_require__(823);
const install_scanner_js_1 = __nccwpck_require__(2588);
const organization_js_1 = __nccwpck_require__(221);
const scan_steps_js_1 = __nccwpck_require__(6357);
const scanner_args_js_1 = __nccwpck_require__(3530);
const scanner_catalog_js_1 = __nccwpck_require__(4872);
const summary_js_2 = __nccwpck_require__(9484);
async function main() {
    const started = node_perf_hooks_1.performance.now();
    const inputs = (0, inputs_js_1.readInputs)();
    const runner = (0, runner_js_1.runnerContext)();
    const context = (0, analysis_context_js_1.analysisContext)({
        eventName: runner.eventName,
        event: (0, event_js_1.readEventPayload)(runner.eventPath),
        ref: runner.ref,
        repository: runner.repository,
        sha: runner.sha,
        actor: process.env.GITHUB_ACTOR
    });
    runner_js_1.log.debug(`analysing ${context.description} (${context.kind}); fork: ${context.fromFork}`);
    if (!inputs.token)
        return withoutToken(inputs, context);
    if (context.fromFork) {
        // pull_request_target (or a repository that sends secrets to forks) hands the token to a run over a fork's code.
        runner_js_1.log.warning(`sonar-scan runs with a token on ${context.description} (${runner.eventName}): the fork's code and build scripts can read the token. Analyse fork pull requests without secrets (pull_request) or only after review; see the README.`);
    }
    const download = (0, scanner_catalog_js_1.resolveScannerDownload)({
        version: inputs.scannerVersion,
        os: runner.os,
        arch: runner.arch,
        mirror: inputs.scannerMirror || undefined,
        sha256: inputs.scannerSha256 || undefined
    });
    const scanner = await (0, install_scanner_js_1.installScanner)(download, inputs.cache);
    runner_js_1.log.info(`SonarScanner CLI ${download.version} (${download.platform}) from ${scanner.source}: ${scanner.home}`);
    const compileCommands = (0, scan_steps_js_1.compileCommandsAfterBuild)(inputs.compileCommands, inputs.baseDir);
    const coverage = await (0, collect_coverage_js_1.collectCoverage)(inputs.coverage, inputs.coverageDir, inputs.baseDir, (0, node_path_1.join)(runner.temp || inputs.baseDir, 'sonar-scan'));
    runner_js_1.log.debug(`coverage: ${coverage.plan.mode}${coverage.plan.mode === 'none' ? ` (${coverage.plan.reason})` : ''}`);
    const projectKey = inputs.projectKey || ((0, scan_steps_js_1.propertiesFileSetsKey)(inputs.baseDir) ? '' : runner.repository.replace('/', '_'));
    const organization = (0, organization_js_1.organizationFor)(inputs.organization, inputs.hostUrl, runner.repository);
    runner_js_1.log.debug(`project key: ${projectKey || '(sonar-project.properties)'}; organization: ${organization || '(none)'}`);
    const argv = (0, scanner_args_js_1.scannerArguments)({
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
    const { task, scannerMs } = await (0, scan_steps_js_1.runScanner)(scanner.home, inputs.baseDir, argv, inputs.token, inputs.hostUrl, started);
    (0, runner_js_1.setOutput)('skipped', 'false');
    (0, runner_js_1.setOutput)('dashboard-url', task.dashboardUrl ?? '');
    (0, runner_js_1.setOutput)('task-url', task.ceTaskUrl ?? '');
    const gate = inputs.qualityGate === 'wait'
        ? await (0, scan_steps_js_1.qualityGate)(task, inputs.hostUrl, inputs.token, inputs.qualityGateTimeout)
        : undefined;
    (0, runner_js_1.setOutput)('quality-gate', gate?.status ?? '');
    (0, summary_js_1.writeSummary)((0, summary_js_2.renderScanSummary)({
        projectKey,
        hostUrl: (0, redact_url_js_1.redactUrl)(inputs.hostUrl),
        analysed: context.description,
        scanner: { version: download.version, platform: download.platform, source: scanner.source },
        compileCommands,
        coverage: (0, collect_coverage_js_1.coverageSummary)(coverage),
        dashboardUrl: task.dashboardUrl,
        taskUrl: task.ceTaskUrl,
        gate,
        scannerMs,
        argv: argv.map(redact_url_js_1.redactUrls)
    }));
    if (gate?.status === 'ERROR') {
        throw new errors_js_1.UserError(`Quality gate failed for ${projectKey || 'the project'}` +
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
        runner_js_1.log.notice(`SonarQube analysis skipped. ${reason}`);
        (0, runner_js_1.setOutput)('skipped', 'true');
        (0, runner_js_1.setOutput)('dashboard-url', '');
        (0, runner_js_1.setOutput)('task-url', '');
        (0, runner_js_1.setOutput)('quality-gate', '');
        (0, summary_js_1.writeSummary)((0, summary_js_2.renderSkippedSummary)(context.description, reason));
        return;
    }
    throw new errors_js_1.UserError(`No SonarQube token for ${context.description}. Set the 'token' input or the SONAR_TOKEN environment variable from a secret` +
        (tokenless ? " (or leave 'skip-without-token' at true to skip such pull requests)." : '.'));
}


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSonarCloud = isSonarCloud;
exports.organizationFor = organizationFor;
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


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.post = post;
/** Post: saves a freshly downloaded scanner to @actions/cache, once the job's work is done (never fails the job). */
const cache_js_1 = __nccwpck_require__(7460);
async function post() {
    await (0, cache_js_1.saveScheduled)();
}


/***/ }),

/***/ 4433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interpretCeTask = interpretCeTask;
exports.interpretGate = interpretGate;
exports.pollIntervalMs = pollIntervalMs;
exports.waitForQualityGate = waitForQualityGate;
/**
 * `quality-gate: wait`: after the upload, the server processes the report asynchronously (a compute-engine task);
 * only then does the project have a quality-gate status. We poll api/ce/task until the task ends, then read
 * api/qualitygates/project_status for that analysis. A task that fails, or a gate of ERROR, fails the step (a
 * green job with a red gate would be a false green); running out of time fails as well, with what was last seen.
 */
const errors_js_1 = __nccwpck_require__(2087);
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
            throw new errors_js_1.UserError(`The server could not process the analysis (compute-engine task ${taskId} ended ${task.status}: ${task.message}).`);
        }
        last = task.status;
        if (io.now() + interval > deadline) {
            throw new errors_js_1.UserError(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the quality gate: compute-engine task ${taskId} is still ${last}. Raise 'quality-gate-timeout' or check the server's background tasks.`);
        }
        await io.sleep(interval);
    }
}


/***/ }),

/***/ 2820:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseReportTask = parseReportTask;
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


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.propertiesFileSetsKey = propertiesFileSetsKey;
exports.compileCommandsAfterBuild = compileCommandsAfterBuild;
exports.runScanner = runScanner;
exports.qualityGate = qualityGate;
/**
 * The I/O steps of a scan, each a named function main.ts calls in order: find compile commands (`auto`), run the
 * scanner (argv only, the token in its environment), read its report task, wait for the quality gate.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const node_perf_hooks_1 = __nccwpck_require__(643);
const errors_js_1 = __nccwpck_require__(2087);
const http_js_1 = __nccwpck_require__(3460);
const process_js_1 = __nccwpck_require__(6635);
const redact_url_js_1 = __nccwpck_require__(7937);
const runner_js_1 = __nccwpck_require__(7578);
const compile_commands_js_1 = __nccwpck_require__(2324);
const quality_gate_js_1 = __nccwpck_require__(4433);
const report_task_js_1 = __nccwpck_require__(2820);
const scanner_args_js_1 = __nccwpck_require__(3530);
const scanner_command_js_1 = __nccwpck_require__(8202);
/** A project key set in sonar-project.properties wins over our `<owner>_<repo>` default. */
function propertiesFileSetsKey(baseDir) {
    const file = (0, node_path_1.join)(baseDir, 'sonar-project.properties');
    return (0, node_fs_1.existsSync)(file) && /^\s*sonar\.projectKey\s*[=:]/m.test((0, node_fs_1.readFileSync)(file, 'utf8'));
}
/** compile-commands after the build: `auto` looks in the usual build folders; a named file was checked already. */
function compileCommandsAfterBuild(setting, baseDir) {
    if (setting !== 'auto')
        return setting || undefined;
    const buildDirs = (0, node_fs_1.existsSync)((0, node_path_1.join)(baseDir, 'build'))
        ? (0, node_fs_1.readdirSync)((0, node_path_1.join)(baseDir, 'build'), { withFileTypes: true })
            .filter(entry => entry.isDirectory())
            .map(entry => `build/${entry.name}`)
        : [];
    const found = (0, compile_commands_js_1.findCompileCommands)(rel => (0, node_fs_1.existsSync)((0, node_path_1.join)(baseDir, rel)), buildDirs);
    runner_js_1.log.debug(`compile-commands auto: ${found ?? 'none found'} (build folders looked at: ${buildDirs.join(', ') || 'none'})`);
    if (!found)
        runner_js_1.log.info('compile-commands: auto found no compile_commands.json; C/C++ files will not be analysed.');
    return found ? (0, node_path_1.join)(baseDir, found) : undefined;
}
async function runScanner(home, baseDir, argv, token, hostUrl, actionStarted) {
    const reportTaskFile = (0, node_path_1.join)(baseDir, '.scannerwork', 'report-task.txt');
    await (0, promises_1.rm)(reportTaskFile, { force: true }); // a stale file from an earlier run would give wrong links
    const lib = (0, node_path_1.join)(home, 'lib');
    const command = (0, scanner_command_js_1.scannerCommand)(home, (0, runner_js_1.runnerContext)().os, baseDir, argv, (0, node_fs_1.existsSync)(lib) ? (0, node_fs_1.readdirSync)(lib) : []);
    // Credentials never reach argv (refused in inputs.ts); URLs are redacted all the same.
    runner_js_1.log.debug(`scanner: ${command.file}`);
    for (const arg of command.args)
        runner_js_1.log.debug(`scanner argument: ${(0, redact_url_js_1.redactUrls)(arg)}`);
    runner_js_1.log.info(`Starting the scanner ${Math.round(node_perf_hooks_1.performance.now() - actionStarted)} ms after the action started.`);
    const started = node_perf_hooks_1.performance.now();
    await runner_js_1.log.group('SonarScanner', () => (0, process_js_1.runProcess)(command.file, command.args, {
        cwd: baseDir,
        env: (0, scanner_args_js_1.scannerEnvironment)(process.env, token, hostUrl),
        echo: true
    }));
    const scannerMs = node_perf_hooks_1.performance.now() - started;
    if (!(0, node_fs_1.existsSync)(reportTaskFile)) {
        runner_js_1.log.warning(`The scanner wrote no ${reportTaskFile}; no dashboard or task links to report.`);
        return { task: {}, scannerMs };
    }
    return { task: (0, report_task_js_1.parseReportTask)((0, node_fs_1.readFileSync)(reportTaskFile, 'utf8')), scannerMs };
}
async function qualityGate(task, hostUrl, token, timeoutSeconds) {
    if (!task.ceTaskId)
        throw new errors_js_1.UserError("quality-gate: 'wait' needs the scanner's report-task.txt with a ceTaskId, and there is none.");
    // The token goes only to the origin it was given for: a serverUrl elsewhere in report-task.txt is not followed.
    const serverUrl = task.serverUrl && sameOrigin(task.serverUrl, hostUrl) ? task.serverUrl : hostUrl;
    const authorization = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
    return (0, quality_gate_js_1.waitForQualityGate)(serverUrl, task.ceTaskId, timeoutSeconds * 1000, {
        getJson: async (url) => (await (0, http_js_1.fetchJson)(url, { headers: { authorization }, retries: 2, retryDelayMs: 500 })).data,
        sleep: http_js_1.sleep,
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


/***/ }),

/***/ 3530:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The scanner's argv and environment. Every value is one argv element, never shell text: the official action's
 * shell-based `args` handling had two CVEs (CVE-2025-58178, CVE-2025-59844). The token goes only into the
 * environment (SONAR_TOKEN), which the scanner reads itself; argv is visible to every process on the machine.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.definedKey = definedKey;
exports.userDefinedKeys = userDefinedKeys;
exports.scannerArguments = scannerArguments;
exports.isCredentialKey = isCredentialKey;
exports.credentialInArgs = credentialInArgs;
exports.scannerEnvironment = scannerEnvironment;
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


/***/ }),

/***/ 4872:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scannerCatalog = void 0;
exports.scannerPlatform = scannerPlatform;
exports.resolveScannerDownload = resolveScannerDownload;
/**
 * Which SonarScanner CLI zip to download and which sha256 it must have. The pinned values live in
 * scanner-catalog.json (data, with their sources); this module only decides. A platform without a pinned checksum
 * is refused unless the user supplies one: an unverified download would be a supply-chain hole, and silently
 * using another version than asked is the classic setup-action bug.
 */
const errors_js_1 = __nccwpck_require__(2087);
const scanner_catalog_json_1 = __importDefault(__nccwpck_require__(9698));
exports.scannerCatalog = scanner_catalog_json_1.default;
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
function resolveScannerDownload(request, catalog = exports.scannerCatalog) {
    const platform = scannerPlatform(request.os, request.arch);
    if (!platform) {
        throw new errors_js_1.UserError(`SonarScanner CLI is not published for ${request.os}/${request.arch}; supported runners: Linux X64/ARM64, Windows X64, macOS X64/ARM64.`);
    }
    const given = request.sha256?.toLowerCase();
    if (given !== undefined && !SHA256.test(given)) {
        throw new errors_js_1.UserError(`Input 'scanner-sha256' has the value '${request.sha256}': expected 64 hexadecimal characters.`);
    }
    const pinned = catalog.versions[request.version]?.[platform]?.sha256 ?? undefined;
    if (pinned && given && pinned !== given) {
        throw new errors_js_1.UserError(`Input 'scanner-sha256' (${given}) differs from the checksum pinned in this action for sonar-scanner-cli ${request.version} ${platform} (${pinned}). Refusing to guess which is right.`);
    }
    const sha256 = pinned ?? given;
    if (!sha256) {
        const known = Object.entries(catalog.versions)
            .filter(([, platforms]) => platforms[platform]?.sha256)
            .map(([version]) => version);
        throw new errors_js_1.UserError(`No sha256 is pinned for sonar-scanner-cli ${request.version} on ${platform}` +
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


/***/ }),

/***/ 8202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scannerCommand = scannerCommand;
/**
 * How to start the scanner. On Linux and macOS its own `bin/sonar-scanner` script. On Windows the launcher is a
 * .bat file, which Node can only start through cmd.exe, re-parsing every argument as shell text: the very hole of
 * the official action's CVEs. So on Windows we start the bundled Java directly, with what sonar-scanner.bat passes.
 */
const node_path_1 = __nccwpck_require__(6760);
function scannerCommand(home, os, projectDir, args, libJars = []) {
    if (os !== 'Windows')
        return { file: (0, node_path_1.join)(home, 'bin', 'sonar-scanner'), args };
    const jar = libJars.find(name => /^sonar-scanner-cli-.*\.jar$/.test(name));
    return {
        file: (0, node_path_1.join)(home, 'jre', 'bin', 'java.exe'),
        args: [
            '-Djava.awt.headless=true',
            '-classpath',
            (0, node_path_1.join)(home, 'lib', jar ?? 'sonar-scanner-cli.jar'),
            `-Dscanner.home=${home}`,
            `-Dproject.home=${projectDir}`,
            'org.sonarsource.scanner.cli.Main',
            ...args
        ]
    };
}


/***/ }),

/***/ 9484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderScanSummary = renderScanSummary;
exports.renderSkippedSummary = renderSkippedSummary;
/** The job summary: what was analysed, with which settings, the links and the gate, readable at a glance. */
const summary_js_1 = __nccwpck_require__(1906);
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
    return ((0, summary_js_1.heading)('SonarQube analysis') +
        '\n' +
        (0, summary_js_1.markdownTable)(['', ''], rows) +
        failed +
        '\n' +
        (0, summary_js_1.details)('Scanner arguments', (0, summary_js_1.markdownTable)(['#', 'argument'], s.argv.map((arg, i) => [i + 1, arg]))));
}
function renderSkippedSummary(analysed, reason) {
    return ((0, summary_js_1.heading)('SonarQube analysis skipped') +
        '\n' +
        (0, summary_js_1.markdownTable)(['', ''], [
            ['Analysed', analysed],
            ['Reason', reason]
        ]));
}


/***/ }),

/***/ 2558:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 */
const core = __importStar(__nccwpck_require__(2338));
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const secrets_js_1 = __nccwpck_require__(6663);
async function runAction(phases) {
    if ((0, runner_js_1.isPostPhase)()) {
        await runPost(phases.post);
        return;
    }
    (0, runner_js_1.markMainStarted)();
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
        core.warning(`Post step: ${(0, errors_js_1.errorMessage)(error)}`);
    }
    finally {
        (0, secrets_js_1.runCleanup)();
    }
}
function reportFailure(error) {
    if (error instanceof errors_js_1.UserError) {
        core.setFailed(error.message);
        return;
    }
    // A bug: keep the stack for the report, but still one clear annotation.
    core.setFailed(`Unexpected error: ${(0, errors_js_1.errorMessage)(error)}`);
    if (error instanceof Error && error.stack)
        core.debug(error.stack);
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.archiveKind = archiveKind;
exports.extractArchive = extractArchive;
/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */
const promises_1 = __nccwpck_require__(1455);
const process_js_1 = __nccwpck_require__(6635);
const errors_js_1 = __nccwpck_require__(2087);
function archiveKind(fileName) {
    if (/\.zip$/i.test(fileName))
        return 'zip';
    if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName))
        return 'tar';
    throw new errors_js_1.UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`);
}
async function extractArchive(archive, destination, nameForType = archive) {
    await (0, promises_1.mkdir)(destination, { recursive: true });
    if (archiveKind(nameForType) === 'zip' && process.platform !== 'win32') {
        await (0, process_js_1.runProcess)('unzip', ['-q', '-o', archive, '-d', destination]);
    }
    else {
        // Windows' bsdtar reads zip as well.
        await (0, process_js_1.runProcess)('tar', ['-xf', archive, '-C', destination]);
    }
}


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.actionsCache = exports.CACHE_SCHEMA = void 0;
exports.cacheKey = cacheKey;
exports.restoreTool = restoreTool;
exports.scheduleSave = scheduleSave;
exports.saveScheduled = saveScheduled;
/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
 */
const promises_1 = __nccwpck_require__(1455);
const errors_js_1 = __nccwpck_require__(2087);
const runner_js_1 = __nccwpck_require__(7578);
const tool_cache_js_1 = __nccwpck_require__(1365);
/** Bump to invalidate every entry written before a change of layout or verification. */
exports.CACHE_SCHEMA = 'v1';
const SAVE_STATE = 'toolkit-cache-save';
exports.actionsCache = {
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
    return [exports.CACHE_SCHEMA, ...parts].join('-');
}
/** Looks in both levels; returns the folder and where it came from, or undefined on a miss. */
async function restoreTool(spec, options = {}) {
    const local = (0, tool_cache_js_1.findTool)(spec);
    if (local)
        return { dir: local, source: 'tool-cache' };
    const remote = options.remote ?? exports.actionsCache;
    if (options.useRemote === false || !remote.available())
        return undefined;
    const dir = (0, tool_cache_js_1.toolDir)(spec);
    try {
        const hit = await remote.restore([dir], spec.key);
        if (hit === undefined)
            return undefined;
        await (0, tool_cache_js_1.markToolComplete)(spec);
        return { dir, source: 'actions-cache' };
    }
    catch (error) {
        await (0, promises_1.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        runner_js_1.log.warning(`Cache restore failed for ${spec.key}; continuing without it (${(0, errors_js_1.errorMessage)(error)})`);
        return undefined;
    }
}
/** Records a tool folder to be saved to @actions/cache by the post phase. */
function scheduleSave(spec) {
    const pending = pendingSaves().filter(entry => entry.key !== spec.key);
    pending.push({ ...spec });
    (0, runner_js_1.saveState)(SAVE_STATE, pending);
    pendingInThisProcess = pending;
}
let pendingInThisProcess;
function pendingSaves() {
    if (pendingInThisProcess)
        return pendingInThisProcess;
    try {
        return JSON.parse((0, runner_js_1.getState)(SAVE_STATE) || '[]');
    }
    catch {
        return [];
    }
}
/** The post phase's half: saves what main scheduled. Never throws; returns the keys saved. */
async function saveScheduled(remote = exports.actionsCache) {
    const saved = [];
    const pending = pendingSaves();
    if (pending.length === 0)
        return saved;
    if (!remote.available()) {
        runner_js_1.log.info('The cache service is not available to this job; nothing saved.');
        return saved;
    }
    for (const spec of pending) {
        try {
            await remote.save([(0, tool_cache_js_1.toolDir)(spec)], spec.key);
            saved.push(spec.key);
            runner_js_1.log.info(`Saved ${spec.key} to the cache.`);
        }
        catch (error) {
            const message = (0, errors_js_1.errorMessage)(error);
            if (/another job|reserve|already exists/i.test(message))
                runner_js_1.log.info(`Cache ${spec.key} is being or was saved by another job.`);
            else
                runner_js_1.log.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`);
        }
    }
    return saved;
}


/***/ }),

/***/ 2338:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.error = exports.warning = exports.notice = exports.debug = exports.info = void 0;
exports.formatCommand = formatCommand;
exports.formatFileCommand = formatFileCommand;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
exports.saveState = saveState;
exports.getState = getState;
exports.setSecret = setSecret;
exports.neutralizeCommands = neutralizeCommands;
exports.setFailed = setFailed;
exports.group = group;
exports.appendSummary = appendSummary;
/**
 * The runner's command protocol, written directly: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::add-mask::`, `::error …::`, groups).
 *
 * Why not @actions/core: importing it loads @actions/http-client and undici (~1 MB of bundle, ~150 ms of start-up
 * on a 2-core runner), which alone breaks our cold-start goal of 1.5x `node -e 0`. The protocol is small and
 * stable; commands.test.ts checks that these functions write byte-for-byte what @actions/core writes.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
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
    process.stdout.write(formatCommand(command, properties, message) + node_os_1.EOL);
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
    return `${name}<<${delimiterValue}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiterValue}${node_os_1.EOL}`;
}
function appendFileCommand(envName, text) {
    const path = process.env[envName];
    if (!path)
        return false;
    if (!(0, node_fs_1.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${envName})`);
    (0, node_fs_1.appendFileSync)(path, text, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', formatFileCommand(name, value))) {
        process.stdout.write(node_os_1.EOL + formatCommand('set-output', {}, value).replace('::set-output::', `::set-output name=${name}::`) + node_os_1.EOL);
    }
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendFileCommand('GITHUB_ENV', formatFileCommand(name, value)))
        issue(`set-env name=${name}`, value);
}
function addPath(path) {
    if (!appendFileCommand('GITHUB_PATH', path + node_os_1.EOL))
        issue('add-path', path);
    process.env.PATH = `${path}${node_path_1.delimiter}${process.env.PATH ?? ''}`;
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
        .join(node_os_1.EOL);
}
const info = (message) => void process.stdout.write(neutralizeCommands(message) + node_os_1.EOL);
exports.info = info;
const debug = (message) => issue('debug', message);
exports.debug = debug;
const notice = (message, properties) => issue('notice', message, properties);
exports.notice = notice;
const warning = (message, properties) => issue('warning', message, properties);
exports.warning = warning;
const error = (message, properties) => issue('error', message, properties);
exports.error = error;
function setFailed(message) {
    process.exitCode = 1;
    (0, exports.error)(message);
}
async function group(name, fn) {
    process.stdout.write(`::group::${escapeData(name)}${node_os_1.EOL}`);
    try {
        return await fn();
    }
    finally {
        process.stdout.write(`::endgroup::${node_os_1.EOL}`);
    }
}
function appendSummary(markdown) {
    appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(node_os_1.EOL) ? markdown : markdown + node_os_1.EOL);
}


/***/ }),

/***/ 2168:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChecksumError = void 0;
exports.downloadFile = downloadFile;
/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
const http_js_1 = __nccwpck_require__(3460);
const runner_js_1 = __nccwpck_require__(7578);
class ChecksumError extends errors_js_1.UserError {
}
exports.ChecksumError = ChecksumError;
async function downloadFile(url, destination, options = {}) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(destination), { recursive: true });
    const partial = `${destination}.partial-${process.pid}`;
    try {
        const result = await (0, http_js_1.withRetries)(options, () => fetchOnce(url, partial, options), (error, wait) => runner_js_1.log.info(`Download of ${url} failed (${error.message}); retrying in ${wait} ms`));
        if (options.size !== undefined && result.bytes !== options.size) {
            throw new ChecksumError(`${url}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`);
        }
        if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
            throw new ChecksumError(`${url}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`);
        }
        await (0, promises_1.rename)(partial, destination);
        return { ...result, path: destination };
    }
    finally {
        await (0, promises_1.rm)(partial, { force: true });
    }
}
async function fetchOnce(url, path, options) {
    const response = await (0, http_js_1.openResponse)(url, options);
    const status = response.statusCode ?? 0;
    if (status !== 200) {
        response.resume();
        const message = `GET ${url} answered HTTP ${status}`;
        if ((0, http_js_1.isRetryableStatus)(status))
            throw new http_js_1.RetryableError(message, status, response);
        throw new http_js_1.HttpError(message, status);
    }
    const expected = Number(response.headers['content-length'] ?? NaN);
    // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
    const [{ createHash }, { pipeline }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6466, 23))]);
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
        await pipeline(response, tap, (0, node_fs_1.createWriteStream)(path));
    }
    catch (error) {
        throw new http_js_1.RetryableError(`Download of ${url} was aborted after ${bytes} bytes (${error.message})`);
    }
    if (Number.isFinite(expected) && bytes !== expected) {
        throw new http_js_1.RetryableError(`Download of ${url} was truncated: ${bytes} of ${expected} bytes`);
    }
    return { path, sha256: hash.digest('hex'), bytes };
}


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputError = exports.UserError = void 0;
exports.errorMessage = errorMessage;
/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
class UserError extends Error {
    name = 'UserError';
}
exports.UserError = UserError;
/** A bad input: names the input, the value given and what is accepted. */
class InputError extends UserError {
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
exports.InputError = InputError;
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EVENT_TRUST_RULES = exports.MEMBER_ASSOCIATIONS = exports.PULL_REQUEST_EVENTS = void 0;
exports.readEventPayload = readEventPayload;
exports.pullRequestOf = pullRequestOf;
exports.eventTrust = eventTrust;
/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */
const node_fs_1 = __nccwpck_require__(3024);
const errors_js_1 = __nccwpck_require__(2087);
/** The events whose payload carries `pull_request` (the one list; eventTrust below says which are trusted). */
exports.PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment'
];
/** The parsed payload, `{}` when there is none; a payload that is not JSON is an error (a broken runner). */
function readEventPayload(path = process.env.GITHUB_EVENT_PATH) {
    if (!path || !(0, node_fs_1.existsSync)(path))
        return {};
    try {
        return JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new errors_js_1.UserError(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
    }
}
/** The pull request of a pull-request event, or undefined for any other event. */
function pullRequestOf(eventName, event, repository) {
    if (!exports.PULL_REQUEST_EVENTS.includes(eventName) || typeof event !== 'object' || event === null)
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
exports.MEMBER_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Every workflow trigger GitHub documents ("Events that trigger workflows"), with the reason for its rule.
 * `workflow_call` never appears: a called workflow sees its caller's event.
 */
exports.EVENT_TRUST_RULES = {
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
    return association !== undefined && exports.MEMBER_ASSOCIATIONS.includes(association.toUpperCase());
}
/** The trust of the event that started this run (see EVENT_TRUST_RULES). */
function eventTrust(eventName, event, repository) {
    const entry = Object.hasOwn(exports.EVENT_TRUST_RULES, eventName) ? exports.EVENT_TRUST_RULES[eventName] : undefined;
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


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RetryableError = exports.HttpError = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.openResponse = openResponse;
exports.sleep = sleep;
exports.withRetries = withRetries;
exports.isConnectionError = isConnectionError;
exports.fetchBuffer = fetchBuffer;
exports.fetchJson = fetchJson;
const errors_js_1 = __nccwpck_require__(2087);
const proxy_js_1 = __nccwpck_require__(6922);
class HttpError extends errors_js_1.UserError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
exports.HttpError = HttpError;
/** A transient failure worth another attempt. */
class RetryableError extends HttpError {
    response;
    constructor(message, status, response) {
        super(message, status);
        this.response = response;
    }
}
exports.RetryableError = RetryableError;
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
    const http = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    const proxy = (0, proxy_js_1.proxyFor)(target);
    if (!proxy) {
        const client = target.protocol === 'http:' ? http : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23));
        return client.request(target, { method, headers: options.headers });
    }
    if (target.protocol === 'http:') {
        // The request line carries the whole URL; the proxy forwards it.
        const headers = { ...options.headers, host: target.host, ...(0, proxy_js_1.proxyAuthorization)(proxy) };
        return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers });
    }
    // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
    const socket = await openTunnel(http, proxy, target, timeoutMs);
    const [https, tls, net] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7030, 23))]);
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
            headers: { host: authority, ...(0, proxy_js_1.proxyAuthorization)(proxy) }
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


/***/ }),

/***/ 289:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inputEnvName = inputEnvName;
exports.readString = readString;
exports.readBoolean = readBoolean;
exports.readChoice = readChoice;
exports.readInt = readInt;
exports.readList = readList;
exports.splitList = splitList;
exports.readLines = readLines;
exports.readStringOrArray = readStringOrArray;
exports.readSecret = readSecret;
/**
 * Typed input readers. Every action reads its inputs only through these, so each input is validated once and a
 * bad value fails with an error naming the input, the value and what is accepted. The input name is always the
 * first argument as a string literal: test/action-metadata.test.ts finds the inputs an action reads that way and
 * checks them against its action.yml.
 */
const errors_js_1 = __nccwpck_require__(2087);
const secrets_js_1 = __nccwpck_require__(6663);
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
            throw new errors_js_1.InputError(name, value, options.pattern?.description ?? 'a non-empty value');
        return options.fallback ?? '';
    }
    if (options.pattern && !options.pattern.regex.test(value)) {
        throw new errors_js_1.InputError(name, value, options.pattern.description);
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
    throw new errors_js_1.InputError(name, value, "'true' or 'false'");
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw new errors_js_1.InputError(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`);
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
        throw new errors_js_1.InputError(name, value, accepted);
    }
    if (!/^-?\d+$/.test(value))
        throw new errors_js_1.InputError(name, value, accepted);
    const n = Number(value);
    if (n < min || n > max)
        throw new errors_js_1.InputError(name, value, accepted);
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
        throw new errors_js_1.InputError(name, value, 'a label or a JSON array of labels');
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(item => typeof item === 'string' && item !== '')) {
        throw new errors_js_1.InputError(name, value, 'a label or a non-empty JSON array of labels');
    }
    return parsed;
}
/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
function readSecret(name) {
    const value = (process.env[inputEnvName(name)] ?? '').trim();
    (0, secrets_js_1.maskSecret)(value);
    return value;
}


/***/ }),

/***/ 6635:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessError = void 0;
exports.runProcess = runProcess;
exports.which = which;
const errors_js_1 = __nccwpck_require__(2087);
class ProcessError extends errors_js_1.UserError {
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
exports.ProcessError = ProcessError;
async function runProcess(file, args, options = {}) {
    // Loaded on first use: node:child_process (with net and streams) costs an action's start-up ~7 ms.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
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
            reject(code === 'ENOENT' ? new errors_js_1.UserError(`${file} was not found on PATH.`) : error);
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
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { delimiter, join, isAbsolute } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
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


/***/ }),

/***/ 6922:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxyFor = proxyFor;
exports.bypassesProxy = bypassesProxy;
exports.proxyAuthorization = proxyAuthorization;
/**
 * Outbound proxies for self-hosted runners behind one: `https_proxy` / `http_proxy` (lower case first, as curl
 * reads them) and `no_proxy`, the same variables the runner itself and @actions/http-client honour. Loopback
 * addresses never go through a proxy. http.ts uses this for every request; this file is the pure part.
 */
const errors_js_1 = __nccwpck_require__(2087);
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
        throw new errors_js_1.UserError(`The proxy setting for ${target.protocol.slice(0, -1)} is not a URL (check https_proxy/http_proxy).`);
    }
    if (proxy.protocol !== 'http:') {
        throw new errors_js_1.UserError(`Proxy ${proxy.protocol}//${proxy.host}: only http:// proxies are supported (HTTPS targets are tunnelled through them).`);
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


/***/ }),

/***/ 7937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.redactUrl = redactUrl;
exports.redactUrls = redactUrls;
exports.hasUrlCredentials = hasUrlCredentials;
exports.maskUrlCredentials = maskUrlCredentials;
/**
 * URLs with credentials in them (`https://user:pass@mirror/…`) must never reach a log, an output or a summary.
 * redactUrl gives the printable form; maskUrlCredentials registers the secret parts with the runner at once, so
 * that whatever prints the URL later (an error from a library included) shows `***` instead.
 */
const secrets_js_1 = __nccwpck_require__(6663);
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
        (0, secrets_js_1.maskSecret)(part);
        try {
            const decoded = decodeURIComponent(part);
            if (decoded !== part)
                (0, secrets_js_1.maskSecret)(decoded);
        }
        catch {
            // Not valid percent-encoding: the raw form is masked already.
        }
    }
}


/***/ }),

/***/ 7578:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.log = void 0;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
exports.saveState = saveState;
exports.getState = getState;
exports.isPostPhase = isPostPhase;
exports.markMainStarted = markMainStarted;
exports.runnerContext = runnerContext;
/**
 * The runner files (outputs, env, path, state) through commands.ts, plus the phase of the shared bundle.
 * Outputs are validated against nothing here: test/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 */
const core = __importStar(__nccwpck_require__(2338));
const PHASE_STATE = 'isPost';
function setOutput(name, value) {
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
function exportVariable(name, value) {
    core.exportVariable(name, value);
}
function addPath(path) {
    core.addPath(path);
}
function saveState(name, value) {
    core.saveState(name, typeof value === 'string' ? value : JSON.stringify(value));
}
function getState(name) {
    return core.getState(name);
}
/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
function isPostPhase() {
    return core.getState(PHASE_STATE) === 'true';
}
function markMainStarted() {
    core.saveState(PHASE_STATE, 'true');
}
exports.log = {
    info: (message) => core.info(message),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    debug: (message) => core.debug(message),
    group: (name, fn) => core.group(name, fn)
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


/***/ }),

/***/ 6663:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.maskSecret = maskSecret;
exports.runnerTemp = runnerTemp;
exports.registerCleanup = registerCleanup;
exports.privateTempDir = privateTempDir;
exports.writeSecretFile = writeSecretFile;
exports.runCleanup = runCleanup;
/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */
const core = __importStar(__nccwpck_require__(2338));
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const node_os_1 = __nccwpck_require__(8161);
const CLEANUP_STATE = 'toolkit-cleanup';
const registered = [];
/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
function maskSecret(value) {
    if (value === '')
        return;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4 && line !== value)
            core.setSecret(line.trim());
    }
}
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0, node_os_1.tmpdir)();
}
/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
function registerCleanup(path) {
    if (registered.includes(path))
        return;
    registered.push(path);
    core.saveState(CLEANUP_STATE, JSON.stringify(registered));
}
/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
function privateTempDir(prefix) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(runnerTemp(), `${prefix}-`));
    registerCleanup(dir);
    return dir;
}
/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
function writeSecretFile(prefix, fileName, content) {
    const dir = privateTempDir(prefix);
    const path = (0, node_path_1.join)(dir, fileName);
    (0, node_fs_1.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
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
            if ((0, node_fs_1.existsSync)(path)) {
                (0, node_fs_1.rmSync)(path, { recursive: true, force: true });
                removed.push(path);
            }
        }
        catch (error) {
            core.warning(`Could not remove ${path}: ${String(error)}`);
        }
    }
    return removed;
}


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeCell = escapeCell;
exports.markdownTable = markdownTable;
exports.mermaid = mermaid;
exports.codeBlock = codeBlock;
exports.details = details;
exports.heading = heading;
exports.writeSummary = writeSummary;
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test, user values
 * escaped so a file name cannot inject markup) and appended to GITHUB_STEP_SUMMARY once per step.
 */
const commands_js_1 = __nccwpck_require__(2338);
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
        (0, commands_js_1.appendSummary)(sections.join('\n'));
    }
    catch (error) {
        (0, commands_js_1.warning)(`Could not write the job summary: ${String(error)}`);
    }
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toolCacheRoot = toolCacheRoot;
exports.toolDir = toolDir;
exports.findTool = findTool;
exports.installTool = installTool;
exports.markToolComplete = markToolComplete;
/**
 * The runner's tool cache (level one of the two-level cache): `RUNNER_TOOL_CACHE/<tool>/<version>/<arch>` with an
 * `<arch>.complete` marker, the layout @actions/tool-cache uses, so tools we store are found by other actions and
 * vice versa. Installs are atomic: a tree is built in a staging folder and renamed into place, so a failed or
 * concurrent install never leaves a half-installed tree that a later job would trust.
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const errors_js_1 = __nccwpck_require__(2087);
function toolCacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new errors_js_1.UserError('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.');
    return root;
}
function toolDir(id) {
    for (const part of [id.tool, id.version, id.arch]) {
        if (!/^[A-Za-z0-9._+-]+$/.test(part))
            throw new errors_js_1.UserError(`Invalid tool-cache path component '${part}'`);
    }
    return (0, node_path_1.join)(toolCacheRoot(), id.tool, id.version, id.arch);
}
function findTool(id) {
    const dir = toolDir(id);
    return (0, node_fs_1.existsSync)(dir) && (0, node_fs_1.existsSync)(`${dir}.complete`) ? dir : undefined;
}
/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
async function installTool(id, populate) {
    const dir = toolDir(id);
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(dir), { recursive: true });
    const staging = await (0, promises_1.mkdtemp)(`${dir}.staging-`);
    try {
        await populate(staging);
        if (findTool(id))
            return dir; // another job on this runner finished first; keep its tree
        await (0, promises_1.rm)(dir, { recursive: true, force: true }); // an incomplete tree from a crashed install
        try {
            await (0, promises_1.rename)(staging, dir);
        }
        catch (error) {
            // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
            // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
            if (!(0, node_fs_1.existsSync)(dir))
                throw error;
        }
        await (0, promises_1.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    finally {
        await (0, promises_1.rm)(staging, { recursive: true, force: true });
    }
}
/** Marks a folder restored in place (by @actions/cache) as complete. */
async function markToolComplete(id) {
    await (0, promises_1.writeFile)(`${toolDir(id)}.complete`, '');
}


/***/ }),

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

/***/ }),

/***/ 9698:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"//":"SonarScanner CLI downloads: the sha256 of each platform\'s official zip from https://binaries.sonarsource.com/Distribution/sonar-scanner-cli/ (each also published there as <zip>.sha256). A null sha256 means no published value could be confirmed when this file was written (no network access): the action refuses that platform unless the user gives scanner-sha256. Fill them from the .sha256 files next to each zip, never from a download you hashed yourself without checking it.","defaultVersion":"8.1.0.6389","baseUrl":"https://binaries.sonarsource.com/Distribution/sonar-scanner-cli","versions":{"8.1.0.6389":{"linux-x64":{"sha256":"bb8f709f9cb73352f8d1260a3b3c506c0f41146754bc630762c126d795499d0b","source":"Pinned in two independent public repositories (a CircleCI scanner install script and a projen component) for sonar-scanner-cli-8.1.0.6389-linux-x64.zip"},"linux-aarch64":{"sha256":null,"source":"not confirmed"},"windows-x64":{"sha256":null,"source":"not confirmed"},"macosx-x64":{"sha256":null,"source":"not confirmed"},"macosx-aarch64":{"sha256":null,"source":"not confirmed"}},"7.2.0.5079":{"linux-x64":{"sha256":"da9f4e64a3d555f08ce38b5469ebd91fe2b311af473f7001a5ee5c1fd58b004b","source":"Pinned in two independent public repositories (a `sha256sum -c` install script and a test asserting the pinned value) for sonar-scanner-cli-7.2.0.5079-linux-x64.zip"},"linux-aarch64":{"sha256":null,"source":"not confirmed"},"windows-x64":{"sha256":null,"source":"not confirmed"},"macosx-x64":{"sha256":null,"source":"not confirmed"},"macosx-aarch64":{"sha256":null,"source":"not confirmed"}}}}');

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
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const action_js_1 = __nccwpck_require__(2558);
const main_js_1 = __nccwpck_require__(9859);
const post_js_1 = __nccwpck_require__(788);
void (0, action_js_1.runAction)({ main: main_js_1.main, post: post_js_1.post });

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
