// A requester signs up in the browser: government email -> verification link ->
// password -> mandatory TOTP enrolment -> dashboard -> logout. And a refused domain.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  assertAccessible, base32Decode, finishEnrolment, freshTotp, launchBrowser, pathOf, screenshot, setField, startLers, waitForPath,
} from './lers.mjs';

const PROFILE = {
  name: 'Dana Reyes',
  agency: 'Abilene Police Department',
  badge_number: 'APD-4471',
  phone: '+1 325 555 0100',
  mailing_address: '555 Walnut St, Abilene, TX 79601',
  country: 'US',
  subdivision: 'TX',
};

let server;
let browser;

before(async () => {
  server = await startLers();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Run `body` with a fresh browser context; on failure save a screenshot and add the
 * tail of the server's output to the error.
 */
async function withPage(name, body) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await body(page, context);
  } catch (err) {
    let shot = '';
    try {
      shot = await screenshot(page, `${name}-failure`);
    } catch { /* page may be gone */ }
    err.message += `\n(at ${page.url()}; screenshot ${shot || 'not taken'})\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    await context.close();
  }
}

async function fillSignupForm(page, email) {
  const res = await page.goto(`${server.baseUrl}/signup`);
  assert.equal(res.status(), 200, 'GET /signup');
  for (const [name, value] of Object.entries(PROFILE)) await setField(page, name, value);
  await setField(page, 'email', email);
}

/** The submit button of the form that contains the named field. */
function submitOf(page, fieldName) {
  return page.locator(`form:has([name="${fieldName}"]) button[type=submit]`).first();
}

describe('requester sign-up', () => {
  test('signs up with a .gov address, verifies email, sets password, enrols TOTP, reaches the dashboard, logs out', async () => {
    await withPage('signup', async (page, context) => {
      const email = `dana.reyes.${randomBytes(5).toString('hex')}@abilenetx.gov`;

      // 0. The start page and the sign-in page meet WCAG 2.1 AA.
      await page.goto(`${server.baseUrl}/`);
      await assertAccessible(page, 'start page');
      await page.goto(`${server.baseUrl}/login`);
      await assertAccessible(page, 'sign-in page');

      // 1. Sign-up form.
      await fillSignupForm(page, email);
      await assertAccessible(page, 'sign-up form');
      await submitOf(page, 'email').click();
      await waitForPath(page, '/signup/sent');

      // 2. Verification link from the outbox.
      const link = await server.waitForLink(email);
      const verify = await page.goto(link);
      assert.ok(verify.ok(), `GET ${link} -> ${verify.status()}`);

      // 3. Choose a password.
      const passphrase = `Walnut-${randomBytes(12).toString('base64url')}-Abilene!7`;
      await assertAccessible(page, 'password page');
      await setField(page, 'password', passphrase);
      await setField(page, 'password_confirm', passphrase);
      await submitOf(page, 'password_confirm').click();
      await waitForPath(page, '/mfa/enroll');

      // 4. Mandatory TOTP enrolment.
      const secretEl = page.locator('#totp-secret');
      await secretEl.waitFor({ state: 'visible' });
      const secret = (await secretEl.textContent()).replace(/\s+/g, '');
      assert.match(secret, /^[A-Z2-7]+=*$/i, `#totp-secret should be base32, got ${JSON.stringify(secret)}`);
      assert.ok(base32Decode(secret).length >= 16, `TOTP secret should be at least 128 bits (RFC 4226), got ${secret}`);
      await page.locator('svg').first().waitFor({ state: 'visible' }); // the QR code
      await screenshot(page, 'signup-enroll');
      await assertAccessible(page, 'TOTP enrolment page');

      await setField(page, 'code', await freshTotp(secret));
      await submitOf(page, 'code').click();
      // 4b. The recovery codes, shown once.
      await page.locator('#recovery-codes').waitFor({ state: 'visible' });
      await screenshot(page, 'signup-recovery-codes');
      await assertAccessible(page, 'recovery codes page');
      await finishEnrolment(page, '/dashboard');
      await page.locator('h1').first().waitFor({ state: 'visible' });
      await screenshot(page, 'signup-dashboard');
      await assertAccessible(page, 'dashboard');

      // 5. Log out; the dashboard is no longer reachable, not even with the old cookies.
      const cookiesBefore = await context.cookies();
      await page.locator('form[action="/logout"] button[type=submit]').first().click();
      await waitForPath(page, ['/', '/login']);

      await page.goto(`${server.baseUrl}/dashboard`);
      assert.equal(pathOf(page), '/login', `after logout /dashboard should redirect to /login, got ${page.url()}`);

      const replay = await browser.newContext();
      try {
        await replay.addCookies(cookiesBefore);
        const p2 = await replay.newPage();
        await p2.goto(`${server.baseUrl}/dashboard`);
        assert.equal(pathOf(p2), '/login',
          `a session cookie from before logout must be dead server-side, but /dashboard gave ${p2.url()}`);
      } finally {
        await replay.close();
      }
    });
  });

  test('refuses an address outside the government allow-list and keeps what was typed', async () => {
    await withPage('signup-refused', async (page) => {
      const email = `x.${randomBytes(4).toString('hex')}@gmail.com`;
      await fillSignupForm(page, email);

      const [res] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signup'),
        submitOf(page, 'email').click(),
      ]);
      assert.equal(res.status(), 422, 'POST /signup with a non-government address');
      await page.waitForLoadState('load');
      assert.equal(pathOf(page), '/signup');

      // A visible error, tied to the email field, that says why.
      const error = page.locator('.field-error, [role=alert]').filter({ hasText: /government/i }).first();
      await error.waitFor({ state: 'visible' });
      const nearEmail = await page.locator('[name="email"]').first().evaluate((input) => {
        const matches = (el) => el.matches('.field-error, [role=alert]') && /government/i.test(el.textContent);
        const described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
          .map((id) => document.getElementById(id));
        if (described.some((el) => el && matches(el))) return true;
        let anc = input.parentElement;
        for (let i = 0; i < 3 && anc && anc.tagName !== 'FORM'; i++, anc = anc.parentElement) {
          if ([...anc.querySelectorAll('.field-error, [role=alert]')].some(matches)) return true;
        }
        return false;
      });
      assert.ok(nearEmail, 'the "government" error should sit next to the email field '
        + '(in its field container, or referenced by its aria-describedby)');

      await assertAccessible(page, 'sign-up form with errors');

      // What was typed is still there.
      assert.equal(await page.locator('[name="agency"]').first().inputValue(), PROFILE.agency);
      assert.equal(await page.locator('[name="name"]').first().inputValue(), PROFILE.name);
      assert.equal(await page.locator('[name="badge_number"]').first().inputValue(), PROFILE.badge_number);
      assert.equal(await page.locator('[name="mailing_address"]').first().inputValue(), PROFILE.mailing_address);

      // And nothing was mailed to the refused address.
      const mailed = server.emails().filter((f) => readFileSync(f, 'utf8').toLowerCase().includes(email));
      assert.deepEqual(mailed, [], 'no mail may go to a refused address');
    });
  });
});
