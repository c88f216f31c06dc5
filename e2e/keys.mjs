// Keyboard-only driving for the browser tests (issue 17: every flow with the keyboard
// alone, with a visible focus throughout). Every helper moves by key presses — Tab,
// Shift+Tab, arrows, Space, Enter, typing — and after each Tab checks that the element
// that took focus shows it: a computed outline of at least 2 px or a box shadow (the
// `:focus-visible` style of app.css), and a box on screen.

/** What has focus, and whether it is visibly marked. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
    const label = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}> ${(el.innerText || el.value || '').trim().slice(0, 40)}`;
    // A date field's focus sits on a segment inside it: the field itself then matches
    // :focus but not :focus-visible, so the computed style is what is checked.
    return { label, shown: (outline || shadow) && onScreen, outline, shadow, onScreen };
  });
}

/** Fails unless the focused element (if any) shows its focus. */
export async function assertFocusShown(page) {
  const f = await focused(page);
  if (f && !f.shown) throw new Error(`focus is not visible on ${f.label} (outline ${f.outline}, shadow ${f.shadow}, on screen ${f.onScreen}) at ${page.url()}`);
  return f;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking
 * the focus indicator at every stop. Wraps around the page if needed.
 */
export async function tabTo(page, selector, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await assertFocusShown(page);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector} at ${page.url()}`);
}

/** Tabs to the link or button `selector` and presses Enter. */
export async function activate(page, selector, opts) {
  await tabTo(page, selector, opts);
  await page.keyboard.press('Enter');
}

/** `YYYY-MM-DD` as typed into Chromium's date field in the en-US locale. */
function dateKeys(iso) {
  const [y, m, d] = iso.split('-');
  return `${m}${d}${y}`;
}

/**
 * Sets the form control named `name` (inside `scope`, a CSS selector prefix) by keys:
 * text is typed (after Ctrl+A), a select moves with the arrow keys, a checkbox takes
 * Space, a radio group moves with the arrows to `value`.
 */
export async function keyFill(page, name, value, { scope = '' } = {}) {
  const selector = `${scope ? `${scope} ` : ''}[name="${name}"]`;
  await tabTo(page, selector);
  const kind = await page.evaluate(() => {
    const el = document.activeElement;
    return el.tagName === 'SELECT' ? 'select' : (el.type || 'text');
  });
  if (kind === 'select') {
    const { from, to } = await page.evaluate((v) => {
      const el = document.activeElement;
      const options = [...el.options];
      const i = options.findIndex((o) => o.value === v || o.label === v);
      return { from: el.selectedIndex, to: i };
    }, value);
    if (to < 0) throw new Error(`${selector} has no option ${value}`);
    for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
    for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
  } else if (kind === 'checkbox') {
    const checked = await page.evaluate(() => document.activeElement.checked);
    if (checked !== (value !== false && value !== 'off')) await page.keyboard.press('Space');
  } else if (kind === 'radio') {
    const isWanted = () => page.evaluate((v) => document.activeElement.value === v && document.activeElement.checked, value);
    if (!(await isWanted())) await page.keyboard.press('Space');
    for (let i = 0; i < 20 && !(await isWanted()); i++) await page.keyboard.press('ArrowDown');
    if (!(await isWanted())) throw new Error(`the arrow keys never chose ${value} in ${selector}`);
  } else if (kind === 'date') {
    await page.keyboard.type(dateKeys(value));
  } else {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(value));
  }
  const now = await page.evaluate(() => {
    const el = document.activeElement;
    return el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
  });
  const expected = kind === 'checkbox' ? value !== false && value !== 'off' : (kind === 'radio' ? true : String(value));
  if (kind !== 'select' && now !== expected) throw new Error(`${selector}: typed ${JSON.stringify(value)}, the field holds ${JSON.stringify(now)}`);
}

/** Fills several fields by keys, in the order given. */
export async function keyFillAll(page, fields, opts) {
  for (const [name, value] of Object.entries(fields)) await keyFill(page, name, value, opts);
}

/**
 * Tabs to the file input `selector`, opens its chooser with Space (as a keyboard user
 * does) and picks `file` ({ name, mimeType, buffer }).
 */
export async function chooseFile(page, selector, file) {
  await tabTo(page, selector);
  await pickWithSpace(page, file, selector);
}

/** With a file input focused, opens its chooser with Space and picks `file`. */
export async function pickWithSpace(page, file, label = 'the file field') {
  // Playwright switches file-chooser interception on asynchronously when the first
  // listener arrives, so the first Space can reach Chromium before it is on (the
  // chooser then opens natively and no event comes, seen in CI): press again, still
  // by keyboard, with the focus where it was.
  for (let attempt = 0; attempt < 3; attempt++) {
    const opened = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null);
    await page.keyboard.press('Space');
    const chooser = await opened;
    if (chooser) {
      await chooser.setFiles(file);
      return;
    }
  }
  throw new Error(`${label}: Space never opened a file chooser`);
}

/** Runs `act` (a form submission) and waits for the page it leads to, loaded. */
export async function submitted(page, act) {
  const before = page.url();
  await act();
  await page.waitForURL((u) => u.toString() !== before, { waitUntil: 'load' });
}
