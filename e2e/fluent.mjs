// The product's own Fluent messages, read from the repository, so that browser tests
// can expect a page's words in any language and can tell an English message that
// leaked onto a page in another language.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'lers-app', 'locales');
const cache = new Map();

/**
 * The single-line messages of language `lang` without placeables (`key = text`), by
 * key. Multi-line messages and those with `{ … }` are left out: a test compares whole
 * texts, and those would need Fluent itself to resolve.
 */
export function messages(lang) {
  if (!cache.has(lang)) {
    const found = new Map();
    const dir = path.join(LOCALES, lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const m = /^([a-zA-Z][a-zA-Z0-9_-]*) = (.+)$/.exec(line);
        if (m && !m[2].includes('{')) found.set(m[1], m[2].trim());
      }
    }
    cache.set(lang, found);
  }
  return cache.get(lang);
}

/** The message `key` in `lang` (fails the test when there is none). */
export function t(lang, key) {
  const text = messages(lang).get(key);
  if (text === undefined) throw new Error(`no simple message ${key} in ${lang}`);
  return text;
}

/**
 * Fails when the page shows an English message whose `lang` translation differs: the
 * sign of a text that missed its translation (a fallback, or a text drawn in the
 * wrong language). Short messages (single words such as "Name") are skipped, since
 * people's own English input may contain them.
 */
export async function assertNoEnglish(page, lang, label) {
  if (lang === 'en') return;
  const shown = await page.locator('body').innerText();
  const theirs = messages(lang);
  const leaked = [];
  for (const [key, english] of messages('en')) {
    if (english.length < 16 || english.split(' ').length < 3) continue;
    if (theirs.get(key) === english) continue;
    if (shown.includes(english)) leaked.push(`${key}: "${english}"`);
  }
  if (leaked.length) throw new Error(`${label} (${lang}) shows English:\n  ${leaked.join('\n  ')}`);
}
