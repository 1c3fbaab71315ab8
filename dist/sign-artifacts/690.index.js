export const id = 690;
export const ids = [690,35,179];
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

/***/ 36690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8292);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17287);
/* harmony import */ var _macos_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84179);
/* harmony import */ var _signtool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4035);
/**
 * Post: deletes the temporary macOS keychain (main saved its path before creating it) and removes the
 * certificates main imported into Cert:\CurrentUser\My for signtool (their thumbprints were saved right after the
 * import), so both run also after a failed main. Everything else (GNUPGHOME, .pfx, .p12, API key, password files)
 * is in the toolkit's cleanup registry, which runAction empties after this function.
 */





async function post() {
    await (0,_signtool_js__WEBPACK_IMPORTED_MODULE_4__/* .removeImportedCertificates */ .Ph)();
    const keychain = _state_js__WEBPACK_IMPORTED_MODULE_2__/* .signState */ .R.macosKeychain.read();
    if (!keychain)
        return;
    const deleted = await (0,_macos_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteKeychain */ .o0)(keychain).catch(() => false);
    if (deleted)
        _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Deleted the temporary keychain ${keychain}.`);
    else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(keychain))
        _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`Could not delete the temporary keychain ${keychain} with security; removing the file.`);
}


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ removeImportedCertificates),
/* harmony export */   SigntoolSigner: () => (/* binding */ SigntoolSigner),
/* harmony export */   chooseAuthenticodeTool: () => (/* binding */ chooseAuthenticodeTool),
/* harmony export */   findSigntool: () => (/* binding */ findSigntool)
/* harmony export */ });
/* unused harmony exports IMPORT_SCRIPT, REMOVE_SCRIPT, powerShellArgs, parseImported, signtoolSignArgs, signtoolVerifyArgs, signerThumbprint, signtoolCandidates, choosePowerShell */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37713);
/* harmony import */ var _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2677);
/* harmony import */ var _packages_toolkit_src_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8292);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17287);
/* harmony import */ var _packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42709);
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
    throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('Windows Authenticode needs signtool.exe (Windows SDK), which was found neither on PATH nor under ' +
        "'Windows Kits\\10\\bin\\<version>\\<arch>'. Install the Windows SDK's signing tools or put signtool.exe on PATH.");
}
/** Windows PowerShell (PKI module built in) first, PowerShell 7 otherwise. */
function choosePowerShell(found) {
    const shell = found.powershell ?? found.pwsh;
    if (!shell)
        throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('Windows Authenticode with signtool needs powershell or pwsh on PATH.');
    return shell;
}
async function findSigntool(arch, env = process.env) {
    const onPath = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)('signtool', env);
    if (onPath)
        return onPath;
    const kitsBin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)', 'Windows Kits', '10', 'bin');
    const { readdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const versions = await readdir(kitsBin).catch(() => []);
    for (const candidate of signtoolCandidates(kitsBin, versions, arch))
        if (await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)(candidate, env))
            return candidate;
    return undefined;
}
/** Looked up in process.env itself: on Windows only it finds `Path` under the name PATH. */
async function findPowerShell() {
    return choosePowerShell({ powershell: await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)('powershell'), pwsh: await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .which */ .K7)('pwsh') });
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
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'windows-certificate' is not base64 of a .pfx file.");
        const shell = await findPowerShell();
        const pfx = (0,_packages_toolkit_src_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSecretFile */ .AK)('sign-artifacts-pfx', 'certificate.pfx', der);
        let result;
        try {
            result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)(shell, powerShellArgs(IMPORT_SCRIPT), {
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
            _state_js__WEBPACK_IMPORTED_MODULE_5__/* .signState */ .R.windowsCertificates.write(added);
        if (result.exitCode !== 0) {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Could not import 'windows-certificate' into Cert:\\CurrentUser\\My (wrong 'windows-certificate-password', " +
                `or not a .pfx): ${tail(result)}`);
        }
        const leaf = imported.find(cert => cert.hasKey);
        if (!leaf)
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'windows-certificate' holds no certificate with a private key.");
        return new SigntoolSigner(signtool, leaf.thumbprint, leaf.subject, options.timestampUrl);
    }
    async sign(file) {
        try {
            await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)(this.signtool, signtoolSignArgs(this.thumbprint, this.timestampUrl, file));
        }
        catch (error) {
            throw new _packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Authenticode signing of ${file} failed: ${(0,_packages_toolkit_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async verify(file) {
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)(this.signtool, signtoolVerifyArgs(file), { check: false });
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
    const thumbprints = _state_js__WEBPACK_IMPORTED_MODULE_5__/* .signState */ .R.windowsCertificates.read().filter(t => /^[0-9A-F]{40}$/.test(t));
    if (thumbprints.length === 0)
        return;
    try {
        const shell = await findPowerShell();
        const result = await (0,_packages_toolkit_src_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)(shell, powerShellArgs(REMOVE_SCRIPT), {
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
