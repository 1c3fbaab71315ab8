export const id = 179;
export const ids = [179];
export const modules = {

/***/ 84179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MacSigner: () => (/* binding */ MacSigner),
/* harmony export */   o0: () => (/* binding */ deleteKeychain)
/* harmony export */ });
/* unused harmony exports quoteForSecurity, keychainSetupScript, parseKeychainList, parseFirstIdentity, codesignArgs, notarizationForm, canStaple, parseNotaryResult, decodeApiKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2677);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17287);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42709);
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37713);
/**
 * macOS code signing and notarization. A temporary keychain with a unique name under RUNNER_TEMP (never
 * "already exists", even with parallel jobs on one self-hosted Mac), the .p12 imported with the partition list
 * set so codesign can use the key without a prompt, `codesign --options runtime --timestamp`, optional
 * `notarytool submit --wait` with an App Store Connect API key and `stapler staple`, then
 * `codesign --verify --strict`. The keychain is deleted in post (its path is saved before it exists).
 *
 * Passwords never reach argv: `security` commands that take one are written to `security -i` on stdin.
 */







/** A value quoted for `security -i`'s command parser (double quotes; backslash escapes `"` and `\`). */
function quoteForSecurity(value) {
    if (/[\r\n]/.test(value))
        throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('A macOS keychain value cannot contain a line break.');
    return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}
/** The interactive `security` commands that carry passwords, one per line. */
function keychainSetupScript(keychain, keychainPassword, p12, p12Password) {
    const kc = quoteForSecurity(keychain);
    const pw = quoteForSecurity(keychainPassword);
    return [
        `create-keychain -p ${pw} ${kc}`,
        `unlock-keychain -p ${pw} ${kc}`,
        `import ${quoteForSecurity(p12)} -k ${kc} -f pkcs12 -P ${quoteForSecurity(p12Password)} -T /usr/bin/codesign -T /usr/bin/security`,
        `set-key-partition-list -S apple-tool:,apple:,codesign: -s -k ${pw} ${kc}`
    ];
}
/** Keychain paths from `security list-keychains -d user` (one quoted path per line). */
function parseKeychainList(output) {
    return output
        .split('\n')
        .map(line => line.trim().replace(/^"(.*)"$/, '$1'))
        .filter(Boolean);
}
/** The first valid code-signing identity's SHA-1 from `security find-identity -v -p codesigning`. */
function parseFirstIdentity(output) {
    return /^\s*\d+\)\s+([0-9A-F]{40})\s+"/m.exec(output)?.[1];
}
function codesignArgs(identity, keychain, file) {
    return ['--force', '--sign', identity, '--keychain', keychain, '--options', 'runtime', '--timestamp', file];
}
/** What notarytool can take as is; a bare Mach-O binary is zipped first (and cannot be stapled). */
function notarizationForm(file) {
    return ['.dmg', '.pkg', '.zip'].includes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase()) ? 'submit' : 'zip';
}
function canStaple(file) {
    return ['.dmg', '.pkg', '.app'].includes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(file).toLowerCase());
}
/** notarytool's JSON result: accepted, or the status and id to look the log up with. */
function parseNotaryResult(stdout) {
    try {
        const json = JSON.parse(stdout);
        return { accepted: json.status === 'Accepted', status: json.status ?? 'unknown', id: json.id ?? '' };
    }
    catch {
        return { accepted: false, status: 'unreadable notarytool output', id: '' };
    }
}
/** security -i carries on after a failed command; its error lines are how a failure shows. */
function securityFailed(result) {
    return result.exitCode !== 0 || /(^|\n)\s*security: |error/i.test(result.stderr);
}
class MacSigner {
    keychain;
    identity;
    options;
    constructor(keychain, identity, options) {
        this.keychain = keychain;
        this.identity = identity;
        this.options = options;
    }
    static async open(options) {
        const keychain = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerTemp */ .X5)(), `sign-artifacts-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.keychain-db`);
        // Saved before the keychain exists, so post deletes it whatever happens from here on.
        _state_js__WEBPACK_IMPORTED_MODULE_4__/* .signState */ .R.macosKeychain.write(keychain);
        (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerCleanup */ .qE)(keychain);
        const keychainPassword = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24).toString('hex');
        (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$l)(keychainPassword);
        const p12 = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSecretFile */ .AK)('sign-artifacts-p12', 'certificate.p12', Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64'));
        for (const command of keychainSetupScript(keychain, keychainPassword, p12, options.password)) {
            const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['-i'], { input: command + '\n', check: false });
            if (securityFailed(result)) {
                const verb = command.split(' ')[0];
                throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`security ${verb} failed for the temporary keychain (check 'apple-certificate' and 'apple-certificate-password').`);
            }
        }
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['set-keychain-settings', '-lut', '21600', keychain]);
        const listed = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['list-keychains', '-d', 'user']);
        const others = parseKeychainList(listed.stdout).filter(path => path !== keychain);
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['list-keychains', '-d', 'user', '-s', keychain, ...others]);
        let identity = options.identity;
        if (!identity) {
            const found = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['find-identity', '-v', '-p', 'codesigning', keychain]);
            identity = parseFirstIdentity(found.stdout) ?? '';
            if (!identity)
                throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("The 'apple-certificate' holds no valid code-signing identity.");
        }
        return new MacSigner(keychain, identity, options);
    }
    async sign(file) {
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('codesign', codesignArgs(this.identity, this.keychain, file));
    }
    async verify(file) {
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('codesign', ['--verify', '--strict', '--verbose=2', file], { check: false });
        return result.exitCode === 0;
    }
    /** Submits and waits; throws when Apple does not accept. Returns whether the ticket was stapled. */
    async notarize(file) {
        const key = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSecretFile */ .AK)('sign-artifacts-notary', 'AuthKey.p8', decodeApiKey(this.options.apiKey));
        let submitted = file;
        if (notarizationForm(file) === 'zip') {
            submitted = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerTemp */ .X5)(), `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.zip`);
            (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerCleanup */ .qE)(submitted);
            await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('ditto', ['-c', '-k', '--keepParent', file, submitted]);
        }
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('xcrun', [
            'notarytool',
            'submit',
            submitted,
            '--key',
            key,
            '--key-id',
            this.options.apiKeyId,
            '--issuer',
            this.options.apiIssuer,
            '--wait',
            '--output-format',
            'json'
        ], { check: false, timeoutMs: 60 * 60 * 1000 });
        if (submitted !== file)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(submitted, { force: true });
        const outcome = parseNotaryResult(result.stdout);
        if (!outcome.accepted) {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Notarization of ${file} was not accepted (${outcome.status}).` +
                (outcome.id ? ` See: xcrun notarytool log ${outcome.id} --key … --key-id … --issuer …` : ''));
        }
        if (!canStaple(file))
            return false;
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('xcrun', ['stapler', 'staple', file]);
        return true;
    }
}
/** An App Store Connect key pasted as the .p8 text or as base64 of it. */
function decodeApiKey(value) {
    if (value.includes('-----BEGIN PRIVATE KEY-----'))
        return value.replace(/\r\n/g, '\n') + '\n';
    return Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
}
/** Post: removes the keychain from the search list and deletes it; the file itself also goes with cleanup. */
async function deleteKeychain(keychain) {
    const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('security', ['delete-keychain', keychain], { check: false });
    return result.exitCode === 0;
}


/***/ }),

/***/ 17287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ signState)
/* harmony export */ });
/* harmony import */ var _packages_toolkit_src_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79653);
/** What sign-artifacts' main hands to its post step, to undo what it changed on the machine. */

const signState = {
    /** The temporary macOS keychain, saved before it is created. */
    macosKeychain: (0,_packages_toolkit_src_state_js__WEBPACK_IMPORTED_MODULE_0__/* .textState */ .Lg)('sign-artifacts-keychain'),
    /** Thumbprints of the certificates imported into Cert:\\CurrentUser\\My, saved right after import. */
    windowsCertificates: (0,_packages_toolkit_src_state_js__WEBPACK_IMPORTED_MODULE_0__/* .listState */ .E8)('sign-artifacts-windows-certificates', _packages_toolkit_src_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)
};


/***/ })

};
