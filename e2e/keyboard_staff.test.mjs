// Issue 17, "Every flow is possible with the keyboard alone", for the staff desks that
// e2e/keyboard.test.mjs leaves out: an intake officer enters a request that came by fax
// (the facts of its arrival, the portal's request form, the scan, registration, the
// invitation of its requester, a reply sent on paper) and finds it on the case's
// timeline and in the queue; an admin registers an agency, adds a domain
// to the allow-list and finds it with the search, and computes and publishes a
// transparency report, which a visitor then reads and downloads on /transparency. All
// with Tab, Shift+Tab, arrows, Space, Enter and typing only (the scan is picked in the
// chooser a key press opens), with a visible focus indicator checked at every Tab stop
// (e2e/keys.mjs). Pages are opened by the links on them; an address is typed only where
// a person would: the site's own, or a link that came by mail. Set-up that is not under
// test (the first admin, the invitation of the intake officer) uses ordinary calls.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { samplePdf, screenshot, serverAndBrowser, setPasswordAndEnrol, waitForNotice, waitForPath } from './lers.mjs';
import { activate, chooseFile, keyFill, keyFillAll, submitted, tabTo } from './keys.mjs';
import { inviteStaff, setUpAdmin } from './pages.mjs';

const shared = serverAndBrowser();
const person = () => shared.person();
const tag = randomBytes(3).toString('hex');

/** The first admin, set up once for the file (the set-up link works only once). */
let admin;
async function theAdmin() {
  if (!admin) {
    const p = await person();
    await setUpAdmin(p.page, shared.server, `ada.${tag}@provider.example`);
    admin = p;
  }
  return admin;
}
after(async () => {
  await admin?.context.close().catch(() => {});
});

/** The trimmed text of `selector`, whitespace collapsed. */
async function textOf(page, selector) {
  return (await page.locator(selector).first().textContent()).replace(/\s+/g, ' ').trim();
}

/** Waits for a mail to `to` that says each of `said` (the outbox the server writes). */
async function mailTo(to, said, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (shared.server.mailsTo(to).some((texts) => said.every((s) => texts.some((t) => t.includes(s))))) return;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} saying ${JSON.stringify(said)} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** `YYYY-MM-DD HH:MM` in UTC, `hours` ago (the intake form's time format). */
function utcHoursAgo(hours) {
  return new Date(Date.now() - hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

test('an intake officer enters a faxed warrant, scans, registers, invites its requester and answers on paper, by keyboard only', async () => {
  const officer = await person();
  const ip = officer.page;
  const officerEmail = `ida.${tag}@provider.example`;
  const requesterEmail = `ana.${tag}@abilenetx.gov`;
  try {
    // Set-up (not under test): the admin invites an intake officer, who enrols.
    const { page: ap } = await theAdmin();
    await inviteStaff(ap, shared.server, { name: 'Ida Intake', email: officerEmail, roles: ['intake'] });
    await setPasswordAndEnrol(ip, await shared.server.waitForLink(officerEmail), '/staff');

    // The facts of the fax's arrival and who sent it: selects by the arrow keys, times
    // typed as the hint shows them.
    await activate(ip, 'a[href="/staff/intake"]');
    await waitForPath(ip, '/staff/intake');
    const received = utcHoursAgo(26);
    await keyFillAll(ip, {
      kind: 'user_data', channel: 'fax', received, served: received,
      requester_name: 'Det. Ana Ruiz', requester_agency: 'Abilene Police Department',
      requester_email: requesterEmail, requester_phone: '+1 325 555 0100', requester_country: 'US',
    }, { scope: '#intake-form' });
    await activate(ip, '#intake-form button[type=submit]');
    await ip.waitForURL(/\/staff\/intake\/req_[0-9a-f]+\/edit$/);
    const id = new URL(ip.url()).pathname.split('/')[3];

    // The portal's request form, filled in from the warrant and saved.
    const title = `Walnut Street burglaries ${tag}`;
    await keyFillAll(ip, {
      title, description: 'Subscriber details and sign-in logs of the account used to plan the burglaries.',
      subdivision: 'TX', issuing_authority: '42nd District Court, Taylor County', instrument: 'search_warrant',
      citation: 'Cause No. 2026-4471', target_type_0: 'email', target_value_0: 'suspect@example.com',
      cat_subscriber_info: true, date_from: '2026-09-01', date_to: '2026-10-31',
    });
    await activate(ip, 'button[name="action"][value="save"]');
    await ip.locator('.notice[role=status]', { hasText: 'Draft saved.' }).waitFor();
    await ip.waitForLoadState('load');

    // Back through the console to the list of drafts taken in, and into this one.
    await activate(ip, 'nav a[href="/staff"]');
    await waitForPath(ip, '/staff');
    await activate(ip, 'a[href="/staff/intake"]');
    await waitForPath(ip, '/staff/intake');
    const draftRow = await ip.locator('#intake-drafts tbody tr', { hasText: title }).textContent();
    assert.match(draftRow, /Fax/, 'the draft is listed with its channel');
    assert.match(draftRow, /Det\. Ana Ruiz/, 'the draft is listed with its requester');
    await activate(ip, `#intake-drafts a[href="/staff/intake/${id}"]`);
    await waitForPath(ip, `/staff/intake/${id}`);
    assert.equal(await textOf(ip, '#intake-channel'), 'Fax');
    const requester = await textOf(ip, '#intake-requester');
    for (const part of ['Det. Ana Ruiz — Abilene Police Department', `${requesterEmail} · +1 325 555 0100 · US`]) {
      assert.ok(requester.includes(part), `the record names ${part}: ${requester}`);
    }
    // The time of receipt as typed, read back in UTC (e.g. "3 Dec 2026, 11:07 UTC").
    const [, year, day, hhmm] = /^(\d{4})-\d{2}-(\d{2}) (\d{2}:\d{2})$/.exec(received);
    assert.match(await textOf(ip, '#intake-received'), new RegExp(`^${Number(day)} \\S+ ${year}, ${hhmm} UTC$`));

    // The scan, picked in the chooser Space opens, checked and sealed like any upload.
    const pdf = samplePdf('SEARCH WARRANT - received by fax');
    await chooseFile(ip, '#intake-scan input[name="file"]', { name: 'warrant-fax.pdf', mimeType: 'application/pdf', buffer: pdf });
    await activate(ip, '#intake-scan button[type=submit]');
    await waitForNotice(ip);
    assert.ok((await textOf(ip, '#intake-documents')).includes(createHash('sha256').update(pdf).digest('hex')), 'the scan is stored');

    // The form again: what was saved is there, and submitting it registers the request.
    await activate(ip, '#intake-edit');
    await waitForPath(ip, `/staff/intake/${id}/edit`);
    assert.equal(await ip.locator('[name="title"]').inputValue(), title, 'the saved draft is kept');
    await submitted(ip, () => activate(ip, 'button[name="action"][value="submit"]'));
    await waitForNotice(ip);
    await waitForPath(ip, `/staff/intake/${id}`);
    const reference = await textOf(ip, '#intake-reference');
    assert.match(reference, /^LERS-\d{4}-\d{6}$/, `registered: ${await ip.locator('.error-summary, .field-error').allTextContents()}`);
    assert.equal(await textOf(ip, '.notice[role=status]'), `Registered as ${reference}; it is in the queue.`);
    assert.equal(await textOf(ip, '#intake-channel'), 'Fax');
    await screenshot(ip, 'keyboard-intake-registered');

    // A reply sent on paper, recorded with its date typed into the date field.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const summary = `Receipt of the warrant acknowledged by fax ${tag}.`;
    await keyFillAll(ip, { how: 'Fax to +1 325 555 0100', sent_on: yesterday, summary }, { scope: '#intake-paper' });
    await submitted(ip, () => activate(ip, '#intake-paper button[type=submit]'));
    assert.equal(await textOf(ip, '.notice[role=status]'), 'The reply sent on paper is on the timeline.',
      `paper reply: ${await ip.locator('.error-summary, .field-error').allTextContents()}`);
    // The requester, who has no portal account, is invited to follow the request online.
    await submitted(ip, () => activate(ip, '#intake-invite button[type=submit]'));
    assert.equal(await textOf(ip, '.notice[role=status]'), 'The requester was invited to the portal.');
    assert.match(await textOf(ip, '#intake-requester'), /External requester \(no portal account\) · invited /);
    await mailTo(requesterEmail, ['you are invited to follow your request online', `${shared.server.baseUrl}/signup`]);
    // The paper reply is on the case's timeline.
    await activate(ip, '#intake-console-link');
    await waitForPath(ip, `/staff/requests/${id}`);
    await ip.getByText(summary).first().waitFor();

    // In the queue with its reference and channel.
    await activate(ip, 'nav a[href="/staff/queue"]');
    await waitForPath(ip, '/staff/queue');
    const row = await ip.locator('#queue tr', { hasText: reference }).textContent();
    assert.match(row, /Fax/, 'the queue shows the channel');
  } catch (err) {
    await screenshot(ip, 'keyboard-intake-failure').catch(() => {});
    err.message += `\n(at ${ip.url()})\n--- lers output (tail) ---\n${shared.server.logTail()}`;
    throw err;
  } finally {
    await officer.context.close();
  }
});

test('an admin registers an agency, adds a domain and publishes a transparency report, which a visitor reads, by keyboard only', async () => {
  const visitor = await person();
  const vp = visitor.page;
  let ap;
  try {
    ({ page: ap } = await theAdmin());
    // Every admin page starts from the console, where the admin lands after signing in.
    await ap.goto(`${shared.server.baseUrl}/staff`);

    // An agency, with its switchboard found independently and the day it was checked.
    const agency = {
      name: `Taylor County Sheriff's Office ${tag}`, country: 'US', domains: `so-${tag}.taylorcounty.example.gov`,
      switchboard: '+1 325 555 0142', time_zone: 'America/Chicago', source: 'County website, confirmed by phone', verified_on: '2026-11-02',
    };
    const agencyForm = 'form[method="post"][action="/staff/agencies"]';
    await activate(ap, 'nav a[href="/staff/agencies"]');
    await waitForPath(ap, '/staff/agencies');
    await keyFillAll(ap, agency, { scope: agencyForm });
    await activate(ap, `${agencyForm} button[type=submit]`);
    await waitForNotice(ap);
    assert.equal(await textOf(ap, '.notice[role=status]'), `${agency.name} saved.`);
    const agencyRow = ap.locator('#agencies tbody tr', { hasText: agency.name });
    const listed = (await agencyRow.textContent()).replace(/\s+/g, ' ');
    for (const part of [agency.domains, '+13255550142', agency.time_zone, agency.source, agency.verified_on]) {
      assert.ok(listed.includes(part), `the agency is listed with ${part}: ${listed}`);
    }
    // Its own page opens from the list.
    const agencyHref = await agencyRow.locator('a[href^="/staff/agencies/"]').getAttribute('href');
    await activate(ap, `#agencies a[href="${agencyHref}"]`);
    await waitForPath(ap, agencyHref);
    assert.equal(await textOf(ap, 'h1'), agency.name);
    assert.equal(await ap.locator('[name="switchboard"]').inputValue(), '+13255550142');

    // A domain on the allow-list, then found again with the search.
    const pattern = `*.pd-${tag}.example.gov`;
    const organization = `Merkel Police Department ${tag}`;
    await activate(ap, 'nav a[href="/staff/domains"]');
    await waitForPath(ap, '/staff/domains');
    await keyFillAll(ap, { pattern, organization }, { scope: 'form[method="post"][action="/staff/domains"]' });
    await activate(ap, 'form[method="post"][action="/staff/domains"] button[type=submit]');
    await waitForNotice(ap);
    assert.equal(await textOf(ap, '.notice[role=status]'), `${pattern} added.`);
    await keyFill(ap, 'q', `pd-${tag}`, { scope: 'form[role="search"]' });
    await submitted(ap, () => ap.keyboard.press('Enter'));
    const found = ap.locator('.table-scroll tbody tr');
    assert.equal(await found.count(), 1, 'the search finds the new domain alone');
    const domainRow = (await found.textContent()).replace(/\s+/g, ' ');
    for (const part of [pattern, organization, 'Suffix rule', 'enabled']) assert.ok(domainRow.includes(part), `the domain is listed with ${part}: ${domainRow}`);

    // A transparency report for the last half-year (one arrow key down the periods),
    // with its changelog, computed as a draft and then published.
    const now = new Date();
    const year = now.getUTCFullYear();
    const period = now.getUTCMonth() < 6 ? `${year - 1}-H2` : `${year}-H1`;
    const changelog = `First publication ${tag}.`;
    await activate(ap, 'nav a[href="/staff/transparency"]');
    await waitForPath(ap, '/staff/transparency');
    await keyFillAll(ap, { period, changelog }, { scope: 'form[action="/staff/transparency"]' });
    assert.equal(await ap.locator('select[name="period"]').inputValue(), period, 'the arrow keys chose the period');
    await activate(ap, 'form[action="/staff/transparency"] button[type=submit]');
    await ap.waitForURL(/report=\d+/);
    assert.match(await textOf(ap, '#h-shown'), new RegExp(period), 'the draft of the period is shown');
    await activate(ap, 'form[action$="/publish"] button[type=submit]');
    await waitForNotice(ap);
    assert.equal(await textOf(ap, '.notice[role=status]'), `Published ${period}, version 1.`);
    assert.match(await textOf(ap, '#h-shown'), new RegExp(`^${period} \\(ending .+\\), version 1$`));
    const version = (await ap.locator('tbody tr', { hasText: changelog }).textContent()).replace(/\s+/g, ' ');
    assert.match(version, /v1/, `the list of versions shows it published: ${version}`);
    await screenshot(ap, 'keyboard-transparency-published');

    // A visitor finds it from the home page and downloads its CSV with Enter.
    await vp.goto(`${shared.server.baseUrl}/`);
    await activate(vp, 'nav a[href="/transparency"]');
    await waitForPath(vp, '/transparency');
    assert.equal(await vp.locator('select[name="period"]').inputValue(), period);
    const said = await textOf(vp, '#main');
    assert.ok(said.includes(`, version 1 — ${changelog}`), `the public page shows version 1 with its changelog: ${said.slice(0, 600)}`);
    await tabTo(vp, '#download-csv');
    const [download] = await Promise.all([vp.waitForEvent('download'), vp.keyboard.press('Enter')]);
    const csv = (await readFile(await download.path(), 'utf8')).split('\n');
    assert.equal(csv[0], 'Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts');
  } catch (err) {
    if (ap) await screenshot(ap, 'keyboard-admin-failure').catch(() => {});
    await screenshot(vp, 'keyboard-admin-failure-visitor').catch(() => {});
    err.message += `\n(admin at ${ap?.url()}, visitor at ${vp.url()})\n--- lers output (tail) ---\n${shared.server.logTail()}`;
    throw err;
  } finally {
    await visitor.context.close();
  }
});
