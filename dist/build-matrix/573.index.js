export const id = 573;
export const ids = [573];
export const modules = {

/***/ 2573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSpecShape: () => (/* reexport */ checkSpecShape),
  chooseProfile: () => (/* reexport */ chooseProfile),
  expandMatrix: () => (/* reexport */ expandMatrix),
  parseSpecDocument: () => (/* reexport */ parseSpecDocument),
  renderSummary: () => (/* reexport */ renderSummary)
});

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/plain-yaml.js
/**
 * A small YAML reader for the plain YAML that matrix specs are written in: block mappings and sequences, flow
 * `[...]` and `{...}` (also over several lines), plain, 'single' and "double" quoted scalars, comments, resolved
 * with the YAML 1.2 core schema exactly as the `yaml` package does. It remembers where every key and value is.
 *
 * Anything else (anchors, aliases, tags, block scalars, multi-line plain or quoted scalars, documents markers,
 * directives, tabs, duplicate keys, odd keys, and every syntax error) makes it return `undefined`: the caller then
 * parses with the full `yaml` package, which also gives the proper error messages. So this never decides what a
 * document means when it is not sure; it only spares the common case from loading the full parser.
 *
 * Why: loading and running the `yaml` package costs ~25 ms of build-matrix's start-up, a third of its budget;
 * this costs well under 1 ms. plain-yaml.test.ts checks values and positions against `yaml` on a large corpus.
 */
/** The document's root node, or undefined when the text is outside the plain subset (or not valid YAML). */
function parsePlainYaml(text) {
    try {
        return new PlainYamlParser(text).document();
    }
    catch (error) {
        if (error instanceof OutsideSubset)
            return undefined;
        throw error;
    }
}
/** The position of the value at `path`: a map entry at its key, a list item at its start, else the nearest ancestor. */
function locatePlain(root, path) {
    let node = root;
    let position = root.position;
    for (const part of path) {
        if (node.entries) {
            const entry = node.entries.get(String(part));
            if (!entry)
                break;
            position = entry.keyPosition;
            node = entry.node;
        }
        else if (node.items && typeof part === 'number' && node.items[part]) {
            node = node.items[part];
            position = node.position;
        }
        else
            break;
    }
    return position;
}
class OutsideSubset extends Error {
}
function outside() {
    throw new OutsideSubset();
}
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]|^[-?:][^\s,[\]{}]/;
/** A plain scalar inside `[...]` or `{...}`: no flow indicators, no colon (left to the full parser), `#` only inside a word. */
const FLOW_PLAIN = /(?:[^\s,[\]{}#&*!|>'"%@`:?-]|[-?][^\s,[\]{}:#])(?:[^,[\]{}:\n\r#]|(?<=\S)#)*/y;
/** A plain key inside `{...}`, up to the `:` (and spaces) that end it. */
const FLOW_KEY = /[^\s,[\]{}#&*!|>'"%@`:?-][^,[\]{}:\n\r#]*?(?=\s*:\s)/y;
/** What may follow a value on its line: nothing, or a comment after white space. */
const ONLY_A_COMMENT = /^(\s*|\s+#[^\n]*)$/;
const DOUBLE_QUOTE_ESCAPES = {
    '0': '\0',
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    '"': '"',
    '/': '/',
    '\\': '\\'
};
class PlainYamlParser {
    text;
    lines = [];
    lineStarts = [];
    index = 0;
    constructor(text) {
        this.text = text;
        // Tabs, control characters and a byte-order mark all have rules of their own: leave them to the full parser.
        if (/[^\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]|\r(?!\n)/u.test(text))
            outside();
        let offset = 0;
        text.split('\n').forEach((raw, number) => {
            this.lineStarts.push(offset);
            const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const indent = line.length - line.trimStart().length;
            const content = line.slice(indent);
            if (/^(---|\.\.\.)(\s|$)|^%/.test(line))
                outside();
            if (content !== '' && !content.startsWith('#')) {
                this.lines.push({ indent, text: content.trimEnd(), offset: offset + indent, number });
            }
            offset += raw.length + 1;
        });
    }
    document() {
        const first = this.lines[0] ?? outside();
        const root = this.blockNode(first.indent);
        if (this.index < this.lines.length)
            outside();
        return root;
    }
    position(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
    current() {
        return this.lines[this.index];
    }
    /** The block node whose first line is the current one, indented by exactly `indent`. */
    blockNode(indent) {
        const line = this.current();
        if (/^-(\s|$)/.test(line.text))
            return this.blockSequence(indent);
        if (this.keyEnd(line.text) !== undefined)
            return this.blockMapping(indent);
        const node = this.inlineValue(line, 0, indent);
        if ((this.current()?.indent ?? -1) > indent)
            outside();
        return node;
    }
    blockSequence(indent) {
        const position = this.position(this.current().offset);
        const items = [];
        for (let line = this.current(); line?.indent === indent && /^-(\s|$)/.test(line.text); line = this.current()) {
            const rest = line.text.slice(1);
            const gap = rest.length - rest.trimStart().length;
            if (rest.trim() === '' || rest.trimStart().startsWith('#')) {
                this.index++;
                const next = this.current();
                if (!next || next.indent <= indent)
                    outside(); // an empty item: null, rare in a spec
                items.push(this.blockNode(next.indent));
            }
            else {
                // `- key: value` or `- - x`: the item is a block node that starts after the dash, on this same line.
                const itemIndent = indent + 1 + gap;
                this.lines[this.index] = { ...line, indent: itemIndent, text: rest.slice(gap), offset: line.offset + 1 + gap };
                items.push(this.blockNode(itemIndent));
            }
        }
        if ((this.current()?.indent ?? -1) > indent)
            outside();
        return { value: items.map(item => item.value), position, items };
    }
    blockMapping(indent) {
        const position = this.position(this.current().offset);
        const value = {};
        const entries = new Map();
        for (let line = this.current(); line?.indent === indent; line = this.current()) {
            const keyEnd = this.keyEnd(line.text) ?? outside();
            const key = this.mapKey(line.text.slice(0, keyEnd).trimEnd());
            if (entries.has(key))
                outside();
            const keyPosition = this.position(line.offset);
            const valueStart = line.text.length - line.text.slice(keyEnd + 1).trimStart().length;
            let node;
            if (valueStart >= line.text.length || line.text[valueStart] === '#') {
                this.index++;
                const next = this.current();
                if (next && next.indent > indent)
                    node = this.blockNode(next.indent);
                else if (next && next.indent === indent && /^-(\s|$)/.test(next.text))
                    node = this.blockSequence(indent);
                else
                    node = { value: null, position: this.position(line.offset + keyEnd + 1) };
            }
            else {
                node = this.inlineValue(line, valueStart, indent);
                if ((this.current()?.indent ?? -1) > indent)
                    outside(); // a plain scalar going on over the next lines
            }
            entries.set(key, { keyPosition, node });
            value[key] = node.value;
        }
        return { value, position, entries };
    }
    /** Where a block mapping key ends (the index of its `:`), or undefined when the line is not `key: ...`. */
    keyEnd(text) {
        if (text[0] === '"' || text[0] === "'") {
            const colon = text.length - text.slice(this.quoted(text, 0).end).trimStart().length;
            return text[colon] === ':' && /^(\s|$)/.test(text.slice(colon + 1)) ? colon : undefined;
        }
        if (!PLAIN_START.test(text))
            return undefined;
        const match = /:(\s|$)/.exec(text);
        if (!match || text.slice(0, match.index).includes(' #'))
            return undefined;
        return match.index;
    }
    /** A key as the `yaml` package would name it in a plain object; odd keys (null, floats, 0x10) are left to it. */
    mapKey(text) {
        const quoted = text[0] === '"' || text[0] === "'";
        const key = quoted ? this.quoted(text, 0).value : text;
        const value = quoted ? key : resolvePlain(text);
        const plainKey = typeof value === 'string' || (typeof value === 'number' && String(value) === text);
        return plainKey && key !== '__proto__' && key !== '<<' ? key : outside();
    }
    /** A scalar or flow collection starting at `column` of `line`; moves past the line(s) it takes. */
    inlineValue(line, column, indent) {
        const start = line.offset + column;
        const first = line.text[column];
        if (first === '[' || first === '{') {
            const { node, end } = this.flow(start, indent);
            this.finishLineAt(end);
            return node;
        }
        if (first === '"' || first === "'") {
            const { value, end } = this.quoted(line.text, column);
            if (!ONLY_A_COMMENT.test(line.text.slice(end)))
                outside();
            this.index++;
            return { value, position: this.position(start) };
        }
        const rest = line.text.slice(column);
        if (!PLAIN_START.test(rest))
            outside();
        const commentAt = rest.search(/\s#/);
        const text = (commentAt === -1 ? rest : rest.slice(0, commentAt)).trimEnd();
        if (/:(\s|$)/.test(text))
            outside(); // `a: b: c`
        this.index++;
        return { value: resolvePlain(text), position: this.position(start) };
    }
    /** After a flow collection: only a comment may follow on its last line; the next line is the next content line. */
    finishLineAt(end) {
        const lineNumber = this.position(end).line - 1;
        const lineEnd = (this.lineStarts[lineNumber + 1] ?? this.text.length + 1) - 1;
        if (!ONLY_A_COMMENT.test(this.text.slice(end, lineEnd)))
            outside();
        while ((this.current()?.number ?? Infinity) <= lineNumber)
            this.index++;
    }
    /** A flow collection or scalar at `offset` of the whole text; `indent` is the block it sits in. */
    flow(offset, indent) {
        const position = this.position(offset);
        const opener = this.text[offset];
        if (opener === '[' || opener === '{') {
            const closer = opener === '[' ? ']' : '}';
            const items = [];
            const entries = new Map();
            const value = {};
            let at = this.skipFlowSpace(offset + 1, indent);
            while (this.text[at] !== closer) {
                if (opener === '[') {
                    const item = this.flow(at, indent);
                    items.push(item.node);
                    at = item.end;
                }
                else {
                    const keyPosition = this.position(at);
                    const { key, end: keyEnd } = this.flowKey(at);
                    if (entries.has(key))
                        outside();
                    const item = this.flow(this.skipFlowSpace(keyEnd, indent), indent);
                    entries.set(key, { keyPosition, node: item.node });
                    value[key] = item.node.value;
                    at = item.end;
                }
                at = this.skipFlowSpace(at, indent);
                if (this.text[at] === ',')
                    at = this.skipFlowSpace(at + 1, indent);
                else if (this.text[at] !== closer)
                    outside();
            }
            const node = opener === '[' ? { value: items.map(item => item.value), position, items } : { value, position, entries };
            return { node, end: at + 1 };
        }
        if (opener === '"' || opener === "'") {
            const { value, end } = this.quotedAt(offset);
            return { node: { value, position }, end };
        }
        FLOW_PLAIN.lastIndex = offset;
        const match = FLOW_PLAIN.exec(this.text);
        if (!match)
            return outside();
        const text = match[0].trimEnd();
        return { node: { value: resolvePlain(text), position }, end: offset + text.length };
    }
    /** A flow mapping key and the offset just after its `:`. */
    flowKey(offset) {
        const char = this.text[offset];
        let key;
        let end;
        if (char === '"' || char === "'") {
            ;
            ({ value: key, end } = this.quotedAt(offset));
        }
        else {
            FLOW_KEY.lastIndex = offset;
            const match = FLOW_KEY.exec(this.text) ?? outside();
            key = this.mapKey(match[0].trimEnd());
            end = offset + match[0].length;
        }
        if (key === '__proto__' || key === '<<')
            outside();
        while (this.text[end] === ' ')
            end++;
        if (this.text[end] !== ':')
            outside();
        return { key, end: end + 1 };
    }
    /** A quoted scalar at `offset` of the whole text (closing on its line): its value and the offset after it. */
    quotedAt(offset) {
        const line = this.position(offset).line;
        const lineStart = this.lineStarts[line - 1];
        const lineText = this.text.slice(lineStart, this.lineStarts[line] ?? this.text.length);
        const { value, end } = this.quoted(lineText, offset - lineStart);
        return { value, end: lineStart + end };
    }
    /** Skips spaces, line breaks and comments inside a flow collection; its continuation lines must stay indented. */
    skipFlowSpace(offset, indent) {
        let at = offset;
        for (;;) {
            const char = this.text[at];
            if (char === ' ')
                at++;
            else if (char === '#' && /\s/.test(this.text[at - 1] ?? '')) {
                while (at < this.text.length && this.text[at] !== '\n')
                    at++;
            }
            else if (char === '\n' || char === '\r') {
                at++;
                let spaces = 0;
                while (this.text[at + spaces] === ' ')
                    spaces++;
                const next = this.text[at + spaces];
                if (next !== '\n' && next !== '\r' && next !== '#' && spaces <= indent)
                    outside();
            }
            else if (char === undefined)
                return outside();
            else
                return at;
        }
    }
    /** A quoted scalar that closes on the same line: its value and the index just after the closing quote. */
    quoted(text, start) {
        const quote = text[start];
        let value = '';
        for (let at = start + 1; at < text.length; at++) {
            const char = text[at];
            if (char === '\n' || char === '\r')
                break;
            if (quote === "'") {
                if (char !== "'")
                    value += char;
                else if (text[at + 1] === "'") {
                    value += "'";
                    at++;
                }
                else
                    return { value, end: at + 1 };
            }
            else if (char === '"')
                return { value, end: at + 1 };
            else if (char !== '\\')
                value += char;
            else {
                const escape = text[at + 1] ?? '';
                const hex = escape === 'u' ? 4 : escape === 'x' ? 2 : 0;
                if (hex) {
                    const digits = text.slice(at + 2, at + 2 + hex);
                    if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits))
                        outside();
                    value += String.fromCharCode(parseInt(digits, 16));
                    at += 1 + hex;
                }
                else {
                    value += DOUBLE_QUOTE_ESCAPES[escape] ?? outside();
                    at++;
                }
            }
        }
        return outside();
    }
}
/** A plain scalar under the YAML 1.2 core schema, as the `yaml` package resolves it. */
function resolvePlain(text) {
    if (/^(?:~|[Nn]ull|NULL)?$/.test(text))
        return null;
    if (/^(?:[Tt]rue|TRUE)$/.test(text))
        return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text))
        return false;
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^[-+]?[0-9]+$/.test(text))
        return parseInt(text, 10);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
        return text.endsWith('an') || text.endsWith('aN') || text.endsWith('AN')
            ? NaN
            : text.startsWith('-')
                ? -Infinity
                : Infinity;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text))
        return parseFloat(text);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text))
        return parseFloat(text);
    return text;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-document.js
/**
 * Parses the YAML spec keeping positions, so a problem found later (by the schema or against the platform table)
 * can be reported at its line and column. Plain specs, nearly all of them, are read by plain-yaml.ts; anything
 * else loads the full `yaml` package (yaml-document.ts), which a spec with no surprises never pays for.
 */

async function parseSpecDocument(text) {
    const plain = parsePlainYaml(text);
    if (plain)
        return { value: plain.value, syntaxProblems: [], locate: path => locatePlain(plain, path) };
    const { parseWithYaml } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 1552));
    return parseWithYaml(text);
}

;// CONCATENATED MODULE: ./.tmp/build-js/build-matrix/spec.schema.json
const spec_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/aswf/ci-actions/build-matrix/spec.schema.json","title":"build-matrix spec","description":"The CI matrix of a VFX project: axes, exclusions, extra cells, GPU cells and named profiles. Values are checked against the VFX Reference Platform and the ASWF image facts by the action itself.","type":"object","required":["vfx-platform"],"additionalProperties":false,"properties":{"project":{"description":"ASWF image family: Linux cells run in aswf/ci-<project>:<year> (e.g. openexr, ocio, oiio, osl, openvdb, vfxall). Leave it out to run Linux cells on the runner itself.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"vfx-platform":{"description":"VFX Reference Platform years: 2025, CY2025, \'latest\' or \'draft\', or a list of them.","anyOf":[{"$ref":"#/definitions/year"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/year"}}]},"os":{"description":"Operating systems: linux, macos, windows (one or a list). Default: linux.","anyOf":[{"$ref":"#/definitions/os"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/os"}}]},"compiler":{"description":"Compiler families: a list used on every OS that knows them, or a map from OS to a list (linux: gcc, clang, clang<N>; macos: apple-clang; windows: msvc, clang-cl).","anyOf":[{"$ref":"#/definitions/names"},{"type":"object","minProperties":1,"additionalProperties":false,"properties":{"linux":{"$ref":"#/definitions/names"},"macos":{"$ref":"#/definitions/names"},"windows":{"$ref":"#/definitions/names"}},"description":"A map from OS (linux, macos, windows) to compiler names."}]},"build-type":{"description":"CMake build types (one or a list). Default: Release.","anyOf":[{"$ref":"#/definitions/buildType"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/buildType"}}]},"cxx-standard":{"description":"C++ standards to build with (one or a list). Default: the standard of each platform year.","anyOf":[{"$ref":"#/definitions/cxxStandard"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/cxxStandard"}}]},"cmake-generator":{"description":"CMake generator: one for all, or a map from OS. Default: Ninja on linux, Unix Makefiles on macos, Visual Studio 17 2022 on windows.","anyOf":[{"$ref":"#/definitions/text"},{"$ref":"#/definitions/perOsText"}]},"runners":{"description":"runs-on labels per OS (a label or a list of labels); \'gpu\' is used for cells that need a GPU.","type":"object","additionalProperties":false,"properties":{"linux":{"$ref":"#/definitions/labels"},"macos":{"$ref":"#/definitions/labels"},"windows":{"$ref":"#/definitions/labels"},"gpu":{"$ref":"#/definitions/labels"}}},"image-tags":{"description":"Per-year pins of the image tag, e.g. { 2023: \\"2023.2\\" } (quote the tag: 2023.10 unquoted is the number 2023.1).","type":"object","propertyNames":{"pattern":"^(CY)?[0-9]{4}$"},"additionalProperties":{"$ref":"#/definitions/text"}},"env":{"description":"Environment variables for every cell.","$ref":"#/definitions/env"},"exclude":{"description":"Cells to leave out, each matched as a partial cell.","type":"array","items":{"$ref":"#/definitions/pattern"}},"include":{"description":"Extra cells; missing axis values come from the first value of each axis; any other key is passed through.","type":"array","items":{"$ref":"#/definitions/include"}},"gpu":{"description":"Cells that need a GPU, each matched as a partial cell.","type":"array","items":{"$ref":"#/definitions/pattern"}},"profiles":{"description":"Named subsets of the matrix; \'pr\' is used for pull_request events when present.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","not":{"enum":["auto","full"]}},"additionalProperties":{"$ref":"#/definitions/profile"}}},"definitions":{"year":{"description":"A platform year: 2025, CY2025, latest or draft.","anyOf":[{"type":"integer","minimum":2000,"maximum":2999},{"type":"string","pattern":"^((CY)?[0-9]{4}|latest|draft)$"}]},"os":{"enum":["linux","macos","windows"]},"buildType":{"enum":["Release","Debug","RelWithDebInfo","MinSizeRel"]},"cxxStandard":{"enum":[11,14,17,20,23,26]},"text":{"type":"string","pattern":"\\\\S","description":"A non-empty text."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*$"},"names":{"anyOf":[{"$ref":"#/definitions/name"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/name"}}],"description":"A name or a list of names."},"labels":{"anyOf":[{"$ref":"#/definitions/text"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/text"}}],"description":"A runner label or a list of labels."},"perOsText":{"type":"object","additionalProperties":false,"properties":{"linux":{"$ref":"#/definitions/text"},"macos":{"$ref":"#/definitions/text"},"windows":{"$ref":"#/definitions/text"}},"description":"A map from OS (linux, macos, windows) to a value."},"env":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"oneOrMany":{"anyOf":[{"type":["string","number"]},{"type":"array","minItems":1,"items":{"type":["string","number"]}}],"description":"A value or a list of values."},"pattern":{"description":"A partial cell: every key given must match (a list matches any of its values).","type":"object","minProperties":1,"additionalProperties":false,"properties":{"vfx-platform":{"$ref":"#/definitions/oneOrMany"},"os":{"$ref":"#/definitions/oneOrMany"},"compiler":{"$ref":"#/definitions/oneOrMany"},"build-type":{"$ref":"#/definitions/oneOrMany"},"cxx-standard":{"$ref":"#/definitions/oneOrMany"}}},"include":{"type":"object","properties":{"name":{"$ref":"#/definitions/name"},"vfx-platform":{"$ref":"#/definitions/year"},"os":{"$ref":"#/definitions/os"},"compiler":{"$ref":"#/definitions/name"},"build-type":{"$ref":"#/definitions/buildType"},"cxx-standard":{"$ref":"#/definitions/cxxStandard"},"cmake-generator":{"$ref":"#/definitions/text"},"runs-on":{"$ref":"#/definitions/labels"},"gpu":{"type":"boolean"},"env":{"$ref":"#/definitions/env"},"id":{"not":{},"description":"ids are derived; give a name instead"},"container":{"not":{},"description":"the container comes from project, year and compiler"},"cc":{"not":{},"description":"cc comes from the compiler"},"cxx":{"not":{},"description":"cxx comes from the compiler"},"python-version":{"not":{},"description":"python-version comes from the platform year"},"legacy-glibc":{"not":{},"description":"legacy-glibc comes from the platform year"}},"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"}},"profile":{"description":"A named subset: for each axis given, only these values are kept.","type":"object","additionalProperties":false,"properties":{"vfx-platform":{"$ref":"#/definitions/oneOrMany"},"os":{"$ref":"#/definitions/oneOrMany"},"compiler":{"$ref":"#/definitions/oneOrMany"},"build-type":{"$ref":"#/definitions/oneOrMany"},"cxx-standard":{"$ref":"#/definitions/oneOrMany"},"include":{"type":"boolean","description":"Keep the include cells that fall inside the subset (default true)."}}}}}');
;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/json-schema.js
/**
 * Checks a value against a JSON Schema (draft-07), interpreting the schema directly. It knows exactly the keywords
 * build-matrix/spec.schema.json uses and refuses a schema with any other, so the schema cannot grow a rule that
 * is silently skipped.
 *
 * Why not Ajv at run time: loading and compiling Ajv costs ~80 ms, and even its generated standalone code
 * (185 KB) cost ~12 ms of the action's start-up, which the 1.5x `node -e 0` goal cannot afford. Interpreting a
 * 10 KB schema costs well under a millisecond. json-schema.test.ts checks this against Ajv, error for error.
 *
 * Errors follow Ajv's `allErrors` reporting: every failed keyword, the failed branches of an `anyOf` included, as
 * { instancePath, keyword, params, message, parentSchema, propertyName }.
 */
/** Keywords that only annotate or organise: they never fail. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions']);
const KNOWN = new Set([
    ...ANNOTATIONS,
    '$ref',
    'type',
    'enum',
    'pattern',
    'minimum',
    'maximum',
    'minItems',
    'minProperties',
    'required',
    'properties',
    'additionalProperties',
    'propertyNames',
    'items',
    'anyOf',
    'not'
]);
/** Compiles nothing: returns a checker that walks `root` for each value. Throws at once on an unknown keyword. */
function schemaChecker(root) {
    assertKnownKeywords(root, '#');
    const patterns = new Map();
    const regex = (source) => {
        let compiled = patterns.get(source);
        if (!compiled)
            patterns.set(source, (compiled = new RegExp(source, 'u')));
        return compiled;
    };
    const resolve = (ref) => {
        const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
        const target = name === undefined ? undefined : root.definitions?.[name];
        if (!target)
            throw new Error(`json-schema: unsupported or unknown $ref '${ref}'`);
        return target;
    };
    function check(schema, value, path, errors) {
        if (schema.$ref !== undefined)
            check(resolve(schema.$ref), value, path, errors);
        const fail = (keyword, message, params = {}) => {
            errors.push({ instancePath: path, keyword, params, message, parentSchema: schema });
        };
        if (schema.type !== undefined) {
            const types = Array.isArray(schema.type) ? schema.type : [schema.type];
            if (!types.some(type => hasType(value, type)))
                fail('type', `must be ${types.join(',')}`, { type: schema.type });
        }
        if (schema.enum && !schema.enum.some(allowed => allowed === value)) {
            fail('enum', 'must be equal to one of the allowed values', { allowedValues: schema.enum });
        }
        if (typeof value === 'string' && schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
            fail('pattern', `must match pattern "${schema.pattern}"`, { pattern: schema.pattern });
        }
        // Like Ajv's strict numbers: Infinity and NaN fail `type`, and the number keywords do not apply to them.
        if (typeof value === 'number' && Number.isFinite(value)) {
            if (schema.minimum !== undefined && !(value >= schema.minimum)) {
                fail('minimum', `must be >= ${schema.minimum}`, { comparison: '>=', limit: schema.minimum });
            }
            if (schema.maximum !== undefined && !(value <= schema.maximum)) {
                fail('maximum', `must be <= ${schema.maximum}`, { comparison: '<=', limit: schema.maximum });
            }
        }
        if (Array.isArray(value)) {
            if (schema.minItems !== undefined && value.length < schema.minItems) {
                fail('minItems', `must NOT have fewer than ${schema.minItems} items`, { limit: schema.minItems });
            }
            if (schema.items)
                value.forEach((item, index) => check(schema.items, item, `${path}/${index}`, errors));
        }
        if (isObject(value))
            checkObject(schema, value, path, errors, fail);
        if (schema.anyOf) {
            const branchErrors = [];
            let matched = false;
            for (const branch of schema.anyOf) {
                const before = branchErrors.length;
                check(branch, value, path, branchErrors);
                if (branchErrors.length === before)
                    matched = true;
            }
            if (!matched) {
                errors.push(...branchErrors);
                fail('anyOf', 'must match a schema in anyOf');
            }
        }
        if (schema.not && passes(schema.not, value))
            fail('not', 'must NOT be valid');
    }
    function checkObject(schema, value, path, errors, fail) {
        const keys = Object.keys(value);
        if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
            fail('minProperties', `must NOT have fewer than ${schema.minProperties} properties`, {
                limit: schema.minProperties
            });
        }
        for (const key of schema.required ?? []) {
            if (!(key in value))
                fail('required', `must have required property '${key}'`, { missingProperty: key });
        }
        if (schema.propertyNames) {
            for (const key of keys) {
                const nameErrors = [];
                check(schema.propertyNames, key, path, nameErrors);
                if (nameErrors.length === 0)
                    continue;
                errors.push(...nameErrors.map(error => ({ ...error, propertyName: key })));
                fail('propertyNames', 'property name must be valid', { propertyName: key });
            }
        }
        for (const key of keys) {
            const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            const declared = schema.properties?.[key];
            if (declared)
                check(declared, value[key], child, errors);
            else if (schema.additionalProperties === false) {
                fail('additionalProperties', 'must NOT have additional properties', { additionalProperty: key });
            }
            else if (typeof schema.additionalProperties === 'object') {
                check(schema.additionalProperties, value[key], child, errors);
            }
        }
    }
    function passes(schema, value) {
        const errors = [];
        check(schema, value, '', errors);
        return errors.length === 0;
    }
    return value => {
        const errors = [];
        check(root, value, '', errors);
        return errors;
    };
}
function hasType(value, type) {
    switch (type) {
        case 'object':
            return isObject(value);
        case 'array':
            return Array.isArray(value);
        case 'null':
            return value === null;
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        default:
            return typeof value === type;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function assertKnownKeywords(schema, where) {
    if (typeof schema !== 'object' || schema === null)
        return;
    for (const [keyword, sub] of Object.entries(schema)) {
        if (!KNOWN.has(keyword))
            throw new Error(`json-schema: keyword '${keyword}' at ${where} is not supported`);
        if (keyword === 'enum' && sub.some(v => typeof v === 'object' && v !== null)) {
            throw new Error(`json-schema: enum at ${where} lists an object or array: only plain values are compared`);
        }
        if (keyword === 'properties' || keyword === 'definitions') {
            for (const [name, child] of Object.entries(sub))
                assertKnownKeywords(child, `${where}/${keyword}/${name}`);
        }
        else if (keyword === 'anyOf') {
            ;
            sub.forEach((child, index) => assertKnownKeywords(child, `${where}/anyOf/${index}`));
        }
        else if (!ANNOTATIONS.has(keyword) && typeof sub === 'object' && !Array.isArray(sub)) {
            assertKnownKeywords(sub, `${where}/${keyword}`);
        }
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/build-matrix/problems.js
var build_matrix_problems = __webpack_require__(5611);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-schema.js
/**
 * Checks the spec's shape against build-matrix/spec.schema.json (interpreted by json-schema.ts) and turns the
 * schema errors into one readable problem per place in the spec.
 */



const checkAgainstSchema = schemaChecker(spec_schema_namespaceObject);
function checkSpecShape(value) {
    const errors = checkAgainstSchema(value);
    if (errors.length === 0)
        return { spec: value, problems: [] };
    return { problems: describeErrors(errors, value) };
}
/** A JSON pointer as a spec path: list indexes become numbers, map keys stay text (`image-tags: { 2023: … }`). */
function toPath(instancePath, root) {
    if (instancePath === '')
        return [];
    let node = root;
    return instancePath
        .slice(1)
        .split('/')
        .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(part => {
        const segment = Array.isArray(node) ? Number(part) : part;
        node = node?.[segment];
        return segment;
    });
}
/**
 * The checker reports every failed branch of an `anyOf`; a person wants the deepest place that is wrong and, where
 * the value fits none of the accepted shapes, the description of those shapes. A `propertyNames` error is left
 * out: the errors about the name itself say why it is refused.
 */
function describeErrors(errors, root) {
    const located = errors
        .filter(error => error.keyword !== 'propertyNames')
        .map(error => ({ error, path: errorPath(error, root) }));
    const deepest = located.filter(({ path }) => !located.some(other => other.path.length > path.length && startsWith(other.path, path)));
    const byPlace = new Map();
    for (const { error, path } of deepest) {
        const key = JSON.stringify(path);
        const entry = byPlace.get(key) ?? { path, messages: [] };
        byPlace.set(key, entry);
        entry.messages.push(describe(error));
    }
    return [...byPlace.values()].map(({ path, messages }) => {
        const anyOf = messages.find(m => m.startsWith('expected '));
        return (0,build_matrix_problems/* problem */.CC)(path, anyOf ?? [...new Set(messages)].join('; '));
    });
}
/** Unknown keys and refused key names are about the key itself, one level below where the checker reports them. */
function errorPath(error, root) {
    const path = toPath(error.instancePath, root);
    const key = error.params.additionalProperty ?? error.propertyName;
    return key === undefined ? path : [...path, String(key)];
}
function startsWith(path, prefix) {
    return prefix.every((part, index) => path[index] === part);
}
function describe(error) {
    const name = error.propertyName;
    if (name !== undefined) {
        return error.keyword === 'pattern'
            ? `the key '${String(name)}' is not accepted (must match ${String(error.params.pattern)})`
            : `the key '${String(name)}' is not allowed here`;
    }
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(error.params.additionalProperty)}'`;
        case 'enum':
            return `must be one of ${error.params.allowedValues.map(v => `'${String(v)}'`).join(', ')}`;
        case 'anyOf':
            return `expected ${error.parentSchema.description ?? 'another shape'}`;
        case 'not':
            return `is not allowed here: ${error.parentSchema.description ?? 'remove it'}`;
        case 'required':
            return `the key '${String(error.params.missingProperty)}' is required`;
        case 'pattern':
            return `has a value that is not accepted (must match ${String(error.params.pattern)})`;
        default:
            return error.message ?? error.keyword;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/compilers.js
/** The compiler families each OS knows, with the `cc`/`cxx` a build should use. Data, not branches. */
const OSES = ['linux', 'macos', 'windows'];
const COMPILERS = {
    linux: { gcc: { cc: 'gcc', cxx: 'g++' }, clang: { cc: 'clang', cxx: 'clang++' } },
    macos: { 'apple-clang': { cc: 'clang', cxx: 'clang++' } },
    windows: { msvc: { cc: 'cl', cxx: 'cl' }, 'clang-cl': { cc: 'clang-cl', cxx: 'clang-cl' } }
};
/** Used when the spec names no compiler for an OS. */
const DEFAULT_COMPILER = { linux: 'gcc', macos: 'apple-clang', windows: 'msvc' };
const DEFAULT_RUNNER = { linux: 'ubuntu-24.04', macos: 'macos-14', windows: 'windows-2022' };
const DEFAULT_GENERATOR = {
    linux: 'Ninja',
    macos: 'Unix Makefiles',
    windows: 'Visual Studio 17 2022'
};
/** A compiler name for an OS, or undefined when that OS does not know it. */
function parseCompiler(os, value) {
    const text = String(value).trim().toLowerCase();
    const known = COMPILERS[os][text];
    if (known)
        return { name: text, family: known };
    const variant = /^clang-?(\d+)$/.exec(text);
    if (os === 'linux' && variant) {
        return { name: `clang${variant[1]}`, family: COMPILERS.linux.clang, clangVariant: Number(variant[1]) };
    }
    return undefined;
}
function acceptedCompilers(os) {
    return [...Object.keys(COMPILERS[os]), ...(os === 'linux' ? ['clang<N> (an image clang variant)'] : [])].join(', ');
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/version.js
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

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2018.json
const CY2018_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2018,"status":"final","date":"2017-11-26","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.5","stated":"2.7.5 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.6.x","semantics":"series","floor":"5.6.1","stated":"5.6.1 - 5.6.latest (modified)","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"(modified)"},"pyqt":{"label":"PyQt","version":"5.6","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.12.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.28","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2018.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.0.9","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.0.x","semantics":"series","floor":"1.0.3","stated":"1.0.3 - 1.0.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.61","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2017.6","semantics":"maximum","stated":"2017 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2017.2","semantics":"series","stated":"2017 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2018.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18) (2018: parent of 1c9885a)","imageVersion":"2018.8","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.9.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"python":"2.7.15","numpy":"1.14","qt":"5.6.1","pyside":"2.0.0","boost":"1.61.0","onetbb":"2017_U6","openexr":"2.2.1","opencolorio":"1.0.9","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"5.2.0","alembic":"1.7.11","ptex":"2.1.28","openusd":"19.11","osl":"1.10.9","cmake":"3.9.4","partio":"1.10.1","c-blosc":"1.5.0","hdf5":"1.8.21","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Historical: 2018 was removed from versions.yaml in commit 1c9885a (2021-07-07); values from its parent. Images frozen since July 2021.","NumPy 1.14 disagrees with platform 1.12.1."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2019.json
const CY2019_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2019,"status":"final","date":"2018-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"python":{"label":"Python","version":"2.7.x","semantics":"series","floor":"2.7.9","stated":"2.7.9 - 2.7.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.14.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.1.33","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2019.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.66","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2018","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2018","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2019.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2019.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[6,7,8,9,10],"defaultClang":7,"clangInYearImages":7,"cmake":"3.12.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"14","python":"2.7.15","numpy":"1.14","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.66.0","onetbb":"2018","imath":"2.3.0","openexr":"2.3.0","opencolorio":"1.1.0","openimageio":"2.0.8","opensubdiv":"3_3_3","openvdb":"6.2.1","alembic":"1.7.11","ptex":"2.1.33","openusd":"19.11","osl":"1.10.9","opentimelineio":"0.12.1","cmake":"3.12.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.8.1","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.14.0","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Imath 2.3.0 is a placeholder (OpenEXR 2 / IlmBase era).","Images not rebuilt since 2021-2022; env uses old names (ASWF_PYTHON_VERSION, ASWF_TBB_VERSION, ASWF_OCIO_VERSION, ...)."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2020.json
const CY2020_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2020,"status":"final","date":"2019-11-02","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"6.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"14","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.12","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.12.x","semantics":"series","stated":"5.12 (with patch) or 5.13","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"5.12 with a patch, or 5.13."},"numpy":{"label":"NumPy","version":"1.17.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"1.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.1","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.70","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2019.6","semantics":"maximum","stated":"2019 Update 6","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2019","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2020.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2020.9","ciCommon":"1","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-6","clang":[7],"defaultClang":7,"clangInYearImages":7,"cmake":"3.18.4","cuda":"10.2","cudaBaseImage":"nvidia/cudagl:10.2-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.3","numpy":"1.16","qt":"5.12.6","pyside":"5.12.6","pyside-clang":"7.1.0","boost":"1.70.0","onetbb":"2019_u6","imath":"2.4.0","openexr":"2.4.0","opencolorio":"1.1.1","openimageio":"2.1.13.0","opensubdiv":"3_4_3","openvdb":"7.1.0","alembic":"1.7.12","ptex":"2.3.2","openusd":"20.11","osl":"1.10.10","opentimelineio":"0.12.1","cmake":"3.18.4","partio":"1.10.1","pybind11":"2.4.3","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.10.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"6.3.1","cuda":"10.2","optix":"7.1.0","ninja":"1.10.1","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["NumPy 1.16 disagrees with platform 1.17.x.","cxx_standard 17 in versions.yaml disagrees with platform C++14; value added retroactively in 2024, the images do not carry ASWF_CXX_STANDARD."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2021.json
const CY2021_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2021,"status":"final","date":"2020-09-12","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":["OpenEXR: home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 Jekyll data (_data/platforms/CY2021.yml) say 3.0.x. Imath 3.0.x was back-filled in Nov 2025. FBX reverted from 2021.x to 2020.x."],"components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"python":{"label":"Python","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.19.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Imath row back-filled in Nov 2025 (goes with the OpenEXR 3.0.x reading of CY2021)."},"openexr":{"label":"OpenEXR","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"vfxplatform.com home page after the 2021-03-22 revert says 2.4.x; platform_history.html and the 2026 site data say 3.0.x."},"ptex":{"label":"Ptex","version":"2.3.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"Reverted from 2021.x to 2020.x."},"opencolorio":{"label":"OpenColorIO","version":"2.0.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.2","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.73","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.2","semantics":"maximum","stated":"2020 Update 2","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.13","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.10","semantics":"minimum","stated":"Visual Studio 2017","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0","semantics":"minimum","stated":"v10","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2021.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2021.6","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11],"defaultClang":10,"clangInYearImages":10,"cmake":"3.19.3","cuda":"11.1","cudaBaseImage":"nvidia/cudagl:11.1-devel-centos7","versions":{"cxx-standard":"17","python":"3.7.9","numpy":"1.19","qt":"5.15.2","pyside":"5.15.2","boost":"1.73.0","onetbb":"2020_u2","imath":"2.5.5","openexr":"2.5.5","opencolorio":"2.0.1","openimageio":"2.2.14.0","opensubdiv":"3_4_3","openvdb":"8.0.1","alembic":"1.7.16","ptex":"2.3.2","openusd":"21.05","osl":"1.11.13.0","opentimelineio":"0.13","cmake":"3.19.3","partio":"1.14.0","pybind11":"2.6.2","c-blosc":"1.5.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.1","optix":"7.2.0","ninja":"1.11.0","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["OpenEXR 2.5.5 matches neither platform value (2.4.x per home page after 2021-03-22 revert; 3.0.x per history page).","CUDA: config now says 11.4.0 but the last 2021 images (2021-11) were built when ci-common 2 had CUDA 11.1 (inferred, not verified on Docker Hub).","CUDA 11.1 (inferred for last 2021 images; versions.yaml now says 11.4.0)"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2022.json
const CY2022_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2022,"status":"final","date":"2021-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"9.3.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.17","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"0","semantics":"exact","stated":"old (_GLIBCXX_USE_CXX11_ABI=0)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"python":{"label":"Python","version":"3.9.x","semantics":"series","floor":"3.9.1","stated":"3.9.1 - 3.9.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.20.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"9.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.76","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"10.15","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.28","semantics":"minimum","stated":"Visual Studio 2019 v16.9 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2022.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2022.4","ciCommon":"2","baseOs":"CentOS 7","glibc":"2.17","toolset":"devtoolset-9","clang":[10,11,12,13,14],"defaultClang":10,"clangInYearImages":10,"cmake":"3.22.0","cuda":"11.4.0","cudaBaseImage":"nvidia/cudagl:11.4.0-devel-centos7","versions":{"cxx-standard":"17","python":"3.9.15","numpy":"1.20","qt":"5.15.2","pyside":"5.15.2","boost":"1.76.0","onetbb":"2020.3","imath":"3.1.5","openexr":"3.1.5","opencolorio":"2.1.1","openimageio":"2.4.5.0","opensubdiv":"3_4_4","openvdb":"9.1.0","alembic":"1.8.2","ptex":"2.4.0","openusd":"22.11","osl":"1.12.7.0","materialx":"1.38.5","opentimelineio":"0.14.1","cmake":"3.22.0","partio":"1.14.0","pybind11":"2.8.1","c-blosc":"1.17.0","hdf5":"1.8.21","googletest":"1.11.0","glew":"2.1.0","glfw":"3.1.2","log4cplus":"1.1.2","cppunit":"1.15.1","glibc":"2.17","gcc":"9.3.1","cuda":"11.4.0","optix":"7.2.0","ninja":"1.11.0","conan":"1.47.0","conan-python":"3.9.11","ccache":"4.0"},"notes":["Last images built around Jan 2023 with old env var names."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2023.json
const CY2023_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2023,"status":"final","date":"2022-10-31","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new (switch in CY2023)","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"python":{"label":"Python","version":"3.10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"qt":{"label":"Qt","version":"5.15.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"5.15","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.23.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"10.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.80","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.30","semantics":"minimum","stated":"Visual Studio 2022","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.19041","semantics":"minimum","stated":"10.0.19041 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2023.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2023.3","ciCommon":"3","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[14,15],"defaultClang":15,"clangInYearImages":14,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.10.20","numpy":"1.23.5","qt":"5.15.18","pyside":"5.15.18","pyside-clang":"14.0.6","boost":"1.80.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.1.13","opencolorio":"2.2.1","openimageio":"2.4.17.0","opensubdiv":"3.5.1","openvdb":"10.1.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"23.08","osl":"1.12.14.0","materialx":"1.38.7","opentimelineio":"0.15","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.10.20","ccache":"4.9.1"},"notes":["Values are for the 2023.3 rebuild (May 2026, Conan 2); 2023.0-2023.2 had CUDA 11.8.0, Qt 5.15.9, Python 3.10.x earlier patch levels.","README still says ci-common:3 has CUDA 11.8.","CUDA history: 11.8.0 (nvidia/cuda:11.8.0-devel-rockylinux8) for 2023.0-2023.2; 12.6.3 runtime base for 2023.3"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2024.json
const CY2024_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2024,"status":"final","date":"2023-11-01","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.24.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"aces":{"label":"ACES","version":"1.3","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.82","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2020.3","semantics":"maximum","stated":"2020 Update 3","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2020","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"11.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.34","semantics":"minimum","stated":"Visual Studio 2022 v17.4 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2024.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2024.7","ciCommon":"4","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-11","clang":[16,17],"defaultClang":17,"clangInYearImages":16,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.24.3","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"16.0.6","boost":"1.82.0","onetbb":"2020.3","imath":"3.1.12","openexr":"3.2.9","opencolorio":"2.3.2","openimageio":"2.5.19.1","opensubdiv":"3.6.1","openvdb":"11.0.0","alembic":"1.8.8","ptex":"2.4.3","openusd":"24.08","osl":"1.13.11.0","materialx":"1.39.1","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["CHANGELOG says OIIO \'2.5.19.0 to 2.5.15.1\' for 2024.7; versions.yaml and Conan profile say 2.5.19.1.","CUDA history: 12.3.0 in 2024.0/2024.1, 12.6.1 in 2024.2, 12.6.3 from 2024.3; -devel- base until the 2024.7 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2025.json
const CY2025_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2025,"status":"final","date":"2024-11-03","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","components":{"gcc":{"label":"Linux gcc","version":"11.2.1","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"17","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"python":{"label":"Python","version":"3.11.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"Reluctantly reverted to 3.11 because of a Qt 6.5 incompatibility (2024-08-18)."},"qt":{"label":"Qt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"1.26.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.1.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.6.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"12.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.85","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2021.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2024","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"12.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.20348","semantics":"minimum","stated":"10.0.20348 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2025.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2025.6","ciCommon":"5","baseOs":"Rocky Linux 8.10","glibc":"2.28","toolset":"gcc-toolset-11","clang":[18,19],"defaultClang":19,"clangInYearImages":18,"cmake":"3.31.11","cuda":"12.6.3","cudaBaseImage":"nvidia/cuda:12.6.3-runtime-rockylinux8","versions":{"cxx-standard":"17","python":"3.11.13","numpy":"1.26.4","qt":"6.5.6","pyside":"6.5.6","pyside-clang":"18.1.8","boost":"1.85.0","onetbb":"2021.13.0","imath":"3.1.12","openexr":"3.3.11","opencolorio":"2.4.2","openimageio":"3.1.6.2","opensubdiv":"3.6.1","openvdb":"12.1.1","alembic":"1.8.8","ptex":"2.4.3","openusd":"25.05.01","osl":"1.14.9.0","materialx":"1.39.3","opentimelineio":"0.17.0","openfx":"1.5s","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.15.2","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"11.2.1","cuda":"12.6.3","optix":"8.0.0","cmake":"3.31.11","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.11.15","ccache":"4.9.1"},"notes":["2025.0 used TBB 2020_u3; oneTBB 2021.13.0 since 2025.1.","CUDA history: 12.6.1 in 2025.0, 12.6.3 from 2025.1; -devel- base until the 2025.6 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2026.json
const CY2026_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2026,"status":"final","date":"2025-11-05","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":["CY2026 draft (2025-05-08) had glibc 2.34, NumPy 1.26.x, OpenSubdiv 3.6.x, OCIO 2.4.x; changed Aug 2025; Imath 3.2.x added at Final."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.28","semantics":"maximum","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"numpy":{"label":"NumPy","version":"2.3.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openexr":{"label":"OpenEXR","version":"3.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"ptex":{"label":"Ptex","version":"2.4.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opensubdiv":{"label":"OpenSubdiv","version":"3.7.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"openvdb":{"label":"OpenVDB","version":"13.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"opencolorio":{"label":"OpenColorIO","version":"2.5.x","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"boost":{"label":"Boost","version":"1.88","semantics":"exact","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"onetbb":{"label":"oneTBB / TBB","version":"2022.x","semantics":"maximum","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.36","semantics":"minimum","stated":"Visual Studio 2022 v17.6 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6 (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"vfxplatform/vfxplatform:_data/platforms/CY2026.yml @ a91caf6"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","imageVersion":"2026.4","ciCommon":"6","baseOs":"Rocky Linux 8","glibc":"2.28","toolset":"gcc-toolset-14","clang":[19,20],"defaultClang":20,"clangInYearImages":19,"cmake":"4.0.6","cuda":"12.9.1","cudaBaseImage":"nvidia/cuda:12.9.1-runtime-rockylinux8","versions":{"cxx-standard":"20","python":"3.13.3","numpy":"2.3.2","qt":"6.8.3","pyside":"6.8.3","pyside-clang":"19.1.7","boost":"1.88.0","onetbb":"2022.1.0","imath":"3.2.2","openexr":"3.4.11","opencolorio":"2.5.1","openimageio":"3.1.13.1","opensubdiv":"3.7.0","openvdb":"13.0.0","alembic":"1.8.10","ptex":"2.4.3","openusd":"26.03","osl":"1.15.4.0","materialx":"1.39.4","opentimelineio":"0.18.1","openfx":"1.5.1","openrv":"2.1.0","rawtoaces":"2.1.0","partio":"1.19.0","pybind11":"2.13.6","nanobind":"2.11.0","c-blosc":"1.21.6","hdf5":"1.14.6","googletest":"1.17.0","glew":"2.2.0","glfw":"3.4","log4cplus":"2.1.2","cppunit":"1.15.1","glibc":"2.28","gcc":"14.2.x","cuda":"12.9.1","optix":"8.0.0","cmake":"4.0.6","ninja":"1.13.2","conan":"2.26.2","conan-python":"3.13.12","ccache":"4.11.3"},"notes":["gcc exact patch level not stated in repo (README: GCC-14.2.x; Conan profile compiler.version 14.2).","CHANGELOG \'Python 3.13.3 to 3.13.12\' refers to ASWF_CONAN_PYTHON_VERSION, not the VFX Python.","CUDA history: 12.9.1; -devel- base until the 2026.4 rebuild"]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/years/CY2027.json
const CY2027_namespaceObject = /*#__PURE__*/JSON.parse('{"year":2027,"status":"draft","date":"2026-06-03","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":["DRAFT from ves-tech/vfxplatform _data/platforms/CY2027.yml; the 2026-04-08 revision said \'Visual Studio 2022 v17.14 or later\'. Status text still has a placeholder. A different CY2027 file in vfxplatform/vfxplatform (commit 37c8130: gcc 15.1, Python 3.14, C++23) was a removed test - ignore."],"components":{"gcc":{"label":"Linux gcc","version":"14.2","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"glibc":{"label":"Linux glibc","version":"2.34","semantics":"maximum","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"libstdcxx-abi":{"label":"libstdc++ ABI (_GLIBCXX_USE_CXX11_ABI)","version":"1","semantics":"exact","stated":"new","platforms":["Linux"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (libstdcxx_abi); vfxplatform.com Linux notes","notes":"0 = old ABI up to CY2022; 1 = new (C++11) ABI from CY2023, a change that may require rebuilding everything."},"cxx-standard":{"label":"C++ standard","version":"20","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"python":{"label":"Python","version":"3.13.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"qt":{"label":"Qt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyqt":{"label":"PyQt","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"pyside":{"label":"Qt for Python (PySide)","version":"6.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"numpy":{"label":"NumPy","version":"2.4.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"imath":{"label":"Imath","version":"3.2.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openexr":{"label":"OpenEXR","version":"3.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"ptex":{"label":"Ptex","version":"2.5.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opensubdiv":{"label":"OpenSubdiv","version":"3.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"openvdb":{"label":"OpenVDB","version":"14.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"alembic":{"label":"Alembic","version":"1.8.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"fbx":{"label":"FBX","version":"2020.x","semantics":"series","floor":"2020.2","stated":"2020.2 - 2020.latest","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"opencolorio":{"label":"OpenColorIO","version":"2.6.x","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"aces":{"label":"ACES","version":"2.0","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"boost":{"label":"Boost","version":"1.91","semantics":"exact","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"onetbb":{"label":"oneTBB / TBB","version":"2023.x","semantics":"maximum","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)","notes":"min/max item: a system providing it at run time treats it as a minimum; software built against it treats it as the highest version allowed."},"onemkl":{"label":"oneMKL / MKL","version":"2025","semantics":"series","source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"macos-deployment-target":{"label":"macOS deployment target","version":"14.0","semantics":"minimum","platforms":["macOS"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"},"windows-toolset":{"label":"Windows platform toolset (MSVC)","version":"14.44","semantics":"minimum","stated":"Visual Studio build tools v14.44 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03) (wording); MSVC number: background knowledge","notes":"The MSVC toolset number for the stated Visual Studio release (VS 2017 = 14.1x/v141, VS 2019 16.9 = 14.28/v142, VS 2022 = 14.3x/v143, 17.4 = 14.34, 17.6 = 14.36, 17.14 = 14.44) is background knowledge, not from the platform sources."},"windows-sdk":{"label":"Windows SDK","version":"10.0.22621","semantics":"minimum","stated":"10.0.22621 or later","platforms":["Windows"],"source":"ves-tech/vfxplatform:_data/platforms/CY2027.yml @ 078fae6 (2026-06-03)"}},"aswf":{"source":"AcademySoftwareFoundation/aswf-docker:python/aswfdocker/data/versions.yaml @ e41baee (2026-05-18)","versions":{},"notes":["aswf-docker has no images for this year yet."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/years.js
/**
 * The platform years, from the data files in ../data/years (one JSON file per year, every value with its source).
 * Adding a year is adding its file and its import below, plus a test row.
 */












const FILES = [CY2018_namespaceObject, CY2019_namespaceObject, CY2020_namespaceObject, CY2021_namespaceObject, CY2022_namespaceObject, CY2023_namespaceObject, CY2024_namespaceObject, CY2025_namespaceObject, CY2026_namespaceObject, CY2027_namespaceObject];
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
        python: majorMinor(need('python').version),
        // The ASWF image of the year, or (without one) the platform's own glibc, is what a container job would run.
        legacyGlibc: (versionParts(file.aswf.glibc ?? need('glibc').version)[1] ?? 0) < 28,
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
    throw new errors/* UserError */.yo(`${value === '' ? 'An empty VFX Reference Platform year' : `'${value}' is not a supported VFX Reference Platform year`}` +
        (lower === 'draft' ? ' (no draft year is published now)' : '') +
        `: use one of ${years.join(', ')} (also written CY${years[0]}), ${aliases.join(' or ')}.`);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/data/aswf-images.json
const aswf_images_namespaceObject = /*#__PURE__*/JSON.parse('{"u5":"docker.io","$r":"aswf","r_":"aswftesting","Li":{"2018":7,"2019":7,"2020":7,"2021":10,"2022":10,"2023":15,"2024":17,"2025":19,"2026":20},"MG":{"1":7,"2":10,"3":15,"4":17,"5":19,"6":20},"dt":{"base":{"image":"ci-base","releases":{"2018":["2018.8"],"2019":["2019.9"],"2020":["2020.9"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"Python, TBB, Boost and other base libraries"},"baseqt":{"image":"ci-baseqt","releases":{"2018":["2018.1"],"2019":["2019.2"],"2020":["2020.2"],"2021":["2021.3"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"ci-base plus Qt and PySide"},"common":{"image":"ci-common","clangVariants":true,"keyedBy":"ci-common generation","releases":{"1":["1-clang6.8","1-clang7.8","1-clang8.8","1-clang9.8","1-clang10.8"],"2":["2-clang10.5","2-clang11.6","2-clang12.1","2-clang13.1","2-clang14.0"],"3":["3-clang14.3","3-clang15.3"],"4":["4-clang16.7","4-clang17.7"],"5":["5-clang18.6","5-clang19.6"],"6":["6-clang19.4","6-clang20.4"]},"notes":["ci-common is keyed by generation (1..6), shared by several years; aswfImage(\'common\', year) maps the year to its generation."],"contents":"the compiler/OS layer (gcc toolset, clang, CUDA, CMake, Ninja)"},"imath":{"image":"ci-imath","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build imath (not imath itself)"},"materialx":{"image":"ci-materialx","releases":{"2022":["2022.1"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build materialx (not materialx itself)"},"ocio":{"image":"ci-ocio","releases":{"2018":["2018.9"],"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build ocio (not ocio itself)"},"oiio":{"image":"ci-oiio","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build oiio (not oiio itself)"},"opencue":{"image":"ci-opencue","releases":{"2018":["2018.10"],"2019":["2019.10"],"2020":["2020.10"],"2021":["2021.7"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build opencue (not opencue itself)"},"openexr":{"image":"ci-openexr","releases":{"2018":["2018.8"],"2019":["2019.8"],"2020":["2020.8"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openexr (not openexr itself)"},"openfx":{"image":"ci-openfx","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openfx (not openfx itself)"},"openrv":{"image":"ci-openrv","releases":{"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build openrv (not openrv itself)"},"openvdb":{"image":"ci-openvdb","clangVariants":true,"releases":{"2018":["2018-clang7.8"],"2019":["2019-clang6.8","2019-clang7.8","2019-clang8.8","2019-clang9.8"],"2020":["2020-clang7.8"],"2021":["2021-clang10.6"],"2022":["2022-clang10.12","2022-clang11.12","2022-clang12.3","2022-clang13.3","2022-clang14.2"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build openvdb (not openvdb itself)"},"osl":{"image":"ci-osl","clangVariants":true,"releases":{"2018":["2018-clang7.5"],"2019":["2019-clang6.5","2019-clang7.5","2019-clang8.5","2019-clang9.5","2019-clang10.5"],"2020":["2020-clang7.5"],"2021":["2021-clang10.7","2021-clang11.7"],"2022":["2022-clang10.11","2022-clang11.11","2022-clang12.2","2022-clang13.2","2022-clang14.1"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"the dependencies needed to build osl (not osl itself)"},"otio":{"image":"ci-otio","releases":{"2019":["2019.3"],"2020":["2020.3"],"2021":["2021.5"],"2022":["2022.3"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build otio (not otio itself)"},"rawtoaces":{"image":"ci-rawtoaces","releases":{"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build rawtoaces (not rawtoaces itself)"},"usd":{"image":"ci-usd","releases":{"2019":["2019.9"],"2020":["2020.8"],"2021":["2021.6"],"2022":["2022.4"],"2023":["2023.3"],"2024":["2024.7"],"2025":["2025.6"],"2026":["2026.4"]},"contents":"the dependencies needed to build usd (not usd itself)"},"vfxall":{"image":"ci-vfxall","clangVariants":true,"releases":{"2019":["2019-clang6.12","2019-clang7.12","2019-clang8.12","2019-clang9.12"],"2020":["2020-clang7.10"],"2021":["2021-clang10.7"],"2022":["2022-clang10.13","2022-clang11.13","2022-clang12.4","2022-clang13.4","2022-clang14.3"],"2023":["2023-clang14.3","2023-clang15.3"],"2024":["2024-clang16.7","2024-clang17.7"],"2025":["2025-clang18.6","2025-clang19.6"],"2026":["2026-clang19.4","2026-clang20.4"]},"contents":"builds of everything, installed in /usr/local"}},"cA":{"source":"aswf-docker python/aswfdocker/data/ci-image-dockerfile.jinja2 and ci-common Dockerfiles @ e41baee; renames from commits 18629e4, c4509b9, 23b323e, 884aeeb, cca3f53","year":["ASWF_VFXPLATFORM_VERSION"],"imageVersion":["ASWF_VERSION"],"packages":{"python":["ASWF_CPYTHON_VERSION","ASWF_PYTHON_VERSION"],"python-major-minor":["ASWF_PYTHON_MAJOR_MINOR_VERSION"],"cxx-standard":["ASWF_CXX_STANDARD"],"onetbb":["ASWF_ONETBB_VERSION","ASWF_TBB_VERSION"],"c-blosc":["ASWF_C_BLOSC_VERSION","ASWF_BLOSC_VERSION"],"openusd":["ASWF_OPENUSD_VERSION","ASWF_USD_VERSION"],"opentimelineio":["ASWF_OPENTIMELINEIO_VERSION","ASWF_OTIO_VERSION"],"opencolorio":["ASWF_OPENCOLORIO_VERSION","ASWF_OCIO_VERSION"],"openimageio":["ASWF_OPENIMAGEIO_VERSION","ASWF_OIIO_VERSION"],"numpy":["ASWF_NUMPY_VERSION"],"qt":["ASWF_QT_VERSION"],"pyside":["ASWF_PYSIDE_VERSION"],"boost":["ASWF_BOOST_VERSION"],"imath":["ASWF_IMATH_VERSION"],"openexr":["ASWF_OPENEXR_VERSION"],"opensubdiv":["ASWF_OPENSUBDIV_VERSION"],"openvdb":["ASWF_OPENVDB_VERSION"],"alembic":["ASWF_ALEMBIC_VERSION"],"ptex":["ASWF_PTEX_VERSION"],"osl":["ASWF_OSL_VERSION"],"materialx":["ASWF_MATERIALX_VERSION"],"openfx":["ASWF_OPENFX_VERSION"],"partio":["ASWF_PARTIO_VERSION"],"pybind11":["ASWF_PYBIND11_VERSION"],"hdf5":["ASWF_HDF5_VERSION"],"cmake":["ASWF_CMAKE_VERSION"],"ninja":["ASWF_NINJA_VERSION"],"clang":["ASWF_CLANG_VERSION"],"cuda":["ASWF_CUDA_VERSION"],"optix":["ASWF_OPTIX_VERSION"],"gcc-toolset":["ASWF_DTS_VERSION"]},"renamed":{"ASWF_PYTHON_VERSION":"ASWF_CPYTHON_VERSION (2025-04-20)","ASWF_TBB_VERSION":"ASWF_ONETBB_VERSION (2025-05-24, 2025.1)","ASWF_BLOSC_VERSION":"ASWF_C_BLOSC_VERSION (2025-08-09)","ASWF_USD_VERSION":"ASWF_OPENUSD_VERSION (2026-03-23)","ASWF_OTIO_VERSION":"ASWF_OPENTIMELINEIO_VERSION (2026-04-01)","ASWF_OCIO_VERSION":"ASWF_OPENCOLORIO_VERSION (2026-05-12)","ASWF_OIIO_VERSION":"ASWF_OPENIMAGEIO_VERSION (2026-05-12)"},"notes":["ASWF_VFXPLATFORM_VERSION and ASWF_VERSION are the only identifiers stable across all years; ci-common sets ASWF_VERSION like 6-clang20.4 and no ASWF_VFXPLATFORM_VERSION.","Older images carry the old names; 2018-2022 images have no ASWF_CXX_STANDARD."]}}');
;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/aswf-images.js
/**
 * ASWF CI Docker images (aswf-docker): which image exists for which year and clang variant, and its name.
 * Data: ../data/aswf-images.json (latest released tag per image and year, tag rules, identifying env vars).
 */



const PROJECTS = aswf_images_namespaceObject.dt;
const DEFAULT_CLANG = aswf_images_namespaceObject.Li;
const COMMON_DEFAULT_CLANG = aswf_images_namespaceObject.MG;
const aswfEnvironment = aswf_images_namespaceObject.cA;
const aswfRegistry = { registry: aswf_images_namespaceObject.u5, org: aswf_images_namespaceObject.$r, testingOrg: aswf_images_namespaceObject.r_ };
function parseTag(tag) {
    const match = /^(\d+)(?:-clang(\d+))?\.(\d+)$/.exec(tag);
    if (!match)
        throw new Error(`aswf-images.json: malformed tag '${tag}'`);
    return { key: match[1], clang: match[2] ? Number(match[2]) : undefined, build: Number(match[3]) };
}
/** The ci-common generation a year's images are built on (e.g. 2025 → '5'). */
function ciCommonGeneration(year) {
    return allYears().find(y => y.year === year)?.aswf.ciCommon;
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
        throw new errors/* UserError */.yo(`There is no ASWF image 'ci-${name}': known images are ${aswfImageProjects()
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
    return allYears()
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
        throw new errors/* UserError */.yo(`'${value}' is not a clang variant: use a major version such as 19 or 'clang19'.`);
    return Number(match[1]);
}
/**
 * The image reference for a project and year, e.g. aswfImage('osl', 2025, { clang: 19 }) === 'aswf/ci-osl:2025-clang19',
 * aswfImage('openexr', 2023, { tag: '2023.2' }) === 'aswf/ci-openexr:2023.2'. A UserError names what does not exist
 * and what does.
 */
function aswfImage(project, year, options = {}) {
    const { name, data } = projectData(project);
    const image = `${aswf_images_namespaceObject.$r}/${data.image}`;
    const releases = releasesOf(name, data, year);
    if (releases.length === 0) {
        const years = aswfImageYears(name);
        throw new errors/* UserError */.yo(`${image} does not exist for CY${year}: it exists for ${years.length ? years.join(', ') : 'no year'}.`);
    }
    const key = releaseKey(name, year);
    let clang;
    if (options.clang !== undefined && String(options.clang) !== '') {
        clang = parseClang(options.clang);
        if (!data.clangVariants) {
            throw new errors/* UserError */.yo(`${image} has no clang variants (one image per year: ${image}:${year}); only ${aswfImageProjects()
                .filter(p => PROJECTS[p]?.clangVariants)
                .map(p => `ci-${p}`)
                .join(', ')} have them.`);
        }
        const variants = aswfClangVariants(name, year);
        if (!variants.includes(clang)) {
            throw new errors/* UserError */.yo(`${image} has no clang${clang} variant for CY${year}: its variants are ${variants.map(v => `clang${v}`).join(', ')}.`);
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
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    const tagClang = match[2] !== undefined ? Number(match[2]) : clang;
    if (clang !== undefined && tagClang !== clang)
        throw new errors/* UserError */.yo(`Tag '${tag}' is not the clang${clang} variant of ${image}.`);
    const variants = releases.some(r => r.clang !== undefined);
    if (variants && tagClang === undefined && match[3] !== undefined) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}': exact tags of its clang variants are ${known}.`);
    }
    const release = releases.find(r => r.clang === (tagClang ?? (variants ? r.clang : undefined)));
    if (!release || (tagClang !== undefined && release.clang !== tagClang)) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`);
    }
    if (match[3] !== undefined && Number(match[3]) > release.build) {
        throw new errors/* UserError */.yo(`${image} has no tag '${tag}': the newest is ${release.key}${release.clang !== undefined ? `-clang${release.clang}` : ''}.${release.build}.`);
    }
    return `${key}${tagClang !== undefined ? `-clang${tagClang}` : ''}${match[3] !== undefined ? `.${match[3]}` : ''}`;
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/vfx-platform/src/index.js




;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/platform.js
/**
 * The one place build-matrix touches packages/vfx-platform (the platform table and the ASWF image facts), so the
 * rest of the action depends only on this small surface.
 */


;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/axes.js
/**
 * The spec's axes, normalised and checked against the platform table: each value keeps the spec path it came
 * from, so a problem found with it later can still point at its line.
 */



const BUILD_TYPES = ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel'];
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
        return resolveYear(String(value));
    }
    catch (error) {
        problems.push((0,build_matrix_problems/* problem */.CC)(path, error.message));
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
        for (const os of OSES) {
            const names = located(given[os], ['compiler', os]);
            if (names.length > 0 && !osNames.includes(os)) {
                problems.push((0,build_matrix_problems/* warningAt */.MK)(['compiler', os], `compilers are given for ${os}, but ${os} is not in 'os'`));
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
        if (!osNames.some(os => parseCompiler(os, value))) {
            const accepted = osNames.map(os => `${os}: ${acceptedCompilers(os)}`).join('; ');
            problems.push((0,build_matrix_problems/* problem */.CC)(path, `'${value}' is not a compiler of ${osNames.join(', ')} (accepted: ${accepted})`));
        }
    }
    for (const os of osNames) {
        const mine = unique(names.flatMap(({ value, path }) => {
            const parsed = parseCompiler(os, value);
            return parsed ? [{ value: parsed, path }] : [];
        }), c => c.name);
        if (mine.length === 0) {
            problems.push((0,build_matrix_problems/* problem */.CC)(['compiler'], `no compiler listed for ${os} (accepted: ${acceptedCompilers(os)})`));
        }
        result[os] = mine;
    }
    return result;
}
function defaultCompiler(os) {
    return [{ value: parseCompiler(os, DEFAULT_COMPILER[os]), path: [] }];
}
function compilersOf(os, names, problems) {
    return unique(names.flatMap(({ value, path }) => {
        const parsed = parseCompiler(os, value);
        if (!parsed)
            problems.push((0,build_matrix_problems/* problem */.CC)(path, `'${value}' is not a compiler for ${os} (accepted: ${acceptedCompilers(os)})`));
        return parsed ? [{ value: parsed, path }] : [];
    }), c => c.name);
}
function canonicalBuildType(value) {
    return BUILD_TYPES.find(b => b.toLowerCase() === String(value).toLowerCase());
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/cells.js
/**
 * One output cell from a candidate: the facts of its platform year (C++ standard, Python, legacy glibc), its
 * image, compiler commands, runner labels, generator, environment, a readable name and a stable id.
 */

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
            (typeof generator === 'string' ? generator : (generator?.[os] ?? DEFAULT_GENERATOR[os])),
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
    return (gpu ? spec.runners?.gpu : undefined) ?? spec.runners?.[os] ?? DEFAULT_RUNNER[os];
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/images.js


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
                problems.push((0,build_matrix_problems/* problem */.CC)(compiler.path, `'${compiler.value.name}' picks a clang variant of an ASWF image: set 'project'`));
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
            [year.path, () => aswfImage(project, year.value.year)],
            ...(variant !== undefined
                ? [[compiler.path, () => aswfImage(project, year.value.year, { clang: variant })]]
                : []),
            ...(pin ? [[pin.path, () => aswfImage(project, year.value.year, { clang: variant, tag: pin.tag })]] : [])
        ];
        let image = '';
        for (const [path, step] of steps) {
            try {
                image = step();
            }
            catch (error) {
                return { image: '', problems: [(0,build_matrix_problems/* problem */.CC)(path, error.message)] };
            }
        }
        return { image, problems: [] };
    }
}
function knownProject(project, problems) {
    try {
        aswfImageYears(project);
        return true;
    }
    catch (error) {
        problems.push((0,build_matrix_problems/* problem */.CC)(['project'], error.message));
        return false;
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/spec-types.js
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/patterns.js
/**
 * Partial cells, as used by `exclude`, `gpu` and `profiles`: every key given must match, and a list matches any
 * of its values. Values are normalised the way cells are (CY2025 = 2025, clang-19 = clang19, debug = Debug), so
 * a pattern matches what a person meant.
 */




const PATTERN_KEYS = ['vfx-platform', 'os', 'compiler', 'build-type', 'cxx-standard'];
function compilePattern(pattern, path, problems) {
    const matcher = {};
    for (const key of PATTERN_KEYS) {
        if (pattern[key] === undefined)
            continue;
        const values = asList(pattern[key]).map((value, index) => {
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
            const year = yearAt(value, path, problems);
            return year ? String(year.year) : undefined;
        }
        case 'os': {
            const os = String(value).toLowerCase();
            if (OSES.includes(os))
                return os;
            problems.push((0,build_matrix_problems/* problem */.CC)(path, `'${value}' is not an OS (accepted: ${OSES.join(', ')})`));
            return undefined;
        }
        case 'compiler': {
            const parsed = OSES.map(os => parseCompiler(os, value)).find(c => c !== undefined);
            if (parsed)
                return parsed.name;
            problems.push((0,build_matrix_problems/* problem */.CC)(path, `'${value}' is not a compiler of any OS`));
            return undefined;
        }
        case 'build-type': {
            const buildType = canonicalBuildType(value);
            if (!buildType)
                problems.push((0,build_matrix_problems/* problem */.CC)(path, `'${value}' is not a CMake build type`));
            return buildType;
        }
        case 'cxx-standard':
            return String(value);
    }
}
function matches(matcher, cell) {
    return PATTERN_KEYS.every(key => matcher[key] === undefined || matcher[key].has(cell[key]));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/expand.js
/**
 * expandMatrix: the spec → the cells of `strategy.matrix`. The cartesian product of the axes (in the order
 * os, year, compiler, build type, C++ standard), minus `exclude`, plus `include`, restricted to a profile,
 * duplicates removed. Every value is checked against the platform table and the ASWF images on the way; all
 * problems are collected with their spec paths.
 */






/** Beyond this many product cells the spec is surely a mistake: stop before building them. */
const PRODUCT_CEILING = 100_000;
function expandMatrix(spec, options = {}) {
    const problems = [];
    const axes = normaliseAxes(spec, problems);
    const axesText = describeAxes(axes);
    const productSize = axes.oses.reduce((sum, os) => sum +
        axes.years.length *
            (axes.compilers[os.value]?.length ?? 0) *
            axes.buildTypes.length *
            Math.max(1, axes.cxxStandards.length), 0);
    if (productSize > PRODUCT_CEILING) {
        problems.push((0,build_matrix_problems/* problem */.CC)([], `the axes give ${productSize} cells (${axesText}): far more than a CI matrix can run`));
        return { cells: [], problems, axes, axesText, excluded: 0, duplicates: 0 };
    }
    const excludes = (spec.exclude ?? []).map((p, i) => compilePattern(p, ['exclude', i], problems));
    const gpus = (spec.gpu ?? []).map((p, i) => compilePattern(p, ['gpu', i], problems));
    const profile = options.profile === undefined ? undefined : compileProfile(spec, options.profile, problems);
    const excludeUsed = excludes.map(() => false);
    const all = cartesian(axes);
    const product = all.filter(candidate => {
        const hit = excludes.findIndex(matcher => matches(matcher, cellKey(candidate)));
        if (hit >= 0)
            excludeUsed[hit] = true;
        return hit < 0;
    });
    excludeUsed.forEach((used, i) => {
        if (!used)
            problems.push((0,build_matrix_problems/* warningAt */.MK)(['exclude', i], 'this exclude matches no cell'));
    });
    const includes = (spec.include ?? []).map((entry, index) => includeCandidate(entry, index, axes, problems));
    let candidates = [...product, ...includes.filter((c) => c !== undefined)];
    const gpuUsed = gpus.map(() => false);
    for (const candidate of candidates) {
        gpus.forEach((matcher, i) => {
            if (matches(matcher, cellKey(candidate))) {
                gpuUsed[i] = true;
                if (candidate.include?.entry.gpu === undefined)
                    candidate.gpu = true;
            }
        });
    }
    gpuUsed.forEach((used, i) => {
        if (!used)
            problems.push((0,build_matrix_problems/* warningAt */.MK)(['gpu', i], 'this gpu pattern matches no cell'));
    });
    if (profile)
        candidates = candidates.filter(c => (c.include ? profile.includes : true) && matches(profile.matcher, cellKey(c)));
    const images = new ImageResolver(spec.project, imagePins(spec, axes, problems), problems);
    const { cells, duplicates } = uniqueCells(candidates.map(candidate => ({ candidate, cell: buildCell(candidate, spec, images, problems) })), problems);
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
        const resolved = yearAt(entry['vfx-platform'], at('vfx-platform'), problems);
        year = resolved && { value: resolved, path: at('vfx-platform') };
    }
    else if (!year) {
        return undefined;
    }
    let compiler = axes.compilers[os.value]?.[0] ?? {
        value: parseCompiler(os.value, DEFAULT_COMPILER[os.value]),
        path: []
    };
    if (entry.compiler !== undefined) {
        const parsed = parseCompiler(os.value, entry.compiler);
        if (!parsed)
            problems.push((0,build_matrix_problems/* problem */.CC)(at('compiler'), `'${entry.compiler}' is not a compiler for ${os.value}`));
        compiler = parsed && { value: parsed, path: at('compiler') };
    }
    const buildType = entry['build-type'] !== undefined ? canonicalBuildType(entry['build-type']) : axes.buildTypes[0]?.value;
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
    return { matcher: compilePattern(pattern, ['profiles', name], problems), includes: include ?? true };
}
function imagePins(spec, axes, problems) {
    const pins = new Map();
    for (const [key, tag] of Object.entries(spec['image-tags'] ?? {})) {
        const path = ['image-tags', key];
        const year = yearAt(key, path, problems);
        if (!year)
            continue;
        if (!axes.years.some(y => y.value.year === year.year))
            problems.push((0,build_matrix_problems/* warningAt */.MK)(path, `CY${year.year} is not in 'vfx-platform': this pin is unused`));
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
            problems.push((0,build_matrix_problems/* problem */.CC)(path, `this cell's id '${cell.id}' is already used by another cell: give it a distinct 'name'`));
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

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/profile.js
/** Which part of the matrix to run: the `profile` input, the event and the profiles the spec defines. */

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function chooseProfile(input, eventName, profiles) {
    const wanted = input.trim() || 'auto';
    if (wanted === 'auto') {
        if (PULL_REQUEST_EVENTS.includes(eventName) && profiles.includes('pr')) {
            return { name: 'pr', reason: `profile 'pr' for a ${eventName} event` };
        }
        return { name: undefined, reason: `the full matrix for a ${eventName || 'local'} event` };
    }
    if (wanted === 'full')
        return { name: undefined, reason: 'the full matrix (profile: full)' };
    if (profiles.includes(wanted))
        return { name: wanted, reason: `profile '${wanted}'` };
    const accepted = ['auto', 'full', ...profiles].map(p => `'${p}'`).join(', ');
    throw new errors/* InputError */.dz('profile', wanted, `${accepted} (the profiles of the spec)`);
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
var summary = __webpack_require__(9388);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/summary.js
/** The job summary: a year × OS grid to read at a glance, then every cell in a table. */


function renderSummary(cells, facts) {
    const gpu = cells.filter(c => c.gpu).length;
    const legacy = cells.filter(c => c['legacy-glibc']).length;
    const lines = [
        (0,summary/* heading */.R_)(`build-matrix: ${cells.length} job${cells.length === 1 ? '' : 's'}`),
        `From ${(0,summary/* escapeCell */.kq)(facts.source)}, ${(0,summary/* escapeCell */.kq)(facts.profile)}. Axes: ${(0,summary/* escapeCell */.kq)(facts.axesText)}; ` +
            `${facts.excluded} excluded, ${facts.duplicates} duplicate${facts.duplicates === 1 ? '' : 's'} removed` +
            `${gpu ? `, ${gpu} on GPU` : ''}${legacy ? `, ${legacy} in legacy-glibc containers (no node24 actions inside)` : ''}.\n`
    ];
    if (cells.length === 0)
        return lines.join('\n') + '\nThe matrix is empty: jobs using it should be skipped (`is-empty`).\n';
    lines.push(yearByOsGrid(cells));
    lines.push((0,summary/* details */.zH)(`All ${cells.length} cells`, (0,summary/* markdownTable */.Qj)(['id', 'runs-on', 'container', 'compiler', 'C++', 'Python', 'build type', 'GPU'], cells.map(c => [
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
    const oses = OSES.filter(os => cells.some(c => c.os === os));
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
    return (0,summary/* markdownTable */.Qj)(['year', ...oses], rows);
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/build-matrix/pipeline.js
/**
 * Everything main.ts needs once the inputs are read, behind one dynamic import: one chunk to load at start-up
 * rather than five (an input error still loads none of it). The full YAML parser stays a chunk of its own.
 */







/***/ })

};
