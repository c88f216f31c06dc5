// Passkeys and security keys (issue 17 §2) in Chromium with its virtual authenticator
// (CDP WebAuthn domain: a platform authenticator that keeps discoverable credentials
// and verifies its user): register a key, sign in with it alone, confirm a step-up
// with a touch, the staff key policy (password and code refused, enrolment of a key
// straight after TOTP enrolment), a cloned key refused, removal with a fresh
// factor, and the pages without WebAuthn. A security key that keeps no passkey
// (a USB key without discoverable credentials) is registered and signs in after the
// password, in place of the code, all by keys only. (The one-time enrolment after a
// password and code sign-in is in crates/lers/tests/it/passkeys.rs.)

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';

import { activate, keyFill, keyFillAll } from './keys.mjs';
import {
  finishEnrolment, freshTotp, launchBrowser, nextTotp, setField, setPasswordAndEnrol, signUpInBrowser, startLers,
} from './lers.mjs';
import { PROFILE } from './pages.mjs';

let server;
let browser;

before(async () => {
  // WebAuthn needs a domain name for the relying party: 'localhost', not 127.0.0.1.
  server = await startLers({ host: 'localhost' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A browser context with its own cookies and its own virtual authenticator: by
 * default a platform authenticator keeping passkeys; `options` change it.
 */
async function person(options = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true,
      hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true, ...options,
    },
  });
  return { context, page, cdp, authenticatorId };
}

async function registerKey(page, name, code = '') {
  await page.goto(`${server.baseUrl}/account/keys`);
  await page.locator('#f-key-name').fill(name);
  if (code) await page.locator('#f-key-code').fill(code);
  await page.locator('#passkey-register button[type=submit]').click();
  await page.waitForURL(/\/account\/keys\?notice=/);
  await page.locator('#keys .key-name', { hasText: name }).waitFor();
}

async function signOut(page) {
  await page.locator('form[action="/logout"] button').click();
  await page.waitForURL((u) => new URL(u).pathname === '/login');
}

async function passwordSignIn(page, email, password, code) {
  await page.goto(`${server.baseUrl}/login`);
  await setField(page, 'email', email);
  await setField(page, 'password', password);
  await setField(page, 'code', code);
  await page.locator('form[action="/login"] button[type=submit]').click();
}

/** The admin sets the key policy, confirming with a key touch. */
async function setPolicy(page, policy) {
  await page.goto(`${server.baseUrl}/staff/security`);
  const form = page.locator('form[action="/staff/security"]');
  await form.locator(`#policy-${policy}`).check();
  await form.locator('button.passkey-touch').click();
  await form.locator('[role=status]', { hasText: /Key confirmed/ }).waitFor();
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/staff\/security\?notice=/);
  assert.equal(await page.locator(`#policy-${policy}`).isChecked(), true);
}

async function passkeySignIn(page) {
  await page.goto(`${server.baseUrl}/login`);
  await page.locator('#passkey-sign-in button').click();
}

test('passkeys: register, sign in alone, step-up touch, staff policy, clone signal, removal', async () => {
  const tag = randomBytes(3).toString('hex');
  const admin = await person();
  const approver = await person();
  try {
    // The first admin sets up the installation with password and TOTP.
    const setup = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(server.log());
    assert.ok(setup, 'the server printed a first-admin link');
    const ap = admin.page;
    const adminEmail = `ada.${tag}@provider.example`;
    const adminPassword = 'granite kettle orbit 4471';
    await ap.goto(setup[0]);
    await setField(ap, 'name', 'Ada Admin');
    await setField(ap, 'email', adminEmail);
    await setField(ap, 'password', adminPassword);
    await setField(ap, 'password_confirm', adminPassword);
    await ap.locator('form:has([name="password_confirm"]) button[type=submit]').click();
    await ap.waitForURL(/\/mfa\/enroll$/);
    const adminSecret = (await ap.locator('#totp-secret').textContent()).replace(/\s+/g, '');
    await setField(ap, 'code', await freshTotp(adminSecret));
    await ap.locator('form:has([name="code"]) button[type=submit]').click();
    await finishEnrolment(ap, '/staff');

    // Register a passkey: the sign-in a moment ago is the fresh factor. The owner is
    // told by mail, in case it was not them.
    await registerKey(ap, 'Office laptop');
    const told = server.mailsTo(adminEmail).filter((texts) => texts.some((t) => t.includes('Office laptop')));
    assert.equal(told.length, 1, 'one mail about the new key');

    // Sign in with the passkey alone: no password, no code.
    await signOut(ap);
    await passkeySignIn(ap);
    await ap.waitForURL((u) => new URL(u).pathname === '/staff');

    // Step-up with a key touch: granting the approver role asks for a fresh factor;
    // the touch stands in for the code (left empty).
    await ap.goto(`${server.baseUrl}/staff/accounts`);
    const invite = ap.locator('form[method="post"][action="/staff/accounts"]');
    await invite.locator('[name="name"]').fill('Abe Approve');
    const approverEmail = `abe.${tag}@provider.example`;
    await invite.locator('[name="email"]').fill(approverEmail);
    await invite.locator('input[name="role_approver"]').check();
    await invite.locator('button.passkey-touch').click();
    await invite.locator('[role=status]', { hasText: /Key confirmed/ }).waitFor();
    await invite.locator('button[type=submit]').click();
    await ap.waitForURL(/notice=/);
    assert.ok((await ap.locator('#main').textContent()).includes(approverEmail), 'the approver was invited');

    // The admin requires keys of all staff (fresh factor: a key touch).
    await setPolicy(ap, 'all_staff');
    assert.equal(await ap.locator('#policy-all_staff').isChecked(), true);

    // The approver enrols TOTP from the invitation: covered by the policy and without
    // a key, they go on to register one, and reach the console only after that.
    const abe = approver.page;
    const abeLogin = await setPasswordAndEnrol(abe, await server.waitForLink(approverEmail), '/account/keys');
    await abe.goto(`${server.baseUrl}/staff`);
    await abe.waitForURL((u) => new URL(u).pathname === '/account/keys');
    await registerKey(abe, 'Blue key');
    await abe.goto(`${server.baseUrl}/staff`);
    await abe.waitForURL((u) => new URL(u).pathname === '/staff');

    // From now on password and code are refused, with a message that says what to do.
    await signOut(abe);
    await passwordSignIn(abe, approverEmail, abeLogin.passphrase, await nextTotp(abeLogin.secret));
    await abe.locator('.error-summary', { hasText: /must sign in with a passkey or security key/ }).waitFor();
    await passkeySignIn(abe);
    await abe.waitForURL((u) => new URL(u).pathname === '/staff');

    // A key whose counter goes back (a clone) is refused.
    await signOut(abe);
    const { credentials } = await approver.cdp.send('WebAuthn.getCredentials', { authenticatorId: approver.authenticatorId });
    assert.equal(credentials.length, 1);
    assert.ok(credentials[0].signCount > 0, `the authenticator counts its uses (${credentials[0].signCount})`);
    await approver.cdp.send('WebAuthn.removeCredential', { authenticatorId: approver.authenticatorId, credentialId: credentials[0].credentialId });
    await approver.cdp.send('WebAuthn.addCredential', { authenticatorId: approver.authenticatorId, credential: { ...credentials[0], signCount: 0 } });
    await passkeySignIn(abe);
    await abe.locator('#passkey-sign-in [role=status]', { hasText: /counter went backwards/ }).waitFor();
    assert.equal(new URL(abe.url()).pathname, '/login');

    // The admin's only key cannot go while the policy requires one …
    await ap.goto(`${server.baseUrl}/account/keys`);
    await ap.locator('#keys form[action$="/remove"] button[type=submit]').click();
    await ap.waitForURL(/notice=/);
    await ap.locator('.notice', { hasText: /This is your last key/ }).waitFor();
    // … and goes once keys are optional again, with a fresh code.
    await setPolicy(ap, 'nobody');
    await ap.goto(`${server.baseUrl}/account/keys`);
    await ap.locator('#keys form[action$="/remove"] [name="code"]').fill(await nextTotp(adminSecret));
    await ap.locator('#keys form[action$="/remove"] button[type=submit]').click();
    await ap.waitForURL(/notice=/);
    await ap.locator('.notice', { hasText: /The key was removed/ }).waitFor();
    assert.equal(await ap.locator('#keys').count(), 0);
  } finally {
    await admin.context.close();
    await approver.context.close();
  }
});

test('a security key that keeps no passkey signs in after the password instead of the code, by keys only', async () => {
  // A USB security key with a PIN but no room for discoverable credentials.
  const officer = await person({ transport: 'usb', hasResidentKey: false });
  const { page } = officer;
  const email = `usbkey.${randomBytes(3).toString('hex')}@abilenetx.gov`;
  try {
    const login = await signUpInBrowser(page, server, email, PROFILE);
    // Register it by keys: profile, then the keys page (the sign-in is the fresh factor).
    await activate(page, 'a[href="/account/profile"]');
    await page.waitForURL((u) => new URL(u).pathname === '/account/profile');
    await activate(page, 'a[href="/account/keys"]');
    await page.waitForURL((u) => new URL(u).pathname === '/account/keys');
    await keyFill(page, 'name', 'USB key', { scope: '#passkey-register' });
    await activate(page, '#passkey-register button[type=submit]');
    await page.waitForURL(/\/account\/keys\?notice=/);
    await page.locator('#keys .key-name', { hasText: 'USB key' }).waitFor();
    const { credentials } = await officer.cdp.send('WebAuthn.getCredentials', { authenticatorId: officer.authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, false, 'the key keeps no passkey');

    await activate(page, 'form[action="/logout"] button');
    await page.waitForURL((u) => new URL(u).pathname === '/login');
    // The wrong password with the right key: the one message for any failure, no session.
    await keyFillAll(page, { email, password: `${login.passphrase}x` });
    await activate(page, '#passkey-second-factor button');
    await page.locator('.error-summary', { hasText: /email address, password or code is not right/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    // The right password, then a touch of the key in place of the code.
    await keyFillAll(page, { email, password: login.passphrase });
    await activate(page, '#passkey-second-factor button');
    await page.waitForURL((u) => new URL(u).pathname === '/dashboard');
    const after = await officer.cdp.send('WebAuthn.getCredentials', { authenticatorId: officer.authenticatorId });
    assert.ok(after.credentials[0].signCount > credentials[0].signCount, 'the key was used to sign in');

    // A colleague who knows this password cannot get in with their own key: their
    // key signs this account's challenge (the list of keys forged on the way), and
    // the key is not this account's (attack review).
    const colleague = await person({ transport: 'usb', hasResidentKey: false });
    try {
      await signUpInBrowser(colleague.page, server, `colleague.${randomBytes(3).toString('hex')}@abilenetx.gov`, PROFILE);
      await registerKey(colleague.page, 'Colleague key');
      const { credentials: theirs } = await colleague.cdp.send('WebAuthn.getCredentials', { authenticatorId: colleague.authenticatorId });
      await officer.cdp.send('WebAuthn.addCredential', { authenticatorId: officer.authenticatorId, credential: theirs[0] });
      const theirId = theirs[0].credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      await page.route('**/login/key/second-factor', async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        json.options.publicKey.allowCredentials = [{ type: 'public-key', id: theirId }];
        await route.fulfill({ response, json });
      });
      await signOut(page);
      await setField(page, 'email', email);
      await setField(page, 'password', login.passphrase);
      await page.locator('#passkey-second-factor button').click();
      await page.locator('.error-summary', { hasText: /email address, password or code is not right/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
      const used = await officer.cdp.send('WebAuthn.getCredentials', { authenticatorId: officer.authenticatorId });
      const colleagueKey = used.credentials.find((c) => c.credentialId === theirs[0].credentialId);
      assert.ok(colleagueKey.signCount > theirs[0].signCount, "the colleague's key did answer");
    } finally {
      await colleague.context.close();
    }
  } finally {
    await officer.context.close();
  }
});

test('without WebAuthn the pages say so and keep password sign-in', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.PublicKeyCredential; });
  const page = await context.newPage();
  try {
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('#passkey-sign-in [data-passkey-unavailable]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#passkey-sign-in button').isDisabled(), true);
    assert.equal(await page.locator('#passkey-second-factor button').isHidden(), true, 'no key button in the form');
    assert.equal(await page.locator('form[action="/login"] button[type=submit]').isEnabled(), true);
  } finally {
    await context.close();
  }
});
