export const id = 221;
export const ids = [221];
export const modules = {

/***/ 8695:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_GENERATOR = exports.DEFAULT_RUNNER = exports.DEFAULT_COMPILER = exports.COMPILERS = exports.OSES = void 0;
exports.parseCompiler = parseCompiler;
exports.acceptedCompilers = acceptedCompilers;
/** The compiler families each OS knows, with the `cc`/`cxx` a build should use. Data, not branches. */
exports.OSES = ['linux', 'macos', 'windows'];
exports.COMPILERS = {
    linux: { gcc: { cc: 'gcc', cxx: 'g++' }, clang: { cc: 'clang', cxx: 'clang++' } },
    macos: { 'apple-clang': { cc: 'clang', cxx: 'clang++' } },
    windows: { msvc: { cc: 'cl', cxx: 'cl' }, 'clang-cl': { cc: 'clang-cl', cxx: 'clang-cl' } }
};
/** Used when the spec names no compiler for an OS. */
exports.DEFAULT_COMPILER = { linux: 'gcc', macos: 'apple-clang', windows: 'msvc' };
exports.DEFAULT_RUNNER = { linux: 'ubuntu-24.04', macos: 'macos-14', windows: 'windows-2022' };
exports.DEFAULT_GENERATOR = {
    linux: 'Ninja',
    macos: 'Unix Makefiles',
    windows: 'Visual Studio 17 2022'
};
/** A compiler name for an OS, or undefined when that OS does not know it. */
function parseCompiler(os, value) {
    const text = String(value).trim().toLowerCase();
    const known = exports.COMPILERS[os][text];
    if (known)
        return { name: text, family: known };
    const variant = /^clang-?(\d+)$/.exec(text);
    if (os === 'linux' && variant) {
        return { name: `clang${variant[1]}`, family: exports.COMPILERS.linux.clang, clangVariant: Number(variant[1]) };
    }
    return undefined;
}
function acceptedCompilers(os) {
    return [...Object.keys(exports.COMPILERS[os]), ...(os === 'linux' ? ['clang<N> (an image clang variant)'] : [])].join(', ');
}


/***/ }),

/***/ 8221:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderSummary = renderSummary;
exports.yearByOsGrid = yearByOsGrid;
/** The job summary: a year × OS grid to read at a glance, then every cell in a table. */
const summary_js_1 = __webpack_require__(1906);
const compilers_js_1 = __webpack_require__(8695);
function renderSummary(cells, facts) {
    const gpu = cells.filter(c => c.gpu).length;
    const legacy = cells.filter(c => c['legacy-glibc']).length;
    const lines = [
        (0, summary_js_1.heading)(`build-matrix: ${cells.length} job${cells.length === 1 ? '' : 's'}`),
        `From ${(0, summary_js_1.escapeCell)(facts.source)}, ${(0, summary_js_1.escapeCell)(facts.profile)}. Axes: ${(0, summary_js_1.escapeCell)(facts.axesText)}; ` +
            `${facts.excluded} excluded, ${facts.duplicates} duplicate${facts.duplicates === 1 ? '' : 's'} removed` +
            `${gpu ? `, ${gpu} on GPU` : ''}${legacy ? `, ${legacy} in legacy-glibc containers (no node24 actions inside)` : ''}.\n`
    ];
    if (cells.length === 0)
        return lines.join('\n') + '\nThe matrix is empty: jobs using it should be skipped (`is-empty`).\n';
    lines.push(yearByOsGrid(cells));
    lines.push((0, summary_js_1.details)(`All ${cells.length} cells`, (0, summary_js_1.markdownTable)(['id', 'runs-on', 'container', 'compiler', 'C++', 'Python', 'build type', 'GPU'], cells.map(c => [
        c.id,
        Array.isArray(c['runs-on']) ? c['runs-on'].join(', ') : c['runs-on'],
        c.container || '–',
        c.compiler,
        c['cxx-standard'],
        c['python-version'],
        c['build-type'],
        c.gpu ? 'yes' : ''
    ]))));
    return lines.join('\n');
}
/** Rows: platform years; columns: the OSes used; each cell lists its compilers with counts. */
function yearByOsGrid(cells) {
    const years = [...new Set(cells.map(c => c['vfx-platform']))].sort((a, b) => a - b);
    const oses = compilers_js_1.OSES.filter(os => cells.some(c => c.os === os));
    const rows = years.map(year => [
        `CY${year}`,
        ...oses.map(os => {
            const here = cells.filter(c => c['vfx-platform'] === year && c.os === os);
            if (here.length === 0)
                return '–';
            const counts = new Map();
            for (const c of here)
                counts.set(c.compiler, (counts.get(c.compiler) ?? 0) + 1);
            const gpu = here.some(c => c.gpu) ? ' (GPU)' : '';
            return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ') + gpu;
        })
    ]);
    return (0, summary_js_1.markdownTable)(['year', ...oses], rows);
}


/***/ })

};
