export const id = 192;
export const ids = [192];
export const modules = {

/***/ 9192:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chooseProfile = chooseProfile;
/** Which part of the matrix to run: the `profile` input, the event and the profiles the spec defines. */
const index_js_1 = __webpack_require__(2170);
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
    throw new index_js_1.InputError('profile', wanted, `${accepted} (the profiles of the spec)`);
}


/***/ })

};
