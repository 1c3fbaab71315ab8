export const id = 451;
export const ids = [451];
export const modules = {

/***/ 80451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AuthenticodeSigner: () => (/* binding */ AuthenticodeSigner)
/* harmony export */ });
/* unused harmony exports signArgs, verifyArgs, pemCertificates */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2677);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42709);
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37713);
/**
 * Windows Authenticode with osslsigncode: the signature is embedded, so each file is signed to a temporary
 * output and moved over the original. The .pfx and its password live only in 0600 files under RUNNER_TEMP
 * (osslsigncode `-readpass`, openssl `-passin file:`), never on a command line.
 *
 * Verification trusts the system's CA bundle plus the certificates inside the .pfx (so a self-signed test or
 * internal certificate verifies too) and requires the leaf to be the .pfx's own certificate
 * (`-require-leaf-hash`), so a file signed by anyone else cannot pass.
 */






const SYSTEM_CA_BUNDLES = [
    '/etc/ssl/certs/ca-certificates.crt',
    '/etc/pki/tls/certs/ca-bundle.crt',
    '/etc/ssl/cert.pem'
];
function signArgs(pfx, passwordFile, timestampUrl, input, output) {
    return [
        'sign',
        '-pkcs12',
        pfx,
        ...(passwordFile ? ['-readpass', passwordFile] : []),
        '-h',
        'sha256',
        ...(timestampUrl ? ['-ts', timestampUrl] : []),
        '-in',
        input,
        '-out',
        output
    ];
}
function verifyArgs(file, caFile, leafSha256) {
    return ['verify', '-in', file, '-CAfile', caFile, '-require-leaf-hash', `sha256:${leafSha256}`];
}
/** The PEM certificates in openssl's output, leaf first as `-clcerts` lists it. */
function pemCertificates(text) {
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
class AuthenticodeSigner {
    pfx;
    passwordFile;
    timestampUrl;
    caFile;
    leafSha256;
    subject;
    constructor(pfx, passwordFile, timestampUrl, caFile, leafSha256, subject) {
        this.pfx = pfx;
        this.passwordFile = passwordFile;
        this.timestampUrl = timestampUrl;
        this.caFile = caFile;
        this.leafSha256 = leafSha256;
        this.subject = subject;
    }
    static async load(options) {
        const der = Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64');
        if (der.length === 0)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'windows-certificate' is not base64 of a .pfx file.");
        const pfx = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSecretFile */ .AK)('sign-artifacts-pfx', 'certificate.pfx', der);
        const passwordFile = options.password
            ? (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSecretFile */ .AK)('sign-artifacts-pfx-password', 'password', options.password)
            : undefined;
        const passin = passwordFile ? `file:${passwordFile}` : 'pass:';
        const leafPem = await pkcs12Certificates(pfx, passin, ['-clcerts']);
        const allPem = await pkcs12Certificates(pfx, passin, []);
        const leaf = pemCertificates(leafPem)[0];
        if (!leaf)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'windows-certificate' holds no certificate.");
        const x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(leaf);
        const system = SYSTEM_CA_BUNDLES.filter(path => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)).map(path => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
        // Certificates are public; the trust file is written the same way only so post removes it with the rest.
        const caFile = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSecretFile */ .AK)('sign-artifacts-trust', 'trust.pem', [...system, ...pemCertificates(allPem)].join('\n') + '\n');
        const leafSha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(x509.raw).digest('hex');
        return new AuthenticodeSigner(pfx, passwordFile, options.timestampUrl, caFile, leafSha256, x509.subject.replace(/\n/g, ', '));
    }
    async sign(file) {
        // Through a link, sign the file it points to: renaming over the link would replace it and leave the file unsigned.
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(file);
        const output = `${target}.signing`;
        try {
            await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)('osslsigncode', signArgs(this.pfx, this.passwordFile, this.timestampUrl, target, output));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(output, target);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(output, { force: true });
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Authenticode signing of ${file} failed: ${(0,_packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async verify(file) {
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)('osslsigncode', verifyArgs(file, this.caFile, this.leafSha256), { check: false });
        return result.exitCode === 0;
    }
}
async function pkcs12Certificates(pfx, passin, extra) {
    const args = ['pkcs12', '-in', pfx, '-nokeys', ...extra, '-passin', passin];
    let result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)('openssl', args, { check: false });
    // .pfx files exported by older Windows use RC2/3DES, which OpenSSL 3 keeps in its legacy provider.
    if (result.exitCode !== 0)
        result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)('openssl', [...args, '-legacy'], { check: false });
    if (result.exitCode !== 0) {
        throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Could not open 'windows-certificate' (wrong 'windows-certificate-password', or not a .pfx).");
    }
    return result.stdout;
}


/***/ })

};
