// Every page LERS serves, read from the router's source, and the people and records a
// browser test needs to open each of them (issue 17: axe on every page, in every
// language; keyboard; reflow). A GET route added to crates/lers-web without an entry
// in PAGES (or in NOT_PAGES, with the reason it is no page) fails the walk.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  REPO_ROOT, finishEnrolment, freshTotp, nextTotp, pathOf, samplePdf, setField, setPasswordAndEnrol, signUpInBrowser, waitForPath,
} from './lers.mjs';

/** The seven languages LERS speaks (crates/lers-app/locales). */
export const LANGUAGES = ['en', 'de', 'pl', 'vi', 'zh-CN', 'fr', 'es'];

function rustFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return rustFiles(p);
    return e.name.endsWith('.rs') ? [p] : [];
  });
}

/** The text from an opening parenthesis at `open` to its match (strings skipped). */
function balanced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses at ${open}`);
}

/**
 * The paths of every `.route(PATH, get(…)…)` in crates/lers-web/src, with `const`
 * paths resolved (in the same file or crate::paths).
 */
export function getRoutes() {
  const src = path.join(REPO_ROOT, 'crates', 'lers-web', 'src');
  const files = rustFiles(src);
  const consts = (text) => Object.fromEntries([...text.matchAll(/const\s+(\w+)\s*:\s*&str\s*=\s*"([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const shared = consts(readFileSync(path.join(src, 'paths.rs'), 'utf8'));
  const routes = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const local = consts(text);
    for (const m of text.matchAll(/\.route\(/g)) {
      const args = balanced(text, m.index + m[0].length - 1);
      const first = /^\s*(?:"([^"]+)"|([\w:]+))\s*,([\s\S]*)$/.exec(args);
      if (!first) throw new Error(`${file}: cannot read the route in .route(${args})`);
      if (!/(^|[\s.])get\(/.test(first[3])) continue;
      const name = first[2]?.split('::').pop();
      const route = first[1] ?? local[name] ?? shared[name];
      if (!route) throw new Error(`${file}: route constant ${first[2]} not found`);
      routes.add(route);
    }
  }
  return [...routes].sort();
}

/** GET routes that answer with something other than an HTML page, and why. */
export const NOT_PAGES = {
  '/static/app.css': 'stylesheet',
  '/static/upload.js': 'script',
  '/static/locale.js': 'script',
  '/static/passkeys.js': 'script',
  '/healthz': 'probe (text)',
  '/readyz': 'probe (text)',
  '/metrics': 'Prometheus text',
  '/.well-known/lers-audit-key': 'public key (text)',
  '/language': 'redirect after choosing a language',
  '/transparency/{file}': 'CSV/JSON download',
  '/requests/{id}/documents/{document}': 'file download',
  '/staff/requests/{id}/documents/{document}': 'file download',
  '/requests/{id}/productions/{production}/files/{file}': 'file download',
  '/requests/{id}/productions/{production}/manifest': 'manifest download',
  '/staff/requests/{id}/productions/{production}/files/{file}': 'upload status (JSON)',
  '/requests/{id}/eu/form3.pdf': 'PDF',
  '/staff/requests/{id}/eu/form3.pdf': 'PDF',
  '/account/data/exports/{id}': 'archive download',
  '/api/v1/openapi.json': 'API (JSON)',
  '/api/v1/requests': 'API (JSON)',
  '/api/v1/requests/{id}': 'API (JSON)',
  '/api/v1/requests/{id}/messages': 'API (JSON)',
  '/api/v1/requests/{id}/documents/{document}': 'API (file)',
  '/api/v1/webhooks/deliveries': 'API (JSON)',
  '/etsi/v1/productions/{production}/files/{file}': 'ETSI HI-1 file fetch (mTLS)',
};

/**
 * Every HTML page: the route, who opens it (a key of World.people) and the URL in the
 * test's world. `status` is the expected answer when it is not 200.
 */
export const PAGES = [
  { route: '/', who: 'visitor', url: () => '/' },
  { route: '/signup', who: 'visitor', url: () => '/signup' },
  { route: '/signup/sent', who: 'visitor', url: () => '/signup/sent' },
  { route: '/signup/resend', who: 'visitor', url: () => '/signup/resend' },
  { route: '/verify', who: 'visitor', url: (w) => w.verifyLink },
  { route: '/mfa/enroll', who: 'enrolling', url: () => '/mfa/enroll' },
  { route: '/login', who: 'visitor', url: () => '/login' },
  { route: '/staff/login', who: 'visitor', url: () => '/staff/login' },
  { route: '/setup', who: 'visitor', url: () => '/setup' },
  { route: '/password/forgot', who: 'visitor', url: () => '/password/forgot' },
  { route: '/password/forgot/sent', who: 'visitor', url: () => '/password/forgot/sent' },
  { route: '/password/reset', who: 'visitor', url: (w) => w.resetLink },
  { route: '/password/reset/done', who: 'visitor', url: () => '/password/reset/done' },
  { route: '/transparency', who: 'visitor', url: () => '/transparency' },
  { route: '/account/email/confirm', who: 'requester', url: () => '/account/email/confirm', status: 400 },
  { route: '/dashboard', who: 'requester', url: () => '/dashboard' },
  { route: '/requests', who: 'requester', url: () => '/requests' },
  { route: '/requests/new', who: 'requester', url: () => '/requests/new' },
  { route: '/requests/{id}', who: 'requester', url: (w) => `/requests/${w.requestId}` },
  { route: '/requests/{id}/edit', who: 'requester', url: (w) => `/requests/${w.draftId}/edit` },
  { route: '/account/tokens', who: 'requester', url: () => '/account/tokens' },
  { route: '/account/webhooks', who: 'requester', url: () => '/account/webhooks' },
  { route: '/account/profile', who: 'requester', url: () => '/account/profile' },
  { route: '/account/password', who: 'requester', url: () => '/account/password' },
  { route: '/account/data', who: 'requester', url: () => '/account/data' },
  { route: '/account/leave', who: 'requester', url: () => '/account/leave' },
  { route: '/bin', who: 'requester', url: () => '/bin' },
  { route: '/staff', who: 'caseworker', url: () => '/staff' },
  { route: '/staff/queue', who: 'caseworker', url: () => '/staff/queue' },
  { route: '/staff/requests/{id}', who: 'caseworker', url: (w) => `/staff/requests/${w.requestId}` },
  { route: '/staff/requests/{id}/targets/{target}', who: 'caseworker', url: (w) => w.targetPath },
  { route: '/staff/requests/{id}/legal-hold', who: 'caseworker', url: (w) => `/staff/requests/${w.requestId}/legal-hold` },
  { route: '/staff/notices', who: 'caseworker', url: () => '/staff/notices' },
  { route: '/staff/intake', who: 'caseworker', url: () => '/staff/intake' },
  { route: '/staff/intake/{id}', who: 'caseworker', url: (w) => `/staff/intake/${w.intakeId}` },
  { route: '/staff/intake/{id}/edit', who: 'caseworker', url: (w) => `/staff/intake/${w.intakeId}/edit` },
  { route: '/staff/audit', who: 'caseworker', url: () => '/staff/audit' },
  { route: '/staff/accounts', who: 'admin', url: () => '/staff/accounts' },
  { route: '/staff/accounts/{id}/email', who: 'admin', url: (w) => `/staff/accounts/${w.caseworkerId}/email` },
  { route: '/staff/accounts/{id}/erase', who: 'admin', url: (w) => `/staff/accounts/${w.requesterId}/erase` },
  { route: '/staff/domains', who: 'admin', url: () => '/staff/domains' },
  { route: '/staff/agencies', who: 'admin', url: () => '/staff/agencies' },
  { route: '/staff/agencies/{id}', who: 'admin', url: (w) => w.agencyPath },
  { route: '/staff/interface-endpoints', who: 'admin', url: () => '/staff/interface-endpoints' },
  { route: '/staff/field-access', who: 'admin', url: () => '/staff/field-access' },
  { route: '/staff/transparency', who: 'admin', url: () => '/staff/transparency' },
  { route: '/staff/regions', who: 'admin', url: () => '/staff/regions' },
  { route: '/account/keys', who: 'requester', url: () => '/account/keys' },
  { route: '/staff/security', who: 'admin', url: () => '/staff/security' },
  { route: '/staff/notifications', who: 'caseworker', url: () => '/staff/notifications' },
  { route: '/staff/notifications/settings', who: 'caseworker', url: () => '/staff/notifications/settings' },
  { route: '/staff/oncall', who: 'admin', url: () => '/staff/oncall' },
  { route: '/staff/alerts/{id}', who: 'caseworker', url: (w) => `/staff/alerts/${w.alertId}` },
];

/** Other states of walked pages worth their own check. */
export const VARIANTS = [
  { label: 'transparency filtered by country', shot: 'transparency-us', who: 'visitor', url: () => '/transparency?country=US' },
  { label: 'transparency, nothing matches', who: 'visitor', url: () => '/transparency?country=FR&process=subpoena' },
  { label: 'queue filtered', who: 'caseworker', url: () => '/staff/queue?kind=user_data&overdue=1' },
  { label: 'emergency, as filed', shot: 'emergency', who: 'officer', url: (w) => `/requests/${w.emergencyId}` },
  { label: 'emergency in the console: risk, call-back, alert', shot: 'console-emergency', who: 'caseworker', url: (w) => `/staff/requests/${w.emergencyId}` },
  { label: 'EU production order, as filed', shot: 'eu-order', who: 'requester', url: (w) => `/requests/${w.euOrderId}` },
  { label: 'EU production order in the console', shot: 'console-eu-order', who: 'caseworker', url: (w) => `/staff/requests/${w.euOrderId}` },
];

/** Error pages, in the reader's language like every other. */
export const ERROR_PAGES = [
  { label: 'not found', who: 'visitor', url: () => '/no/such/page', status: 404 },
  { label: 'unknown request', who: 'requester', url: () => '/requests/req_0000000000000000', status: 404 },
  { label: 'forbidden', who: 'requester', url: () => '/staff/queue', status: 403 },
  { label: 'unknown alert', who: 'caseworker', url: () => '/staff/alerts/999999', status: 404 },
];

/** Opens `url` (a path) in `lang`: through /language, as the switcher does. */
export async function openIn(page, baseUrl, lang, url) {
  const res = await page.goto(`${baseUrl}/language?lang=${encodeURIComponent(lang)}&back=${encodeURIComponent(url)}`);
  const got = await page.locator('html').getAttribute('lang');
  if (got !== lang) throw new Error(`${url}: asked for ${lang}, the page says lang=${got}`);
  return res;
}

/** The path and query of the link to `route` in any mail to `to` (waits for it). */
export async function linkIn(server, to, route, timeoutMs = 15_000) {
  const re = new RegExp(`${server.baseUrl.replace(/[.]/g, '\\.')}${route}\\?token=[A-Za-z0-9_-]+`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const texts of server.mailsTo(to)) {
      const link = texts.map((t) => re.exec(t)?.[0]).find(Boolean);
      if (link) return link.slice(server.baseUrl.length);
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with a ${route} link after ${timeoutMs} ms`);
    await sleep(200);
  }
}

async function newPerson(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** The first admin, through the link `lers serve` printed at start. */
export async function setUpAdmin(page, server, email) {
  const setup = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(server.log());
  if (!setup) throw new Error('the server printed no first-admin link');
  await page.goto(setup[0]);
  await setField(page, 'name', 'Ada Admin');
  await setField(page, 'email', email);
  await setField(page, 'password', 'granite kettle orbit 4471');
  await setField(page, 'password_confirm', 'granite kettle orbit 4471');
  await page.locator('form:has([name="password_confirm"]) button[type=submit]').click();
  await waitForPath(page, '/mfa/enroll');
  const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
  await setField(page, 'code', await freshTotp(secret));
  await page.locator('form:has([name="code"]) button[type=submit]').click();
  await finishEnrolment(page, '/staff');
  return { secret };
}

/** The admin invites a staff member with `roles`; `adminSecret` grants approver. */
export async function inviteStaff(page, server, { name, email, roles, adminSecret }) {
  await page.goto(`${server.baseUrl}/staff/accounts`);
  const invite = page.locator('form[method="post"][action="/staff/accounts"]');
  await invite.locator('[name="name"]').fill(name);
  await invite.locator('[name="email"]').fill(email);
  for (const role of roles) await invite.locator(`input[name="role_${role}"]`).check();
  if (roles.includes('approver')) await invite.locator('[name="code"]').fill(await nextTotp(adminSecret));
  await invite.locator('button[type=submit]').click();
  await page.waitForURL(/notice=/);
}

export const PROFILE = {
  name: 'Det. Sam Cole', agency: 'Abilene Police Department', badge_number: 'APD-3310',
  phone: '+1 325 555 0123', mailing_address: '555 Walnut St, Abilene, TX 79601', country: 'US', subdivision: 'TX',
};

/**
 * An agency that the owner of abilenetx.gov (the City of Abilene) does not name: an
 * emergency from a requester naming it scores above the risk threshold at any hour, so
 * a test that decides one always meets the second confirmation of the call-back.
 */
export const MISMATCHED_AGENCY = "Taylor County Sheriff's Office";

/** The fields of a submitted user-data request (names as on the form). */
export const USER_DATA = {
  title: 'Operation Walnut', description: 'Subscriber details of the account used in the fraud.',
  issuing_authority: '42nd District Court, Taylor County', instrument: 'search_warrant', citation: 'Cause No. 2026-4471',
  target_type_0: 'email', target_value_0: 'suspect@example.com', date_from: '2026-01-01', date_to: '2026-06-30',
};

/** The general fields of a request of `kind`, in the form's order. */
export function fieldsOf(kind, extendsReference) {
  const process = (instrument) => ({ issuing_authority: '42nd District Court, Taylor County', instrument, citation: 'Cause No. 2026-4471' });
  const data = { cat_subscriber_info: true, date_from: '2026-01-01', date_to: '2026-06-30' };
  const common = (extra) => ({ title: `Operation ${kind}`, description: 'Subscriber details of the account used in the fraud.', ...extra });
  const target = { target_type_0: 'email', target_value_0: 'suspect@example.com' };
  const eu = {
    eu_issuing_name: 'Staatsanwaltschaft Berlin', eu_issuing_member_state: 'DE', eu_issuing_address: 'Turmstraße 91, 10559 Berlin',
    eu_issuing_contact_name: 'OStA Dr. Weber', eu_issuing_contact_email: 'weber@sta-berlin.example', eu_issuing_file_reference: '276 Js 1234/26',
    eu_cat_subscriber: true, eu_offence: 'Computer fraud, § 263a StGB.', eu_user_information_term: 'delayed_until_authority_lifts',
    eu_delivery_instructions: 'Through the decentralised IT system.', eu_issued_on: '2026-11-26',
  };
  switch (kind) {
    case 'emergency':
      return {
        narrative: 'A 12-year-old is missing; the account holder messaged her tonight.', attested: true,
        supervisor_name: 'Lt. Ana Ruiz', supervisor_phone: '+1 325 555 0199', ...common({}), ...target, ...data,
      };
    case 'user_data': return { ...common({}), ...process('search_warrant'), ...target, ...data };
    case 'preservation': return { ...common({}), ...process('preservation_letter'), ...target, ...data };
    case 'preservation_extension': return { ...common({ extends_reference: extendsReference }), ...process('preservation_letter'), ...target };
    case 'withhold_access': return { ...common({}), ...process('court_order'), ...target };
    default: return { ...eu, ...common({}), ...target };
  }
}

/**
 * Fills a request form's `fields` as `fieldsOf` gives them: `true` ticks a checkbox, a
 * radio group takes the value, anything else is typed or chosen.
 */
async function fillRequest(page, fields) {
  for (const [name, value] of Object.entries(fields)) {
    if (value === true) await page.locator(`input[name="${name}"]`).check();
    else if (await page.locator(`input[type=radio][name="${name}"]`).count()) await page.locator(`input[name="${name}"][value="${value}"]`).check();
    else await setField(page, name, value);
  }
}

/** Files a request of `kind` as the signed-in requester on `page`; returns its id. */
async function fileRequest(page, server, kind) {
  await page.goto(`${server.baseUrl}/requests/new`);
  await page.locator(`form:has(input[name="kind"][value="${kind}"]) button[type=submit]`).click();
  await page.waitForURL(/\/edit$/);
  const id = pathOf(page).split('/')[2];
  await fillRequest(page, fieldsOf(kind));
  await page.locator('button[name="action"][value="submit"]').click();
  await page.waitForURL(new RegExp(`/requests/${id}(\\?|$)`));
  const refused = await page.locator('.error-summary').count();
  if (refused) throw new Error(`${kind}: the form was refused: ${await page.locator('.error-summary').textContent()}`);
  return id;
}

/** The agency the admin registers. */
const AGENCY = {
  name: 'Abilene Police Department', country: 'US', domains: 'abilenetx.gov', switchboard: '+1 325 555 0100',
  time_zone: 'America/Chicago', source: 'City website', verified_on: '2026-11-02',
};

/** The call-back the caseworker records on the world's emergency (a number found independently). */
const CALLBACK = {
  callback_phone: '+1 325 555 0100', number_source: 'Abilene PD switchboard, abilenetx.gov', answered_by: 'Lt. Ana Ruiz',
};

/** What people typed into the world: it stays in their words on every page. */
export const OWN_WORDS = [
  ...Object.values(PROFILE), ...Object.values(USER_DATA), ...Object.values(AGENCY), MISMATCHED_AGENCY,
  ...['emergency', 'epoc'].flatMap((kind) => Object.values(fieldsOf(kind)).filter((v) => typeof v === 'string')),
  ...Object.values(CALLBACK), 'Ada Admin', 'Casey Case', 'Det. Ana Ruiz', 'warrant.pdf',
];

/**
 * Everyone and everything the page walk needs: a visitor, a requester with a submitted
 * request (with a document) and a draft, someone half-way through enrolment, the
 * first admin, and a caseworker holding every case role, with an intake record.
 */
export async function buildWorld(browser, server) {
  // Digits only: a tag of letters can spell a word ("new.9be634@…" read as the English
  // "new" and "be" to the check for English on pages in other languages).
  const tag = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const people = {};
  for (const who of ['visitor', 'requester', 'officer', 'enrolling', 'admin', 'caseworker']) people[who] = await newPerson(browser);
  const world = { people };

  const rp = people.requester.page;
  const requesterEmail = `det.${tag}@abilenetx.gov`;
  await signUpInBrowser(rp, server, requesterEmail, PROFILE);
  await rp.goto(`${server.baseUrl}/requests/new`);
  await rp.locator('form:has(input[name="kind"][value="user_data"]) button[type=submit]').click();
  await rp.waitForURL(/\/edit$/);
  world.requestId = pathOf(rp).split('/')[2];
  for (const [name, value] of Object.entries(USER_DATA)) await setField(rp, name, value);
  await rp.locator('input[name="cat_subscriber_info"]').check();
  await rp.locator('button[name="action"][value="submit"]').click();
  await rp.waitForURL(new RegExp(`/requests/${world.requestId}(\\?|$)`));
  await rp.locator('input[name="file"]').setInputFiles({ name: 'warrant.pdf', mimeType: 'application/pdf', buffer: samplePdf('SEARCH WARRANT') });
  await rp.locator('form:has(input[name="file"]) button[type=submit]').click();
  await rp.waitForURL(/notice=/);
  await rp.goto(`${server.baseUrl}/requests/new`);
  await rp.locator('form:has(input[name="kind"][value="preservation"]) button[type=submit]').click();
  await rp.waitForURL(/\/edit$/);
  world.draftId = pathOf(rp).split('/')[2];

  // Someone who signed up and chose a password, stopped at the second factor.
  const enrollingEmail = `pending.${tag}@abilenetx.gov`;
  const ep = people.enrolling.page;
  await ep.goto(`${server.baseUrl}/signup`);
  for (const [name, value] of Object.entries({ ...PROFILE, email: enrollingEmail })) await setField(ep, name, value);
  await ep.locator('form:has([name="email"]) button[type=submit]').first().click();
  await waitForPath(ep, '/signup/sent');
  await ep.goto(await server.waitForLink(enrollingEmail));
  await setField(ep, 'password', 'copper lantern meadow 2290');
  await setField(ep, 'password_confirm', 'copper lantern meadow 2290');
  await ep.locator('form:has([name="password_confirm"]) button[type=submit]').first().click();
  await waitForPath(ep, '/mfa/enroll');

  // A verification link never used, and a password-reset link.
  const vp = people.visitor.page;
  const unverified = `new.${tag}@abilenetx.gov`;
  await vp.goto(`${server.baseUrl}/signup`);
  for (const [name, value] of Object.entries({ ...PROFILE, email: unverified })) await setField(vp, name, value);
  await vp.locator('form:has([name="email"]) button[type=submit]').first().click();
  await waitForPath(vp, '/signup/sent');
  world.verifyLink = await linkIn(server, unverified, '/verify');
  await vp.goto(`${server.baseUrl}/password/forgot`);
  await setField(vp, 'email', requesterEmail);
  await vp.locator('form:has([name="email"]) button[type=submit]').first().click();
  await waitForPath(vp, '/password/forgot/sent');
  world.resetLink = await linkIn(server, requesterEmail, '/password/reset');

  // The first admin and a caseworker with every case role.
  const ap = people.admin.page;
  const { secret: adminSecret } = await setUpAdmin(ap, server, `ada.${tag}@provider.example`);
  const caseworkerEmail = `casey.${tag}@provider.example`;
  await inviteStaff(ap, server, {
    name: 'Casey Case', email: caseworkerEmail, roles: ['intake', 'reviewer', 'approver', 'producer', 'auditor'], adminSecret,
  });
  const cp = people.caseworker.page;
  world.caseworker = await setPasswordAndEnrol(cp, await server.waitForLink(caseworkerEmail), '/staff');
  world.admin = { secret: adminSecret };
  await ap.goto(`${server.baseUrl}/staff/accounts`);
  const idOf = async (email) => (await ap.locator('tr[id^="account-"]', { hasText: email }).first().getAttribute('id')).slice('account-'.length);
  world.caseworkerId = await idOf(caseworkerEmail);
  world.requesterId = await idOf(requesterEmail);
  await ap.goto(`${server.baseUrl}/staff/agencies`);
  for (const [name, value] of Object.entries(AGENCY)) await setField(ap, name, value);
  await ap.locator('form[method="post"][action="/staff/agencies"] button[type=submit]').click();
  await ap.waitForURL(/notice=/);
  world.agencyPath = await ap.locator('#agencies a[href^="/staff/agencies/"]').first().getAttribute('href');
  // A published transparency report for this half-year (the request above is in it).
  const now = new Date();
  await ap.goto(`${server.baseUrl}/staff/transparency`);
  await ap.locator('select[name="period"]').selectOption(`${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`);
  await ap.locator('form[action="/staff/transparency"] button[type=submit]').click();
  await ap.waitForURL(/report=\d+/);
  await ap.locator('form[action$="/publish"] button[type=submit]').click();
  await ap.waitForURL(/notice=/);

  world.targetPath = `/staff/requests/${world.requestId}/targets/0`;
  await cp.goto(`${server.baseUrl}/staff/intake`);
  const received = new Date(Date.now() - 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  for (const [name, value] of Object.entries({
    kind: 'user_data', channel: 'fax', received, served: received,
    requester_name: 'Det. Ana Ruiz', requester_agency: 'Abilene Police Department',
    requester_email: `ana.${tag}@abilenetx.gov`, requester_phone: '+1 325 555 0100', requester_country: 'US',
  })) await setField(cp, name, value);
  await cp.locator('#intake-form button[type=submit]').click();
  await cp.waitForURL(/\/staff\/intake\/req_[0-9a-f]+\/edit$/);
  world.intakeId = pathOf(cp).split('/')[3];

  // An emergency above the risk threshold with a call-back awaiting its second
  // confirmation, its on-call alert, and an EU production order: the console's
  // emergency and EU variants of the request pages.
  const op = people.officer.page;
  await signUpInBrowser(op, server, `officer.${tag}@abilenetx.gov`, { ...PROFILE, agency: MISMATCHED_AGENCY });
  world.emergencyId = await fileRequest(op, server, 'emergency');
  world.euOrderId = await fileRequest(rp, server, 'epoc');
  await cp.goto(`${server.baseUrl}/staff/requests/${world.emergencyId}`);
  const callback = cp.locator('form[action$="/callback"]');
  for (const [name, value] of Object.entries(CALLBACK)) await callback.locator(`[name="${name}"]`).fill(value);
  await callback.locator('input[name="callback_result"][value="confirmed"]').check();
  await callback.locator('button[type=submit]').click();
  await cp.waitForURL(/notice=/);
  await cp.locator('#second-confirmation-needed').waitFor();
  world.alertId = await alertOn(cp, server, world.emergencyId);
  return world;
}

/**
 * The id of the on-call alert of emergency `id`: its page job runs in the job runner's
 * next pass (`LERS_JOB_INTERVAL_SECS`).
 */
async function alertOn(page, server, id) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.goto(`${server.baseUrl}/staff/requests/${id}`);
    const action = await page.locator('#oncall-alert form[action^="/staff/alerts/"]').getAttribute('action', { timeout: 1_000 }).catch(() => null);
    if (action) return action.split('/')[3];
    if (Date.now() > deadline) throw new Error(`no on-call alert on ${id} after 60 s`);
    await sleep(500);
  }
}

/** Closes every context of the world. */
export async function closeWorld(world) {
  for (const p of Object.values(world?.people ?? {})) await p.context.close().catch(() => {});
}
