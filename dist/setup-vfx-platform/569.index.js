export const id = 569;
export const ids = [569];
export const modules = {

/***/ 2569:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.post = post;
/** Post step: the install work's deferred cache save (its errors are warnings, see runAction), and the fuzz decoys removed. */
async function post() {
    const { removeDecoys } = await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 9797));
    removeDecoys();
    const { postInstall } = await __webpack_require__.e(/* import() */ 588).then(__webpack_require__.bind(__webpack_require__, 7588));
    await postInstall();
}


/***/ })

};
