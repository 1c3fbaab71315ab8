export const id = 867;
export const ids = [867];
export const modules = {

/***/ 4867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/**
 * Post: removes the fuzz decoys main planted. The installs main scheduled for @actions/cache are saved by runAction's
 * shared post work (toolkit action.ts), after this function; their errors are warnings.
 */
async function post() {
    const { removeDecoys } = await __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 7256));
    removeDecoys();
}


/***/ })

};
