export const id = 250;
export const ids = [250];
export const modules = {

/***/ 250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/**
 * Post: nothing of sonar-scan's own to tear down. The scanner download main scheduled for @actions/cache is saved
 * by runAction's shared post work (toolkit action.ts), after this function.
 */
async function post() { }


/***/ })

};
