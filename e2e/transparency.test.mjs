// A journalist opens /transparency: picks a period, sees the figures and chart, and
// downloads CSV and JSON. The reports are computed and published by an admin first.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';

import { assertAccessible, finishEnrolment, freshTotp, launchBrowser, screenshot, setField, startLers } from './lers.mjs';

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

test('the public transparency page switches periods and offers matching downloads', async () => {
  const admin = await browser.newContext();
  const ap = await admin.newPage();
  const public_ = await browser.newContext();
  const pp = await public_.newPage();
  ap.setDefaultTimeout(15_000);
  pp.setDefaultTimeout(15_000);
  try {
    // Nothing is public before publication.
    await pp.goto(`${server.baseUrl}/transparency`);
    assert.ok((await pp.content()).includes('No report has been published yet'));

    const setup = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(server.log());
    assert.ok(setup, 'first-admin link printed');
    await ap.goto(setup[0]);
    await setField(ap, 'name', 'Ada Admin');
    await setField(ap, 'email', `ada.${randomBytes(3).toString('hex')}@provider.example`);
    await setField(ap, 'password', 'granite kettle orbit 4471');
    await setField(ap, 'password_confirm', 'granite kettle orbit 4471');
    await ap.locator('form:has([name="password_confirm"]) button[type=submit]').click();
    await ap.waitForURL(/\/mfa\/enroll$/);
    const secret = (await ap.locator('#totp-secret').textContent()).replace(/\s+/g, '');
    await setField(ap, 'code', await freshTotp(secret));
    await ap.locator('form:has([name="code"]) button[type=submit]').click();
    await finishEnrolment(ap, '/staff');

    for (const period of ['2026-H1', '2026-H2']) {
      await ap.goto(`${server.baseUrl}/staff/transparency`);
      await ap.locator('select[name="period"]').selectOption(period);
      await ap.locator('form[action="/staff/transparency"] button[type=submit]').click();
      await ap.waitForURL(/report=\d+/);
      await ap.locator('form[action$="/publish"] button[type=submit]').click();
      await ap.waitForURL(/notice=/);
    }

    // The public page shows the latest period, and switches to the other.
    await pp.goto(`${server.baseUrl}/transparency`);
    assert.equal(await pp.locator('select[name="period"]').inputValue(), '2026-H2');
    await assertAccessible(pp, 'transparency page');
    await pp.locator('select[name="period"]').selectOption('2026-H1');
    await pp.locator('form[action="/transparency"] button[type=submit]').click();
    await pp.waitForURL(/period=2026-H1/);
    assert.ok((await pp.content()).includes('ending 30 Jun 2026'));
    // No request was filed in either period: the trend chart still shows both
    // periods, and the country chart gives way to a sentence saying so.
    assert.equal(await pp.locator('svg.chart').count(), 1, 'the trend, as SVG');
    assert.equal(
      (await pp.locator('#filter-empty').textContent()).trim(),
      'No requests were received in this period.',
    );
    await screenshot(pp, 'transparency-public');

    // The download links answer with the data of the period shown.
    const csvHref = await pp.locator('#download-csv').getAttribute('href');
    const jsonHref = await pp.locator('#download-json').getAttribute('href');
    assert.equal(csvHref, '/transparency/2026-H1.csv');
    const csv = await (await fetch(`${server.baseUrl}${csvHref}`)).text();
    assert.equal(csv.split('\n')[0], 'Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts');
    const json = await (await fetch(`${server.baseUrl}${jsonHref}`)).json();
    assert.equal(json.period, '2026-H1');
    assert.equal(json.rows.length, csv.trim().split('\n').length - 1, 'CSV and JSON have the same rows');
    assert.equal(String(json.total_requests), (await pp.locator('#total-requests').textContent()).trim());
  } catch (err) {
    await screenshot(pp, 'transparency-failure').catch(() => {});
    await screenshot(ap, 'transparency-failure-admin').catch(() => {});
    err.message += `\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    await admin.close();
    await public_.close();
  }
});
