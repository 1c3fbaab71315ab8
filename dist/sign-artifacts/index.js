import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 4649:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 4179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MacSigner: () => (/* binding */ MacSigner),
/* harmony export */   f2: () => (/* binding */ KEYCHAIN_STATE),
/* harmony export */   o0: () => (/* binding */ deleteKeychain)
/* harmony export */ });
/* unused harmony exports quoteForSecurity, keychainSetupScript, parseKeychainList, parseFirstIdentity, codesignArgs, notarizationForm, canStaple, parseNotaryResult, decodeApiKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2677);
/* harmony import */ var _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8292);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2709);
/* harmony import */ var _tool_env_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2616);
/**
 * macOS code signing and notarization. A temporary keychain with a unique name under RUNNER_TEMP (never
 * "already exists", even with parallel jobs on one self-hosted Mac), the .p12 imported with the partition list
 * set so codesign can use the key without a prompt, `codesign --options runtime --timestamp`, optional
 * `notarytool submit --wait` with an App Store Connect API key and `stapler staple`, then
 * `codesign --verify --strict`. The keychain is deleted in post (its path is saved before it exists).
 *
 * Passwords never reach argv: `security` commands that take one are written to `security -i` on stdin.
 */







const KEYCHAIN_STATE = 'sign-artifacts-keychain';
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
        (0,_packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .saveState */ .LZ)(KEYCHAIN_STATE, keychain);
        (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerCleanup */ .qE)(keychain);
        const keychainPassword = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24).toString('hex');
        (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecret */ .$l)(keychainPassword);
        const p12 = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSecretFile */ .AK)('sign-artifacts-p12', 'certificate.p12', Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64'));
        for (const command of keychainSetupScript(keychain, keychainPassword, p12, options.password)) {
            const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['-i'], { input: command + '\n', check: false });
            if (securityFailed(result)) {
                const verb = command.split(' ')[0];
                throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`security ${verb} failed for the temporary keychain (check 'apple-certificate' and 'apple-certificate-password').`);
            }
        }
        await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['set-keychain-settings', '-lut', '21600', keychain]);
        const listed = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['list-keychains', '-d', 'user']);
        const others = parseKeychainList(listed.stdout).filter(path => path !== keychain);
        await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['list-keychains', '-d', 'user', '-s', keychain, ...others]);
        let identity = options.identity;
        if (!identity) {
            const found = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['find-identity', '-v', '-p', 'codesigning', keychain]);
            identity = parseFirstIdentity(found.stdout) ?? '';
            if (!identity)
                throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("The 'apple-certificate' holds no valid code-signing identity.");
        }
        return new MacSigner(keychain, identity, options);
    }
    async sign(file) {
        await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('codesign', codesignArgs(this.identity, this.keychain, file));
    }
    async verify(file) {
        const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('codesign', ['--verify', '--strict', '--verbose=2', file], { check: false });
        return result.exitCode === 0;
    }
    /** Submits and waits; throws when Apple does not accept. Returns whether the ticket was stapled. */
    async notarize(file) {
        const key = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSecretFile */ .AK)('sign-artifacts-notary', 'AuthKey.p8', decodeApiKey(this.options.apiKey));
        let submitted = file;
        if (notarizationForm(file) === 'zip') {
            submitted = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerTemp */ .X5)(), `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.zip`);
            (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerCleanup */ .qE)(submitted);
            await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('ditto', ['-c', '-k', '--keepParent', file, submitted]);
        }
        const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('xcrun', [
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
        await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('xcrun', ['stapler', 'staple', file]);
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
    const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)('security', ['delete-keychain', keychain], { check: false });
    return result.exitCode === 0;
}


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ removeImportedCertificates),
/* harmony export */   SigntoolSigner: () => (/* binding */ SigntoolSigner),
/* harmony export */   chooseAuthenticodeTool: () => (/* binding */ chooseAuthenticodeTool),
/* harmony export */   findSigntool: () => (/* binding */ findSigntool)
/* harmony export */ });
/* unused harmony exports CERTIFICATE_STATE, IMPORT_SCRIPT, REMOVE_SCRIPT, powerShellArgs, parseImported, signtoolSignArgs, signtoolVerifyArgs, signerThumbprint, signtoolCandidates, choosePowerShell */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2677);
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7713);
/* harmony import */ var _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8292);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2709);
/* harmony import */ var _tool_env_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2616);
/**
 * Windows Authenticode on Windows runners with Microsoft's signtool. The .pfx is written to a 0600 file, imported
 * into Cert:\CurrentUser\My by Windows PowerShell (or pwsh) running a FIXED script: the file path and the password
 * reach it only through environment variables of that one child (SIGN_PFX_PATH, SIGN_PFX_PASSWORD), never argv and
 * never the script text. signtool then selects the certificate by its SHA-1 thumbprint (`/sha1`), so no password is
 * needed to sign. The thumbprints the import added are saved to the runner state at once, and post removes them
 * (with their private keys), also after a failed main.
 *
 * Verification is `signtool verify /pa /v`: the Default Authenticode policy (the chain must end in a root Windows
 * trusts) and the signer must be the imported certificate (the leaf of "Signing Certificate Chain" in /v output).
 */







const CERTIFICATE_STATE = 'sign-artifacts-windows-certificates';
/**
 * Imports the .pfx named by $env:SIGN_PFX_PATH with the password in $env:SIGN_PFX_PASSWORD (may be empty) and
 * prints one line per certificate: `certificate <thumbprint> key|nokey new|existing <subject>`. `existing` marks a
 * certificate that was in the store before (a self-hosted runner's own); post leaves those alone.
 * One line, single quotes only: it travels as one argv element through Windows command-line quoting untouched.
 */
const IMPORT_SCRIPT = [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    "$store = 'Cert:\\CurrentUser\\My'",
    '$before = @(Get-ChildItem -LiteralPath $store | ForEach-Object { $_.Thumbprint })',
    'if ($env:SIGN_PFX_PASSWORD) { $password = ConvertTo-SecureString -String $env:SIGN_PFX_PASSWORD -AsPlainText -Force } else { $password = New-Object System.Security.SecureString }',
    'Remove-Item -LiteralPath Env:SIGN_PFX_PASSWORD -ErrorAction SilentlyContinue',
    '$imported = @(Import-PfxCertificate -FilePath $env:SIGN_PFX_PATH -CertStoreLocation $store -Password $password)',
    "foreach ($cert in $imported) { $key = if ($cert.HasPrivateKey) { 'key' } else { 'nokey' }; $new = if ($before -contains $cert.Thumbprint) { 'existing' } else { 'new' }; Write-Output ('certificate ' + $cert.Thumbprint + ' ' + $key + ' ' + $new + ' ' + $cert.Subject) }"
].join('; ');
/** Removes the certificates (and their private keys) listed, comma-separated, in $env:SIGN_THUMBPRINTS. */
const REMOVE_SCRIPT = [
    "$ErrorActionPreference = 'Stop'",
    "foreach ($thumbprint in ($env:SIGN_THUMBPRINTS -split ',')) { if ($thumbprint -notmatch '^[0-9A-F]{40}$') { throw ('Not a certificate thumbprint: ' + $thumbprint) }; $item = Join-Path -Path 'Cert:\\CurrentUser\\My' -ChildPath $thumbprint; if (Test-Path -LiteralPath $item) { if ((Get-Item -LiteralPath $item).HasPrivateKey) { Remove-Item -LiteralPath $item -DeleteKey } else { Remove-Item -LiteralPath $item }; Write-Output ('removed ' + $thumbprint) } }"
].join('; ');
function powerShellArgs(script) {
    return ['-NoProfile', '-NonInteractive', '-Command', script];
}
/** The `certificate …` lines of IMPORT_SCRIPT's output; anything else (warnings, banners) is ignored. */
function parseImported(stdout) {
    const certificates = [];
    for (const line of stdout.split(/\r?\n/)) {
        const match = /^certificate ([0-9A-F]{40}) (key|nokey) (new|existing) ?(.*)$/i.exec(line.trim());
        if (match)
            certificates.push({
                thumbprint: match[1].toUpperCase(),
                hasKey: match[2] === 'key',
                new: match[3] === 'new',
                subject: match[4] ?? ''
            });
    }
    return certificates;
}
function signtoolSignArgs(thumbprint, timestampUrl, file) {
    return [
        'sign',
        '/sha1',
        thumbprint,
        '/s',
        'My',
        '/fd',
        'sha256',
        ...(timestampUrl ? ['/tr', timestampUrl, '/td', 'sha256'] : []),
        file
    ];
}
function signtoolVerifyArgs(file) {
    return ['verify', '/pa', '/v', file];
}
/**
 * The signer's SHA-1 thumbprint from `signtool verify /v`: the last "SHA1 hash" of the "Signing Certificate
 * Chain" section (signtool lists the chain from the root down to the leaf; the timestamp chain follows later).
 */
function signerThumbprint(verboseOutput) {
    const lines = verboseOutput.split(/\r?\n/);
    const start = lines.findIndex(line => /^\s*Signing Certificate Chain:/i.test(line));
    if (start < 0)
        return undefined;
    let last;
    for (const line of lines.slice(start + 1)) {
        if (/^\S/.test(line) && line.trim() !== '')
            break; // the next section starts at column 0
        const hash = /^\s*SHA1 hash:\s*([0-9A-Fa-f]{40})\s*$/.exec(line)?.[1];
        if (hash)
            last = hash.toUpperCase();
    }
    return last;
}
/** signtool.exe candidates under `<kits>\bin`, newest SDK version first, for the runner's architecture. */
function signtoolCandidates(kitsBin, versions, arch, joinPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join) {
    const folder = arch === 'ARM64' ? 'arm64' : arch === 'X86' ? 'x86' : 'x64';
    const parse = (version) => version.split('.').map(Number);
    return versions
        .filter(version => /^\d+(\.\d+){3}$/.test(version))
        .sort((a, b) => {
        const [pa, pb] = [parse(a), parse(b)];
        for (let i = 0; i < 4; i++)
            if (pa[i] !== pb[i])
                return pb[i] - pa[i];
        return 0;
    })
        .map(version => joinPath(kitsBin, version, folder, 'signtool.exe'));
}
/**
 * Which tool signs Authenticode: signtool on Windows when found, an osslsigncode on PATH on Windows only when
 * signtool is not there, osslsigncode everywhere else.
 */
function chooseAuthenticodeTool(os, found) {
    if (os !== 'Windows')
        return 'osslsigncode';
    if (found.signtool)
        return 'signtool';
    if (found.osslsigncode)
        return 'osslsigncode';
    throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Windows Authenticode needs signtool.exe (Windows SDK), which was found neither on PATH nor under ' +
        "'Windows Kits\\10\\bin\\<version>\\<arch>'. Install the Windows SDK's signing tools or put signtool.exe on PATH.");
}
/** Windows PowerShell (PKI module built in) first, PowerShell 7 otherwise. */
function choosePowerShell(found) {
    const shell = found.powershell ?? found.pwsh;
    if (!shell)
        throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Windows Authenticode with signtool needs powershell or pwsh on PATH.');
    return shell;
}
async function findSigntool(arch, env = process.env) {
    const onPath = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_3__/* .which */ .K7)('signtool', env);
    if (onPath)
        return onPath;
    const kitsBin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)', 'Windows Kits', '10', 'bin');
    const { readdir } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 19));
    const versions = await readdir(kitsBin).catch(() => []);
    for (const candidate of signtoolCandidates(kitsBin, versions, arch))
        if (await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_3__/* .which */ .K7)(candidate, env))
            return candidate;
    return undefined;
}
/** Looked up in process.env itself: on Windows only it finds `Path` under the name PATH. */
async function findPowerShell() {
    return choosePowerShell({ powershell: await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_3__/* .which */ .K7)('powershell'), pwsh: await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_3__/* .which */ .K7)('pwsh') });
}
/** The last lines of a failed PowerShell call, for an error message (the password never reaches its output). */
function tail(result) {
    return (result.stderr || result.stdout).trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 500);
}
class SigntoolSigner {
    signtool;
    thumbprint;
    subject;
    timestampUrl;
    constructor(signtool, thumbprint, subject, timestampUrl) {
        this.signtool = signtool;
        this.thumbprint = thumbprint;
        this.subject = subject;
        this.timestampUrl = timestampUrl;
    }
    static async open(options, signtool) {
        const der = Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64');
        if (der.length === 0)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("Input 'windows-certificate' is not base64 of a .pfx file.");
        const shell = await findPowerShell();
        const pfx = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSecretFile */ .AK)('sign-artifacts-pfx', 'certificate.pfx', der);
        let result;
        try {
            result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)(shell, powerShellArgs(IMPORT_SCRIPT), {
                check: false,
                env: { ...process.env, SIGN_PFX_PATH: pfx, SIGN_PFX_PASSWORD: options.password }
            });
        }
        finally {
            // The store holds the key now (or the import failed); the file is not needed any more.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(pfx), { recursive: true, force: true });
        }
        const imported = parseImported(result.stdout);
        // Saved before anything else can fail, so post removes what the import added whatever happens next.
        const added = imported.filter(cert => cert.new).map(cert => cert.thumbprint);
        if (added.length > 0)
            (0,_packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .saveState */ .LZ)(CERTIFICATE_STATE, JSON.stringify(added));
        if (result.exitCode !== 0) {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("Could not import 'windows-certificate' into Cert:\\CurrentUser\\My (wrong 'windows-certificate-password', " +
                `or not a .pfx): ${tail(result)}`);
        }
        const leaf = imported.find(cert => cert.hasKey);
        if (!leaf)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("Input 'windows-certificate' holds no certificate with a private key.");
        return new SigntoolSigner(signtool, leaf.thumbprint, leaf.subject, options.timestampUrl);
    }
    async sign(file) {
        try {
            await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)(this.signtool, signtoolSignArgs(this.thumbprint, this.timestampUrl, file));
        }
        catch (error) {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Authenticode signing of ${file} failed: ${error instanceof Error ? error.message : error}`);
        }
    }
    async verify(file) {
        const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)(this.signtool, signtoolVerifyArgs(file), { check: false });
        if (result.exitCode !== 0) {
            _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`signtool verify: ${tail(result)}`);
            return false;
        }
        const signer = signerThumbprint(result.stdout);
        if (signer !== this.thumbprint) {
            _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`signtool verify: ${file} is signed by ${signer ?? 'an unknown certificate'}, not ${this.thumbprint}.`);
            return false;
        }
        return true;
    }
}
/** Post: removes the certificates main imported (state saved right after the import). Never throws. */
async function removeImportedCertificates() {
    let thumbprints;
    try {
        thumbprints = JSON.parse((0,_packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .getState */ .Gu)(CERTIFICATE_STATE) || '[]').filter(t => /^[0-9A-F]{40}$/.test(t));
    }
    catch {
        thumbprints = [];
    }
    if (thumbprints.length === 0)
        return;
    try {
        const shell = await findPowerShell();
        const result = await (0,_tool_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runTool */ .q)(shell, powerShellArgs(REMOVE_SCRIPT), {
            check: false,
            env: { ...process.env, SIGN_THUMBPRINTS: thumbprints.join(',') }
        });
        if (result.exitCode === 0)
            _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.info(`Removed the imported certificate(s) ${thumbprints.join(', ')}.`);
        else
            _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.warning(`Could not remove the imported certificate(s) ${thumbprints.join(', ')}: ${tail(result)}`);
    }
    catch (error) {
        _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm.warning(`Could not remove the imported certificate(s) ${thumbprints.join(', ')}: ${String(error)}`);
    }
}


/***/ }),

/***/ 2616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony export toolEnv */
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7713);

/**
 * The environment the signing tools run with: this process's, minus the runner's INPUT_* variables (they hold
 * the secrets as given) and the OIDC request token. The tools need none of them, and a child that dumps its
 * environment, or a crash report that includes it, then cannot leak a password.
 */
const PRIVATE = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_TOKEN$|ACTIONS_RUNTIME_TOKEN$)/i;
function toolEnv(env = process.env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !PRIVATE.test(name)));
}
/** runProcess (argv only, never a shell) with toolEnv(). */
function runTool(file, args, options = {}) {
    return (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R3)(file, args, { ...options, env: toolEnv(options.env ?? process.env) });
}


/***/ }),

/***/ 1964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports formatCommand, formatFileCommand, exportVariable, addPath, neutralizeCommands */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/**
 * The runner's command protocol, written directly: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::add-mask::`, `::error …::`, groups).
 *
 * Why not @actions/core: importing it loads @actions/http-client and undici (~1 MB of bundle, ~150 ms of start-up
 * on a 2-core runner), which alone breaks our cold-start goal of 1.5x `node -e 0`. The protocol is small and
 * stable; commands.test.ts checks that these functions write byte-for-byte what @actions/core writes.
 */



function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn'
};
function formatCommand(command, properties, message) {
    // The runner's own order (title first), whatever order the caller wrote them in.
    const props = Object.keys(PROPERTY_NAMES)
        .filter(key => properties[key] !== undefined && properties[key] !== '')
        .map(key => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issue(command, message, properties = {}) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/**
 * A heredoc delimiter, random like @actions/core's but without loading node:crypto (~7 ms of every action's
 * start-up): what keeps a value from ending the heredoc early is the check that it does not contain the delimiter,
 * not the delimiter being unpredictable; a clash just draws another one.
 */
function delimiterFor(name, value) {
    for (;;) {
        const token = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32)
            .toString(16)
            .padStart(8, '0'));
        const candidate = `ghadelimiter_${token.join('-')}`;
        if (!name.includes(candidate) && !value.includes(candidate))
            return candidate;
    }
}
/** `name<<delimiter` heredoc, the form the runner accepts for any value. */
function formatFileCommand(name, value, delimiterValue = delimiterFor(name, value)) {
    if (name.includes(delimiterValue) || value.includes(delimiterValue)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiterValue}`);
    }
    return `${name}<<${delimiterValue}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiterValue}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
}
function appendFileCommand(envName, text) {
    const path = process.env[envName];
    if (!path)
        return false;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${envName})`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, text, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', formatFileCommand(name, value))) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL + formatCommand('set-output', {}, value).replace('::set-output::', `::set-output name=${name}::`) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
}
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendFileCommand('GITHUB_ENV', formatFileCommand(name, value)))
        issue(`set-env name=${name}`, value);
}
function addPath(path) {
    if (!appendFileCommand('GITHUB_PATH', path + EOL))
        issue('add-path', path);
    process.env.PATH = `${path}${delimiter}${process.env.PATH ?? ''}`;
}
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', formatFileCommand(name, value)))
        issue(`save-state name=${name}`, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issue('add-mask', value);
}
/**
 * Text from outside (API answers, tool output, file names) must never start a workflow command: the runner reads a
 * line as a command when, after leading white space, it starts with `::`, and as a legacy command when it holds
 * `##[`. A zero-width space (not white space to the runner) breaks both; line ends of every kind (CR alone too)
 * are made plain newlines so that a bare CR cannot hide a second line.
 */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
        .join(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
const info = (message) => void process.stdout.write(neutralizeCommands(message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
const debug = (message) => issue('debug', message);
const notice = (message, properties) => issue('notice', message, properties);
const warning = (message, properties) => issue('warning', message, properties);
const error = (message, properties) => issue('error', message, properties);
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    process.stdout.write(`::group::${escapeData(name)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    try {
        return await fn();
    }
    finally {
        process.stdout.write(`::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    }
}
function appendSummary(markdown) {
    appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}


/***/ }),

/***/ 2677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input: names the input, the value given and what is accepted. */
class InputError extends UserError {
    input;
    value;
    accepted;
    name = 'InputError';
    constructor(input, value, accepted) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   R3: () => (/* binding */ runProcess)
/* harmony export */ });
/* unused harmony export ProcessError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2677);

class ProcessError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    command;
    result;
    constructor(command, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
        super(result.timedOut
            ? `${command} did not finish in time and was stopped.`
            : `${command} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : '.'}`);
        this.command = command;
        this.result = result;
    }
}
async function runProcess(file, args, options = {}) {
    // Loaded on first use: node:child_process (with net and streams) costs an action's start-up ~7 ms.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 19));
    const extra = options.extraInputs ?? [];
    const stdio = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe')];
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = spawn(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio,
                shell: false,
                windowsHide: true
            });
        }
        catch (error) {
            reject(error);
            return;
        }
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout?.on('data', (chunk) => {
            out.push(chunk);
            if (options.echo)
                process.stdout.write(chunk);
        });
        child.stderr?.on('data', (chunk) => {
            err.push(chunk);
            if (options.echo)
                process.stderr.write(chunk);
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input ?? '');
        extra.forEach((value, i) => {
            const stream = child.stdio[3 + i];
            stream.on('error', () => undefined);
            stream.end(value);
        });
        child.on('error', error => {
            if (timer)
                clearTimeout(timer);
            const code = error.code;
            reject(code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file} was not found on PATH.`) : error);
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            const result = {
                exitCode: code ?? -1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut
            };
            if ((options.check ?? true) && (timedOut || result.exitCode !== 0))
                reject(new ProcessError(file, result));
            else
                resolve(result);
        });
    });
}
/** Finds an executable on PATH (PATHEXT on Windows) without running anything. */
async function which(name, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 19));
    const { delimiter, join, isAbsolute } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19));
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    const candidates = isAbsolute(name)
        ? [name]
        : (env.PATH ?? '')
            .split(delimiter)
            .filter(Boolean)
            .flatMap(dir => exts.map(ext => join(dir, name + ext)));
    for (const candidate of candidates) {
        try {
            await access(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   UM: () => (/* binding */ markMainStarted),
/* harmony export */   YU: () => (/* binding */ isPostPhase),
/* harmony export */   cE: () => (/* binding */ runnerContext),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports exportVariable, addPath */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1964);
/**
 * The runner files (outputs, env, path, state) through commands.ts, plus the phase of the shared bundle.
 * Outputs are validated against nothing here: test/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 */

const PHASE_STATE = 'isPost';
function setOutput(name, value) {
    _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
function exportVariable(name, value) {
    core.exportVariable(name, value);
}
function addPath(path) {
    core.addPath(path);
}
function saveState(name, value) {
    _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, typeof value === 'string' ? value : JSON.stringify(value));
}
function getState(name) {
    return _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name);
}
/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
function isPostPhase() {
    return _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(PHASE_STATE) === 'true';
}
function markMainStarted() {
    _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(PHASE_STATE, 'true');
}
const log = {
    info: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    notice: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties),
    warning: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties),
    error: (message, properties) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties),
    debug: (message) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    group: (name, fn) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn)
};
function defaultOs() {
    return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
function defaultArch() {
    return process.arch === 'arm64' ? 'ARM64' : process.arch === 'ia32' ? 'X86' : process.arch === 'arm' ? 'ARM' : 'X64';
}
function runnerContext(env = process.env) {
    return {
        os: env.RUNNER_OS || defaultOs(),
        arch: env.RUNNER_ARCH || defaultArch(),
        temp: env.RUNNER_TEMP || '',
        toolCache: env.RUNNER_TOOL_CACHE || '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        eventName: env.GITHUB_EVENT_NAME || '',
        eventPath: env.GITHUB_EVENT_PATH || '',
        repository: env.GITHUB_REPOSITORY || '',
        ref: env.GITHUB_REF || '',
        sha: env.GITHUB_SHA || '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    };
}


/***/ }),

/***/ 2709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   AK: () => (/* binding */ writeSecretFile),
/* harmony export */   Kt: () => (/* binding */ runCleanup),
/* harmony export */   X5: () => (/* binding */ runnerTemp),
/* harmony export */   nX: () => (/* binding */ privateTempDir),
/* harmony export */   qE: () => (/* binding */ registerCleanup)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1964);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */




const CLEANUP_STATE = 'toolkit-cleanup';
const registered = [];
/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
function maskSecret(value) {
    if (value === '')
        return;
    _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().length >= 4 && line !== value)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(line.trim());
    }
}
function runnerTemp() {
    return process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
}
/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
function registerCleanup(path) {
    if (registered.includes(path))
        return;
    registered.push(path);
    _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(CLEANUP_STATE, JSON.stringify(registered));
}
/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
function privateTempDir(prefix) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runnerTemp(), `${prefix}-`));
    registerCleanup(dir);
    return dir;
}
/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
function writeSecretFile(prefix, fileName, content) {
    const dir = privateTempDir(prefix);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, fileName);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
    return path;
}
/** Removes everything registered in this process and in the saved state. Never throws. */
function runCleanup() {
    let saved = [];
    try {
        saved = JSON.parse(process.env[`STATE_${CLEANUP_STATE}`] || '[]');
    }
    catch {
        saved = [];
    }
    const removed = [];
    for (const path of new Set([...saved, ...registered])) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
                removed.push(path);
            }
        }
        catch (error) {
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not remove ${path}: ${String(error)}`);
        }
    }
    return removed;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/commands.js
var commands = __nccwpck_require__(1964);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/errors.js
var errors = __nccwpck_require__(2677);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/runner.js
var runner = __nccwpck_require__(8292);
// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/secrets.js
var secrets = __nccwpck_require__(2709);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/action.js
/**
 * The entry point every bundle uses. One bundle serves `main` and `post`: main saves a marker to the runner's
 * state, and the runner hands state back only to post, so the presence of the marker tells the phases apart.
 * Errors the user can act on become one `::error::` line without a stack trace; post never fails a green job
 * for cleanup trouble (it warns), because a red mark from cleanup would hide the real result.
 */




async function runAction(phases) {
    if ((0,runner/* isPostPhase */.YU)()) {
        await runPost(phases.post);
        return;
    }
    (0,runner/* markMainStarted */.UM)();
    try {
        await phases.main();
    }
    catch (error) {
        reportFailure(error);
    }
}
async function runPost(post) {
    try {
        if (post)
            await post();
    }
    catch (error) {
        commands/* warning */.$e(`Post step: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        (0,secrets/* runCleanup */.Kt)();
    }
}
function reportFailure(error) {
    if (error instanceof errors/* UserError */.yo) {
        commands/* setFailed */.C1(error.message);
        return;
    }
    // A bug: keep the stack for the report, but still one clear annotation.
    commands/* setFailed */.C1(`Unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`);
    if (error instanceof Error && error.stack)
        commands/* debug */.Yz(error.stack);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/inputs.js
/**
 * Typed input readers. Every action reads its inputs only through these, so each input is validated once and a
 * bad value fails with an error naming the input, the value and what is accepted. The input name is always the
 * first argument as a string literal: test/action-metadata.test.ts finds the inputs an action reads that way and
 * checks them against its action.yml.
 */


/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function raw(name) {
    return (process.env[inputEnvName(name)] ?? '').trim();
}
function readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new errors/* InputError */.dz(name, value, options.pattern?.description ?? 'a non-empty value');
        return options.fallback ?? '';
    }
    if (options.pattern && !options.pattern.regex.test(value)) {
        throw new errors/* InputError */.dz(name, value, options.pattern.description);
    }
    return value;
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
function readBoolean(name, fallback) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, value, "'true' or 'false'");
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw new errors/* InputError */.dz(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`);
    return match;
}
function readInt(name, options = {}) {
    const value = raw(name);
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    const accepted = options.min !== undefined && options.max !== undefined
        ? `a whole number from ${min} to ${max}`
        : options.min !== undefined
            ? `a whole number of at least ${min}`
            : 'a whole number';
    if (value === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw new InputError(name, value, accepted);
    }
    if (!/^-?\d+$/.test(value))
        throw new InputError(name, value, accepted);
    const n = Number(value);
    if (n < min || n > max)
        throw new InputError(name, value, accepted);
    return n;
}
/** A list given one item per line or separated by commas; blank items and `#` comment lines are dropped. */
function readList(name) {
    return splitList(raw(name));
}
function splitList(value) {
    return value
        .split(/\r?\n/)
        .filter(line => !line.trim().startsWith('#'))
        .flatMap(line => line.split(','))
        .map(item => item.trim())
        .filter(item => item !== '');
}
/** Multi-line input kept line by line (no comma splitting), e.g. scanner arguments or globs with commas. */
function readLines(name) {
    return (process.env[inputEnvName(name)] ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/** A label or a JSON array of labels (GitHub's `runs-on` shapes). */
function readStringOrArray(name, fallback = []) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (!value.startsWith('['))
        return [value];
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        throw new InputError(name, value, 'a label or a JSON array of labels');
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(item => typeof item === 'string' && item !== '')) {
        throw new InputError(name, value, 'a label or a non-empty JSON array of labels');
    }
    return parsed;
}
/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
function readSecret(name) {
    const value = (process.env[inputEnvName(name)] ?? '').trim();
    (0,secrets/* maskSecret */.$l)(value);
    return value;
}

// EXTERNAL MODULE: ./.tmp/build-js/packages/toolkit/src/process.js
var src_process = __nccwpck_require__(7713);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/summary.js
/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test, user values
 * escaped so a file name cannot inject markup) and appended to GITHUB_STEP_SUMMARY once per step.
 */

function escapeCell(value) {
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function mermaid(source) {
    return '```mermaid\n' + source.trim() + '\n```\n';
}
function codeBlock(source, language = '') {
    return '```' + language + '\n' + source.replace(/\n$/, '') + '\n```\n';
}
function details(title, body) {
    return `<details><summary>${escapeCell(title)}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
function writeSummary(...sections) {
    try {
        (0,commands/* appendSummary */.fe)(sections.join('\n'));
    }
    catch (error) {
        (0,commands/* warning */.$e)(`Could not write the job summary: ${String(error)}`);
    }
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/checksums.js
/**
 * The checksums file, byte-compatible with GNU coreutils' `sha256sum`/`sha512sum` output so that
 * `sha256sum -c SHA256SUMS` verifies it: `<hex>  <name>` per line (text mode, two spaces), sorted by name, and
 * coreutils' escaping for names holding a backslash or a newline (the line then starts with `\`).
 */
function defaultChecksumsFileName(algorithm) {
    return algorithm === 'sha256' ? 'SHA256SUMS' : 'SHA512SUMS';
}
function checksumLine({ name, digest }) {
    if (/[\\\n\r]/.test(name)) {
        const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
        return `\\${digest}  ${escaped}\n`;
    }
    return `${digest}  ${name}\n`;
}
/** Sorted by byte order of the name (stable for any locale), one line per file. */
function checksumsFileContent(digests) {
    return [...digests]
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
        .map(checksumLine)
        .join('');
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/glob.js
/**
 * Glob patterns as the `files` input accepts them: `*` and `?` within one path segment, `**` across segments,
 * `[...]` character classes, and a leading `!` to exclude. Pure: turns patterns into regular expressions and the
 * folder a walk must start from, so only the matching part of the workspace is read.
 */
const SPECIAL = /[*?[]/;
/**
 * Normalises separators and a leading `./` so patterns and walked paths compare as plain strings. A backslash
 * is a separator only on Windows; elsewhere it is an ordinary character of a file name.
 */
function normalisePath(path, windows = process.platform === 'win32') {
    return (windows ? path.replace(/\\/g, '/') : path).replace(/^(\.\/)+/, '').replace(/\/+/g, '/');
}
/**
 * A pattern relative to `root` (the workspace) or absolute. Both the regex and the base are absolute and
 * `/`-separated; the root is matched literally, so wildcard characters in the workspace path do no harm.
 */
function parseGlob(source, root, windows = process.platform === 'win32') {
    const negated = source.startsWith('!');
    const pattern = normalisePath(negated ? source.slice(1).trim() : source, windows);
    const absolute = /^(\/|[A-Za-z]:\/)/.test(pattern);
    const prefix = absolute ? '' : normalisePath(root, windows).replace(/\/$/, '') + '/';
    const segments = pattern.split('/');
    const baseSegments = [];
    for (const segment of segments.slice(0, -1)) {
        if (SPECIAL.test(segment))
            break;
        baseSegments.push(segment);
    }
    const body = globToRegExp(pattern).source.slice(1, -1);
    return {
        source,
        negated,
        regex: new RegExp(`^${escapeRegExp(prefix)}${body}$`),
        base: (prefix + baseSegments.join('/')).replace(/\/$/, '') || '/',
        depth: pattern.includes('**') ? Infinity : segments.length - baseSegments.length - 1
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function globToRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
                if (atStart && atEnd) {
                    // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
                    if (i + 2 === pattern.length)
                        out += '.*';
                    else
                        out += '(?:[^/]+/)*';
                    i += 2;
                    continue;
                }
            }
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close === -1) {
                out += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^' + body.slice(1);
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else {
            out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
    }
    return new RegExp(`^${out}$`);
}
/** Files (relative, `/`-separated) that the patterns select: included by one and excluded by no later `!`. */
function selectFiles(files, patterns) {
    return files.filter(file => {
        let selected = false;
        for (const pattern of patterns) {
            if (pattern.regex.test(file))
                selected = !pattern.negated;
        }
        return selected;
    });
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/find-files.js
/**
 * Expands the `files` globs on disk. Each including pattern walks only from its fixed leading folder; `.git`
 * is never entered. A pattern that selects nothing is an error: signing fewer files than asked is a false green.
 */




async function walk(dir, depth, found) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return;
        throw error;
    }
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '.git' && depth > 0)
                await walk(path, depth - 1, found);
        }
        else if (entry.isFile()) {
            found.add(normalisePath(path));
        }
    }
}
/** Absolute, `/`-separated, sorted paths of the files the patterns select. */
async function findFiles(sources, root) {
    const patterns = sources.map(source => parseGlob(source, root));
    const candidates = new Set();
    const depths = new Map();
    for (const { base, depth } of patterns.filter(p => !p.negated))
        depths.set(base, Math.max(depth, depths.get(base) ?? 0));
    for (const [base, depth] of depths)
        await walk(base, depth, candidates);
    const all = [...candidates].sort();
    for (const pattern of patterns.filter(p => !p.negated)) {
        if (!all.some(file => pattern.regex.test(file))) {
            throw new errors/* UserError */.yo(`Input 'files': the pattern '${pattern.source}' matches no file under ${root}.`);
        }
    }
    return selectFiles(all, patterns);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/hash.js
/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */

async function hashFile(path, algorithm = 'sha256') {
    // Loaded on first use: node:crypto costs every action's start-up ~7 ms, and most runs never hash.
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 19));
    return new Promise((resolve, reject) => {
        const hash = createHash(algorithm);
        (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })
            .on('data', chunk => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
function isSha256(value) {
    return /^[0-9a-f]{64}$/i.test(value);
}

;// CONCATENATED MODULE: ./.tmp/build-js/packages/toolkit/src/hash-pool.js
/**
 * Hashes many files in parallel. Node hashes on the thread that calls `update`, so streaming several files from
 * one thread still uses one core; a small pool of worker threads (one per core) spreads them. A single file is
 * hashed in this thread with the toolkit's hashFile: starting a worker would only add its start-up time.
 * The worker's source is inline so the bundle stays one file.
 */




const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { createReadStream } = require('node:fs')
parentPort.on('message', ({ id, path, algorithm }) => {
  const hash = createHash(algorithm)
  createReadStream(path, { highWaterMark: 1 << 20 })
    .on('data', chunk => hash.update(chunk))
    .on('error', error => parentPort.postMessage({ id, error: error.message }))
    .on('end', () => parentPort.postMessage({ id, digest: hash.digest('hex') }))
})
`;
/** Digests in the order of `paths`. */
async function hashFiles(paths, algorithm, threads = (0,external_node_os_.availableParallelism)()) {
    if (paths.length === 0)
        return [];
    const poolSize = Math.max(1, Math.min(threads, paths.length));
    if (poolSize === 1) {
        const digests = [];
        for (const path of paths)
            digests.push(await hashFile(path, algorithm));
        return digests;
    }
    // Largest first, so one big file does not start last and leave the other threads idle at the end.
    const sizes = await Promise.all(paths.map(async (path) => (await (0,promises_.stat)(path)).size));
    const queue = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
    const digests = new Array(paths.length);
    const workers = Array.from({ length: poolSize }, () => new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true }));
    try {
        await Promise.all(workers.map(worker => new Promise((resolve, reject) => {
            const next = () => {
                const id = queue.shift();
                if (id === undefined)
                    return resolve();
                worker.postMessage({ id, path: paths[id], algorithm });
            };
            worker.on('message', (reply) => {
                if (reply.error !== undefined)
                    return reject(new Error(`Could not read ${paths[reply.id]}: ${reply.error}`));
                digests[reply.id] = reply.digest;
                next();
            });
            worker.on('error', reject);
            next();
        })));
    }
    finally {
        await Promise.all(workers.map(worker => worker.terminate()));
    }
    return digests;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/plan.js
/**
 * Which signing methods run, in which order, and which are skipped and why. Pure: the inputs, the runner OS,
 * whether an OIDC token can be requested and which kinds of files were found go in; a plan comes out.
 *
 * Order matters: Authenticode and codesign embed their signature in the file and so change its bytes; they run
 * first, then the checksums of the final bytes, then the detached signers (GPG, Sigstore) over every file and
 * the checksums file.
 */

function planSigning(input) {
    const methods = [];
    const skipped = [];
    const notices = [];
    const unmet = [];
    const missing = (method, reason) => {
        if (!input.skipWithoutCredentials) {
            unmet.push(`${methodTitle(method)}: ${reason}`);
            return;
        }
        skipped.push({ method, reason });
        notices.push(`${methodTitle(method)} skipped: ${reason}.`);
    };
    if (input.authenticodeTargets > 0) {
        if (input.windowsCertificate)
            methods.push('authenticode');
        else
            missing('authenticode', `${input.authenticodeTargets} Windows file(s) to sign but 'windows-certificate' is empty`);
    }
    else if (input.windowsCertificate) {
        skipped.push({ method: 'authenticode', reason: 'no .exe, .dll, .msi or .sys among the files' });
    }
    if (input.os !== 'macOS') {
        if (input.appleCertificate || input.appleNotarize) {
            const reason = `macOS code signing runs only on macOS runners (this is ${input.os})`;
            skipped.push({ method: 'codesign', reason });
            notices.push(`${methodTitle('codesign')} skipped: ${reason}.`);
        }
    }
    else if (input.macTargets > 0) {
        if (!input.appleCertificate) {
            missing('codesign', `${input.macTargets} macOS file(s) to sign but 'apple-certificate' is empty`);
        }
        else {
            methods.push('codesign');
            if (input.appleNotarize) {
                if (input.appleApiKey)
                    methods.push('notarize');
                else
                    missing('notarize', "'apple-notarize' is true but 'apple-api-key', 'apple-api-key-id' or 'apple-api-issuer' is empty");
            }
        }
    }
    else if (input.appleCertificate) {
        skipped.push({ method: 'codesign', reason: 'no Mach-O binary, .dmg or .pkg among the files' });
    }
    if (input.checksums !== 'none')
        methods.push('checksums');
    if (input.gpgKey)
        methods.push('gpg');
    else
        missing('gpg', "'gpg-private-key' is empty");
    if (input.sigstore === 'true') {
        if (input.hasIdToken)
            methods.push('sigstore');
        else
            missing('sigstore', "no OIDC token: the job needs 'permissions: id-token: write' (fork pull requests never get one)");
    }
    else if (input.sigstore === 'auto') {
        if (input.hasIdToken)
            methods.push('sigstore');
        else {
            const reason = "no OIDC token ('permissions: id-token: write' not granted)";
            skipped.push({ method: 'sigstore', reason });
            notices.push(`${methodTitle('sigstore')} skipped: ${reason}.`);
        }
    }
    if (unmet.length > 0) {
        // All at once, so one run tells the user every secret that is missing.
        throw new errors/* UserError */.yo(`Missing credentials and 'skip-without-credentials' is false: ${unmet.join('; ')}.`);
    }
    return { methods, skipped, notices };
}
function methodTitle(method) {
    return {
        authenticode: 'Windows Authenticode',
        codesign: 'macOS codesign',
        notarize: 'macOS notarization',
        checksums: 'Checksums',
        gpg: 'GPG',
        sigstore: 'Sigstore'
    }[method];
}
const AUTHENTICODE_EXTENSIONS = /\.(exe|dll|msi|sys)$/i;
function isAuthenticodeTarget(path) {
    return AUTHENTICODE_EXTENSIONS.test(path);
}
const MACH_O_MAGIC = new Set(['feedface', 'cefaedfe', 'feedfacf', 'cffaedfe', 'cafebabe', 'bebafeca']);
/** Mach-O (thin or universal) by its first four bytes, or a disk image / installer package by its name. */
function isMacTarget(path, firstBytes) {
    if (/\.(dmg|pkg)$/i.test(path))
        return true;
    // 0xcafebabe is also a Java class file; those are not signed with codesign.
    if (/\.class$/i.test(path))
        return false;
    return firstBytes.length >= 4 && MACH_O_MAGIC.has(firstBytes.subarray(0, 4).toString('hex'));
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/paths.js
/**
 * Where produced files go and how files are named for people and in the checksums file. Pure.
 * Detached signatures sit beside their file, or all in `output-dir` when one is given; two files with the
 * same name cannot share an output folder, so that is caught before anything is signed.
 */


function signaturePath(file, extension, outputDir) {
    return outputDir ? (0,external_node_path_.join)(outputDir, (0,external_node_path_.basename)(file) + extension) : file + extension;
}
function assertDistinctNames(files, outputDir) {
    if (!outputDir)
        return;
    const seen = new Map();
    for (const file of files) {
        const name = (0,external_node_path_.basename)(file);
        const other = seen.get(name);
        if (other !== undefined && other !== file) {
            throw new errors/* UserError */.yo(`Input 'output-dir': ${other} and ${file} would both write signatures named ${name}.* there.`);
        }
        seen.set(name, file);
    }
}
/** A path relative to `from`, `/`-separated (the checksums file and the summary use it). */
function relativeName(from, path) {
    const rel = (0,external_node_path_.relative)(from, path);
    return (rel === '' ? (0,external_node_path_.basename)(path) : rel).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/report.js
/**
 * What the action did, as plain data, and the job summary built from it: every artifact with its checksum,
 * its signatures and their verification, the methods skipped and why, and the commands an end user runs to
 * verify the release themselves.
 */


const MARK = { true: '✅ verified', false: '❌ failed', 'not checked': '➖ not checked' };
function verificationCommands(report) {
    const lines = [];
    const example = report.artifacts.find(a => !a.name.endsWith('SUMS'))?.name ?? 'FILE';
    if (report.checksumsFile && report.algorithm !== 'none') {
        lines.push(`# Checksums (in the folder holding ${report.checksumsFile})`, `${report.algorithm}sum -c ${report.checksumsFile}`);
    }
    if (report.gpgKey) {
        lines.push('# GPG', `gpg --recv-keys ${report.gpgKey.fingerprint}  # or import the project's published key`, `gpg --verify ${example}.asc ${example}`);
    }
    if (report.sigstoreIdentity !== undefined) {
        lines.push('# Sigstore', `cosign verify-blob ${example} --bundle ${example}.sigstore.json \\`, `  --certificate-identity-regexp '^https://github.com/${report.repository}/' \\`, '  --certificate-oidc-issuer https://token.actions.githubusercontent.com');
    }
    if (report.artifacts.some(a => a.signatures.some(s => s.method === 'authenticode'))) {
        lines.push('# Windows Authenticode', 'osslsigncode verify -in FILE.exe   # or: signtool verify /pa FILE.exe');
    }
    if (report.artifacts.some(a => a.signatures.some(s => s.method === 'codesign'))) {
        lines.push('# macOS', 'codesign --verify --strict --verbose=2 FILE', 'spctl --assess --type execute --verbose FILE');
    }
    return lines.join('\n');
}
function buildSummary(report) {
    const methods = [...new Set(report.artifacts.flatMap(a => a.signatures.map(s => s.method)))];
    const rows = report.artifacts.map(artifact => [
        artifact.name,
        artifact.digest ? `${artifact.digest.slice(0, 16)}…` : '',
        ...methods.map(method => {
            const signature = artifact.signatures.find(s => s.method === method);
            return signature
                ? `${MARK[String(signature.verified)]}${signature.note ? ` (${signature.note})` : ''}`
                : '';
        })
    ]);
    const sections = [
        heading('Signed artifacts'),
        markdownTable(['Artifact', report.algorithm === 'none' ? 'Checksum' : report.algorithm, ...methods.map(methodTitle)], rows)
    ];
    if (report.skipped.length > 0) {
        sections.push(heading('Skipped', 4), markdownTable(['Method', 'Reason'], report.skipped.map(s => [methodTitle(s.method), s.reason])));
    }
    const signers = [];
    if (report.gpgKey)
        signers.push(['GPG', `${report.gpgKey.fingerprint} ${report.gpgKey.userId}`.trim()]);
    if (report.sigstoreIdentity)
        signers.push(['Sigstore', report.sigstoreIdentity]);
    if (signers.length > 0)
        sections.push(heading('Signers', 4), markdownTable(['Method', 'Identity'], signers));
    const commands = verificationCommands(report);
    if (commands)
        sections.push(details('How to verify', codeBlock(commands, 'sh')));
    if (report.checksumsFile && report.algorithm !== 'none') {
        const full = report.artifacts.filter(a => a.digest).map(a => [a.name, a.digest]);
        sections.push(details(`Full ${report.algorithm} checksums`, markdownTable(['Artifact', report.algorithm], full)));
    }
    return sections.join('\n');
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/sign-artifacts/tool-env.js
var tool_env = __nccwpck_require__(2616);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/source-archive.js
/**
 * The release source tarball the foundation's projects build by hand: `git archive` of the tag as
 * `<repo>-<version>.tar.gz` with a `<repo>-<version>/` prefix, the tag's leading `v` stripped.
 */



function planSourceArchive(repository, ref) {
    if (!ref.startsWith('refs/tags/')) {
        throw new errors/* UserError */.yo(`Input 'source-archive' is true but ${ref || 'GITHUB_REF'} is not a tag: run it on a tag push or release.`);
    }
    const tag = ref.slice('refs/tags/'.length);
    const repo = repository.split('/').pop() ?? '';
    if (!repo)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set, so the source archive has no name.');
    const version = /^v\d/i.test(tag) ? tag.slice(1) : tag;
    const stem = `${repo}-${version}`.replace(/[/\\]/g, '-');
    return { tag, version, stem, fileName: `${stem}.tar.gz` };
}
async function createSourceArchive(plan, workspace, outputDir) {
    const output = (0,external_node_path_.join)(outputDir, plan.fileName);
    await (0,tool_env/* runTool */.q)('git', ['archive', '--format=tar.gz', `--prefix=${plan.stem}/`, '--output', output, `refs/tags/${plan.tag}`], { cwd: workspace }).catch(error => {
        throw new errors/* UserError */.yo(`git archive of tag ${plan.tag} failed (is the tag fetched? use actions/checkout with fetch-depth: 0 or fetch-tags): ${error instanceof Error ? error.message : error}`);
    });
    return output;
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/main.js
/**
 * sign-artifacts main: read and validate the inputs, find the files, plan the methods, then sign in plan order
 * (embedded signatures, checksums, detached signatures over everything), verify each signature, and report.
 */














function readInputs() {
    const checksums = readChoice('checksums', ['sha256', 'sha512', 'none'], 'sha256');
    return {
        files: readLines('files'),
        sourceArchive: readBoolean('source-archive', false),
        checksums,
        checksumsFile: readString('checksums-file', {
            fallback: checksums === 'none' ? '' : defaultChecksumsFileName(checksums),
            pattern: { regex: /^[^\r\n]+$/, description: 'a file name' }
        }),
        sigstore: readChoice('sigstore', ['auto', 'true', 'false'], 'auto'),
        sigstoreFulcioUrl: readString('sigstore-fulcio-url', {
            pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' }
        }),
        sigstoreRekorUrl: readString('sigstore-rekor-url', {
            pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' }
        }),
        sigstoreTrustedRoot: readString('sigstore-trusted-root'),
        gpgPrivateKey: readSecret('gpg-private-key'),
        gpgPassphrase: readSecret('gpg-passphrase'),
        appleCertificate: readSecret('apple-certificate'),
        appleCertificatePassword: readSecret('apple-certificate-password'),
        appleIdentity: readString('apple-identity'),
        appleNotarize: readBoolean('apple-notarize', false),
        appleApiKey: readSecret('apple-api-key'),
        appleApiKeyId: readString('apple-api-key-id'),
        appleApiIssuer: readString('apple-api-issuer'),
        windowsCertificate: readSecret('windows-certificate'),
        windowsCertificatePassword: readSecret('windows-certificate-password'),
        timestampUrl: readString('timestamp-url', {
            pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL or empty' }
        }),
        verify: readBoolean('verify', true),
        skipWithoutCredentials: readBoolean('skip-without-credentials', true),
        outputDir: readString('output-dir')
    };
}
async function firstBytes(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(4);
        const { bytesRead } = await handle.read(buffer, 0, 4, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
async function main() {
    const inputs = readInputs();
    const context = (0,runner/* runnerContext */.cE)();
    const workspace = context.workspace;
    if (inputs.files.length === 0 && !inputs.sourceArchive) {
        throw new errors/* InputError */.dz('files', '', "one or more file globs (one per line), or 'source-archive: true'");
    }
    const outputDir = inputs.outputDir ? (0,external_node_path_.resolve)(workspace, inputs.outputDir) : '';
    if (outputDir)
        await (0,promises_.mkdir)(outputDir, { recursive: true });
    const files = inputs.files.length > 0 ? (await findFiles(inputs.files, workspace)).map(path => (0,external_node_path_.resolve)(path)) : [];
    const produced = [];
    if (inputs.sourceArchive) {
        const archive = await createSourceArchive(planSourceArchive(context.repository, context.ref), workspace, outputDir || workspace);
        runner/* log */.Rm.info(`Created the source archive ${relativeName(workspace, archive)}.`);
        produced.push(archive);
        if (!files.includes(archive))
            files.push(archive);
    }
    const checksumsPath = inputs.checksums === 'none' ? '' : (0,external_node_path_.resolve)(outputDir || workspace, inputs.checksumsFile);
    const artifacts = files.filter(file => file !== checksumsPath);
    assertDistinctNames([...artifacts, ...(checksumsPath ? [checksumsPath] : [])], outputDir);
    const authenticodeTargets = artifacts.filter(isAuthenticodeTarget);
    const macTargets = [];
    if (context.os === 'macOS')
        for (const file of artifacts)
            if (isMacTarget(file, await firstBytes(file)))
                macTargets.push(file);
    const idTokenUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const idTokenToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
    const plan = planSigning({
        os: context.os,
        checksums: inputs.checksums,
        sigstore: inputs.sigstore,
        hasIdToken: idTokenUrl !== '' && idTokenToken !== '',
        gpgKey: inputs.gpgPrivateKey !== '',
        windowsCertificate: inputs.windowsCertificate !== '',
        appleCertificate: inputs.appleCertificate !== '',
        appleNotarize: inputs.appleNotarize,
        appleApiKey: inputs.appleApiKey !== '' && inputs.appleApiKeyId !== '' && inputs.appleApiIssuer !== '',
        skipWithoutCredentials: inputs.skipWithoutCredentials,
        authenticodeTargets: authenticodeTargets.length,
        macTargets: macTargets.length
    });
    for (const notice of plan.notices)
        runner/* log */.Rm.notice(notice);
    const records = new Map(artifacts.map(file => [file, { name: relativeName(workspace, file), signatures: [] }]));
    const report = {
        artifacts: [],
        algorithm: inputs.checksums,
        skipped: plan.skipped,
        repository: context.repository
    };
    const failures = [];
    const record = (file, signature) => {
        let artifact = records.get(file);
        if (!artifact)
            records.set(file, (artifact = { name: relativeName(workspace, file), signatures: [] }));
        artifact.signatures.push(signature);
        if (signature.verified === false)
            failures.push(`${methodTitle(signature.method)} signature of ${artifact.name} did not verify`);
    };
    const verifyOr = async (check) => inputs.verify ? await check() : 'not checked';
    for (const method of plan.methods) {
        await runner/* log */.Rm.group(methodTitle(method), async () => {
            switch (method) {
                case 'authenticode':
                    return signAuthenticode(inputs, authenticodeTargets, record, verifyOr);
                case 'codesign':
                    return signMac(inputs, macTargets, plan.methods.includes('notarize'), record, verifyOr);
                case 'notarize':
                    return; // done with codesign: notarization needs the signed bytes and precedes the checksums
                case 'checksums': {
                    const digests = await hashFiles(artifacts, inputs.checksums);
                    const checksumsDir = (0,external_node_path_.dirname)(checksumsPath);
                    const lines = artifacts.map((file, i) => ({
                        name: relativeName(checksumsDir, file),
                        digest: digests[i]
                    }));
                    await (0,promises_.writeFile)(checksumsPath, checksumsFileContent(lines));
                    artifacts.forEach((file, i) => (records.get(file).digest = digests[i]));
                    records.set(checksumsPath, { name: relativeName(workspace, checksumsPath), signatures: [] });
                    report.checksumsFile = relativeName(workspace, checksumsPath);
                    produced.push(checksumsPath);
                    runner/* log */.Rm.info(`Wrote ${report.checksumsFile} (${artifacts.length} files).`);
                    return;
                }
                case 'gpg': {
                    const { GpgSigner } = await __nccwpck_require__.e(/* import() */ 630).then(__nccwpck_require__.bind(__nccwpck_require__, 3630));
                    const signer = await GpgSigner.import(inputs.gpgPrivateKey, inputs.gpgPassphrase);
                    report.gpgKey = signer.key;
                    try {
                        for (const file of records.keys()) {
                            const signature = signaturePath(file, '.asc', outputDir);
                            await signer.sign(file, signature);
                            produced.push(signature);
                            record(file, { method, path: signature, verified: await verifyOr(() => signer.verify(file, signature)) });
                        }
                    }
                    finally {
                        await signer.close();
                    }
                    return;
                }
                case 'sigstore': {
                    const { openSigstore } = await __nccwpck_require__.e(/* import() */ 201).then(__nccwpck_require__.bind(__nccwpck_require__, 3201));
                    const signer = await openSigstore({
                        fulcioUrl: inputs.sigstoreFulcioUrl,
                        rekorUrl: inputs.sigstoreRekorUrl,
                        trustedRoot: inputs.sigstoreTrustedRoot ? (0,external_node_path_.resolve)(workspace, inputs.sigstoreTrustedRoot) : '',
                        requestUrl: idTokenUrl,
                        requestToken: idTokenToken
                    });
                    report.sigstoreIdentity = signer.identity;
                    for (const file of records.keys()) {
                        const bundle = signaturePath(file, '.sigstore.json', outputDir);
                        await signer.sign(file, bundle);
                        produced.push(bundle);
                        record(file, { method, path: bundle, verified: await verifyOr(() => signer.verify(file, bundle)) });
                    }
                    return;
                }
            }
        });
    }
    report.artifacts = [...records.values()];
    const verifiedAll = inputs.verify && failures.length === 0 && report.artifacts.some(a => a.signatures.length > 0);
    (0,runner/* setOutput */.uH)('signatures', produced);
    (0,runner/* setOutput */.uH)('checksums-file', checksumsPath);
    (0,runner/* setOutput */.uH)('verified', verifiedAll);
    (0,runner/* setOutput */.uH)('skipped', plan.skipped);
    writeSummary(buildSummary(report));
    if (failures.length > 0)
        throw new errors/* UserError */.yo(`Signature verification failed: ${failures.join('; ')}.`);
}
async function signAuthenticode(inputs, targets, record, verifyOr) {
    const { tool, signer } = await openAuthenticodeSigner({
        certificate: inputs.windowsCertificate,
        password: inputs.windowsCertificatePassword,
        timestampUrl: inputs.timestampUrl
    });
    runner/* log */.Rm.info(`Signing ${targets.length} file(s) with ${tool} as ${signer.subject}${inputs.timestampUrl ? `, timestamped by ${inputs.timestampUrl}` : ''}.`);
    if (!inputs.timestampUrl)
        runner/* log */.Rm.warning("Authenticode signatures are not timestamped ('timestamp-url' is empty): they stop verifying when the certificate expires.");
    for (const file of targets) {
        await signer.sign(file);
        record(file, { method: 'authenticode', path: file, verified: await verifyOr(() => signer.verify(file)) });
    }
}
/** signtool on Windows runners (osslsigncode from PATH only when signtool is absent), osslsigncode elsewhere. */
async function openAuthenticodeSigner(options) {
    const { os, arch } = (0,runner/* runnerContext */.cE)();
    if (os === 'Windows') {
        const { SigntoolSigner, chooseAuthenticodeTool, findSigntool } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4035));
        // process.env itself: on Windows only it looks names up case-insensitively (the variable is `Path` there).
        const signtool = await findSigntool(arch);
        const osslsigncode = signtool ? undefined : await (0,src_process/* which */.K7)('osslsigncode');
        if (chooseAuthenticodeTool(os, { signtool, osslsigncode }) === 'signtool' && signtool)
            return { tool: 'signtool', signer: await SigntoolSigner.open(options, signtool) };
        runner/* log */.Rm.warning(`signtool.exe was not found; signing with ${osslsigncode} instead.`);
    }
    const { AuthenticodeSigner } = await __nccwpck_require__.e(/* import() */ 451).then(__nccwpck_require__.bind(__nccwpck_require__, 451));
    return { tool: 'osslsigncode', signer: await AuthenticodeSigner.load(options) };
}
async function signMac(inputs, targets, notarize, record, verifyOr) {
    const { MacSigner } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4179));
    const signer = await MacSigner.open({
        certificate: inputs.appleCertificate,
        password: inputs.appleCertificatePassword,
        identity: inputs.appleIdentity,
        apiKey: inputs.appleApiKey,
        apiKeyId: inputs.appleApiKeyId,
        apiIssuer: inputs.appleApiIssuer
    });
    for (const file of targets) {
        await signer.sign(file);
        let note;
        if (notarize)
            note = (await signer.notarize(file)) ? 'notarized, stapled' : 'notarized';
        const method = 'codesign';
        record(file, { method, path: file, verified: await verifyOr(() => signer.verify(file)), ...(note ? { note } : {}) });
    }
}

// EXTERNAL MODULE: ./.tmp/build-js/actions/sign-artifacts/macos.js
var macos = __nccwpck_require__(4179);
// EXTERNAL MODULE: ./.tmp/build-js/actions/sign-artifacts/signtool.js
var signtool = __nccwpck_require__(4035);
;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/post.js
/**
 * Post: deletes the temporary macOS keychain (main saved its path before creating it) and removes the
 * certificates main imported into Cert:\CurrentUser\My for signtool (their thumbprints were saved right after the
 * import), so both run also after a failed main. Everything else (GNUPGHOME, .pfx, .p12, API key, password files)
 * is in the toolkit's cleanup registry, which runAction empties after this function.
 */




async function post() {
    await (0,signtool/* removeImportedCertificates */.Ph)();
    const keychain = (0,runner/* getState */.Gu)(macos/* KEYCHAIN_STATE */.f2);
    if (!keychain)
        return;
    const deleted = await (0,macos/* deleteKeychain */.o0)(keychain).catch(() => false);
    if (deleted)
        runner/* log */.Rm.info(`Deleted the temporary keychain ${keychain}.`);
    else if ((0,external_node_fs_.existsSync)(keychain))
        runner/* log */.Rm.warning(`Could not delete the temporary keychain ${keychain} with security; removing the file.`);
}

;// CONCATENATED MODULE: ./.tmp/build-js/actions/sign-artifacts/index.js



void runAction({ main: main, post: post });

