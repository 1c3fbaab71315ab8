export const id = 867;
export const ids = [867];
export const modules = {

/***/ 4867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/** Post step: the install work's deferred cache save (its errors are warnings, see runAction), and the fuzz decoys removed. */
async function post() {
    const { removeDecoys } = await __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 7256));
    removeDecoys();
    const { postInstall } = await __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 4905));
    await postInstall();
}


/***/ })

};
