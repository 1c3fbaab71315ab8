export const id = 173;
export const ids = [173];
export const modules = {

/***/ 9040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUILD_TYPES = void 0;
exports.yearAt = yearAt;
exports.normaliseAxes = normaliseAxes;
exports.canonicalBuildType = canonicalBuildType;
exports.describeAxes = describeAxes;
/**
 * The spec's axes, normalised and checked against the platform table: each value keeps the spec path it came
 * from, so a problem found with it later can still point at its line.
 */
const compilers_js_1 = __webpack_require__(8695);
const platform_js_1 = __webpack_require__(2750);
const problems_js_1 = __webpack_require__(8785);
exports.BUILD_TYPES = ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel'];
/** Each value of a one-or-list key with its path: `key` itself for a single value, `key[i]` in a list. */
function located(value, path) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : [{ value, path }];
}
/** Duplicates (2025 and CY2025, or a value listed twice) would only give duplicate cells. */
function unique(items, key) {
    const seen = new Set();
    return items.filter(item => !seen.has(key(item.value)) && seen.add(key(item.value)));
}
/** A platform year, or a problem naming the value and the years that exist. */
function yearAt(value, path, problems) {
    try {
        return (0, platform_js_1.resolveYear)(String(value));
    }
    catch (error) {
        problems.push((0, problems_js_1.problem)(path, error.message));
        return undefined;
    }
}
function normaliseAxes(spec, problems) {
    const years = unique(located(spec['vfx-platform'], ['vfx-platform']).flatMap(({ value, path }) => {
        const year = yearAt(value, path, problems);
        return year ? [{ value: year, path }] : [];
    }), year => String(year.year));
    const oses = unique(spec.os === undefined ? [{ value: 'linux', path: [] }] : located(spec.os, ['os']), os => os);
    const buildTypes = unique(spec['build-type'] === undefined ? [{ value: 'Release', path: [] }] : located(spec['build-type'], ['build-type']), b => b);
    const cxxStandards = unique(located(spec['cxx-standard'], ['cxx-standard']), String);
    return { years, oses, compilers: compilerAxes(spec, oses, problems), buildTypes, cxxStandards };
}
/**
 * `compiler` is a map from OS to names, or one list for every OS: then each OS takes the names it knows, a name
 * no listed OS knows is an error, and so is an OS left with no compiler.
 */
function compilerAxes(spec, oses, problems) {
    const result = {};
    const given = spec.compiler;
    const osNames = oses.map(os => os.value);
    if (given !== undefined && !Array.isArray(given) && typeof given === 'object') {
        for (const os of compilers_js_1.OSES) {
            const names = located(given[os], ['compiler', os]);
            if (names.length > 0 && !osNames.includes(os)) {
                problems.push((0, problems_js_1.warningAt)(['compiler', os], `compilers are given for ${os}, but ${os} is not in 'os'`));
            }
            if (!osNames.includes(os))
                continue;
            result[os] = names.length === 0 ? defaultCompiler(os) : compilersOf(os, names, problems);
        }
        return result;
    }
    const names = located(given, ['compiler']);
    if (names.length === 0) {
        for (const os of osNames)
            result[os] = defaultCompiler(os);
        return result;
    }
    for (const { value, path } of names) {
        if (!osNames.some(os => (0, compilers_js_1.parseCompiler)(os, value))) {
            const accepted = osNames.map(os => `${os}: ${(0, compilers_js_1.acceptedCompilers)(os)}`).join('; ');
            problems.push((0, problems_js_1.problem)(path, `'${value}' is not a compiler of ${osNames.join(', ')} (accepted: ${accepted})`));
        }
    }
    for (const os of osNames) {
        const mine = unique(names.flatMap(({ value, path }) => {
            const parsed = (0, compilers_js_1.parseCompiler)(os, value);
            return parsed ? [{ value: parsed, path }] : [];
        }), c => c.name);
        if (mine.length === 0) {
            problems.push((0, problems_js_1.problem)(['compiler'], `no compiler listed for ${os} (accepted: ${(0, compilers_js_1.acceptedCompilers)(os)})`));
        }
        result[os] = mine;
    }
    return result;
}
function defaultCompiler(os) {
    return [{ value: (0, compilers_js_1.parseCompiler)(os, compilers_js_1.DEFAULT_COMPILER[os]), path: [] }];
}
function compilersOf(os, names, problems) {
    return unique(names.flatMap(({ value, path }) => {
        const parsed = (0, compilers_js_1.parseCompiler)(os, value);
        if (!parsed)
            problems.push((0, problems_js_1.problem)(path, `'${value}' is not a compiler for ${os} (accepted: ${(0, compilers_js_1.acceptedCompilers)(os)})`));
        return parsed ? [{ value: parsed, path }] : [];
    }), c => c.name);
}
function canonicalBuildType(value) {
    return exports.BUILD_TYPES.find(b => b.toLowerCase() === String(value).toLowerCase());
}
/** "vfx-platform 3 × os 3 × compiler (linux 2, macos 1, windows 1) × build-type 1": the size of each axis. */
function describeAxes(axes) {
    const compilers = axes.oses.map(os => `${os.value} ${axes.compilers[os.value]?.length ?? 0}`).join(', ');
    return [
        `vfx-platform ${axes.years.length}`,
        `os ${axes.oses.length}`,
        `compiler (${compilers})`,
        `build-type ${axes.buildTypes.length}`,
        ...(axes.cxxStandards.length ? [`cxx-standard ${axes.cxxStandards.length}`] : [])
    ].join(' × ');
}


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildCell = buildCell;
exports.cellId = cellId;
exports.cellName = cellName;
/**
 * One output cell from a candidate: the facts of its platform year (C++ standard, Python, legacy glibc), its
 * image, compiler commands, runner labels, generator, environment, a readable name and a stable id.
 */
const compilers_js_1 = __webpack_require__(8695);
/** Keys a cell always has; an include's other keys are passed through after them. */
const FIXED_KEYS = new Set([
    'id',
    'name',
    'os',
    'runs-on',
    'container',
    'vfx-platform',
    'compiler',
    'cc',
    'cxx',
    'cxx-standard',
    'python-version',
    'build-type',
    'cmake-generator',
    'gpu',
    'legacy-glibc',
    'env'
]);
const OS_LABEL = { linux: 'Linux', macos: 'macOS', windows: 'Windows' };
function buildCell(c, spec, images, problems) {
    const os = c.os.value;
    const year = c.year.value;
    const entry = c.include?.entry;
    const container = os === 'linux' ? images.resolve(c.year, c.compiler, problems) : '';
    const cxxStandard = c.cxxStandard ?? year.cxxStandard;
    const env = stringValues({ ...spec.env, ...entry?.env });
    // CMake honours MACOSX_DEPLOYMENT_TARGET: the platform's minimum macOS of the year, unless the spec sets one.
    if (os === 'macos' && year.macosDeploymentTarget && env.MACOSX_DEPLOYMENT_TARGET === undefined) {
        env.MACOSX_DEPLOYMENT_TARGET = year.macosDeploymentTarget;
    }
    const generator = spec['cmake-generator'];
    const cell = {
        id: cellId(c),
        name: cellName(c),
        os,
        'runs-on': entry?.['runs-on'] ?? runsOn(spec, os, c.gpu),
        container,
        'vfx-platform': year.year,
        compiler: c.compiler.value.name,
        cc: c.compiler.value.family.cc,
        cxx: c.compiler.value.family.cxx,
        'cxx-standard': cxxStandard,
        'python-version': year.python,
        'build-type': c.buildType,
        'cmake-generator': entry?.['cmake-generator'] ??
            (typeof generator === 'string' ? generator : (generator?.[os] ?? compilers_js_1.DEFAULT_GENERATOR[os])),
        gpu: c.gpu,
        'legacy-glibc': container !== '' && year.legacyGlibc,
        env
    };
    for (const [key, value] of Object.entries(entry ?? {})) {
        if (!FIXED_KEYS.has(key) && !AXIS_INPUT_KEYS.has(key))
            cell[key] = value;
    }
    return cell;
}
/** Include keys that feed the fixed cell keys rather than being passed through. */
const AXIS_INPUT_KEYS = new Set(['name']);
function runsOn(spec, os, gpu) {
    return (gpu ? spec.runners?.gpu : undefined) ?? spec.runners?.[os] ?? compilers_js_1.DEFAULT_RUNNER[os];
}
function stringValues(env) {
    return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}
/**
 * `linux-2025-clang-release`: lower-case, only [a-z0-9.-], so it works as a cache key and a file name. The C++
 * standard is part of it only when the spec states one (ids stay the same when a second standard is added), an
 * include's name last.
 */
function cellId(c) {
    const parts = [c.os.value, String(c.year.value.year), c.compiler.value.name, c.buildType];
    if (c.cxxStandard !== undefined)
        parts.push(`cxx${c.cxxStandard}`);
    if (c.include?.entry.name)
        parts.push(c.include.entry.name);
    return parts
        .map(part => part
        .toLowerCase()
        .replace(/\+/g, 'p')
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''))
        .join('-');
}
/** "asan: Linux CY2025 clang Debug C++20 (GPU)". */
function cellName(c) {
    const text = [OS_LABEL[c.os.value], `CY${c.year.value.year}`, c.compiler.value.name, c.buildType];
    if (c.cxxStandard !== undefined)
        text.push(`C++${c.cxxStandard}`);
    if (c.gpu)
        text.push('(GPU)');
    const base = text.join(' ');
    return c.include?.entry.name ? `${c.include.entry.name}: ${base}` : base;
}


/***/ }),

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

/***/ 1173:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.expandMatrix = expandMatrix;
exports.cellKey = cellKey;
/**
 * expandMatrix: the spec → the cells of `strategy.matrix`. The cartesian product of the axes (in the order
 * os, year, compiler, build type, C++ standard), minus `exclude`, plus `include`, restricted to a profile,
 * duplicates removed. Every value is checked against the platform table and the ASWF images on the way; all
 * problems are collected with their spec paths.
 */
const axes_js_1 = __webpack_require__(9040);
const compilers_js_1 = __webpack_require__(8695);
const cells_js_1 = __webpack_require__(6680);
const images_js_1 = __webpack_require__(623);
const patterns_js_1 = __webpack_require__(8614);
const problems_js_1 = __webpack_require__(8785);
/** Beyond this many product cells the spec is surely a mistake: stop before building them. */
const PRODUCT_CEILING = 100_000;
function expandMatrix(spec, options = {}) {
    const problems = [];
    const axes = (0, axes_js_1.normaliseAxes)(spec, problems);
    const axesText = (0, axes_js_1.describeAxes)(axes);
    const productSize = axes.oses.reduce((sum, os) => sum +
        axes.years.length *
            (axes.compilers[os.value]?.length ?? 0) *
            axes.buildTypes.length *
            Math.max(1, axes.cxxStandards.length), 0);
    if (productSize > PRODUCT_CEILING) {
        problems.push((0, problems_js_1.problem)([], `the axes give ${productSize} cells (${axesText}): far more than a CI matrix can run`));
        return { cells: [], problems, axes, axesText, excluded: 0, duplicates: 0 };
    }
    const excludes = (spec.exclude ?? []).map((p, i) => (0, patterns_js_1.compilePattern)(p, ['exclude', i], problems));
    const gpus = (spec.gpu ?? []).map((p, i) => (0, patterns_js_1.compilePattern)(p, ['gpu', i], problems));
    const profile = options.profile === undefined ? undefined : compileProfile(spec, options.profile, problems);
    const excludeUsed = excludes.map(() => false);
    const all = cartesian(axes);
    const product = all.filter(candidate => {
        const hit = excludes.findIndex(matcher => (0, patterns_js_1.matches)(matcher, cellKey(candidate)));
        if (hit >= 0)
            excludeUsed[hit] = true;
        return hit < 0;
    });
    excludeUsed.forEach((used, i) => {
        if (!used)
            problems.push((0, problems_js_1.warningAt)(['exclude', i], 'this exclude matches no cell'));
    });
    const includes = (spec.include ?? []).map((entry, index) => includeCandidate(entry, index, axes, problems));
    let candidates = [...product, ...includes.filter((c) => c !== undefined)];
    const gpuUsed = gpus.map(() => false);
    for (const candidate of candidates) {
        gpus.forEach((matcher, i) => {
            if ((0, patterns_js_1.matches)(matcher, cellKey(candidate))) {
                gpuUsed[i] = true;
                if (candidate.include?.entry.gpu === undefined)
                    candidate.gpu = true;
            }
        });
    }
    gpuUsed.forEach((used, i) => {
        if (!used)
            problems.push((0, problems_js_1.warningAt)(['gpu', i], 'this gpu pattern matches no cell'));
    });
    if (profile)
        candidates = candidates.filter(c => (c.include ? profile.includes : true) && (0, patterns_js_1.matches)(profile.matcher, cellKey(c)));
    const images = new images_js_1.ImageResolver(spec.project, imagePins(spec, axes, problems), problems);
    const { cells, duplicates } = uniqueCells(candidates.map(candidate => ({ candidate, cell: (0, cells_js_1.buildCell)(candidate, spec, images, problems) })), problems);
    const excluded = all.length - product.length;
    return { cells, problems: dedupeProblems(problems), axes, axesText, excluded, duplicates };
}
function cartesian(axes) {
    const out = [];
    const standards = axes.cxxStandards.length ? axes.cxxStandards.map(s => s.value) : [undefined];
    for (const os of axes.oses) {
        for (const year of axes.years) {
            for (const compiler of axes.compilers[os.value] ?? []) {
                for (const buildType of axes.buildTypes) {
                    for (const cxxStandard of standards) {
                        out.push({ os, year, compiler, buildType: buildType.value, cxxStandard, gpu: false });
                    }
                }
            }
        }
    }
    return out;
}
function cellKey(c) {
    return {
        'vfx-platform': String(c.year.value.year),
        os: c.os.value,
        compiler: c.compiler.value.name,
        'build-type': c.buildType,
        'cxx-standard': String(c.cxxStandard ?? c.year.value.cxxStandard)
    };
}
/** An include entry as a candidate: missing axis values are the first value of each axis. */
function includeCandidate(entry, index, axes, problems) {
    const at = (key) => ['include', index, key];
    const os = entry.os
        ? { value: entry.os, path: at('os') }
        : (axes.oses[0] ?? { value: 'linux', path: [] });
    let year = axes.years[0];
    if (entry['vfx-platform'] !== undefined) {
        const resolved = (0, axes_js_1.yearAt)(entry['vfx-platform'], at('vfx-platform'), problems);
        year = resolved && { value: resolved, path: at('vfx-platform') };
    }
    else if (!year) {
        return undefined;
    }
    let compiler = axes.compilers[os.value]?.[0] ?? {
        value: (0, compilers_js_1.parseCompiler)(os.value, compilers_js_1.DEFAULT_COMPILER[os.value]),
        path: []
    };
    if (entry.compiler !== undefined) {
        const parsed = (0, compilers_js_1.parseCompiler)(os.value, entry.compiler);
        if (!parsed)
            problems.push((0, problems_js_1.problem)(at('compiler'), `'${entry.compiler}' is not a compiler for ${os.value}`));
        compiler = parsed && { value: parsed, path: at('compiler') };
    }
    const buildType = entry['build-type'] !== undefined ? (0, axes_js_1.canonicalBuildType)(entry['build-type']) : axes.buildTypes[0]?.value;
    if (!year || !compiler || !buildType)
        return undefined;
    return {
        os,
        year,
        compiler,
        buildType,
        cxxStandard: entry['cxx-standard'] ?? axes.cxxStandards[0]?.value,
        include: { index, entry },
        gpu: entry.gpu ?? false
    };
}
/** A profile keeps, for each axis it names, only the values it lists; each must be a value of the spec. */
function compileProfile(spec, name, problems) {
    const given = spec.profiles?.[name];
    if (!given)
        return undefined;
    const { include, ...pattern } = given;
    return { matcher: (0, patterns_js_1.compilePattern)(pattern, ['profiles', name], problems), includes: include ?? true };
}
function imagePins(spec, axes, problems) {
    const pins = new Map();
    for (const [key, tag] of Object.entries(spec['image-tags'] ?? {})) {
        const path = ['image-tags', key];
        const year = (0, axes_js_1.yearAt)(key, path, problems);
        if (!year)
            continue;
        if (!axes.years.some(y => y.value.year === year.year))
            problems.push((0, problems_js_1.warningAt)(path, `CY${year.year} is not in 'vfx-platform': this pin is unused`));
        pins.set(year.year, { tag: String(tag), path });
    }
    return pins;
}
/**
 * Identical cells collapse into one. Two different cells with one id would break cache keys and job names:
 * that is an error at the include that caused it.
 */
function uniqueCells(built, problems) {
    const byId = new Map();
    const cells = [];
    let duplicates = 0;
    for (const { candidate, cell } of built) {
        const text = JSON.stringify(cell);
        const seen = byId.get(cell.id);
        if (!seen) {
            byId.set(cell.id, { text, candidate });
            cells.push(cell);
        }
        else if (seen.text === text) {
            duplicates++;
        }
        else {
            const path = candidate.include ? ['include', candidate.include.index] : [];
            problems.push((0, problems_js_1.problem)(path, `this cell's id '${cell.id}' is already used by another cell: give it a distinct 'name'`));
        }
    }
    return { cells, duplicates };
}
function dedupeProblems(problems) {
    const seen = new Set();
    return problems.filter(p => {
        const key = `${p.severity}|${JSON.stringify(p.path)}|${p.message}`;
        return !seen.has(key) && seen.add(key);
    });
}


/***/ }),

/***/ 623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageResolver = void 0;
const platform_js_1 = __webpack_require__(2750);
const problems_js_1 = __webpack_require__(8785);
class ImageResolver {
    pins;
    memo = new Map();
    /** undefined: Linux cells run on the runner itself. */
    project;
    constructor(project, pins, problems) {
        this.pins = pins;
        this.project = project && knownProject(project, problems) ? project : undefined;
    }
    /** The image for a Linux cell ('' without a project); problems go to `problems` once per cause. */
    resolve(year, compiler, problems) {
        const variant = compiler.value.clangVariant;
        if (this.project === undefined) {
            if (variant !== undefined) {
                problems.push((0, problems_js_1.problem)(compiler.path, `'${compiler.value.name}' picks a clang variant of an ASWF image: set 'project'`));
            }
            return '';
        }
        const pin = this.pins.get(year.value.year);
        const key = `${year.value.year}|${variant ?? ''}`;
        let found = this.memo.get(key);
        if (!found) {
            found = this.lookUp(this.project, year, compiler, pin);
            this.memo.set(key, found);
        }
        problems.push(...found.problems);
        return found.image;
    }
    lookUp(project, year, compiler, pin) {
        const variant = compiler.value.clangVariant;
        const steps = [
            [year.path, () => (0, platform_js_1.aswfImage)(project, year.value.year)],
            ...(variant !== undefined
                ? [[compiler.path, () => (0, platform_js_1.aswfImage)(project, year.value.year, { clang: variant })]]
                : []),
            ...(pin ? [[pin.path, () => (0, platform_js_1.aswfImage)(project, year.value.year, { clang: variant, tag: pin.tag })]] : [])
        ];
        let image = '';
        for (const [path, step] of steps) {
            try {
                image = step();
            }
            catch (error) {
                return { image: '', problems: [(0, problems_js_1.problem)(path, error.message)] };
            }
        }
        return { image, problems: [] };
    }
}
exports.ImageResolver = ImageResolver;
function knownProject(project, problems) {
    try {
        (0, platform_js_1.aswfImageYears)(project);
        return true;
    }
    catch (error) {
        problems.push((0, problems_js_1.problem)(['project'], error.message));
        return false;
    }
}


/***/ }),

/***/ 8614:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PATTERN_KEYS = void 0;
exports.compilePattern = compilePattern;
exports.matches = matches;
/**
 * Partial cells, as used by `exclude`, `gpu` and `profiles`: every key given must match, and a list matches any
 * of its values. Values are normalised the way cells are (CY2025 = 2025, clang-19 = clang19, debug = Debug), so
 * a pattern matches what a person meant.
 */
const axes_js_1 = __webpack_require__(9040);
const compilers_js_1 = __webpack_require__(8695);
const problems_js_1 = __webpack_require__(8785);
const spec_types_js_1 = __webpack_require__(6190);
exports.PATTERN_KEYS = ['vfx-platform', 'os', 'compiler', 'build-type', 'cxx-standard'];
function compilePattern(pattern, path, problems) {
    const matcher = {};
    for (const key of exports.PATTERN_KEYS) {
        if (pattern[key] === undefined)
            continue;
        const values = (0, spec_types_js_1.asList)(pattern[key]).map((value, index) => {
            const at = Array.isArray(pattern[key]) ? [...path, key, index] : [...path, key];
            return normaliseValue(key, value, at, problems);
        });
        matcher[key] = new Set(values.filter((v) => v !== undefined));
    }
    return matcher;
}
function normaliseValue(key, value, path, problems) {
    switch (key) {
        case 'vfx-platform': {
            const year = (0, axes_js_1.yearAt)(value, path, problems);
            return year ? String(year.year) : undefined;
        }
        case 'os': {
            const os = String(value).toLowerCase();
            if (compilers_js_1.OSES.includes(os))
                return os;
            problems.push((0, problems_js_1.problem)(path, `'${value}' is not an OS (accepted: ${compilers_js_1.OSES.join(', ')})`));
            return undefined;
        }
        case 'compiler': {
            const parsed = compilers_js_1.OSES.map(os => (0, compilers_js_1.parseCompiler)(os, value)).find(c => c !== undefined);
            if (parsed)
                return parsed.name;
            problems.push((0, problems_js_1.problem)(path, `'${value}' is not a compiler of any OS`));
            return undefined;
        }
        case 'build-type': {
            const buildType = (0, axes_js_1.canonicalBuildType)(value);
            if (!buildType)
                problems.push((0, problems_js_1.problem)(path, `'${value}' is not a CMake build type`));
            return buildType;
        }
        case 'cxx-standard':
            return String(value);
    }
}
function matches(matcher, cell) {
    return exports.PATTERN_KEYS.every(key => matcher[key] === undefined || matcher[key].has(cell[key]));
}


/***/ }),

/***/ 2750:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aswfImageProjects = exports.aswfClangVariants = exports.aswfImageYears = exports.aswfImage = exports.resolveYear = void 0;
/**
 * The one place build-matrix touches packages/vfx-platform (the platform table and the ASWF image facts), so the
 * rest of the action depends only on this small surface.
 */
var index_js_1 = __webpack_require__(6830);
Object.defineProperty(exports, "resolveYear", ({ enumerable: true, get: function () { return index_js_1.resolveYear; } }));
Object.defineProperty(exports, "aswfImage", ({ enumerable: true, get: function () { return index_js_1.aswfImage; } }));
Object.defineProperty(exports, "aswfImageYears", ({ enumerable: true, get: function () { return index_js_1.aswfImageYears; } }));
Object.defineProperty(exports, "aswfClangVariants", ({ enumerable: true, get: function () { return index_js_1.aswfClangVariants; } }));
Object.defineProperty(exports, "aswfImageProjects", ({ enumerable: true, get: function () { return index_js_1.aswfImageProjects; } }));


/***/ }),

/***/ 6190:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.asList = void 0;
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];
exports.asList = asList;


/***/ }),

/***/ 9584:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aswfRegistry = exports.aswfEnvironment = void 0;
exports.ciCommonGeneration = ciCommonGeneration;
exports.aswfImageProjects = aswfImageProjects;
exports.aswfImageYears = aswfImageYears;
exports.aswfClangVariants = aswfClangVariants;
exports.aswfDefaultClang = aswfDefaultClang;
exports.aswfLatestTag = aswfLatestTag;
exports.aswfImage = aswfImage;
/**
 * ASWF CI Docker images (aswf-docker): which image exists for which year and clang variant, and its name.
 * Data: ../data/aswf-images.json (latest released tag per image and year, tag rules, identifying env vars).
 */
const errors_js_1 = __webpack_require__(2087);
const aswf_images_json_1 = __importDefault(__webpack_require__(6536));
const years_js_1 = __webpack_require__(3680);
const PROJECTS = aswf_images_json_1.default.projects;
const DEFAULT_CLANG = aswf_images_json_1.default.defaultClang;
const COMMON_DEFAULT_CLANG = aswf_images_json_1.default.commonDefaultClang;
exports.aswfEnvironment = aswf_images_json_1.default.environment;
exports.aswfRegistry = { registry: aswf_images_json_1.default.registry, org: aswf_images_json_1.default.org, testingOrg: aswf_images_json_1.default.testingOrg };
function parseTag(tag) {
    const match = /^(\d+)(?:-clang(\d+))?\.(\d+)$/.exec(tag);
    if (!match)
        throw new Error(`aswf-images.json: malformed tag '${tag}'`);
    return { key: match[1], clang: match[2] ? Number(match[2]) : undefined, build: Number(match[3]) };
}
/** The ci-common generation a year's images are built on (e.g. 2025 → '5'). */
function ciCommonGeneration(year) {
    return (0, years_js_1.allYears)().find(y => y.year === year)?.aswf.ciCommon;
}
function normaliseProject(project) {
    return project
        .trim()
        .toLowerCase()
        .replace(/^(?:docker\.io\/)?(?:aswf(?:testing)?\/)?/, '')
        .replace(/^ci-/, '');
}
function projectData(project) {
    const name = normaliseProject(project);
    const data = PROJECTS[name];
    if (!data)
        throw new errors_js_1.UserError(`There is no ASWF image 'ci-${name}': known images are ${aswfImageProjects()
            .map(p => `ci-${p}`)
            .join(', ')}.`);
    return { name, data };
}
/** The releases key of a year: the year itself, or its ci-common generation for ci-common. */
function releaseKey(name, year) {
    return name === 'common' ? ciCommonGeneration(year) : String(year);
}
function releasesOf(name, data, year) {
    const key = releaseKey(name, year);
    return key === undefined ? [] : (data.releases[key] ?? []).map(parseTag);
}
function aswfImageProjects() {
    return Object.keys(PROJECTS).sort();
}
/** Years (VFX platform years) for which `aswf/ci-<project>` exists. */
function aswfImageYears(project) {
    const { name, data } = projectData(project);
    return (0, years_js_1.allYears)()
        .map(y => y.year)
        .filter(year => releasesOf(name, data, year).length > 0);
}
/** The clang variants (majors) of a clang-variant image for a year; [] for one-image-per-year projects. */
function aswfClangVariants(project, year) {
    const { name, data } = projectData(project);
    if (!data.clangVariants)
        return [];
    return releasesOf(name, data, year)
        .map(tag => tag.clang)
        .sort((a, b) => a - b);
}
/** The clang variant behind the bare tag (`:<year>`, or `:<N>` for ci-common); undefined without variants. */
function aswfDefaultClang(project, year) {
    const { name, data } = projectData(project);
    if (!data.clangVariants)
        return undefined;
    const key = releaseKey(name, year);
    return key === undefined ? undefined : name === 'common' ? COMMON_DEFAULT_CLANG[key] : DEFAULT_CLANG[key];
}
/** The newest released exact tag for a year (and clang variant), e.g. '2025.6' or '2026-clang20.4'. */
function aswfLatestTag(project, year, clang) {
    const { name, data } = projectData(project);
    aswfImage(name, year, clang === undefined ? {} : { clang }); // throws a UserError naming what exists
    const wanted = clang ?? aswfDefaultClang(name, year);
    const tag = releasesOf(name, data, year).find(t => t.clang === wanted);
    return `${tag.key}${tag.clang !== undefined ? `-clang${tag.clang}` : ''}.${tag.build}`;
}
function parseClang(value) {
    const match = /^(?:clang-?)?(\d+)$/i.exec(String(value).trim());
    if (!match)
        throw new errors_js_1.UserError(`'${value}' is not a clang variant: use a major version such as 19 or 'clang19'.`);
    return Number(match[1]);
}
/**
 * The image reference for a project and year, e.g. aswfImage('osl', 2025, { clang: 19 }) === 'aswf/ci-osl:2025-clang19',
 * aswfImage('openexr', 2023, { tag: '2023.2' }) === 'aswf/ci-openexr:2023.2'. A UserError names what does not exist
 * and what does.
 */
function aswfImage(project, year, options = {}) {
    const { name, data } = projectData(project);
    const image = `${aswf_images_json_1.default.org}/${data.image}`;
    const releases = releasesOf(name, data, year);
    if (releases.length === 0) {
        const years = aswfImageYears(name);
        throw new errors_js_1.UserError(`${image} does not exist for CY${year}: it exists for ${years.length ? years.join(', ') : 'no year'}.`);
    }
    const key = releaseKey(name, year);
    let clang;
    if (options.clang !== undefined && String(options.clang) !== '') {
        clang = parseClang(options.clang);
        if (!data.clangVariants) {
            throw new errors_js_1.UserError(`${image} has no clang variants (one image per year: ${image}:${year}); only ${aswfImageProjects()
                .filter(p => PROJECTS[p]?.clangVariants)
                .map(p => `ci-${p}`)
                .join(', ')} have them.`);
        }
        const variants = aswfClangVariants(name, year);
        if (!variants.includes(clang)) {
            throw new errors_js_1.UserError(`${image} has no clang${clang} variant for CY${year}: its variants are ${variants.map(v => `clang${v}`).join(', ')}.`);
        }
    }
    if (options.tag !== undefined && options.tag.trim() !== '')
        return `${image}:${checkedTag(image, year, key, releases, clang, options.tag.trim())}`;
    return `${image}:${key}${clang !== undefined ? `-clang${clang}` : ''}`;
}
/**
 * Validates an exact tag against the releases: the right year (or ci-common generation), a clang variant that exists
 * (clang-variant images only carry `<year>-clang<NN>.<n>` exact tags) and a build number not newer than the last release.
 */
function checkedTag(image, year, key, releases, clang, tag) {
    const known = releases
        .map(r => `${r.key}${r.clang !== undefined ? `-clang${r.clang}` : ''}.0 to .${r.build}`)
        .join(', ');
    const match = /^(\d+)(?:-clang(\d+))?(?:\.(\d+))?$/.exec(tag);
    if (!match || match[1] !== key)
        throw new errors_js_1.UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    const tagClang = match[2] !== undefined ? Number(match[2]) : clang;
    if (clang !== undefined && tagClang !== clang)
        throw new errors_js_1.UserError(`Tag '${tag}' is not the clang${clang} variant of ${image}.`);
    const variants = releases.some(r => r.clang !== undefined);
    if (variants && tagClang === undefined && match[3] !== undefined) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}': exact tags of its clang variants are ${known}.`);
    }
    const release = releases.find(r => r.clang === (tagClang ?? (variants ? r.clang : undefined)));
    if (!release || (tagClang !== undefined && release.clang !== tagClang)) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    }
    if (match[3] !== undefined && Number(match[3]) > release.build) {
        throw new errors_js_1.UserError(`${image} has no tag '${tag}': the newest is ${release.key}${release.clang !== undefined ? `-clang${release.clang}` : ''}.${release.build}.`);
    }
    return `${key}${tagClang !== undefined ? `-clang${tagClang}` : ''}${match[3] !== undefined ? `.${match[3]}` : ''}`;
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aswfRegistry = exports.aswfEnvironment = exports.ciCommonGeneration = exports.aswfLatestTag = exports.aswfDefaultClang = exports.aswfClangVariants = exports.aswfImage = exports.aswfImageYears = exports.aswfImageProjects = exports.majorMinor = exports.versionParts = exports.compareVersions = exports.satisfies = exports.allYears = exports.resolveYear = exports.supportedYears = void 0;
var years_js_1 = __webpack_require__(3680);
Object.defineProperty(exports, "supportedYears", ({ enumerable: true, get: function () { return years_js_1.supportedYears; } }));
Object.defineProperty(exports, "resolveYear", ({ enumerable: true, get: function () { return years_js_1.resolveYear; } }));
Object.defineProperty(exports, "allYears", ({ enumerable: true, get: function () { return years_js_1.allYears; } }));
var version_js_1 = __webpack_require__(9458);
Object.defineProperty(exports, "satisfies", ({ enumerable: true, get: function () { return version_js_1.satisfies; } }));
Object.defineProperty(exports, "compareVersions", ({ enumerable: true, get: function () { return version_js_1.compareVersions; } }));
Object.defineProperty(exports, "versionParts", ({ enumerable: true, get: function () { return version_js_1.versionParts; } }));
Object.defineProperty(exports, "majorMinor", ({ enumerable: true, get: function () { return version_js_1.majorMinor; } }));
var aswf_images_js_1 = __webpack_require__(9584);
Object.defineProperty(exports, "aswfImageProjects", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImageProjects; } }));
Object.defineProperty(exports, "aswfImageYears", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImageYears; } }));
Object.defineProperty(exports, "aswfImage", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfImage; } }));
Object.defineProperty(exports, "aswfClangVariants", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfClangVariants; } }));
Object.defineProperty(exports, "aswfDefaultClang", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfDefaultClang; } }));
Object.defineProperty(exports, "aswfLatestTag", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfLatestTag; } }));
Object.defineProperty(exports, "ciCommonGeneration", ({ enumerable: true, get: function () { return aswf_images_js_1.ciCommonGeneration; } }));
Object.defineProperty(exports, "aswfEnvironment", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfEnvironment; } }));
Object.defineProperty(exports, "aswfRegistry", ({ enumerable: true, get: function () { return aswf_images_js_1.aswfRegistry; } }));


/***/ }),

/***/ 9458:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionParts = versionParts;
exports.compareParts = compareParts;
exports.compareVersions = compareVersions;
exports.satisfies = satisfies;
exports.majorMinor = majorMinor;
/** The numeric parts of a version, up to the first 'x' (wildcard). */
function versionParts(version) {
    const parts = [];
    for (const token of version.trim().split(/[._\-\s]+/)) {
        if (/^x$/i.test(token) || token === '*')
            break;
        const digits = /\d+/.exec(token);
        if (!digits)
            continue;
        parts.push(Number(digits[0]));
    }
    return parts;
}
/** Compares `a` and `b` over the first `precision` parts (missing parts count as 0). */
function compareParts(a, b, precision = Math.max(a.length, b.length)) {
    for (let i = 0; i < precision; i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff < 0 ? -1 : 1;
    }
    return 0;
}
function compareVersions(a, b) {
    return compareParts(versionParts(a), versionParts(b));
}
/** Whether a found version meets a requirement, honouring its semantics. */
function satisfies(found, requirement) {
    const have = versionParts(found);
    const want = versionParts(requirement.version);
    if (have.length === 0)
        throw new Error(`'${found}' is not a version`);
    const cmp = compareParts(have, want, want.length);
    const verdict = cmp < 0 ? 'older' : cmp > 0 ? 'newer' : 'ok';
    switch (requirement.semantics) {
        case 'minimum':
            return cmp < 0 ? 'older' : 'ok';
        case 'maximum':
            return cmp > 0 ? 'newer' : 'ok';
        case 'series':
        case 'exact':
            if (verdict === 'ok' && requirement.floor && compareVersions(found, requirement.floor) < 0)
                return 'older';
            return verdict;
    }
}
/** major.minor of a version ('3.11.13' → '3.11'). */
function majorMinor(version) {
    return versionParts(version).slice(0, 2).join('.');
}


/***/ }),

/***/ 3680:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.supportedYears = supportedYears;
exports.allYears = allYears;
exports.resolveYear = resolveYear;
/**
 * The platform years, from the data files in ../data/years (one JSON file per year, every value with its source).
 * Adding a year is adding its file and its import below, plus a test row.
 */
const errors_js_1 = __webpack_require__(2087);
const version_js_1 = __webpack_require__(9458);
const CY2018_json_1 = __importDefault(__webpack_require__(7530));
const CY2019_json_1 = __importDefault(__webpack_require__(1045));
const CY2020_json_1 = __importDefault(__webpack_require__(7449));
const CY2021_json_1 = __importDefault(__webpack_require__(2990));
const CY2022_json_1 = __importDefault(__webpack_require__(6783));
const CY2023_json_1 = __importDefault(__webpack_require__(1420));
const CY2024_json_1 = __importDefault(__webpack_require__(6701));
const CY2025_json_1 = __importDefault(__webpack_require__(7637));
const CY2026_json_1 = __importDefault(__webpack_require__(8707));
const CY2027_json_1 = __importDefault(__webpack_require__(1184));
const FILES = [CY2018_json_1.default, CY2019_json_1.default, CY2020_json_1.default, CY2021_json_1.default, CY2022_json_1.default, CY2023_json_1.default, CY2024_json_1.default, CY2025_json_1.default, CY2026_json_1.default, CY2027_json_1.default];
function toPlatformYear(file) {
    const components = {};
    for (const [id, requirement] of Object.entries(file.components))
        components[id] = { id, ...requirement };
    const need = (id) => {
        const found = components[id];
        if (!found)
            throw new Error(`CY${file.year}: the data has no '${id}'`);
        return found;
    };
    const toolset = components['windows-toolset'];
    return {
        year: file.year,
        status: file.status === 'draft' ? 'draft' : 'final',
        date: file.date,
        source: file.source,
        cxxStandard: Number(need('cxx-standard').version),
        python: (0, version_js_1.majorMinor)(need('python').version),
        // The ASWF image of the year, or (without one) the platform's own glibc, is what a container job would run.
        legacyGlibc: ((0, version_js_1.versionParts)(file.aswf.glibc ?? need('glibc').version)[1] ?? 0) < 28,
        oldCxxAbi: need('libstdcxx-abi').version === '0',
        components,
        macosDeploymentTarget: components['macos-deployment-target']?.version,
        windowsToolset: toolset?.stated ?? toolset?.version,
        msvcToolsetVersion: toolset?.version,
        windowsSdk: components['windows-sdk']?.version,
        notes: file.notes,
        aswf: file.aswf
    };
}
const YEARS = new Map(FILES.map(file => [file.year, toPlatformYear(file)]));
function supportedYears() {
    return [...YEARS.keys()].sort((a, b) => a - b);
}
/** Every year, oldest first. */
function allYears() {
    return supportedYears().map(year => YEARS.get(year));
}
function newest(status) {
    return allYears()
        .filter(year => year.status === status)
        .pop();
}
/** '2025' | 'CY2025' | 'latest' (newest final year) | 'draft' (newest draft year). */
function resolveYear(input) {
    const value = input.trim();
    const lower = value.toLowerCase();
    const match = /^(?:cy)?(\d{4})$/i.exec(value);
    const year = lower === 'latest' ? newest('final') : lower === 'draft' ? newest('draft') : YEARS.get(Number(match?.[1]));
    if (year)
        return year;
    const years = supportedYears();
    const aliases = [
        `'latest' (CY${newest('final')?.year})`,
        ...(newest('draft') ? [`'draft' (CY${newest('draft')?.year})`] : [])
    ];
    throw new errors_js_1.UserError(`${value === '' ? 'An empty VFX Reference Platform year' : `'${value}' is not a supported VFX Reference Platform year`}` +
        (lower === 'draft' ? ' (no draft year is published now)' : '') +
        `: use one of ${years.join(', ')} (also written CY${years[0]}), ${aliases.join(' or ')}.`);
}


/***/ }),

/***/ 6536:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml (ci-images) @ e41baee; tag rules python/aswfdocker/versioninfo.py, index.py","registry":"docker.io","org":"aswf","testingOrg":"aswftesting","tagScheme":"aswf/ci-<project>:<year> (floating), <year>.<n> (exact, n = rebuild counter); clang-variant projects: <year>-clang<NN>[.<n>], the bare <year> tag going to the default clang; ci-common: <N>-clang<NN>[.<n>]","defaultClang":{"2018":7,"2019":7,"2020":7,"2021":10,"2022":10,"2023":15,"2024":17,"2025":19,"2026":20},"commonDefaultClang":{"1":7,"2":10,"3":15,"4":17,"5":19,"6":20},"commonDefaultClangNotes":"For ci-common 4, 5 and 6 both variants carry use_major_version_as_tag; the newer is the likely target of the bare tag.","projects":{"base":{"image":"ci-base","releases":{"2018":["2018.8"],"2019":["2019.9"],"2020":["2020.9"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"Python, TBB, Boost and other base libraries"},"baseqt":{"image":"ci-baseqt","releases":{"2018":["2018.1"],"2019":["2019.2"],"2020":["2020.2"],"2021":["2021.3"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"ci-base plus Qt and PySide"},"common":{"image":"ci-common","clangVariants":true,"keyedBy":"ci-common generation","releases":{"1":["1-clang6.8","1-clang7.8","1-clang8.8","1-clang9.8","1-clang10.8"],"2":["2-clang10.5","2-clang11.6","2-clang12.1","2-clang13.1","2-clang14.0"],"3":["3-clang14.3","3-clang15.3"],"4":["4-clang16.7","4-clang17.7"],"5":["5-clang18.6","5-clang19.6"],"6":["6-clang19.4","6-clang20.4"]},"notes":["ci-common is keyed by generation (1..6), shared by several years; aswfImage(\'common\', year) maps the year to its generation."],"contents":"the compiler/OS layer (gcc toolset, clang, CUDA, CMake, Ninja)"},"imath":{"image":"ci-imath","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build imath (not imath itself)"},"materialx":{"image":"ci-materialx","releases":{"2022":["2022.1"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build materialx (not materialx itself)"},"ocio":{"image":"ci-ocio","releases":{"2018":["2018.9"],"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build ocio (not ocio itself)"},"oiio":{"image":"ci-oiio","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build oiio (not oiio itself)"},"opencue":{"image":"ci-opencue","releases":{"2018":["2018.10"],"2019":["2019.10"],"2020":["2020.10"],"2021":["2021.7"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build opencue (not opencue itself)"},"openexr":{"image":"ci-openexr","releases":{"2018":["2018.8"],"2019":["2019.8"],"2020":["2020.8"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openexr (not openexr itself)"},"openfx":{"image":"ci-openfx","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openfx (not openfx itself)"},"openrv":{"image":"ci-openrv","releases":{"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openrv (not openrv itself)"},"openvdb":{"image":"ci-openvdb","clangVariants":true,"releases":{"2018":["2018-clang7.8"],"2019":["2019-clang6.8","2019-clang7.8","2019-clang8.8","2019-clang9.8"],"2020":["2020-clang7.8"],"2021":["2021-clang10.6"],"2022":["2022-clang10.12","2022-clang11.12","2022-clang12.3","2022-clang13.3","2022-clang14.2"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build openvdb (not openvdb itself)"},"osl":{"image":"ci-osl","clangVariants":true,"releases":{"2018":["2018-clang7.5"],"2019":["2019-clang6.5","2019-clang7.5","2019-clang8.5","2019-clang9.5","2019-clang10.5"],"2020":["2020-clang7.5"],"2021":["2021-clang10.7","2021-clang11.7"],"2022":["2022-clang10.11","2022-clang11.11","2022-clang12.2","2022-clang13.2","2022-clang14.1"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build osl (not osl itself)"},"otio":{"image":"ci-otio","releases":{"2019":["2019.3"],"2020":["2020.3"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build otio (not otio itself)"},"rawtoaces":{"image":"ci-rawtoaces","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build rawtoaces (not rawtoaces itself)"},"usd":{"image":"ci-usd","releases":{"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build usd (not usd itself)"},"vfxall":{"image":"ci-vfxall","clangVariants":true,"releases":{"2019":["2019-clang6.12","2019-clang7.12","2019-clang8.12","2019-clang9.12"],"2020":["2020-clang7.10"],"2021":["2021-clang10.7"],"2022":["2022-clang10.13","2022-clang11.13","2022-clang12.4","2022-clang13.4","2022-clang14.3"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"builds of everything, installed in /usr/local"}},"environment":{"source":"aswf-docker python/aswfdocker/data/ci-image-dockerfile.jinja2 and ci-common Dockerfiles @ e41baee; renames from commits 18629e4, c4509b9, 23b323e, 884aeeb, cca3f53","year":["ASWF_VFXPLATFORM_VERSION"],"imageVersion":["ASWF_VERSION"],"packages":{"python":["ASWF_CPYTHON_VERSION","ASWF_PYTHON_VERSION"],"python-major-minor":["ASWF_PYTHON_MAJOR_MINOR_VERSION"],"cxx-standard":["ASWF_CXX_STANDARD"],"onetbb":["ASWF_ONETBB_VERSION","ASWF_TBB_VERSION"],"c-blosc":["ASWF_C_BLOSC_VERSION","ASWF_BLOSC_VERSION"],"openusd":["ASWF_OPENUSD_VERSION","ASWF_USD_VERSION"],"opentimelineio":["ASWF_OPENTIMELINEIO_VERSION","ASWF_OTIO_VERSION"],"opencolorio":["ASWF_OPENCOLORIO_VERSION","ASWF_OCIO_VERSION"],"openimageio":["ASWF_OPENIMAGEIO_VERSION","ASWF_OIIO_VERSION"],"numpy":["ASWF_NUMPY_VERSION"],"qt":["ASWF_QT_VERSION"],"pyside":["ASWF_PYSIDE_VERSION"],"boost":["ASWF_BOOST_VERSION"],"imath":["ASWF_IMATH_VERSION"],"openexr":["ASWF_OPENEXR_VERSION"],"opensubdiv":["ASWF_OPENSUBDIV_VERSION"],"openvdb":["ASWF_OPENVDB_VERSION"],"alembic":["ASWF_ALEMBIC_VERSION"],"ptex":["ASWF_PTEX_VERSION"],"osl":["ASWF_OSL_VERSION"],"materialx":["ASWF_MATERIALX_VERSION"],"openfx":["ASWF_OPENFX_VERSION"],"partio":["ASWF_PARTIO_VERSION"],"pybind11":["ASWF_PYBIND11_VERSION"],"hdf5":["ASWF_HDF5_VERSION"],"cmake":["ASWF_CMAKE_VERSION"],"ninja":["ASWF_NINJA_VERSION"],"clang":["ASWF_CLANG_VERSION"],"cuda":["ASWF_CUDA_VERSION"],"optix":["ASWF_OPTIX_VERSION"],"gcc-toolset":["ASWF_DTS_VERSION"]},"renamed":{"ASWF_PYTHON_VERSION":"ASWF_CPYTHON_VERSION (2025-04-20)","ASWF_TBB_VERSION":"ASWF_ONETBB_VERSION (2025-05-24, 2025.1)","ASWF_BLOSC_VERSION":"ASWF_C_BLOSC_VERSION (2025-08-09)","ASWF_USD_VERSION":"ASWF_OPENUSD_VERSION (2026-03-23)","ASWF_OTIO_VERSION":"ASWF_OPENTIMELINEIO_VERSION (2026-04-01)","ASWF_OCIO_VERSION":"ASWF_OPENCOLORIO_VERSION (2026-05-12)","ASWF_OIIO_VERSION":"ASWF_OPENIMAGEIO_VERSION (2026-05-12)"},"notes":["ASWF_VFXPLATFORM_VERSION and ASWF_VERSION are the only identifiers stable across all years; ci-common sets ASWF_VERSION like 6-clang20.4 and no ASWF_VFXPLATFORM_VERSION.","Older images carry the old names; 2018-2022 images have no ASWF_CXX_STANDARD."]},"notes":["Pre-2023 images are not rebuilt (README, Dec 2025); 2018 frozen July 2021. Current releases: 2023.3 / 2024.7 / 2025.6 / 2026.4 (May 2026).","Linux x86_64 only (linux/amd64); no native macOS/Windows images.","Floating preview/draft tags existed in the past and may be stale: not used."]}');

/***/ }),

/***/ 7530:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2018,"status":"final","date":"2017-11-26","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.5","stated":"2.7.5 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.6.x","semantics":"series","floor":"5.6.1","stated":"5.6.1 - 5.6.latest (modified)","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"(modified)"},"pyqt":{"label":"PyQt","version":"5.6","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.12.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.28","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2018.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.0.9","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.0.x","semantics":"series","floor":"1.0.3","stated":"1.0.3 - 1.0.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.61","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2017.6","semantics":"maximum","stated":"2017 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2017.2","semantics":"series","stated":"2017 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18) (2018: parent of 1c9885a)","imageVersion":"2018.8","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.9.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"python":"2.7.15","numpy":"1.14","qt":"5.6.1","pyside":"2.0.0","boost":"1.61.0","onetbb":"2017_U6","openexr":"2.2.1","opencolorio":"1.0.9","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"5.2.0","alembic":"1.7.11","ptex":"2.1.28","openusd":"19.11","osl":"1.10.9","cmake":"3.9.4","partio":"1.10.1","c-blosc":"1.5.0","hdf5":"1.8.21","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Historical: 2018 was removed from versions.yaml in commit 1c9885a (2021-07-07); values from its parent. Images frozen since July 2021.","NumPy 1.14 disagrees with platform 1.12.1."]}}');

/***/ }),

/***/ 1045:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2019,"status":"final","date":"2018-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.9","stated":"2.7.9 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.14.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.33","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2019.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.66","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2018","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2018","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2019.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[6,7,8,9,10],"defaultClang":7,"clangInYearImages":7,"cmake":"3.12.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"14","python":"2.7.15","numpy":"1.14","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.66.0","onetbb":"2018","imath":"2.3.0","openexr":"2.3.0","opencolorio":"1.1.0","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"6.2.1","alembic":"1.7.11","ptex":"2.1.33","openusd":"19.11","osl":"1.10.9","opentimelineio":"0.12.1","cmake":"3.12.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.8.1","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Imath 2.3.0 is a placeholder (OpenEXR 2 / IlmBase era).","Images not rebuilt since 2021-2022; env uses old names (ASWF_PYTHON_VERSION, ASWF_TBB_VERSION, ASWF_OCIO_VERSION, ...)."]}}');

/***/ }),

/***/ 7449:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2020,"status":"final","date":"2019-11-02","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12.x","semantics":"series","stated":"5.12 (with patch) or 5.13","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"5.12 with a patch, or 5.13."},"numpy":{"label":"NumPy","version":"1.17.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.70","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2019.6","semantics":"maximum","stated":"2019 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2019","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2020.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.18.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.3","numpy":"1.16","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.70.0","onetbb":"2019_u6","imath":"2.4.0","openexr":"2.4.0","opencolorio":"1.1.1","openimageio":"2.1.13.0","opensubdiv":"3_4_3","openvdb":"7.1.0","alembic":"1.7.12","ptex":"2.3.2","openusd":"20.11","osl":"1.10.10","opentimelineio":"0.12.1","cmake":"3.18.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.10.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["NumPy 1.16 disagrees with platform 1.17.x.","cxx_standard 17 in versions.yaml disagrees with platform C++14; value added retroactively in 2024, the images do not carry ASWF_CXX_STANDARD."]}}');

/***/ }),

/***/ 2990:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2021,"status":"final","date":"2020-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":["OpenEXR: home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 Jekyll data (_data/platforms/CY2021.yml) say 3.0.x. Imath 3.0.x was back-filled in Nov 2025. FBX reverted from 2021.x to 2020.x."],"components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.19.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Imath row back-filled in Nov 2025 (goes with the OpenEXR 3.0.x reading of CY2021)."},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"vfxplatform.com home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 site data say 3.0.x."},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Reverted from 2021.x to 2020.x."},"opencolorio":{"label":"OpenColorIO","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.73","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.2","semantics":"maximum","stated":"2020 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.13","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.10","semantics":"minimum","stated":"Visual Studio 2017","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0","semantics":"minimum","stated":"v10","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2021.6","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11],"defaultClang":10,"clangInYearImages":10,"cmake":"3.19.3","cuda":"11.1","cudaBaseImage":"nvidia/cudagl:11.1-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.9","numpy":"1.19","qt":"5.15.2","pyside":"5.15.2","boost":"1.73.0","onetbb":"2020_u2","imath":"2.5.5","openexr":"2.5.5","opencolorio":"2.0.1","openimageio":"2.2.14.0","opensubdiv":"3_4_3","openvdb":"8.0.1","alembic":"1.7.16","ptex":"2.3.2","openusd":"21.05","osl":"1.11.13.0","opentimelineio":"0.13","cmake":"3.19.3","partio":"1.14.0","pybind11":"2.6.2","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.1","optix":"7.2.0","ninja":"1.11.0","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["OpenEXR 2.5.5 matches neither platform value (2.4.x per home page after 2021-03-22 revert; 3.0.x per history page).","CUDA: config now says 11.4.0 but the last 2021 images (2021-11) were built when ci-common 2 had CUDA 11.1 (inferred, not verified on Docker Hub).","CUDA 11.1 (inferred for last 2021 images; versions.yaml now says 11.4.0)"]}}');

/***/ }),

/***/ 6783:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2022,"status":"final","date":"2021-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"python":{"label":"Python","version":"3.9.x","semantics":"series","floor":"3.9.1","stated":"3.9.1 - 3.9.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.20.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"9.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.76","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.15","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.28","semantics":"minimum","stated":"Visual Studio 2019 v16.9 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2022.4","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11,12,13,14],"defaultClang":10,"clangInYearImages":10,"cmake":"3.22.0","cuda":"11.4.0","cudaBaseImage":"nvidia/cudagl:11.4.0-devel-centos7","versions":{"cxx-standard":"17","python":"3.9.15","numpy":"1.20","qt":"5.15.2","pyside":"5.15.2","boost":"1.76.0","onetbb":"2020.3","imath":"3.1.5","openexr":"3.1.5","opencolorio":"2.1.1","openimageio":"2.4.5.0","opensubdiv":"3_4_4","openvdb":"9.1.0","alembic":"1.8.2","ptex":"2.4.0","openusd":"22.11","osl":"1.12.7.0","materialx":"1.38.5","opentimelineio":"0.14.1","cmake":"3.22.0","partio":"1.14.0","pybind11":"2.8.1","c-blosc":"1.17.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.4.0","optix":"7.2.0","ninja":"1.11.0","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Last images built around Jan 2023 with old env var names."]}}');

/***/ }),

/***/ 1420:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2023,"status":"final","date":"2022-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new (switch in CY2023)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"python":{"label":"Python","version":"3.10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.23.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.80","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.30","semantics":"minimum","stated":"Visual Studio 2022","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2023.3","ciCommon":"3","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[14,15],"defaultClang":15,"clangInYearImages":14,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.10.20","numpy":"1.23.5","qt":"5.15.18","pyside":"5.15.18","pyside-clang":"14.0.6","boost":"1.80.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.1.13","opencolorio":"2.2.1","openimageio":"2.4.17.0","opensubdiv":"3.5.1","openvdb":"10.1.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"23.08","osl":"1.12.14.0","materialx":"1.38.7","opentimelineio":"0.15","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.10.20","ccache":"4.9.1"},"notes":["Values are for the 2023.3 rebuild (May 2026, Conan 2); 2023.0-2023.2 had CUDA 11.8.0, Qt 5.15.9, Python 3.10.x earlier patch levels.","README still says ci-common:3 has CUDA 11.8.","CUDA history: 11.8.0 (nvidia/cuda:11.8.0-devel-rockylinux8) for 2023.0-2023.2; 12.6.3 runtime base for 2023.3"]}}');

/***/ }),

/***/ 6701:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2024,"status":"final","date":"2023-11-01","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.24.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.82","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.34","semantics":"minimum","stated":"Visual Studio 2022 v17.4 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2024.7","ciCommon":"4","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[16,17],"defaultClang":17,"clangInYearImages":16,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.24.3","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"16.0.6","boost":"1.82.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.2.9","opencolorio":"2.3.2","openimageio":"2.5.19.1","opensubdiv":"3.6.1","openvdb":"11.0.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"24.08","osl":"1.13.11.0","materialx":"1.39.1","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["CHANGELOG says OIIO \'2.5.19.0 to 2.5.15.1\' for 2024.7; versions.yaml and Conan profile say 2.5.19.1.","CUDA history: 12.3.0 in 2024.0/2024.1, 12.6.1 in 2024.2, 12.6.3 from 2024.3; -devel- base until the 2024.7 rebuild"]}}');

/***/ }),

/***/ 7637:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2025,"status":"final","date":"2024-11-03","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"Reluctantly reverted to 3.11 because of a Qt 6.5 incompatibility (2024-08-18)."},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.26.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.85","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2021.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2024","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"12.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2025.6","ciCommon":"5","baseOs":"Rocky Linux 8.10","glibc":"2.28","toolset":"gcc-toolset-11","clang":[18,19],"defaultClang":19,"clangInYearImages":18,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.26.4","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"18.1.8","boost":"1.85.0","onetbb":"2021.13.0","imath":"3.1.12","openexr":"3.3.11","opencolorio":"2.4.2","openimageio":"3.1.6.2","opensubdiv":"3.6.1","openvdb":"12.1.1","alembic":"1.8.8","ptex":"2.4.3","openusd":"25.05.01","osl":"1.14.9.0","materialx":"1.39.3","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["2025.0 used TBB 2020_u3; oneTBB 2021.13.0 since 2025.1.","CUDA history: 12.6.1 in 2025.0, 12.6.3 from 2025.1; -devel- base until the 2025.6 rebuild"]}}');

/***/ }),

/***/ 8707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2026,"status":"final","date":"2025-11-05","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":["CY2026 draft (2025-05-08) had glibc 2.34, NumPy 1.26.x, OpenSubdiv 3.6.x, OCIO 2.4.x; changed Aug 2025; Imath 3.2.x added at Final."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.88","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2022.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2026.4","ciCommon":"6","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-14","clang":[19,20],"defaultClang":20,"clangInYearImages":19,"cmake":"4.0.6","cuda":"12.9.1","cudaBaseImage":"nvidia/cuda:12.9.1-runtime-rockylinux8","versions":{"cxx-standard":"20","python":"3.13.3","numpy":"2.3.2","qt":"6.8.3","pyside":"6.8.3","pyside-clang":"19.1.7","boost":"1.88.0","onetbb":"2022.1.0","imath":"3.2.2","openexr":"3.4.11","opencolorio":"2.5.1","openimageio":"3.1.13.1","opensubdiv":"3.7.0","openvdb":"13.0.0","alembic":"1.8.10","ptex":"2.4.3","openusd":"26.03","osl":"1.15.4.0","materialx":"1.39.4","opentimelineio":"0.18.1","openfx":"1.5.1","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.17.0","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"14.2.x","cuda":"12.9.1","optix":"8.0.0","cmake":"4.0.6","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.13.12","ccache":"4.11.3"},"notes":["gcc exact patch level not stated in repo (README: GCC-14.2.x; Conan profile compiler.version 14.2).","CHANGELOG \'Python 3.13.3 to 3.13.12\' refers to ASWF_CONAN_PYTHON_VERSION, not the VFX Python.","CUDA history: 12.9.1; -devel- base until the 2026.4 rebuild"]}}');

/***/ }),

/***/ 1184:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"year":2027,"status":"draft","date":"2026-06-03","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":["DRAFT from ves-tech/vfxplatform _data/platforms/CY2027.yml; the 2026-04-08 revision said \'Visual Studio 2022 v17.14 or later\'. Status text still has a placeholder. A different CY2027 file in vfxplatform/vfxplatform (commit 37c8130: gcc 15.1, Python 3.14, C++23) was a removed test - ignore."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.34","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"numpy":{"label":"NumPy","version":"2.4.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openexr":{"label":"OpenEXR","version":"3.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"ptex":{"label":"Ptex","version":"2.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opensubdiv":{"label":"OpenSubdiv","version":"3.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openvdb":{"label":"OpenVDB","version":"14.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opencolorio":{"label":"OpenColorIO","version":"2.6.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"boost":{"label":"Boost","version":"1.91","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"onetbb":{"label":"oneTBB / TBB","version":"2023.x","semantics":"maximum","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.44","semantics":"minimum","stated":"Visual Studio build tools v14.44 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","versions":{},"notes":["aswf-docker has no images for this year yet."]}}');

/***/ })

};
