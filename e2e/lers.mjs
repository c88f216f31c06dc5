// Helpers for the LERS browser tests: start a real `lers serve` on a free port with a
// throwaway data directory, read the mail it writes to its outbox, compute TOTP codes,
// and launch the Debian Chromium through playwright-core (never a downloaded browser).
//
// Environment:
//   LERS_BIN             path to the built `lers` binary (required by startLers)
//   LERS_SCREENSHOT_DIR  where screenshots go (default: <repo>/target/screenshots)
//   LERS_CHROMIUM        browser executable (default: /usr/bin/chromium)
//   LERS_E2E_KEEP=1      keep the server's data directory after the run (for debugging)

import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(E2E_DIR, '..');
export const SCREENSHOT_DIR = process.env.LERS_SCREENSHOT_DIR
  || path.join(REPO_ROOT, 'target', 'screenshots');

// ---------------------------------------------------------------------------------------
// TOTP (RFC 4226 HOTP + RFC 6238 TOTP, HMAC-SHA-1), written out so the test does not
// trust the same library the server uses.

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 -> Buffer. Ignores case, spaces, hyphens and '=' padding. */
export function base32Decode(input) {
  const clean = String(input).toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const idx = BASE32_ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error(`invalid base32 character ${JSON.stringify(ch)} in ${JSON.stringify(input)}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP with HMAC-SHA-1 and dynamic truncation. */
export function hotp(key, counter, digits = 6) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/**
 * RFC 6238 TOTP. `secret` is a base32 string or a Buffer of raw key bytes;
 * `time` is Unix seconds (default: now).
 */
export function totp(secret, { time = Date.now() / 1000, step = 30, digits = 6 } = {}) {
  const key = Buffer.isBuffer(secret) ? secret : base32Decode(secret);
  return hotp(key, Math.floor(time / step), digits);
}

/**
 * A TOTP code that stays valid long enough to be typed and submitted: if the current
 * 30 s window has less than `margin` seconds left, wait for the next one.
 */
export async function freshTotp(secret, { margin = 8 } = {}) {
  const now = Date.now() / 1000;
  const left = 30 - (now % 30);
  if (left < margin) await sleep(Math.ceil(left * 1000) + 200);
  return totp(secret);
}

// ---------------------------------------------------------------------------------------
// Mail: minimal MIME reading, enough for the .eml files the server writes to its outbox.

/** Decode a quoted-printable body (soft line breaks and =XX escapes) as UTF-8. */
export function decodeQuotedPrintable(text) {
  const noSoftBreaks = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < noSoftBreaks.length; i++) {
    const c = noSoftBreaks[i];
    const hex = noSoftBreaks.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHeaderBody(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { headers: {}, body: raw };
  const headerText = raw.slice(0, m.index).replace(/\r?\n[ \t]+/g, ' '); // unfold
  const headers = {};
  for (const line of headerText.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: raw.slice(m.index + m[0].length) };
}

/** All text parts of a message, transfer-decoded, in document order. */
export function mailTextParts(raw) {
  const { headers, body } = splitHeaderBody(raw);
  const type = headers['content-type'] || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    return parts
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => mailTextParts(p.replace(/^\r?\n/, '')));
  }
  const cte = (headers['content-transfer-encoding'] || '').toLowerCase();
  if (cte === 'quoted-printable') return [decodeQuotedPrintable(body)];
  if (cte === 'base64') return [Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')];
  return [body];
}

/** Every readable rendering of a message to search in: decoded parts, then fallbacks. */
export function mailSearchTexts(raw) {
  const simple = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  return [...mailTextParts(raw), simple, raw];
}

function listEml(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listEml(p));
    else if (entry.name.endsWith('.eml')) out.push({ path: p, mtimeMs: statSync(p).mtimeMs });
  }
  return out.sort((a, b) => b.mtimeMs - a.mtimeMs); // newest first
}

// ---------------------------------------------------------------------------------------
// Server

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function lersBin() {
  const bin = process.env.LERS_BIN;
  if (!bin) throw new Error('LERS_BIN is not set: run the browser tests through scripts/test, or set LERS_BIN=target/debug/lers');
  if (!existsSync(bin)) throw new Error(`LERS_BIN=${bin} does not exist: build it with \`cargo build -p lers\``);
  return path.resolve(bin);
}

/**
 * Start `lers serve` on a free port with a fresh data directory (its first start loads
 * the built-in .gov allow-list) and wait for GET /readyz to answer 200. Returns a
 * handle; call `stop()` at the end.
 */
export async function startLers({ readyTimeoutMs = 60_000, host = '127.0.0.1', env = {} } = {}) {
  const bin = lersBin();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lers-e2e-'));

  const port = await freePort();
  // `host` names the server in its base URL (it always listens on 127.0.0.1):
  // WebAuthn needs a domain name, so the passkey tests use 'localhost'.
  const baseUrl = `http://${host}:${port}`;
  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--base-url', baseUrl], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env },
  });
  let log = '';
  const append = (chunk) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { error: err };
      resolve(exited);
    });
  });

  const server = {
    baseUrl,
    port,
    dataDir,
    outboxDir: path.join(dataDir, 'outbox'),
    /** Everything the server printed so far (stdout and stderr interleaved). */
    log: () => log,
    logTail: (n = 60) => log.split('\n').slice(-n).join('\n'),
    async stop({ keepData = process.env.LERS_E2E_KEEP === '1' } = {}) {
      if (!exited) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exitPromise;
        clearTimeout(t);
      }
      if (keepData) console.error(`# lers data directory kept at ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
    /** Paths of the .eml files in the outbox, newest first. */
    emails: () => listEml(path.join(dataDir, 'outbox')).map((e) => e.path),
    /** The searchable texts of each outbox mail that mentions `to`, newest first. */
    mailsTo: (to) => server.emails()
      .map((file) => mailSearchTexts(readFileSync(file, 'utf8')))
      .filter((texts) => texts.some((t) => t.toLowerCase().includes(to.toLowerCase()))),
    /**
     * Wait for the newest outbox mail that mentions `to` and return the link in it that
     * matches `pattern` (default: this server's /verify?token=… link).
     */
    async waitForLink(to, { pattern, timeoutMs = 15_000 } = {}) {
      const re = pattern ?? new RegExp(`${escapeRegExp(baseUrl)}/verify\\?token=[A-Za-z0-9_-]+`);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const file of server.emails()) {
          const raw = readFileSync(file, 'utf8');
          const texts = mailSearchTexts(raw);
          if (!texts.some((t) => t.toLowerCase().includes(to.toLowerCase()))) continue;
          for (const t of texts) {
            const m = re.exec(t);
            if (m) return m[0];
          }
          throw new Error(`newest mail to ${to} (${file}) has no link matching ${re}:\n${raw.slice(0, 4000)}`);
        }
        if (Date.now() > deadline) {
          throw new Error(`no mail to ${to} in ${server.outboxDir} after ${timeoutMs} ms `
            + `(files: ${JSON.stringify(server.emails())})\n--- server log ---\n${server.logTail()}`);
        }
        await sleep(200);
      }
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (exited) {
      await server.stop({ keepData: true });
      throw new Error(`lers serve exited before it was ready (${JSON.stringify(exited)}); data dir ${dataDir}\n`
        + `--- server output ---\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
      lastProblem = `GET /readyz -> ${res.status}`;
    } catch (err) {
      lastProblem = `GET /readyz: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) {
      await server.stop({ keepData: true });
      throw new Error(`lers serve not ready after ${readyTimeoutMs} ms (${lastProblem}); data dir ${dataDir}\n`
        + `--- server output ---\n${log}`);
    }
    await sleep(250);
  }
  return server;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------
// Browser

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launch the system Chromium headless (see the recipes for this machine). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.LERS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One server and one browser for a whole test file, started before its first test and
 * stopped after its last. `person()` opens a fresh browser context (its own cookies)
 * with one page.
 */
export function serverAndBrowser({ locale = 'en-US' } = {}) {
  const shared = {
    async person() {
      const context = await shared.browser.newContext({ locale });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return { context, page };
    },
  };
  before(async () => {
    shared.server = await startLers();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}

/** Full-page screenshot into SCREENSHOT_DIR; returns the file path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fill a form control by its name attribute: <select> by option value or label, else type. */
export async function setField(page, name, value) {
  const el = page.locator(`[name="${name}"]`).first();
  await el.waitFor({ state: 'visible', timeout: 10_000 });
  const tag = await el.evaluate((e) => e.tagName.toLowerCase());
  if (tag === 'select') {
    const byValue = await el.evaluate((e, v) => [...e.options].some((o) => o.value === v), value);
    await el.selectOption(byValue ? { value } : { label: value });
  } else {
    await el.fill(value);
  }
}

/** pathname of the page's current URL. */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Wait until the page's URL has one of the given paths (after load). */
export async function waitForPath(page, paths, timeout = 15_000) {
  const want = Array.isArray(paths) ? paths : [paths];
  try {
    await page.waitForURL((u) => want.includes(new URL(u).pathname), { timeout });
  } catch (err) {
    throw new Error(`expected path ${want.join(' or ')}, still at ${page.url()} after ${timeout} ms`, { cause: err });
  }
}

/**
 * Waits for the redirect a saved form ends in (`?notice=`); when the page stays,
 * fails with what it says instead: the refusal, the field errors, the heading.
 */
export async function waitForNotice(page, timeout = 20_000) {
  try {
    await page.waitForURL(/notice=/, { timeout });
  } catch (err) {
    const said = await page
      .locator('.error-summary, .field-error, [role=alert], h1')
      .allTextContents()
      .catch(() => []);
    const texts = said.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    throw new Error(`no notice after saving, still at ${page.url()}; the page says: ${texts.join(' | ')}`, { cause: err });
  }
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails with a
 * readable list of violations.
 */
export async function assertAccessible(page, label) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const problems = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  if (problems.length > 0) {
    throw new Error(`${label}: ${problems.length} accessibility violation(s):\n  ${problems.join('\n  ')}`);
  }
  if (results.passes.length === 0) throw new Error(`${label}: axe checked nothing — did it run?`);
  return results.passes.length;
}

/**
 * A requester signs up in the browser (form → emailed link → password → TOTP) and ends
 * on the dashboard. Returns { email, passphrase, secret }.
 */
export async function signUpInBrowser(page, server, email, profile) {
  const res = await page.goto(`${server.baseUrl}/signup`);
  if (res.status() !== 200) throw new Error(`GET /signup -> ${res.status()}`);
  for (const [name, value] of Object.entries(profile)) await setField(page, name, value);
  await setField(page, 'email', email);
  await page.locator('form:has([name="email"]) button[type=submit]').first().click();
  await waitForPath(page, '/signup/sent');
  const link = await server.waitForLink(email);
  const { passphrase, secret } = await setPasswordAndEnrol(page, link, '/dashboard');
  return { email, passphrase, secret };
}

/**
 * Opens a verification or invitation link, chooses a password and enrols TOTP; waits
 * for `home`. Returns { passphrase, secret }.
 */
export async function setPasswordAndEnrol(page, link, home) {
  await page.goto(link);
  const passphrase = `Walnut-${Math.random().toString(36).slice(2)}-Abilene!7`;
  await setField(page, 'password', passphrase);
  await setField(page, 'password_confirm', passphrase);
  await page.locator('form:has([name="password_confirm"]) button[type=submit]').first().click();
  await waitForPath(page, '/mfa/enroll');
  const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
  await setField(page, 'code', await freshTotp(secret));
  await page.locator('form:has([name="code"]) button[type=submit]').first().click();
  const recoveryCodes = await finishEnrolment(page, home);
  return { passphrase, secret, recoveryCodes };
}

/**
 * After the enrolment code is accepted, LERS shows the ten recovery codes once; reads
 * them, continues and waits for `home`. Returns the codes.
 */
export async function finishEnrolment(page, home) {
  await page.locator('#recovery-codes').waitFor({ state: 'visible' });
  const codes = (await page.locator('#recovery-codes code').allTextContents()).map((c) => c.trim());
  if (codes.length !== 10) throw new Error(`expected 10 recovery codes, got ${codes.length}`);
  await page.locator('#recovery-continue').click();
  await waitForPath(page, home);
  return codes;
}

/** A small valid one-page PDF with `text` on it (xref offsets computed). */
export function samplePdf(text) {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.7\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The code of the next 30-second window (waits for it): a code not used at login. */
export async function nextTotp(secret) {
  const now = Date.now() / 1000;
  const wait = (30 - (now % 30)) * 1000 + 500;
  await sleep(wait);
  return totp(secret);
}
