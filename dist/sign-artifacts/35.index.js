export const id = 35;
export const ids = [35];
export const modules = {

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
