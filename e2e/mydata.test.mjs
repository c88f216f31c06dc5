// A requester opens "My data", asks for the export with a fresh code, waits for the
// background job, downloads the ZIP and finds their own data in it.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { after, before, test } from 'node:test';

import {
  assertAccessible, launchBrowser, nextTotp, screenshot, setField, signUpInBrowser, startLers,
} from './lers.mjs';

let server;
let browser;

before(async () => {
  // The job runner ticks every second, so the export is built while the test waits.
  process.env.LERS_JOB_INTERVAL_SECS = '1';
  server = await startLers();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The entries of a ZIP (stored or deflated), read from its central directory. */
function unzip(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a ZIP end-of-central-directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataAt, dataAt + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

test('a requester downloads their data as a ZIP from My data', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const email = `mydata.${randomBytes(4).toString('hex')}@abilenetx.gov`;
  try {
    const { secret } = await signUpInBrowser(page, server, email, {
      name: 'Dana Data', agency: 'Abilene Police Department', badge_number: 'APD-0042',
      phone: '+1 325 555 0142', mailing_address: '555 Walnut St, Abilene, TX 79601', country: 'US', subdivision: 'TX',
    });

    await page.locator('nav a[href="/account/data"]').click();
    await page.waitForURL(/\/account\/data$/);
    assert.ok((await page.locator('#profile').textContent()).includes(email));
    assert.ok((await page.locator('#audit').textContent()).includes('account.signed_up'));
    await assertAccessible(page, 'my data');
    await screenshot(page, 'mydata-page');

    // Ask for the export with a code not used at sign-in.
    await setField(page, 'code', await nextTotp(secret));
    await page.locator('#export form button[type=submit]').first().click();
    await page.waitForURL(/\/account\/data\?notice=/);

    // The job builds it; the page then offers the download.
    const link = page.locator('#exports a', { hasText: 'Download' });
    for (let tries = 0; tries < 30 && (await link.count()) === 0; tries += 1) {
      await page.waitForTimeout(1000);
      await page.reload();
    }
    assert.equal(await link.count(), 1, 'the export is ready');
    await screenshot(page, 'mydata-ready');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^lers-my-data-exp_[0-9a-f]+\.zip$/);
    const files = unzip(readFileSync(await download.path()));

    for (const name of ['README.txt', 'profile.json', 'requests.json', 'requests.csv', 'messages.json',
      'messages.csv', 'sessions.json', 'sessions.csv', 'api_tokens.json', 'api_tokens.csv',
      'audit.json', 'audit.csv']) {
      assert.ok(files.has(name), `the ZIP holds ${name}`);
    }
    const profile = JSON.parse(files.get('profile.json'));
    assert.equal(profile.email, email);
    assert.equal(profile.name, 'Dana Data');
    assert.equal(profile.badge_number, 'APD-0042');
    const audit = JSON.parse(files.get('audit.json'));
    assert.ok(audit.some((entry) => entry.action === 'data_export.requested'), 'the request is in the audit export');
    assert.ok(audit.every((entry) => entry.actor === profile.pseudonym || entry.subject === profile.pseudonym));
    assert.ok(files.get('audit.csv').startsWith('index,at,actor,action,subject,outcome,ip,details'));
    assert.ok(JSON.parse(files.get('sessions.json')).length >= 1);
  } catch (err) {
    await screenshot(page, 'mydata-failure').catch(() => {});
    err.message += `\n(at ${page.url()})\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  } finally {
    await context.close();
  }
});
