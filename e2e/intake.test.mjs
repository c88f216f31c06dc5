// Intake staff enter a faxed search warrant with its scan: the facts of its arrival,
// the portal's own request form, the scanned PDF, then registration. It appears in the
// queue with its reference and the fax channel, its clock running from receipt.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';

import {
  assertAccessible, freshTotp, finishEnrolment, launchBrowser, nextTotp, samplePdf, screenshot, setField, setPasswordAndEnrol, startLers,
} from './lers.mjs';

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

/** `YYYY-MM-DD HH:MM` in UTC, `hours` ago. */
function utcHoursAgo(hours) {
  return new Date(Date.now() - hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

test('intake staff enter a faxed warrant with its scan and register it', async () => {
  const tag = randomBytes(3).toString('hex');
  const adminContext = await browser.newContext();
  const intakeContext = await browser.newContext();
  const ap = await adminContext.newPage();
  const ip = await intakeContext.newPage();
  ap.setDefaultTimeout(15_000);
  ip.setDefaultTimeout(15_000);
  try {
    // The first admin invites an intake officer.
    const setup = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(server.log());
    assert.ok(setup, 'the server printed a first-admin link');
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
    await ap.goto(`${server.baseUrl}/staff/accounts`);
    const invite = ap.locator('form[method="post"][action="/staff/accounts"]');
    await invite.locator('[name="name"]').fill('Ida Intake');
    await invite.locator('[name="email"]').fill(`ida.${tag}@provider.example`);
    await invite.locator('input[name="role_intake"]').check();
    await invite.locator('button[type=submit]').click();
    await ap.waitForURL(/notice=/);
    await setPasswordAndEnrol(ip, await server.waitForLink(`ida.${tag}@provider.example`), '/staff');

    // The facts of the fax's arrival and who sent it.
    await ip.locator('a[href="/staff/intake"]').first().click();
    await ip.waitForURL(/\/staff\/intake$/);
    await assertAccessible(ip, 'intake page');
    const received = utcHoursAgo(26);
    for (const [name, value] of Object.entries({
      kind: 'user_data', channel: 'fax', received, served: received,
      requester_name: 'Det. Ana Ruiz', requester_agency: 'Abilene Police Department',
      requester_email: `ana.${tag}@abilenetx.gov`, requester_phone: '+1 325 555 0100', requester_country: 'US',
    })) await setField(ip, name, value);
    await screenshot(ip, 'intake-arrival');
    await ip.locator('#intake-form button[type=submit]').click();
    await ip.waitForURL(/\/staff\/intake\/req_[0-9a-f]+\/edit$/);
    const id = new URL(ip.url()).pathname.split('/')[3];

    // The portal's request form, filled in from the warrant.
    for (const [name, value] of Object.entries({
      title: 'Walnut Street burglaries', description: 'Subscriber details and sign-in logs of the account used to plan the burglaries.',
      subdivision: 'TX', issuing_authority: '42nd District Court, Taylor County', instrument: 'search_warrant',
      citation: 'Cause No. 2026-4471', target_type_0: 'email', target_value_0: 'suspect@example.com',
      date_from: '2026-09-01', date_to: '2026-10-31',
    })) await setField(ip, name, value);
    await ip.locator('input[name="cat_subscriber_info"]').check();
    await assertAccessible(ip, 'intake request form');
    await ip.locator('button[name="action"][value="save"]').click();
    await ip.waitForURL(new RegExp(`/staff/intake/${id}/edit$`));

    // The scan, checked and sealed like any upload.
    await ip.goto(`${server.baseUrl}/staff/intake/${id}`);
    const pdf = samplePdf('SEARCH WARRANT - received by fax');
    await ip.locator('#intake-scan input[name="file"]').setInputFiles({ name: 'warrant-fax.pdf', mimeType: 'application/pdf', buffer: pdf });
    await ip.locator('#intake-scan button[type=submit]').click();
    await ip.waitForURL(/notice=/);
    assert.ok((await ip.content()).includes(createHash('sha256').update(pdf).digest('hex')), 'the scan is stored');

    // Registered: a reference, and into the queue with its channel.
    await ip.locator('#intake-register').click();
    await ip.waitForURL(/notice=/);
    const reference = (await ip.locator('#intake-reference').textContent()).trim();
    assert.match(reference, /^LERS-\d{4}-\d{6}$/);
    assert.equal((await ip.locator('#intake-channel').textContent()).trim(), 'Fax');
    await assertAccessible(ip, 'registered intake');
    await screenshot(ip, 'intake-registered');
    await ip.goto(`${server.baseUrl}/staff/queue`);
    const row = ip.locator('#queue tr', { hasText: reference });
    await row.waitFor({ state: 'visible' });
    assert.ok((await row.textContent()).includes('Fax'), 'the queue shows the channel');
    await screenshot(ip, 'intake-queue');
  } catch (err) {
    await screenshot(ip, 'intake-failure').catch(() => {});
    err.message += `\n(at ${ip.url()})\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    await adminContext.close();
    await intakeContext.close();
  }
});
