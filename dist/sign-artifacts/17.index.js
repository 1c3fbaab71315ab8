export const id = 17;
export const ids = [17];
export const modules = {

/***/ 3017:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.AuthenticodeSigner = void 0;
__webpack_unused_export__ = signArgs;
__webpack_unused_export__ = verifyArgs;
__webpack_unused_export__ = pemCertificates;
/**
 * Windows Authenticode with osslsigncode: the signature is embedded, so each file is signed to a temporary
 * output and moved over the original. The .pfx and its password live only in 0600 files under RUNNER_TEMP
 * (osslsigncode `-readpass`, openssl `-passin file:`), never on a command line.
 *
 * Verification trusts the system's CA bundle plus the certificates inside the .pfx (so a self-signed test or
 * internal certificate verifies too) and requires the leaf to be the .pfx's own certificate
 * (`-require-leaf-hash`), so a file signed by anyone else cannot pass.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(2087);
const secrets_js_1 = __webpack_require__(6663);
const tool_env_js_1 = __webpack_require__(5558);
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
            throw new errors_js_1.UserError("Input 'windows-certificate' is not base64 of a .pfx file.");
        const pfx = (0, secrets_js_1.writeSecretFile)('sign-artifacts-pfx', 'certificate.pfx', der);
        const passwordFile = options.password
            ? (0, secrets_js_1.writeSecretFile)('sign-artifacts-pfx-password', 'password', options.password)
            : undefined;
        const passin = passwordFile ? `file:${passwordFile}` : 'pass:';
        const leafPem = await pkcs12Certificates(pfx, passin, ['-clcerts']);
        const allPem = await pkcs12Certificates(pfx, passin, []);
        const leaf = pemCertificates(leafPem)[0];
        if (!leaf)
            throw new errors_js_1.UserError("Input 'windows-certificate' holds no certificate.");
        const x509 = new node_crypto_1.X509Certificate(leaf);
        const system = SYSTEM_CA_BUNDLES.filter(path => (0, node_fs_1.existsSync)(path)).map(path => (0, node_fs_1.readFileSync)(path, 'utf8'));
        // Certificates are public; the trust file is written the same way only so post removes it with the rest.
        const caFile = (0, secrets_js_1.writeSecretFile)('sign-artifacts-trust', 'trust.pem', [...system, ...pemCertificates(allPem)].join('\n') + '\n');
        const leafSha256 = (0, node_crypto_1.createHash)('sha256').update(x509.raw).digest('hex');
        return new AuthenticodeSigner(pfx, passwordFile, options.timestampUrl, caFile, leafSha256, x509.subject.replace(/\n/g, ', '));
    }
    async sign(file) {
        // Through a link, sign the file it points to: renaming over the link would replace it and leave the file unsigned.
        const target = await (0, promises_1.realpath)(file);
        const output = `${target}.signing`;
        try {
            await (0, tool_env_js_1.runTool)('osslsigncode', signArgs(this.pfx, this.passwordFile, this.timestampUrl, target, output));
            await (0, promises_1.rename)(output, target);
        }
        catch (error) {
            await (0, promises_1.rm)(output, { force: true });
            throw new errors_js_1.UserError(`Authenticode signing of ${file} failed: ${error instanceof Error ? error.message : error}`);
        }
    }
    async verify(file) {
        const result = await (0, tool_env_js_1.runTool)('osslsigncode', verifyArgs(file, this.caFile, this.leafSha256), { check: false });
        return result.exitCode === 0;
    }
}
exports.AuthenticodeSigner = AuthenticodeSigner;
async function pkcs12Certificates(pfx, passin, extra) {
    const args = ['pkcs12', '-in', pfx, '-nokeys', ...extra, '-passin', passin];
    let result = await (0, tool_env_js_1.runTool)('openssl', args, { check: false });
    // .pfx files exported by older Windows use RC2/3DES, which OpenSSL 3 keeps in its legacy provider.
    if (result.exitCode !== 0)
        result = await (0, tool_env_js_1.runTool)('openssl', [...args, '-legacy'], { check: false });
    if (result.exitCode !== 0) {
        throw new errors_js_1.UserError("Could not open 'windows-certificate' (wrong 'windows-certificate-password', or not a .pfx).");
    }
    return result.stdout;
}


/***/ })

};
