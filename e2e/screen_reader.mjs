// Screen-reader driving for the browser tests (issue 17: "a staff member can do their
// whole job with the keyboard or a screen reader"). A screen reader presents a page as
// Chromium's accessibility tree, not as HTML: so every control here is found in that
// tree (the CDP Accessibility domain), by its computed role and accessible name — the
// words a screen reader speaks — never by CSS selector, id or name attribute. It is
// then focused (as a screen reader's "jump to" does) and operated with keys only.
//
// `assertReadable` checks what a screen-reader user needs on every page: a title, one
// level-1 heading, a main landmark, a name on every control, and a spoken reason on
// every field marked invalid.

const CONTROLS = new Set([
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'spinbutton',
  'slider', 'switch', 'listbox', 'menuitem', 'tab',
]);

function property(node, name) {
  return node.properties?.find((p) => p.name === name)?.value?.value;
}

/** What a screen reader would say for `node`: role, name, and state. */
function spoken(node) {
  const state = ['checked', 'invalid', 'expanded'].map((p) => property(node, p)).filter((v) => v !== undefined && v !== 'false' && v !== false);
  return `${node.role?.value} "${node.name?.value ?? ''}"${node.value ? ` = "${node.value.value}"` : ''}${state.length ? ` (${state.join(', ')})` : ''}`;
}

export class ScreenReader {
  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
  }

  /** A screen reader on `page` (one CDP session, kept across navigations). */
  static async on(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new ScreenReader(page, cdp);
  }

  /** The nodes with `role` and exactly the accessible `name`, inside `within` if given. */
  async all(role, name, within) {
    const backendNodeId = within?.backendDOMNodeId ?? (await this.cdp.send('DOM.getDocument', { depth: 0 })).root.backendNodeId;
    // Names are compared here, not by the query: Chromium's query matches a file
    // field by a name other than the one its tree reports (and a reader speaks).
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId, role });
    return nodes.filter((n) => !n.ignored && (name === undefined || n.name?.value === name));
  }

  /** The one node with `role` and `name` (fails, listing what there is, otherwise). */
  async find(role, name, within) {
    const found = await this.all(role, name, within);
    if (found.length === 1) return found[0];
    const others = (await this.all(role, undefined, within)).map(spoken);
    throw new Error(`${found.length} ${role} named "${name}" at ${this.page.url()} (a screen reader lists: ${others.join('; ') || 'none'})`);
  }

  /** The first of several nodes with `role` and `name` (a list of like links, say). */
  async first(role, name, within) {
    const found = await this.all(role, name, within);
    if (!found.length) return this.find(role, name, within);
    return found[0];
  }

  /** Moves focus to `node`, as a screen reader's jump to a control does. */
  async focus(node) {
    await this.cdp.send('DOM.focus', { backendNodeId: node.backendDOMNodeId });
  }

  /** The focused node as the accessibility tree has it. */
  async focused(role) {
    // The accessibility tree follows focus a moment after the page's load event (under
    // a loaded machine, later): with `role`, a bounded poll (5 s) waits for it to land.
    for (let tries = 0; ; tries += 1) {
      const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
      const node = nodes.find((n) => !n.ignored && property(n, 'focused') === true && n.role?.value !== 'RootWebArea');
      if (!role || node?.role?.value === role || tries >= 50) return node;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Focuses the link or button `name` and presses Enter; resolves when the page it loads is loaded. */
  async activate(role, name, within) {
    const node = await this.first(role, name, within);
    await this.focus(node);
    const loaded = this.page.waitForNavigation({ waitUntil: 'load' });
    await this.page.keyboard.press('Enter');
    await loaded;
  }

  /** Types `value` into the text field named `name` (replacing what it held). */
  async type(name, value, within) {
    const node = await this.find('textbox', name, within);
    await this.focus(node);
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(value);
    const now = (await this.find('textbox', name, within)).value?.value ?? '';
    if (now !== value) throw new Error(`the field "${name}" holds "${now}" after typing "${value}"`);
  }

  /** Checks the radio button or check box `name` with Space. */
  async check(role, name, within) {
    const node = await this.find(role, name, within);
    await this.focus(node);
    if (property(node, 'checked') !== 'true') await this.page.keyboard.press('Space');
    const now = property(await this.find(role, name, within), 'checked');
    if (now !== 'true') throw new Error(`${role} "${name}" is not checked after Space (${now})`);
  }

  /** Moves the select `name` to the option `option` with the arrow keys. */
  async choose(name, option, within) {
    const node = await this.find('combobox', name, within);
    await this.focus(node);
    const options = (await this.all('option', undefined, node)).map((o) => o.name?.value);
    const from = options.indexOf(node.value?.value);
    const to = options.indexOf(option);
    if (to < 0) throw new Error(`the list "${name}" offers no "${option}" (it offers: ${options.join('; ')})`);
    for (let i = from; i < to; i++) await this.page.keyboard.press('ArrowDown');
    for (let i = from; i > to; i--) await this.page.keyboard.press('ArrowUp');
    const now = (await this.find('combobox', name, within)).value?.value;
    if (now !== option) throw new Error(`the list "${name}" says "${now}" after choosing "${option}"`);
  }

  /** The text a node holds, as read out when the reader reaches it. */
  async textOf(node) {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId, functionDeclaration: 'function () { return this.innerText; }', returnByValue: true,
    });
    return (result.value ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The texts of the page's live regions of `role` ('alert' or 'status'). */
  async announced(role) {
    return Promise.all((await this.all(role)).map((n) => this.textOf(n)));
  }

  /**
   * Fails unless the page is usable by ear: a title, exactly one level-1 heading with
   * words, a main landmark, a name on every control, and, on every control or group
   * marked invalid or described by an error, the reason spoken with it.
   */
  async assertReadable(label) {
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    const live = nodes.filter((n) => !n.ignored);
    const problems = [];
    const root = live.find((n) => n.role?.value === 'RootWebArea');
    if (!root?.name?.value?.trim()) problems.push('the page has no title');
    const h1 = live.filter((n) => n.role?.value === 'heading' && property(n, 'level') === 1);
    if (h1.length !== 1 || !h1[0].name?.value?.trim()) problems.push(`${h1.length} level-1 headings (${h1.map(spoken).join('; ')})`);
    if (!live.some((n) => n.role?.value === 'main')) problems.push('no main landmark');
    for (const n of live) {
      const role = n.role?.value;
      if (CONTROLS.has(role) && !n.name?.value?.trim()) problems.push(`a ${role} without a name`);
      if (property(n, 'invalid') === 'true' && !n.description?.value?.trim()) problems.push(`${spoken(n)} is invalid but says nothing about why`);
    }
    if (problems.length) throw new Error(`${label} (${this.page.url()}) is not readable by a screen reader:\n  ${problems.join('\n  ')}`);
  }
}
