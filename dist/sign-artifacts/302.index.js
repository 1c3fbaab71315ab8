export const id = 302;
export const ids = [302];
export const modules = {

/***/ 35302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openSigstore: () => (/* binding */ openSigstore)
});

// UNUSED EXPORTS: requestIdToken

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __webpack_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __webpack_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
var secrets = __webpack_require__(42709);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/sigstore-identity.js
/**
 * Which identity a Sigstore certificate carries, and so which identity the printed verify commands must name.
 * Pure. Fulcio's GitHub Actions principal puts `https://github.com/<job_workflow_ref>` in the certificate's
 * Subject Alternative Name: the workflow file whose job ran, which inside a reusable workflow is the reusable
 * workflow (`aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1`), not the caller's. The caller's
 * repository is in the certificate too (OID 1.3.6.1.4.1.57264.1.5), and a verifier must check it: every
 * repository that calls the same reusable workflow gets the same SAN.
 */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's GitHub Workflow Repository extension (raw bytes of `owner/repo`; cosign's `--certificate-github-workflow-repository`). */
const REPOSITORY_OID = '1.3.6.1.4.1.57264.1.5';
function tokenClaims(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' && !Array.isArray(claims) ? claims : {};
    }
    catch {
        return {};
    }
}
const sigstore_identity_text = (value) => (typeof value === 'string' ? value : '');
/** The identity Fulcio certifies for this token; `serverUrl` is GITHUB_SERVER_URL (github.com). */
function expectedIdentity(claims, serverUrl = 'https://github.com') {
    const issuer = sigstore_identity_text(claims.iss);
    const jobWorkflowRef = sigstore_identity_text(claims.job_workflow_ref);
    const repository = sigstore_identity_text(claims.repository);
    if (jobWorkflowRef) {
        return {
            identity: `${serverUrl.replace(/\/+$/, '')}/${jobWorkflowRef}`,
            issuer,
            ...(repository ? { repository } : {})
        };
    }
    return { identity: sigstore_identity_text(claims.email) || sigstore_identity_text(claims.sub), issuer };
}
/** Why a certificate's identity differs from the expected one, or undefined when it matches exactly. */
function identityMismatch(expected, found) {
    const san = found?.subjectAlternativeName;
    if (san !== expected.identity)
        return `the certificate names ${san ?? 'no identity'}, not ${expected.identity}`;
    const issuer = found?.extensions?.issuer;
    if (issuer !== expected.issuer)
        return `the certificate's issuer is ${issuer ?? 'missing'}, not ${expected.issuer}`;
    if (expected.repository) {
        const oid = found?.oids?.find(o => o.oid?.id.join('.') === REPOSITORY_OID);
        const repository = oid ? Buffer.from(oid.value).toString('utf8') : undefined;
        if (repository !== expected.repository)
            return `the certificate's repository is ${repository ?? 'missing'}, not ${expected.repository}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/sigstore.js
/**
 * Keyless Sigstore signatures: the workflow's OIDC token (audience `sigstore`) buys a short-lived Fulcio
 * certificate, the signature goes to Rekor, and each file gets a `.sigstore.json` bundle that `cosign
 * verify-blob --bundle` and `sigstore verify` read. Every bundle is verified right after signing: against the
 * public-good trust root (fetched over TUF), or against `sigstore-trusted-root` for a private instance.
 *
 * The sigstore library is large; this module is only ever loaded with `await import()` when the method runs.
 */





/**
 * The job's OIDC token for Fulcio (audience `sigstore`), from @actions/core's getIDToken: it reads the runner's
 * request URL and token and masks the answer. Any failure is the user's to act on (the `id-token: write` permission).
 */
async function requestIdToken() {
    (0,runner/* debugDecision */.OR)('sigstore', 'requesting an OIDC token (audience sigstore) from the runner');
    try {
        return await (0,runner/* getIDToken */.V9)('sigstore');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not get the job's OIDC token for Sigstore (does the job have 'permissions: id-token: write'?): ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function openSigstore(options) {
    const token = await requestIdToken();
    const sigstore = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187), __webpack_require__.e(759), __webpack_require__.e(267)]).then(__webpack_require__.t.bind(__webpack_require__, 94267, 19));
    const verifyBundle = options.trustedRoot ? await privateVerifier(options.trustedRoot) : await publicVerifier(sigstore);
    const identity = expectedIdentity(tokenClaims(token), options.serverUrl);
    (0,runner/* debugDecision */.OR)('sigstore', `expected certificate identity ${identity.identity}, issuer ${identity.issuer}`);
    return {
        identity,
        async sign(file, bundlePath) {
            (0,runner/* debugDecision */.OR)('sigstore', `signing ${file} (Fulcio ${options.fulcioUrl || 'public-good'}, Rekor ${options.rekorUrl || 'public-good'})`);
            const bundle = await sigstore.sign(await (0,promises_.readFile)(file), {
                identityToken: token,
                ...(options.fulcioUrl ? { fulcioURL: options.fulcioUrl } : {}),
                ...(options.rekorUrl ? { rekorURL: options.rekorUrl } : {})
            });
            await (0,promises_.writeFile)(bundlePath, JSON.stringify(bundle));
        },
        async verify(file, bundlePath) {
            try {
                const bundle = JSON.parse(await (0,promises_.readFile)(bundlePath, 'utf8'));
                const mismatch = identityMismatch(identity, await verifyBundle(bundle, await (0,promises_.readFile)(file)));
                if (mismatch)
                    runner/* log */.Rm.warning(`Sigstore bundle ${bundlePath}: ${mismatch}.`);
                return mismatch === undefined;
            }
            catch (error) {
                (0,runner/* debugDecision */.OR)('sigstore', `${bundlePath} does not verify: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return false;
            }
        }
    };
}
async function publicVerifier(sigstore) {
    const tufCachePath = (0,secrets/* privateTempDir */.nX)('sign-artifacts-tuf');
    const verifier = await sigstore.createVerifier({ tufCachePath });
    return async (bundle, data) => verifier.verify(bundle, data).identity;
}
async function privateVerifier(trustedRootPath) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.t.bind(__webpack_require__, 54187, 19)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 19))
    ]);
    let root;
    try {
        root = TrustedRoot.fromJSON(JSON.parse(await (0,promises_.readFile)(trustedRootPath, 'utf8')));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input 'sigstore-trusted-root': ${trustedRootPath} is not a readable trusted_root.json (${(0,errors/* errorMessage */.gJ)(error)}).`);
    }
    const verifier = new Verifier(toTrustMaterial(root));
    return async (bundle, data) => verifier.verify(toSignedEntity(bundleFromJSON(bundle), data)).identity;
}


/***/ })

};
