export const id = 614;
export const ids = [614];
export const modules = {

/***/ 5614:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.parseWithYaml = parseWithYaml;
/**
 * The full YAML parser (the `yaml` package's Document API, whose node tree remembers where each value came from),
 * for the specs plain-yaml.ts leaves to it: anchors, block scalars, syntax errors and the rest of YAML.
 */
const yaml_1 = __webpack_require__(8815);
function parseWithYaml(text) {
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const syntaxProblems = doc.errors.map(error => ({
        message: error.message.split('\n')[0],
        position: at(error.pos[0])
    }));
    return {
        value: syntaxProblems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined,
        syntaxProblems,
        locate: path => at(offsetOf(doc.contents, path))
    };
}
/** Walks the node tree by keys (compared as text, so `2023:` matches '2023') and indexes. */
function offsetOf(root, path) {
    let node = root;
    let offset = root?.range?.[0] ?? 0;
    for (const part of path) {
        let next;
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find(item => (0, yaml_1.isPair)(item) && keyText(item.key) === String(part));
            if (!pair)
                break;
            next = pair.value ?? pair.key;
            // A problem about a key (e.g. an unknown one) is best shown at the key itself.
            const keyRange = pair.key?.range;
            if (keyRange)
                offset = keyRange[0];
        }
        else if ((0, yaml_1.isSeq)(node) && typeof part === 'number') {
            next = node.items[part];
        }
        const range = next?.range;
        if (!next || !range)
            break;
        if (!(0, yaml_1.isMap)(node))
            offset = range[0];
        node = next;
    }
    return offset;
}
function keyText(key) {
    return (0, yaml_1.isScalar)(key) ? String(key.value) : String(key);
}


/***/ })

};
