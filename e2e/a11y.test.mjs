// Issue 17, "Accessible to everyone": axe-core finds 0 WCAG 2.1 A/AA violations on
// every page LERS serves (the list is checked against the router's GET routes), in
// each of the seven languages, for the visitor, the requester, the caseworker and
// the admin, and on the error pages. Then reflow: the main pages at 360 px wide and at
// 200 % zoom scroll sideways only inside a table's own container. Screenshots of the
// main pages in English and Polish land in LERS_SCREENSHOT_DIR.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { englishIn, textsOn } from './english.mjs';
import { tabTo } from './keys.mjs';
import { launchBrowser, screenshot, startLers } from './lers.mjs';
import {
  ERROR_PAGES, LANGUAGES, NOT_PAGES, OWN_WORDS, PAGES, VARIANTS, buildWorld, closeWorld, getRoutes, openIn,
} from './pages.mjs';

let server;
let browser;
let world;

before(async () => {
  // Background jobs every 2 s: the world's emergency pages the on-call staff in the
  // runner's next pass, and the walk opens that alert.
  server = await startLers({ env: { LERS_JOB_INTERVAL_SECS: '2' } });
  browser = await launchBrowser();
  try {
    world = await buildWorld(browser, server);
  } catch (err) {
    err.message += `\n--- lers output (tail) ---\n${server.logTail()}`;
    throw err;
  }
});

after(async () => {
  await closeWorld(world);
  await browser?.close();
  await server?.stop();
});

/** Pages screenshotted in two languages (issue 17, section 4). */
const MAIN = new Set(['/', '/transparency', '/dashboard', '/requests/{id}', '/requests/new', '/staff/queue', '/staff/requests/{id}', '/staff/accounts', '/signup', '/login']);
const SCREENSHOT_LANGUAGES = ['en', 'pl'];

test('every GET route of the router is in the page walk or named as no page', () => {
  const routes = getRoutes();
  const walked = new Set(PAGES.map((p) => p.route));
  const unlisted = routes.filter((r) => !walked.has(r) && !(r in NOT_PAGES));
  assert.deepEqual(unlisted, [], 'GET routes neither walked (e2e/pages.mjs PAGES) nor listed in NOT_PAGES');
  const gone = [...walked, ...Object.keys(NOT_PAGES)].filter((r) => !routes.includes(r));
  assert.deepEqual(gone, [], 'listed routes the router no longer has');
  assert.equal(PAGES.length + Object.keys(NOT_PAGES).length, routes.length);
});

/** axe with the WCAG 2.1 A and AA tags; returns the violations as readable lines. */
async function violations(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.ok(results.passes.length > 0, 'axe checked nothing');
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4})` : ''}`);
}

const slug = (route) => (route === '/' ? 'home' : route.replace(/[{}]/g, '').replace(/^\//, '').replace(/\//g, '-'));

/**
 * An instant written as stored (`2026-12-31T13:39:10Z`): pages show times in the
 * reader's language and zone (issue 17 §1); code, samples and machine text are skipped
 * by `textsOn` as for English.
 */
const RAW_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Pages that keep UTC as stored on purpose: the audit log (issue 17 §1). */
const UTC_PAGES = new Set(['/staff/audit']);

test('axe finds no WCAG 2.1 AA violation on any page in any language', async () => {
  const languages = process.env.LERS_A11Y_LANGUAGES?.split(',') ?? LANGUAGES;
  const found = [];
  const english = [];
  const raw = [];
  let checked = 0;
  for (const lang of languages) {
    for (const entry of [...PAGES, ...VARIANTS, ...ERROR_PAGES]) {
      const { page } = world.people[entry.who];
      const url = entry.url(world);
      const label = `[${lang}] ${entry.who} ${url}`;
      const res = await openIn(page, server.baseUrl, lang, url);
      if (res.status() !== (entry.status ?? 200)) found.push(`${label}: HTTP ${res.status()}, expected ${entry.status ?? 200}`);
      for (const v of await violations(page)) found.push(`${label}: ${v}`);
      const texts = await textsOn(page);
      for (const leak of englishIn(texts, lang, OWN_WORDS)) english.push(`${label}: ${leak}`);
      if (!UTC_PAGES.has(entry.route)) {
        for (const text of texts.filter((t) => RAW_INSTANT.test(t))) raw.push(`${label}: ${text}`);
      }
      checked++;
      const shot = entry.shot ?? (MAIN.has(entry.route) ? slug(entry.route) : null);
      if (shot && SCREENSHOT_LANGUAGES.includes(lang)) await screenshot(page, `page-${lang}-${shot}`);
    }
  }
  console.log(`# axe: ${checked} pages checked, ${found.length} violation(s), ${english.length} English text(s)`);
  assert.deepEqual(found, [], `${found.length} violation(s):\n${found.join('\n')}`);
  assert.deepEqual(english, [], `English on pages in another language:\n${english.join('\n')}`);
  assert.deepEqual(raw, [], `instants shown as stored instead of in the reader's zone:\n${raw.join('\n')}`);
});

test("the transparency chart's bars are links, reached by Tab with a visible focus", async () => {
  const { page } = world.people.visitor;
  await openIn(page, server.baseUrl, 'en', '/transparency');
  // The published report has the world's request, from the United States.
  const bar = 'svg[aria-labelledby="chart-countries"] a.chart-link';
  assert.equal(await page.locator('svg[aria-labelledby="chart-countries"]').getAttribute('role'), 'group');
  assert.match((await page.locator(bar).first().textContent()).trim(), /^United States\s*\d+$/);
  await tabTo(page, bar); // checks the focus ring at every stop, the bar's too
  await page.keyboard.press('Enter');
  await page.waitForURL(/country=US/);
  // Filtered to the country: one bar per legal process, each a link again.
  assert.equal(await page.locator('select[name="country"]').inputValue(), 'US');
  await tabTo(page, bar);
  const process = new URL(await page.evaluate(() => document.activeElement.getAttribute('href')), server.baseUrl);
  assert.equal(process.searchParams.get('country'), 'US');
  assert.ok(process.searchParams.get('process'), 'a process bar leads to that process');
});

/**
 * What sticks out of the viewport sideways, outside an element that scrolls on its own
 * (a table's container): the page body must not scroll horizontally.
 */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    const scrollsItself = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (['auto', 'scroll'].includes(s.overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).position === 'absolute') continue;
      if ((r.right > width + 1 || r.left < -1) && !scrollsItself(el)) {
        problems.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> spans ${Math.round(r.left)}..${Math.round(r.right)}px`);
        if (problems.length > 5) break;
      }
    }
    return problems;
  });
}

test('every page reflows at 360 px and at 200 % zoom', async () => {
  const found = [];
  // A 1280 px window at 200 % lays pages out in 640 CSS pixels; a phone in 360.
  for (const [label, viewport] of [['360px', { width: 360, height: 740 }], ['200%', { width: 640, height: 400 }]]) {
    for (const entry of [...PAGES, ...VARIANTS, ...ERROR_PAGES]) {
      const { page } = world.people[entry.who];
      await page.setViewportSize(viewport);
      for (const lang of ['en', 'vi']) {
        const url = entry.url(world);
        await openIn(page, server.baseUrl, lang, url);
        for (const p of await overflow(page)) found.push(`${label} [${lang}] ${url}: ${p}`);
        if (label === '360px' && lang === 'en' && MAIN.has(entry.route)) await screenshot(page, `narrow-${slug(entry.route)}`);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }
  assert.deepEqual(found, [], `sideways scrolling:\n${found.join('\n')}`);
});
