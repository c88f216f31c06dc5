// Hunting English on a page shown in another language (issue 17: "an official who
// reads only Polish, or only Vietnamese, … without meeting an English word").
//
// Two nets, since either alone misses leaks:
// - the product's own English messages (crates/lers-app/locales/en), whole or the
//   literal runs between their placeables, whose translation differs: a fallback or
//   a text drawn in the wrong language;
// - English function words: a sentence written in Rust or a template, never in a
//   .ftl file, that no message list knows of.
// People's own words (what the test typed: names, descriptions, an agency) are taken
// out first; they stay in the language they were written in.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'lers-app', 'locales');

/**
 * English words that are not words in German, Polish, Vietnamese (without its
 * diacritics), French or Spanish, so two of them in one text are English. Words that
 * are ("to", "on", "do", "by", "in", "an", "die", "was", "will", "can", "no", "or",
 * "minutes") are left out.
 */
const ENGLISH_WORDS = new Set([
  'the', 'and', 'your', 'you', 'with', 'this', 'that', 'for', 'of', 'is', 'are', 'not', 'has', 'have',
  'been', 'from', 'which', 'when', 'please', 'there', 'their', 'what', 'must', 'should', 'would',
  'these', 'those', 'here', 'after', 'before', 'about', 'only', 'than', 'then', 'into', 'at', 'it',
  'its', 'be', 'if', 'all', 'any', 'each', 'yet', 'our', 'we', 'they', 'request', 'requests',
  'account', 'sign', 'password', 'save', 'send', 'back', 'new', 'open', 'show', 'due', 'overdue',
  'days', 'hours', 'ago', 'none', 'nothing', 'yes',
]);

/**
 * By language: the literal runs of every English message that language says
 * differently (the whole text, or the parts between `{ … }`), and those messages'
 * whole texts.
 */
function englishRuns() {
  const runs = new Map();
  const read = (lang) => {
    const found = new Map();
    for (const file of readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(path.join(LOCALES, lang, file), 'utf8').split('\n')) {
        const m = /^([a-zA-Z][a-zA-Z0-9_-]*) = (.+)$/.exec(line);
        if (m) found.set(m[1], m[2].trim());
      }
    }
    return found;
  };
  const english = read('en');
  for (const lang of readdirSync(LOCALES).filter((l) => l !== 'en')) {
    const theirs = read(lang);
    const ownValues = new Set(theirs.values());
    const leaks = [];
    const whole = new Map();
    for (const [key, text] of english) {
      if (theirs.get(key) === text) continue;
      // A short English message is a leak only as a text of its own, and only when
      // the language has no message that reads the same ("Status", "Name").
      if (!text.includes('{') && !ownValues.has(text)) whole.set(text, key);
      for (const run of text.split(/\{[^}]*\}/)) {
        const words = run.trim();
        if (words.length >= 12 && words.split(/\s+/).length >= 3) leaks.push([key, words]);
      }
    }
    runs.set(lang, { leaks, whole });
  }
  return runs;
}

let runsByLanguage;

/**
 * Every text a reader meets on the page: visible text nodes, the title, and the
 * accessible names and hints in attributes. Left out: code, and elements marked as
 * being in another language (the language switcher names each language in itself).
 */
export async function textsOn(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const skip = (el) => el.closest('script, style, noscript, code, kbd, samp, [translate="no"]')
      || (el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && !skip(node.parentElement)) texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description], input[type=submit], input[type=button]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (el.matches('input[type=submit], input[type=button]') && el.value) texts.push(el.value);
    }
    return texts;
  });
}

/** What of `texts` is English when the page is in `lang`, once `ownWords` are taken out. */
export function englishIn(texts, lang, ownWords = []) {
  if (lang === 'en') return [];
  runsByLanguage ??= englishRuns();
  const messages = runsByLanguage.get(lang);
  if (!messages) throw new Error(`no messages for ${lang} in ${LOCALES}`);
  const { leaks: runs, whole } = messages;
  const own = [...ownWords].filter(Boolean).sort((a, b) => b.length - a.length);
  const found = new Set();
  for (let text of texts) {
    for (const words of own) text = text.split(words).join(' ');
    const wholeKey = whole.get(text.trim());
    if (wholeKey) found.add(`message ${wholeKey}: "${text.trim()}"`);
    for (const [key, run] of runs) if (text.includes(run)) found.add(`message ${key}: "${run}"`);
    const hits = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH_WORDS.has(w)));
    if (hits.size >= 2) found.add(`"${text.slice(0, 160)}" (${[...hits].join(', ')})`);
  }
  return [...found];
}
