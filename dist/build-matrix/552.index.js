export const id = 552;
export const ids = [552];
export const modules = {

/***/ 1552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseWithYaml: () => (/* binding */ parseWithYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The full YAML parser (the `yaml` package's Document API, whose node tree remembers where each value came from),
 * for the specs plain-yaml.ts leaves to it: anchors, block scalars, syntax errors and the rest of YAML.
 */

function parseWithYaml(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find(item => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && keyText(item.key) === String(part));
            if (!pair)
                break;
            next = pair.value ?? pair.key;
            // A problem about a key (e.g. an unknown one) is best shown at the key itself.
            const keyRange = pair.key?.range;
            if (keyRange)
                offset = keyRange[0];
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            next = node.items[part];
        }
        const range = next?.range;
        if (!next || !range)
            break;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            offset = range[0];
        node = next;
    }
    return offset;
}
function keyText(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : String(key);
}


/***/ })

};
