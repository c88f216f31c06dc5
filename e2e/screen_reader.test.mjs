// Issue 17, "a staff member can do their whole job with the keyboard or a screen
// reader": review (with a refused first attempt), call-back, decision, production
// upload, verification and delivery, driven only through what a screen reader
// presents — Chromium's accessibility tree, by role and spoken name (e2e/screen_reader.mjs)
// — and keys. The names come from the product's Fluent messages, so the test holds
// for the words people hear, and every page on the way is checked as readable by ear.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';

import { nextTotp, pathOf, screenshot, serverAndBrowser, setField, setPasswordAndEnrol, signUpInBrowser } from './lers.mjs';
import { pickWithSpace } from './keys.mjs';
import { t } from './fluent.mjs';
import { MISMATCHED_AGENCY, PROFILE, inviteStaff, setUpAdmin } from './pages.mjs';
import { ScreenReader } from './screen_reader.mjs';

const en = (key) => t('en', key);
const shared = serverAndBrowser();

/** Set-up, not under test: an emergency request filed, and a reviewer-producer and an approver. */
async function emergencyAndTeam(people, tag) {
  const { server } = shared;
  const rp = people.requester.page;
  // Above the risk threshold at any hour (see MISMATCHED_AGENCY): the call-back needs
  // a second person's confirmation.
  await signUpInBrowser(rp, server, `sr.${tag}@abilenetx.gov`, { ...PROFILE, agency: MISMATCHED_AGENCY });
  await rp.goto(`${server.baseUrl}/requests/new`);
  await rp.locator('form:has(input[name="kind"][value="emergency"]) button[type=submit]').click();
  await rp.waitForURL(/\/edit$/);
  const id = pathOf(rp).split('/')[2];
  for (const [name, value] of Object.entries({
    narrative: 'A 12-year-old is missing; the account holder messaged her tonight.',
    supervisor_name: 'Lt. Ana Ruiz', supervisor_phone: '+1 325 555 0199', title: 'Operation Lark',
    description: 'Subscriber details of the account.', target_type_0: 'email', target_value_0: 'suspect@example.com',
    date_from: '2026-01-01', date_to: '2026-06-30',
  })) await setField(rp, name, value);
  await rp.locator('input[name="attested"]').check();
  await rp.locator('input[name="cat_subscriber_info"]').check();
  await rp.locator('button[name="action"][value="submit"]').click();
  await rp.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));
  const reference = (await rp.locator('h1').textContent()).trim();

  const ap = people.admin.page;
  const { secret: adminSecret } = await setUpAdmin(ap, server, `ada.${tag}@provider.example`);
  await inviteStaff(ap, server, { name: 'Rita Review', email: `rita.${tag}@provider.example`, roles: ['reviewer', 'producer'], adminSecret });
  await inviteStaff(ap, server, { name: 'Abe Approve', email: `abe.${tag}@provider.example`, roles: ['approver'], adminSecret });
  await setPasswordAndEnrol(people.reviewer.page, await server.waitForLink(`rita.${tag}@provider.example`), '/staff');
  const approver = await setPasswordAndEnrol(people.approver.page, await server.waitForLink(`abe.${tag}@provider.example`), '/staff');
  return { id, reference, approverSecret: approver.secret };
}

/** From the console home to the case, by the navigation and the queue's links. */
async function openCase(sr, reference) {
  await sr.assertReadable('console home');
  await sr.activate('link', en('nav-queue'));
  await sr.assertReadable('queue');
  await sr.activate('link', reference);
  await sr.assertReadable('case');
}

/** The text of the level-1 heading, as announced. */
async function heading(sr) {
  const [h1] = (await sr.all('heading')).filter((n) => n.properties?.some((p) => p.name === 'level' && p.value.value === 1));
  return sr.textOf(h1);
}

test('staff review, call back, decide and produce through what a screen reader presents, by keys', async () => {
  const tag = randomBytes(3).toString('hex');
  const people = {};
  for (const who of ['requester', 'admin', 'reviewer', 'approver']) people[who] = await shared.person();
  try {
    const { id, reference, approverSecret } = await emergencyAndTeam(people, tag);

    // The reviewer reaches the case and saves the checklist unanswered: the refusal
    // takes the focus and is spoken, and each question says what is missing.
    const vp = people.reviewer.page;
    const reviewer = await ScreenReader.on(vp);
    await openCase(reviewer, reference);
    await reviewer.activate('button', en('review-submit'));
    const focus = await reviewer.focused('alert');
    assert.equal(focus?.role?.value, 'alert', 'the refusal has the focus when the page opens');
    const refusal = await reviewer.textOf(focus);
    assert.ok(refusal.startsWith(en('form-has-errors')), `the refusal is spoken: ${refusal}`);
    await reviewer.assertReadable('refused review');
    const questions = (await reviewer.all('group')).filter((g) => g.name?.value?.endsWith('?'));
    assert.ok(questions.length >= 5, `the checklist's questions are groups named by the question (${questions.length})`);
    for (const question of questions) {
      const why = question.description?.value ?? '';
      assert.ok(why && refusal.includes(why), `"${question.name.value}" says why it was refused (${why})`);
    }

    // Each question answered "No problem" with Space, inside its own group.
    for (const question of questions) await reviewer.check('radio', en('answer-fine'), question);
    await reviewer.activate('button', en('review-submit'));
    assert.ok((await reviewer.announced('status')).some((s) => s.length > 0), 'the saved review is announced');
    assert.equal((await reviewer.all('alert')).length, 0, 'no refusal after a complete checklist');

    // The call-back on a number found independently.
    await reviewer.type(en('field-callback-phone'), '+1 325 555 0100');
    await reviewer.type(en('field-number-source'), 'Abilene PD switchboard, abilenetx.gov');
    await reviewer.type(en('field-answered-by'), 'Lt. Ana Ruiz');
    const result = await reviewer.find('group', en('field-callback-result'));
    await reviewer.check('radio', en('callback-confirmed'), result);
    await reviewer.activate('button', en('callback-submit'));
    await reviewer.assertReadable('case after the call-back');
    const afterCallBack = await reviewer.textOf((await reviewer.all('main'))[0]);
    assert.ok(afterCallBack.includes(`Lt. Ana Ruiz: ${en('callback-confirmed')}`), 'the call-back is on the case');
    assert.ok(afterCallBack.includes(en('risk-second-needed')), 'the case says a second confirmation is needed');

    // A second person confirms the call-back, then decides with a fresh code.
    const approver = await ScreenReader.on(people.approver.page);
    await openCase(approver, reference);
    await approver.activate('button', en('callback-second-confirm'));
    assert.ok((await approver.announced('status')).some((s) => s.includes(en('callback-second-recorded'))), 'the confirmation is announced');
    await approver.choose(en('field-decision'), en('decision-approve'));
    await approver.type(en('field-note-to-requester'), 'Approved; production follows.');
    await approver.type(en('field-step-up-code'), await nextTotp(approverSecret));
    await approver.activate('button', en('decide-submit'));
    await approver.assertReadable('decided case');
    const decided = await heading(approver);
    assert.ok(decided.includes(en('status-approved')), `the heading says approved: ${decided}; the alerts say: ${(await approver.announced('alert')).join(' | ')} (at ${people.approver.page.url()})`);

    // The producer opens a production, picks the file in the chooser Space opens,
    // uploads (progress spoken in a live region), verifies and delivers.
    await vp.reload();
    await reviewer.activate('button', en('production-open'));
    await reviewer.assertReadable('open production');
    const payload = randomBytes(200_000);
    const sha256 = createHash('sha256').update(payload).digest('hex');
    const picker = await reviewer.find('button', en('field-production-files'));
    await reviewer.focus(picker);
    await pickWithSpace(vp, { name: 'export.bin', mimeType: 'application/octet-stream', buffer: payload });
    await reviewer.focus(await reviewer.find('button', en('production-upload')));

    const reloaded = vp.waitForNavigation({ waitUntil: 'load', timeout: 60_000 });
    await vp.keyboard.press('Enter');
    await reloaded;
    const rows = await Promise.all((await reviewer.all('row')).map((r) => reviewer.textOf(r)));
    assert.ok(rows.some((r) => r.includes('export.bin') && r.includes(sha256)), `the stored file and its SHA-256 are a row of the case: ${rows.join(' | ')}`);
    await reviewer.activate('button', en('production-verify'));
    assert.ok((await reviewer.announced('status')).some((s) => s.includes(en('production-verified'))), 'the verification is announced');
    await reviewer.activate('button', en('production-deliver'));
    await reviewer.assertReadable('delivered production');
    assert.ok((await heading(reviewer)).includes(t('en', 'status-produced')), `the heading says produced: ${await heading(reviewer)}`);
    assert.equal(pathOf(vp).split('/')[3], id);
  } catch (err) {
    for (const [name, p] of Object.entries(people)) await screenshot(p.page, `screen-reader-failure-${name}`).catch(() => {});
    err.message += `\n--- lers output (tail) ---\n${shared.server.logTail()}`;
    throw err;
  } finally {
    for (const p of Object.values(people)) await p.context.close();
  }
});
