export const id = 764;
export const ids = [764];
export const modules = {

/***/ 4764:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = idTokenUrl;
__webpack_unused_export__ = requestIdToken;
exports.openSigstore = openSigstore;
__webpack_unused_export__ = tokenSubject;
/**
 * Keyless Sigstore signatures: the workflow's OIDC token (audience `sigstore`) buys a short-lived Fulcio
 * certificate, the signature goes to Rekor, and each file gets a `.sigstore.json` bundle that `cosign
 * verify-blob --bundle` and `sigstore verify` read. Every bundle is verified right after signing: against the
 * public-good trust root (fetched over TUF), or against `sigstore-trusted-root` for a private instance.
 *
 * The sigstore library is large; this module is only ever loaded with `await import()` when the method runs.
 */
const promises_1 = __webpack_require__(1455);
const index_js_1 = __webpack_require__(2170);
/** The runner's OIDC token endpoint with the audience Fulcio expects. */
function idTokenUrl(requestUrl) {
    const url = new URL(requestUrl);
    url.searchParams.set('audience', 'sigstore');
    return url.toString();
}
async function requestIdToken(requestUrl, requestToken) {
    const { data } = await (0, index_js_1.fetchJson)(idTokenUrl(requestUrl), {
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        retries: 3
    });
    if (!data.value)
        throw new index_js_1.UserError('The OIDC token endpoint answered without a token.');
    (0, index_js_1.maskSecret)(data.value);
    return data.value;
}
async function openSigstore(options) {
    const token = await requestIdToken(options.requestUrl, options.requestToken);
    const sigstore = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 4267));
    const verifyBundle = options.trustedRoot ? await privateVerifier(options.trustedRoot) : await publicVerifier(sigstore);
    return {
        identity: tokenSubject(token),
        async sign(file, bundlePath) {
            const bundle = await sigstore.sign(await (0, promises_1.readFile)(file), {
                identityToken: token,
                ...(options.fulcioUrl ? { fulcioURL: options.fulcioUrl } : {}),
                ...(options.rekorUrl ? { rekorURL: options.rekorUrl } : {})
            });
            await (0, promises_1.writeFile)(bundlePath, JSON.stringify(bundle));
        },
        async verify(file, bundlePath) {
            try {
                const bundle = JSON.parse(await (0, promises_1.readFile)(bundlePath, 'utf8'));
                await verifyBundle(bundle, await (0, promises_1.readFile)(file));
                return true;
            }
            catch {
                return false;
            }
        }
    };
}
async function publicVerifier(sigstore) {
    const tufCachePath = (0, index_js_1.privateTempDir)('sign-artifacts-tuf');
    const verifier = await sigstore.createVerifier({ tufCachePath });
    return async (bundle, data) => void verifier.verify(bundle, data);
}
async function privateVerifier(trustedRootPath) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 6568)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23))
    ]);
    let root;
    try {
        root = TrustedRoot.fromJSON(JSON.parse(await (0, promises_1.readFile)(trustedRootPath, 'utf8')));
    }
    catch (error) {
        throw new index_js_1.UserError(`Input 'sigstore-trusted-root': ${trustedRootPath} is not a readable trusted_root.json (${error instanceof Error ? error.message : error}).`);
    }
    const verifier = new Verifier(toTrustMaterial(root));
    return async (bundle, data) => void verifier.verify(toSignedEntity(bundleFromJSON(bundle), data));
}
/** The token's subject (for the summary: who signed); empty when it cannot be read. */
function tokenSubject(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return payload.email ?? payload.sub ?? '';
    }
    catch {
        return '';
    }
}


/***/ })

};
