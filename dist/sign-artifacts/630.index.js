export const id = 630;
export const ids = [630];
export const modules = {

/***/ 63630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GpgSigner: () => (/* binding */ GpgSigner)
/* harmony export */ });
/* unused harmony exports decodePrivateKey, parseSecretKeys, isGoodSignature */
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2677);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42709);
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37713);
/**
 * GPG detached signatures with a throw-away GNUPGHOME under RUNNER_TEMP (mode 0700, removed in post). The
 * passphrase reaches gpg only through file descriptor 3 with loopback pinentry: never argv, never env.
 */



/** A key pasted as armored text or as base64 of the armored or binary export (both are common in secrets). */
function decodePrivateKey(value) {
    if (value.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----'))
        return Buffer.from(value.replace(/\r\n/g, '\n') + '\n');
    const compact = value.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) {
        throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'gpg-private-key' is neither an armored private key nor base64 of one.");
    }
    return Buffer.from(compact, 'base64');
}
/** The first secret key's fingerprint and user id from `gpg --with-colons --list-secret-keys`. */
function parseSecretKeys(colons) {
    let inSecretKey = false;
    let fingerprint = '';
    for (const line of colons.split('\n')) {
        const fields = line.split(':');
        if (fields[0] === 'sec')
            inSecretKey = true;
        else if (fields[0] === 'ssb')
            inSecretKey = false;
        else if (fields[0] === 'fpr' && inSecretKey && !fingerprint)
            fingerprint = fields[9] ?? '';
        else if (fields[0] === 'uid' && fingerprint)
            return { fingerprint, userId: unescapeColons(fields[9] ?? '') };
    }
    return fingerprint ? { fingerprint, userId: '' } : undefined;
}
function unescapeColons(value) {
    return value.replace(/\\x([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
/** True when gpg's `--status-fd` output reports a good, valid signature by the expected key (or its subkey). */
function isGoodSignature(status, fingerprint) {
    const lines = status.split('\n');
    const good = lines.some(line => line.startsWith('[GNUPG:] GOODSIG '));
    const valid = lines.some(line => {
        const fields = line.split(' ');
        // VALIDSIG <signing fpr> … <primary key fpr> is the last field of interest (the 10th after the keyword).
        return fields[1] === 'VALIDSIG' && (fields[2] === fingerprint || fields[11] === fingerprint);
    });
    const bad = lines.some(line => /^\[GNUPG:\] (BADSIG|ERRSIG|EXPSIG|EXPKEYSIG|REVKEYSIG) /.test(line));
    return good && valid && !bad;
}
class GpgSigner {
    home;
    passphrase;
    key;
    constructor(home, passphrase, key) {
        this.home = home;
        this.passphrase = passphrase;
        this.key = key;
    }
    static async import(privateKey, passphrase) {
        const home = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .privateTempDir */ .nX)('sign-artifacts-gnupg');
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('gpg', ['--batch', '--homedir', home, '--import'], { input: decodePrivateKey(privateKey) }).catch(() => {
            // gpg's own message may quote key material; say only what failed.
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("GPG could not import 'gpg-private-key' (is it a private key export?).");
        });
        const listed = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('gpg', ['--batch', '--homedir', home, '--with-colons', '--list-secret-keys']);
        const key = parseSecretKeys(listed.stdout);
        if (!key)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'gpg-private-key' holds no secret key.");
        return new GpgSigner(home, passphrase, key);
    }
    passphraseArgs() {
        // Loopback pinentry always, so gpg never tries to open a pinentry program on a headless runner.
        if (this.passphrase === '')
            return { args: ['--pinentry-mode', 'loopback'], extraInputs: [] };
        return { args: ['--pinentry-mode', 'loopback', '--passphrase-fd', '3'], extraInputs: [this.passphrase + '\n'] };
    }
    async sign(file, signature) {
        const { args, extraInputs } = this.passphraseArgs();
        const argv = ['--batch', '--yes', '--homedir', this.home, ...args, '--local-user', this.key.fingerprint];
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('gpg', [...argv, '--armor', '--detach-sign', '--output', signature, file], { extraInputs }).catch(error => {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GPG could not sign ${file} (wrong 'gpg-passphrase'?): ${lastLine(error)}`);
        });
    }
    async verify(file, signature) {
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('gpg', ['--batch', '--homedir', this.home, '--status-fd', '1', '--verify', signature, file], {
            check: false
        });
        return result.exitCode === 0 && isGoodSignature(result.stdout, this.key.fingerprint);
    }
    /** Stops the gpg-agent this home started; the folder itself goes with the toolkit's cleanup. */
    async close() {
        await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('gpgconf', ['--homedir', this.home, '--kill', 'all'], { check: false }).catch(() => undefined);
    }
}
function lastLine(error) {
    return (0,_packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).trim().split('\n').slice(-1)[0] ?? '';
}


/***/ })

};
