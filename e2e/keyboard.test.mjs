// Issue 17, "Every flow is possible with the keyboard alone": sign-up and second-factor
// enrolment; filing each kind of request with a document; review, call-back and
// decision; production upload; download — with Tab, Shift+Tab, arrows, Space, Enter
// and typing only (a file is picked in the chooser a key press opens), and a visible
// focus indicator checked at every Tab stop (e2e/keys.mjs). Pages are opened by the
// links on them; an address is typed only where a person would follow an emailed link.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { freshTotp, nextTotp, pathOf, samplePdf, screenshot, serverAndBrowser, waitForNotice, waitForPath } from './lers.mjs';
import { activate, assertFocusShown, chooseFile, keyFill, keyFillAll, submitted, tabTo } from './keys.mjs';
import { MISMATCHED_AGENCY, PROFILE, fieldsOf, setUpAdmin } from './pages.mjs';

const shared = serverAndBrowser();
const person = () => shared.person();

/** Chooses a password and enrols TOTP on the page a link opened, by keys only. */
async function passwordAndTotpByKeys(page, home) {
  const passphrase = `Walnut-${randomBytes(4).toString('hex')}-Abilene!7`;
  await keyFill(page, 'password', passphrase);
  await keyFill(page, 'password_confirm', passphrase);
  await page.keyboard.press('Enter');
  await waitForPath(page, '/mfa/enroll');
  const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
  await keyFill(page, 'code', await freshTotp(secret));
  await page.keyboard.press('Enter');
  await page.locator('#recovery-codes').waitFor();
  await activate(page, '#recovery-continue');
  await waitForPath(page, home);
  return { passphrase, secret };
}

test('a requester signs up, enrols and files every kind of request with a document, by keyboard only', async () => {
  const requester = await person();
  const { page } = requester;
  const email = `kbd.${randomBytes(3).toString('hex')}@abilenetx.gov`;
  try {
    await page.goto(`${shared.server.baseUrl}/`);
    // The skip link is the first stop and moves focus to the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await assertFocusShown(page);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

    await activate(page, 'a[href="/signup"]');
    await waitForPath(page, '/signup');
    await keyFillAll(page, { ...PROFILE, email });
    await page.keyboard.press('Enter');
    await waitForPath(page, '/signup/sent');
    await page.goto(await shared.server.waitForLink(email)); // the emailed link
    await passwordAndTotpByKeys(page, '/dashboard');
    await screenshot(page, 'keyboard-dashboard');
    // The language switcher at the foot of every page, by keys: Polish, then English.
    await activate(page, 'a[hreflang="pl"]');
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    await activate(page, 'a[hreflang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    const kinds = ['user_data', 'emergency', 'preservation', 'preservation_extension', 'withhold_access', 'epoc', 'epoc_pr'];
    let preservationReference;
    for (const kind of kinds) {
      await activate(page, 'a[href="/requests/new"]');
      await waitForPath(page, '/requests/new');
      await activate(page, `form:has(input[name="kind"][value="${kind}"]) button[type=submit]`);
      await page.waitForURL(/\/edit$/);
      const id = pathOf(page).split('/')[2];
      await keyFillAll(page, fieldsOf(kind, preservationReference));
      await activate(page, 'button[name="action"][value="submit"]');
      await page.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));
      const errors = await page.locator('.error-summary').count();
      assert.equal(errors, 0, `${kind}: the form was refused: ${errors && await page.locator('.error-summary').textContent()}`);
      const reference = (await page.locator('h1').textContent()).trim();
      assert.match(reference, /^LERS-\d{4}-\d{6}$/, `${kind}: filed`);
      if (kind === 'preservation') preservationReference = reference;

      const pdf = samplePdf(`${kind} legal process`);
      await chooseFile(page, 'input[name="file"]', { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf });
      await activate(page, 'form:has(input[name="file"]) button[type=submit]');
      await waitForNotice(page);
      // The SHA-256 receipt of exactly these bytes is on the page.
      await page.getByText(createHash('sha256').update(pdf).digest('hex')).first().waitFor();
      if (kind === 'emergency' || kind === 'epoc') await screenshot(page, `keyboard-filed-${kind}`);
      await activate(page, 'a[href="/dashboard"]');
      await waitForPath(page, '/dashboard');
    }
    assert.equal(await page.locator('#requests tbody tr').count(), kinds.length);
  } catch (err) {
    await screenshot(page, 'keyboard-requester-failure').catch(() => {});
    err.message += `\n(at ${page.url()})\n--- lers output (tail) ---\n${shared.server.logTail()}`;
    throw err;
  } finally {
    await requester.context.close();
  }
});

/** The admin invites a staff member with `roles` from the navigation, by keys only. */
async function inviteByKeys(page, { name, email, roles, adminSecret }) {
  // From the accounts page itself (after an invitation) the link reloads it.
  await submitted(page, () => activate(page, 'nav a[href="/staff/accounts"]'));
  const scope = 'form[method="post"][action="/staff/accounts"]';
  await keyFillAll(page, { name, email }, { scope });
  for (const role of roles) await keyFill(page, `role_${role}`, true, { scope });
  if (roles.includes('approver')) await keyFill(page, 'code', await nextTotp(adminSecret), { scope });
  await submitted(page, () => activate(page, `${scope} button[type=submit]`));
  assert.ok(page.url().includes('notice='), `${email}: ${page.url()}`);
  assert.ok((await page.locator('#main').textContent()).includes(email), `${email} invited`);
}

test('staff review, call back and decide, a producer uploads and the requester downloads, by keyboard only', async () => {
  const tag = randomBytes(3).toString('hex');
  const people = {};
  for (const who of ['requester', 'admin', 'reviewer', 'approver']) people[who] = await person();
  try {
    // Set-up (not under test): an emergency request and the team.
    const rp = people.requester.page;
    const requesterEmail = `em.${tag}@abilenetx.gov`;
    await rp.goto(`${shared.server.baseUrl}/signup`);
    // Above the risk threshold at any hour (see MISMATCHED_AGENCY): the call-back needs
    // a second person's confirmation.
    await keyFillAll(rp, { ...PROFILE, agency: MISMATCHED_AGENCY, email: requesterEmail });
    await rp.keyboard.press('Enter');
    await waitForPath(rp, '/signup/sent');
    await rp.goto(await shared.server.waitForLink(requesterEmail));
    const requesterLogin = await passwordAndTotpByKeys(rp, '/dashboard');
    await activate(rp, 'a[href="/requests/new"]');
    await waitForPath(rp, '/requests/new');
    await activate(rp, 'form:has(input[name="kind"][value="emergency"]) button[type=submit]');
    await rp.waitForURL(/\/edit$/);
    const id = pathOf(rp).split('/')[2];
    await keyFillAll(rp, fieldsOf('emergency'));
    await activate(rp, 'button[name="action"][value="submit"]');
    await rp.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));

    const ap = people.admin.page;
    const { secret: adminSecret } = await setUpAdmin(ap, shared.server, `ada.${tag}@provider.example`);
    // The admin invites the team by keys (granting approver takes a fresh code).
    await inviteByKeys(ap, { name: 'Rita Review', email: `rita.${tag}@provider.example`, roles: ['reviewer', 'producer'], adminSecret });
    await inviteByKeys(ap, { name: 'Abe Approve', email: `abe.${tag}@provider.example`, roles: ['approver'], adminSecret });
    const vp = people.reviewer.page;
    await vp.goto(await shared.server.waitForLink(`rita.${tag}@provider.example`));
    await passwordAndTotpByKeys(vp, '/staff');
    const pp = people.approver.page;
    await pp.goto(await shared.server.waitForLink(`abe.${tag}@provider.example`));
    const approverLogin = await passwordAndTotpByKeys(pp, '/staff');

    // Review: queue → request → checklist (radio groups with the arrow keys).
    await activate(vp, 'a[href="/staff/queue"]');
    await waitForPath(vp, '/staff/queue');
    await activate(vp, `#queue a[href="/staff/requests/${id}"]`);
    await waitForPath(vp, `/staff/requests/${id}`);
    await screenshot(vp, 'keyboard-console-request');
    const criteria = await vp.locator('form[action$="/review"] input[type=radio][value="fine"]').evaluateAll((els) => els.map((e) => e.name));
    assert.ok(criteria.length > 0, 'the checklist has questions');
    for (const name of criteria) await keyFill(vp, name, 'fine', { scope: 'form[action$="/review"]' });
    await activate(vp, 'form[action$="/review"] button[type=submit]');
    await waitForNotice(vp);
    assert.equal((await vp.locator('#suggestion').textContent()).trim(), 'proceed');

    // Call-back on the emergency, on a number found independently (not the request's).
    await keyFillAll(vp, { callback_phone: '+1 325 555 0100', number_source: 'Abilene PD switchboard, abilenetx.gov', answered_by: 'Lt. Ana Ruiz', callback_result: 'confirmed' }, { scope: 'form[action$="/callback"]' });
    await activate(vp, 'form[action$="/callback"] button[type=submit]');
    await waitForNotice(vp);
    await vp.getByText(/Lt\. Ana Ruiz: Confirmed: the agency confirms the request/).first().waitFor();

    await vp.locator('#second-confirmation-needed').waitFor();
    const confirmCallBack = 'form[action*="/callbacks/"][action$="/confirm"]';
    assert.equal(await vp.locator(confirmCallBack).count(), 0, 'the one who called back cannot confirm it');

    // A second person confirms the call-back, then decides with a fresh code.
    await activate(pp, 'a[href="/staff/queue"]');
    await waitForPath(pp, '/staff/queue');
    await activate(pp, `#queue a[href="/staff/requests/${id}"]`);
    await waitForPath(pp, `/staff/requests/${id}`);
    await activate(pp, `${confirmCallBack} button[type=submit]`);
    await waitForNotice(pp);
    await pp.getByText(/Abe Approve/).first().waitFor();
    await keyFill(pp, 'decision', 'approve', { scope: 'form[action$="/decide"]' });
    await keyFill(pp, 'note_to_requester', 'Approved; production follows.', { scope: 'form[action$="/decide"]' });
    await keyFill(pp, 'code', await nextTotp(approverLogin.secret), { scope: 'form[action$="/decide"]' });
    // The page already carries the confirmation's notice: wait for the decision's own page.
    await submitted(pp, () => activate(pp, 'form[action$="/decide"] button[type=submit]'));
    await waitForNotice(pp);
    const status = (await pp.locator('#request-status').textContent()).trim();
    assert.equal(status, 'Approved', `decision: ${await pp.locator('.error-summary, .field-error').allTextContents()}`);

    // Production: open, pick a file in the chooser by keyboard, upload, verify, deliver.
    await vp.reload();
    await submitted(vp, () => activate(vp, 'form[action$="/productions"] button[type=submit]'));
    const payload = randomBytes(300_000);
    const sha256 = createHash('sha256').update(payload).digest('hex');
    await chooseFile(vp, 'form[data-upload] input[type=file]', { name: 'export.bin', mimeType: 'application/octet-stream', buffer: payload });
    await activate(vp, 'form[data-upload] button[type=submit]');
    const stored = vp.locator('tr[data-name="export.bin"] code.details');
    await stored.waitFor({ timeout: 60_000 });
    assert.equal((await stored.textContent()).trim(), sha256);
    await submitted(vp, () => activate(vp, 'form[action$="/verify"] button[type=submit]'));
    await submitted(vp, () => activate(vp, 'form[action$="/deliver"] button[type=submit]'));

    // Download: the requester unlocks with a fresh code and saves the file with Enter.
    await rp.goto(`${shared.server.baseUrl}/dashboard`);
    await activate(rp, `#requests a[href="/requests/${id}"]`);
    await waitForPath(rp, `/requests/${id}`);
    if (await rp.locator('form[action$="/productions/confirm"]').count()) {
      await keyFill(rp, 'code', await nextTotp(requesterLogin.secret), { scope: 'form[action$="/productions/confirm"]' });
      await activate(rp, 'form[action$="/productions/confirm"] button[type=submit]');
      await waitForNotice(rp);
    }
    await tabTo(rp, '#productions a[download]');
    const [download] = await Promise.all([rp.waitForEvent('download'), rp.keyboard.press('Enter')]);
    const received = await readFile(await download.path());
    assert.equal(createHash('sha256').update(received).digest('hex'), sha256);
  } catch (err) {
    for (const [name, p] of Object.entries(people)) await screenshot(p.page, `keyboard-staff-failure-${name}`).catch(() => {});
    err.message += `\n--- lers output (tail) ---\n${shared.server.logTail()}`;
    throw err;
  } finally {
    for (const p of Object.values(people)) await p.context.close();
  }
});
