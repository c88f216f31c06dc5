// An investigator files an emergency disclosure request with a PDF in the browser
// and finds it on the dashboard with its reference.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';

import {
  assertAccessible, launchBrowser, pathOf, samplePdf, screenshot, setField, signUpInBrowser, startLers,
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

test('files an emergency request with a PDF and sees it on the dashboard', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await signUpInBrowser(page, server, `sgt.${randomBytes(4).toString('hex')}@abilenetx.gov`, {
      name: 'Lee Park', agency: 'Abilene Police Department', badge_number: 'APD-0007',
      phone: '+1 325 555 0111', mailing_address: '555 Walnut St, Abilene, TX 79601', country: 'US', subdivision: 'TX',
    });

    // Choose the kind.
    await page.goto(`${server.baseUrl}/requests/new`);
    await assertAccessible(page, 'kind chooser');
    await page.locator('form:has(input[name="kind"][value="emergency"]) button[type=submit]').click();
    await page.waitForURL(/\/requests\/req_[0-9a-f]+\/edit$/);
    const id = pathOf(page).split('/')[2];

    // The guided emergency form.
    await setField(page, 'narrative', 'A 12-year-old girl is missing; the account holder messaged her tonight threatening to hurt her.');
    await page.locator('input[name="attested"]').check();
    await setField(page, 'supervisor_name', 'Lt. Ana Ruiz');
    await setField(page, 'supervisor_phone', '+1 325 555 0199');
    await setField(page, 'title', 'Missing child — Abilene');
    await setField(page, 'description', 'Subscriber details and recent IP logs of the account messaging the child.');
    await setField(page, 'target_type_0', 'phone');
    await setField(page, 'target_value_0', '+1 (555) 010-0199');
    await page.locator('input[name="cat_subscriber_info"]').check();
    await page.locator('input[name="cat_connection_logs"]').check();
    await setField(page, 'date_from', '2026-11-20');
    await setField(page, 'date_to', '2026-11-27');
    await assertAccessible(page, 'emergency request form');
    await screenshot(page, 'request-emergency-form');
    await page.locator('button[name="action"][value="submit"]').click();
    await page.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));

    const heading = (await page.locator('h1').textContent()).trim();
    assert.match(heading, /^LERS-\d{4}-\d{6}$/, `the detail page is headed by the reference, got ${heading}`);
    assert.equal((await page.locator('#request-status').textContent()).trim(), 'Submitted');

    // Attach the PDF; the page shows the SHA-256 receipt.
    const pdf = samplePdf('EMERGENCY DISCLOSURE REQUEST');
    await page.locator('input[name="file"]').setInputFiles({ name: 'emergency-request.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('form:has(input[name="file"]) button[type=submit]').click();
    await page.waitForURL(/notice=/);
    const receipt = createHash('sha256').update(pdf).digest('hex');
    assert.ok((await page.content()).includes(receipt), 'the SHA-256 receipt matches the uploaded file');
    await assertAccessible(page, 'request detail');
    await screenshot(page, 'request-emergency-detail');

    // The dashboard lists it, marked as an emergency.
    await page.goto(`${server.baseUrl}/dashboard`);
    const row = page.locator('#requests tr.emergency', { hasText: heading });
    await row.waitFor({ state: 'visible' });
    assert.ok((await row.textContent()).includes('Submitted'));
    await screenshot(page, 'request-dashboard');
  } catch (err) {
    await screenshot(page, 'request-failure').catch(() => {});
    err.message += `\n(at ${page.url()})\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    await context.close();
  }
});
