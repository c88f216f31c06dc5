// A complete review in the console, from the queue to approval by two people: the
// first admin sets up the team, a reviewer answers the checklist, a different person
// approves with a fresh code, and the requester sees the outcome. Then a producer
// uploads a file through the console page (the resumable upload script, in chunks),
// verifies and delivers it, and the requester downloads it with a fresh code.
// The flow runs twice: in English, and with a Polish requester and a Vietnamese
// response team, whose pages must show no English message.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import { assertNoEnglish, t } from './fluent.mjs';
import {
  assertAccessible, finishEnrolment, freshTotp, launchBrowser, nextTotp, pathOf, screenshot, setField, setPasswordAndEnrol, signUpInBrowser, startLers,
} from './lers.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A fresh browser context (own cookies) and page, its browser speaking `locale`. */
async function person(locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

test('a request goes from the queue to approval by two people, then to production and download', async () => {
  await reviewFlow('en', 'en');
});

test('the same flow with a Polish requester and a Vietnamese response team, without an English message', async () => {
  await reviewFlow('pl', 'vi');
});

/** The whole flow on a server of its own (each sets up its first admin). */
async function reviewFlow(requesterLang, staffLang) {
  const server = await startLers();
  try {
    await reviewFlowOn(server, requesterLang, staffLang);
  } finally {
    await server.stop();
  }
}

async function reviewFlowOn(server, requesterLang, staffLang) {
  const tag = randomBytes(3).toString('hex');
  const requester = await person(requesterLang);
  const admin = await person(staffLang);
  const reviewer = await person(staffLang);
  const approver = await person(staffLang);
  const producer = await person(staffLang);
  const shot = (page, name, lang) => screenshot(page, lang === 'en' ? name : `${name}-${lang}`);
  try {
    // The requester files a user-data request.
    const requesterLogin = await signUpInBrowser(requester.page, server, `det.${tag}@abilenetx.gov`, {
      name: 'Det. Sam Cole', agency: 'Abilene Police Department', badge_number: 'APD-3310',
      phone: '+1 325 555 0123', mailing_address: '555 Walnut St, Abilene, TX 79601', country: 'US', subdivision: 'TX',
    });
    const rp = requester.page;
    await assertNoEnglish(rp, requesterLang, 'dashboard');
    await rp.goto(`${server.baseUrl}/requests/new`);
    await assertNoEnglish(rp, requesterLang, 'new request');
    await rp.locator('form:has(input[name="kind"][value="user_data"]) button[type=submit]').click();
    await rp.waitForURL(/\/edit$/);
    await assertNoEnglish(rp, requesterLang, 'request form');
    const id = pathOf(rp).split('/')[2];
    for (const [name, value] of Object.entries({
      title: 'Operation Walnut', description: 'Subscriber details of the account used in the fraud.',
      issuing_authority: '42nd District Court, Taylor County', instrument: 'search_warrant', citation: 'Cause No. 2026-4471',
      target_type_0: 'email', target_value_0: 'suspect@example.com', date_from: '2026-01-01', date_to: '2026-06-30',
    })) await setField(rp, name, value);
    await rp.locator('input[name="cat_subscriber_info"]').check();
    await rp.locator('button[name="action"][value="submit"]').click();
    await rp.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));
    const reference = (await rp.locator('h1').textContent()).trim();

    // The first admin, from the link printed at start, invites a reviewer and an approver.
    const setup = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(server.log());
    assert.ok(setup, 'the server printed a first-admin link');
    const ap = admin.page;
    await ap.goto(setup[0]);
    await setField(ap, 'name', 'Ada Admin');
    await setField(ap, 'email', `ada.${tag}@provider.example`);
    await setField(ap, 'password', 'granite kettle orbit 4471');
    await setField(ap, 'password_confirm', 'granite kettle orbit 4471');
    await ap.locator('form:has([name="password_confirm"]) button[type=submit]').click();
    await ap.waitForURL(/\/mfa\/enroll$/);
    const adminSecret = (await ap.locator('#totp-secret').textContent()).replace(/\s+/g, '');
    await setField(ap, 'code', await freshTotp(adminSecret));
    await ap.locator('form:has([name="code"]) button[type=submit]').click();
    await finishEnrolment(ap, '/staff');
    for (const [name, email, role] of [['Rita Review', `rita.${tag}@provider.example`, 'reviewer'], ['Abe Approve', `abe.${tag}@provider.example`, 'approver'], ['Pia Produce', `pia.${tag}@provider.example`, 'producer']]) {
      await ap.goto(`${server.baseUrl}/staff/accounts`);
      const invite = ap.locator('form[method="post"][action="/staff/accounts"]');
      await invite.locator('[name="name"]').fill(name);
      await invite.locator('[name="email"]').fill(email);
      await invite.locator(`input[name="role_${role}"]`).check();
      // Approver is a privileged role: the sole admin grants it with a fresh code.
      if (role === 'approver') await invite.locator('[name="code"]').fill(await nextTotp(adminSecret));
      await invite.locator('button[type=submit]').click();
      await ap.waitForURL(/notice=/);
    }
    await setPasswordAndEnrol(reviewer.page, await server.waitForLink(`rita.${tag}@provider.example`), '/staff');
    const approverLogin = await setPasswordAndEnrol(approver.page, await server.waitForLink(`abe.${tag}@provider.example`), '/staff');

    // The reviewer finds it in the queue and answers the checklist.
    const vp = reviewer.page;
    await vp.goto(`${server.baseUrl}/staff/queue`);
    await assertAccessible(vp, 'queue');
    await assertNoEnglish(vp, staffLang, 'queue');
    await shot(vp, 'queue', staffLang);
    await vp.locator('#queue a', { hasText: reference }).click();
    await vp.waitForURL(new RegExp(`/staff/requests/${id}$`));
    await assertAccessible(vp, 'console request page');
    await assertNoEnglish(vp, staffLang, 'console request page');
    await shot(vp, 'console-request', staffLang);
    for (const radio of await vp.locator('form[action$="/review"] input[type=radio][value="fine"]').all()) await radio.check();
    await vp.locator('form[action$="/review"] button[type=submit]').click();
    await vp.waitForURL(/notice=/);
    assert.equal((await vp.locator('#suggestion').textContent()).trim(), t(staffLang, 'suggestion-proceed'));
    assert.equal((await vp.locator('#request-status').textContent()).trim(), t(staffLang, 'status-in_review'));

    // A second person approves with a fresh code.
    const pp = approver.page;
    await pp.goto(`${server.baseUrl}/staff/requests/${id}`);
    const decide = pp.locator('form[action$="/decide"]');
    await decide.locator('[name="decision"]').selectOption('approve');
    await decide.locator('[name="note_to_requester"]').fill('Approved; production follows.');
    await decide.locator('[name="code"]').fill(await nextTotp(approverLogin.secret));
    await decide.locator('button[type=submit]').click();
    await pp.waitForURL(/notice=/);
    assert.equal((await pp.locator('#request-status').textContent()).trim(), t(staffLang, 'status-approved'));
    await assertNoEnglish(pp, staffLang, 'approved case');
    await shot(pp, 'review-approved-console', staffLang);

    // The requester sees the decision.
    await rp.goto(`${server.baseUrl}/requests/${id}`);
    assert.equal((await rp.locator('#request-status').textContent()).trim(), t(requesterLang, 'status-approved'));
    assert.ok((await rp.content()).includes('Approved; production follows.'));
    await assertNoEnglish(rp, requesterLang, 'approved request');
    await shot(rp, 'review-approved-requester', requesterLang);

    // The producer uploads a file of two chunks through the page, verifies and delivers.
    await setPasswordAndEnrol(producer.page, await server.waitForLink(`pia.${tag}@provider.example`), '/staff');
    const op = producer.page;
    await op.goto(`${server.baseUrl}/staff/requests/${id}`);
    await op.locator('form[action$="/productions"] button[type=submit]').click();
    await op.waitForURL(/notice=/);
    const payload = randomBytes(9 * 1024 * 1024 + 123);
    const sha256 = createHash('sha256').update(payload).digest('hex');
    const upload = op.locator('form[data-upload]');
    // The upload script speaks the page's language: its texts come with the page.
    assert.equal(await upload.getAttribute('data-say-choose'), t(staffLang, 'upload-choose'));
    await upload.locator('input[type=file]').setInputFiles({ name: 'account export.bin', mimeType: 'application/octet-stream', buffer: payload });
    await upload.locator('button[type=submit]').click();
    const stored = op.locator('tr[data-name="account export.bin"] code.details');
    await stored.waitFor({ timeout: 60_000 });
    assert.equal((await stored.textContent()).trim(), sha256);
    await assertAccessible(op, 'console production');
    await op.locator('form[action$="/verify"] button[type=submit]').click();
    await op.waitForURL(/notice=/);
    assert.ok((await op.locator('body').innerText()).includes(t(staffLang, 'production-verified')));
    await assertNoEnglish(op, staffLang, 'verified production');
    await op.locator('form[action$="/deliver"] button[type=submit]').click();
    await op.waitForURL(/notice=/);
    await shot(op, 'production-delivered-console', staffLang);

    // The requester unlocks downloads with a fresh code and gets exactly those bytes.
    await rp.goto(`${server.baseUrl}/requests/${id}`);
    assert.equal((await rp.locator('#request-status').textContent()).trim(), t(requesterLang, 'status-produced'));
    const unlock = rp.locator('form[action$="/productions/confirm"]');
    if (await unlock.count()) {
      await unlock.locator('[name="code"]').fill(await nextTotp(requesterLogin.secret));
      await unlock.locator('button[type=submit]').click();
      await rp.waitForURL(/notice=/);
    }
    await assertAccessible(rp, 'produced data');
    // Sizes are in the reader's words too (assertNoEnglish skips single words).
    const sizes = await rp.locator('#productions').innerText();
    assert.ok(requesterLang === 'en' || !/\d bytes\b/.test(sizes), `sizes in ${requesterLang}: ${sizes}`);
    await assertNoEnglish(rp, requesterLang, 'produced data');
    const [download] = await Promise.all([
      rp.waitForEvent('download'),
      rp.locator('#productions a[download]').first().click(),
    ]);
    assert.equal(download.suggestedFilename(), 'account export.bin');
    const received = await readFile(await download.path());
    assert.equal(createHash('sha256').update(received).digest('hex'), sha256);
    await shot(rp, 'production-requester', requesterLang);
  } catch (err) {
    for (const [name, p] of [['requester', requester], ['reviewer', reviewer], ['approver', approver], ['admin', admin], ['producer', producer]]) {
      await shot(p.page, `review-failure-${name}`, staffLang).catch(() => {});
    }
    err.message += `\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    for (const p of [requester, admin, reviewer, approver, producer]) await p.context.close();
  }
}
