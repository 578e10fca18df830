// The gestures a person makes in VS Code's workbench, one helper each, driven through the page
// (keyboard, mouse, what is drawn) with playwright-core in Debian's Chromium. Every wait polls with
// a bound; every failure says what was expected and what the page showed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { poll } from './codeServer';

export const CHROMIUM = process.env.PAYCODES_CHROMIUM ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium with its profile, crash dumps and caches under `profileDir` (not $HOME). */
export async function launchBrowser(profileDir: string): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set PAYCODES_CHROMIUM)`);
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: process.env.PAYCODES_HEADED !== '1',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'xdg-config'), XDG_CACHE_HOME: path.join(profileDir, 'xdg-cache') },
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}

/** Text as the page draws it: non-breaking spaces as spaces, runs of blanks kept. */
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

const oneLine = (s: string) => JSON.stringify(norm(s).replace(/\s+/g, ' ').trim());

export interface WordBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

// In-page scripts are plain JavaScript strings: they run in the browser, not in Node.
// Finds `word` on the first visible line of the editor that contains `line` (or `word`) and returns
// the box of exactly those characters (a DOM Range over the rendered text, whatever the tokens).
const FIND_WORD = `(({ scope, line, word }) => {
  const norm = (s) => s.replace(/\\u00a0/g, ' ');
  const editor = document.querySelector(scope);
  if (!editor) return { error: 'no editor is open (' + scope + ')', lines: [] };
  const vr = (editor.querySelector('.monaco-scrollable-element.editor-scrollable') || editor).getBoundingClientRect();
  const view = { x: vr.x, y: vr.y, width: vr.width, height: vr.height };
  const rows = [...editor.querySelectorAll('.view-lines .view-line')]
    .map((el) => ({ el, top: el.getBoundingClientRect().top, text: norm(el.textContent || '') }))
    .sort((a, b) => a.top - b.top);
  for (const row of rows) {
    const at = row.text.indexOf(line);
    if (at < 0) continue;
    const start = at + line.indexOf(word);
    const end = start + word.length;
    const walker = document.createTreeWalker(row.el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0, node, setStart = false;
    while ((node = walker.nextNode())) {
      const len = node.nodeValue.length;
      if (!setStart && start < pos + len) { range.setStart(node, start - pos); setStart = true; }
      if (setStart && end <= pos + len) { range.setEnd(node, end - pos); break; }
      pos += len;
    }
    const r = range.getBoundingClientRect();
    if (r.width > 0) return { box: { x: r.x, y: r.y, width: r.width, height: r.height }, view, lines: rows.map((r) => r.text) };
  }
  return { error: 'no line drawn contains ' + JSON.stringify(line), view, lines: rows.map((r) => r.text) };
})`;

const VISIBLE_TEXT = `((selector) => [...document.querySelectorAll(selector)]
  .filter((el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; })
  .map((el) => el.innerText))`;

// The active editor's drawn lines with their line numbers (paired with the gutter by their height on the page).
const NUMBERED_LINES = `((scope) => {
  const norm = (s) => s.replace(/\\u00a0/g, ' ');
  const editor = document.querySelector(scope);
  if (!editor) return [];
  const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
    .map((el) => ({ top: Math.round(el.getBoundingClientRect().top), n: parseInt(el.textContent || '', 10) }))
    .filter((x) => Number.isFinite(x.n));
  return [...editor.querySelectorAll('.view-lines .view-line')]
    .map((el) => {
      const top = Math.round(el.getBoundingClientRect().top);
      const num = numbers.find((x) => Math.abs(x.top - top) <= 2);
      return { n: num ? num.n : -1, top, text: norm(el.textContent || '') };
    })
    .filter((l) => l.n > 0)
    .sort((a, b) => a.n - b.n);
})`;

// Inlay hints as the editor draws them: injected text in the line, in spans whose (generated) class's
// CSS rule uses the theme's inlay-hint colours. Returns each hint with its line's own text (hints
// left out) and the text before it.
const INLAY_HINTS = `((scope) => {
  const norm = (s) => s.replace(/\\u00a0/g, ' ');
  const editor = document.querySelector(scope);
  if (!editor) return { error: 'no editor is open (' + scope + ')', hints: [] };
  const hintClasses = new Set();
  for (const sheet of document.styleSheets) {
    let rules;
    try { rules = sheet.cssRules; } catch { continue; }
    for (const r of rules) {
      if (!r.selectorText || !/--vscode-editorInlayHint/.test(r.cssText)) continue;
      for (const m of r.selectorText.matchAll(/\\.([\\w-]+)/g)) hintClasses.add(m[1]);
    }
  }
  const isHint = (el) => [...el.classList].some((c) => hintClasses.has(c));
  const hints = [];
  const rows = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  for (const row of rows) {
    let own = '';
    const found = [];
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const span = node.parentElement;
      if (span && isHint(span)) found.push({ before: own, label: norm(node.nodeValue) });
      else own += norm(node.nodeValue);
    }
    for (const f of found) hints.push({ line: own, before: f.before, label: f.label });
  }
  return { hints, classes: [...hintClasses] };
})`;

// Squiggles (diagnostics' underlines) in the active editor: severity, the line, and the characters
// the underline spans.
const SQUIGGLES = `((scope) => {
  const norm = (s) => s.replace(/\\u00a0/g, ' ');
  const editor = document.querySelector(scope);
  if (!editor) return [];
  const rows = [...editor.querySelectorAll('.view-lines .view-line')];
  const out = [];
  for (const sq of editor.querySelectorAll('.view-overlays [class*="squiggly-"]')) {
    const severity = ([...sq.classList].find((c) => c.startsWith('squiggly-')) || '').slice('squiggly-'.length);
    const r = sq.getBoundingClientRect();
    if (r.width === 0) continue;
    const mid = r.top + r.height / 2;
    const row = rows.find((el) => { const b = el.getBoundingClientRect(); return b.top <= mid && mid <= b.bottom; });
    if (!row) continue;
    let text = '';
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.nodeValue.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const c = range.getBoundingClientRect();
        const x = c.left + c.width / 2;
        if (x >= r.left && x <= r.right) text += node.nodeValue[i];
      }
    }
    out.push({ severity, line: norm(row.textContent || ''), text: norm(text) });
  }
  return out;
})`;

// The Outline view's drawn rows: tree level, label and description (the symbol's detail).
const OUTLINE_ROWS = `(() => [...document.querySelectorAll('.outline-pane .monaco-list-row')].map((row) => ({
  index: Number(row.getAttribute('data-index')),
  level: Number(row.getAttribute('aria-level')),
  last: row.getAttribute('data-last-element') === 'true',
  label: ((row.querySelector('.label-name') || {}).textContent || '').replace(/\\u00a0/g, ' ').trim(),
  description: ((row.querySelector('.label-description') || {}).textContent || '').replace(/\\u00a0/g, ' ').trim(),
})))`;

export interface NumberedLine {
  /** 1-based line number, as the gutter shows it */
  n: number;
  text: string;
}

export interface InlayHintShown {
  /** the line's own text, hints left out */
  line: string;
  /** the line's own text before the hint */
  before: string;
  label: string;
}

export interface Squiggle {
  /** error, warning, info or hint */
  severity: string;
  line: string;
  /** the characters underlined */
  text: string;
}

export interface OutlineNode {
  label: string;
  description: string;
  children: OutlineNode[];
}

export interface HoverOptions {
  /** text of the line the word is on (to pick one occurrence); defaults to the word */
  line?: string;
  /** the hover is read until this holds (e.g. the language server's answer arrived) */
  until?: (text: string) => boolean;
  /** what `until` expects, for the error message */
  expect?: string;
  timeoutMs?: number;
}

export interface QuickInput {
  /** the input box's value (the command palette's starts with '>') */
  value: string;
  placeholder: string;
  /** visible rows' labels, top to bottom */
  rows: string[];
}

/** One VS Code window in the page. Selectors are VS Code's own class names. */
export class Workbench {
  /** the active editor group's editor */
  static readonly EDITOR = '.editor-group-container.active .monaco-editor';
  static readonly HOVER = '.monaco-hover:not(.hidden)';
  static readonly QUICK_INPUT = '.quick-input-widget';

  constructor(
    readonly page: Page,
    /** where screenshot() writes */
    readonly screenshotDir: string,
  ) {}

  /** Loads the workbench at `url` and waits until the Explorer lists the folder's files. */
  async open(url: string, timeoutMs = 90_000): Promise<void> {
    await this.page.goto(url, { timeout: timeoutMs });
    await this.page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: timeoutMs });
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Visible elements' innerText for a selector. */
  async visibleTexts(selector: string): Promise<string[]> {
    return ((await this.page.evaluate(`${VISIBLE_TEXT}(${JSON.stringify(selector)})`)) as string[]).map(norm);
  }

  /** Gives the workbench keyboard focus without clicking into an editor's text. */
  private async focusWorkbench(): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press('Escape');
  }

  // ---- quick input (Quick Open, command palette, quick picks) ----

  async readQuickInput(): Promise<QuickInput | undefined> {
    const widget = this.page.locator(Workbench.QUICK_INPUT);
    if (!(await widget.isVisible())) return undefined;
    const input = widget.locator('input.input, .quick-input-box input').first();
    return {
      value: (await input.inputValue().catch(() => '')) ?? '',
      placeholder: (await input.getAttribute('placeholder').catch(() => '')) ?? '',
      rows: await this.visibleTexts(`${Workbench.QUICK_INPUT} .quick-input-list .monaco-list-row .label-name, ${Workbench.QUICK_INPUT} .quick-input-list .monaco-list-row .monaco-highlighted-label:first-of-type`)
        .then((r) => [...new Set(r.map((t) => t.trim()).filter(Boolean))]),
    };
  }

  /** Waits for the quick input to show a row whose label contains `label`; returns what it showed. */
  async waitForQuickInputRow(label: string, timeoutMs = 20_000): Promise<QuickInput> {
    let last: QuickInput | undefined;
    try {
      return await poll(
        `a quick-input row ${JSON.stringify(label)}`,
        async () => {
          last = await this.readQuickInput();
          return last?.rows.some((r) => r.includes(label)) ? last : undefined;
        },
        { timeoutMs, intervalMs: 200 },
      );
    } catch {
      throw new Error(
        `expected a row ${JSON.stringify(label)} in the quick input; the page showed ${
          last ? `input ${JSON.stringify(last.value)} with rows ${JSON.stringify(last.rows)}` : 'no quick input'
        }`,
      );
    }
  }

  /** Waits for a quick input other than the command palette (e.g. a command's quick pick). */
  async waitForQuickPick(what: string, timeoutMs = 20_000): Promise<QuickInput> {
    try {
      return await poll(what, async () => {
        const q = await this.readQuickInput();
        return q && !q.value.startsWith('>') ? q : undefined;
      }, { timeoutMs, intervalMs: 200 });
    } catch {
      throw new Error(`expected ${what}; after ${timeoutMs} ms the page showed ${JSON.stringify(await this.readQuickInput()) ?? 'no quick input'} and notifications ${JSON.stringify(await this.readNotifications())}`);
    }
  }

  async closeQuickInput(): Promise<void> {
    if (await this.page.locator(Workbench.QUICK_INPUT).isVisible()) await this.page.keyboard.press('Escape');
    await this.page.locator(Workbench.QUICK_INPUT).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
  }

  // ---- gestures ----

  /** Quick Open (Ctrl+P) → type the path → Enter; waits until its tab is active and its text drawn. */
  async openFile(relativePath: string, timeoutMs = 30_000): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+P');
    await this.page.locator(`${Workbench.QUICK_INPUT} input`).first().waitFor({ state: 'visible', timeout: timeoutMs });
    // Visible is not yet focused: keys typed a moment too early went to the editor behind it and replaced a
    // selected file's text with the path (seen once in CI).
    const typingThere = `document.activeElement?.closest(${JSON.stringify(Workbench.QUICK_INPUT)}) != null`;
    await poll('Quick Open to take the keyboard', async () => ((await this.page.evaluate(typingThere)) ? true : undefined), { timeoutMs, intervalMs: 50 });
    await this.page.keyboard.type(relativePath);
    const base = path.basename(relativePath);
    const dir = path.dirname(relativePath) === '.' ? '' : path.dirname(relativePath);
    // Quick Open first lists recently opened files and filters a moment later: Enter only once the
    // focused (first) row is this file, or it opens whatever was listed first.
    let focused = '';
    try {
      await poll(
        `Quick Open to focus ${relativePath}`,
        async () => {
          focused = (await this.page.locator(`${Workbench.QUICK_INPUT} .monaco-list-row.focused`).first().getAttribute('aria-label', { timeout: 1000 }).catch(() => '')) ?? '';
          return focused.startsWith(dir ? `${base} ${dir}` : base) ? true : undefined;
        },
        { timeoutMs, intervalMs: 150 },
      );
    } catch {
      throw new Error(`expected Quick Open to offer ${relativePath} first; its focused row is ${JSON.stringify(focused)}, its rows ${JSON.stringify((await this.readQuickInput())?.rows)}`);
    }
    await this.page.keyboard.press('Enter');
    let tabs: string[] = [];
    try {
      await poll(
        `${base} to be the active editor`,
        async () => {
          // a tab draws the name and its extension in separate elements: compare without blanks
          tabs = (await this.visibleTexts('.editor-group-container.active .tab.active')).map((t) => t.replace(/\s+/g, ''));
          const lines = await this.page.locator(`${Workbench.EDITOR} .view-line`).count();
          return tabs.some((t) => t.includes(base)) && lines > 0 ? true : undefined;
        },
        { timeoutMs },
      );
    } catch {
      throw new Error(`expected ${relativePath} open in the active editor; the active tab is ${JSON.stringify(tabs)}`);
    }
  }

  /** The active editor's drawn lines, top to bottom. */
  async editorLines(): Promise<string[]> {
    // a line no editor draws: FIND_WORD then only reports the lines it saw
    const r = (await this.page.evaluate(`${FIND_WORD}(${JSON.stringify({ scope: Workbench.EDITOR, line: '\u0000', word: '\u0000' })})`)) as {
      lines?: string[];
    };
    return r.lines ?? [];
  }

  /**
   * Where `word` is drawn on the first line containing `line`, scrolling the active editor (mouse
   * wheel, as a person would) until the word is inside its visible area.
   */
  async wordBox(word: string, line = word): Promise<WordBox> {
    if (!line.includes(word)) throw new Error(`wordBox: line ${JSON.stringify(line)} does not contain ${JSON.stringify(word)}`);
    const find = async () =>
      (await this.page.evaluate(`${FIND_WORD}(${JSON.stringify({ scope: Workbench.EDITOR, line, word })})`)) as {
        box?: WordBox;
        view?: WordBox;
        error?: string;
        lines: string[];
      };
    let r = await find();
    let searchedFromTop = false;
    let previousLines = '';
    for (let step = 0; step < 60; step++) {
      if (!r.view) break;
      const v = r.view;
      await this.page.mouse.move(v.x + v.width / 2, v.y + v.height / 2);
      if (r.box) {
        const b = r.box;
        const margin = 24;
        const dx = b.x + b.width > v.x + v.width - margin ? b.x + b.width - (v.x + v.width) + 4 * margin : b.x < v.x + margin ? b.x - v.x - 4 * margin : 0;
        const dy = b.y + b.height > v.y + v.height - margin ? b.y + b.height - (v.y + v.height) + 4 * margin : b.y < v.y ? b.y - v.y - 4 * margin : 0;
        if (dx === 0 && dy === 0) return b;
        await this.page.mouse.wheel(dx, dy);
      } else if (!searchedFromTop) {
        searchedFromTop = true; // look for the line from the top of the file down
        await this.scrollEditorToTop();
      } else {
        const drawn = r.lines.join('\n');
        if (drawn === previousLines) break; // the end of the file: no further to scroll
        previousLines = drawn;
        await this.page.mouse.wheel(0, v.height * 0.8);
      }
      await this.page.waitForTimeout(100); // let the editor draw the scrolled lines
      r = await find();
    }
    throw new Error(`expected ${JSON.stringify(word)} on a line containing ${JSON.stringify(line)}; ${r.error ?? 'it could not be scrolled into view'}; the editor shows:\n  ${r.lines.join('\n  ')}`);
  }

  /** The text of the hover widget now showing, or '' when none is. */
  async readHover(): Promise<string> {
    return (await this.visibleTexts(Workbench.HOVER)).join('\n').trim();
  }

  async dismissHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
    await this.page.locator(Workbench.HOVER).first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
  }

  /**
   * Moves the mouse onto `word` and returns the hover's text once `until` holds (default: any text
   * but "Loading…"). Moves away and back if no hover shows, within the bound.
   */
  async hoverWord(word: string, opts: HoverOptions = {}): Promise<string> {
    const until = opts.until ?? ((t: string) => t.length > 0 && !/^Loading/.test(t));
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      const b = await this.wordBox(word, opts.line ?? word);
      await this.page.mouse.move(b.x + 1, b.y + b.height / 2);
      await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
      const attemptEnd = Math.min(deadline, Date.now() + 5000);
      while (Date.now() < attemptEnd) {
        text = await this.readHover();
        if (until(text)) return text;
        await this.page.waitForTimeout(150);
      }
      await this.dismissHover();
    }
    throw new Error(
      `hovering ${JSON.stringify(word)}${opts.line ? ` on the line ${JSON.stringify(opts.line)}` : ''}: expected a hover ${
        opts.expect ?? 'with text'
      }; after ${timeoutMs} ms the hover showed ${text ? oneLine(text) : 'nothing'}`,
    );
  }

  /** The command palette's rows for `query` (F1, type, read), then closes it. */
  async findCommands(query: string, label = query): Promise<string[]> {
    await this.openCommandPalette(query);
    try {
      return (await this.waitForQuickInputRow(label)).rows;
    } finally {
      await this.closeQuickInput();
    }
  }

  private async openCommandPalette(query: string): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('F1');
    const input = this.page.locator(`${Workbench.QUICK_INPUT} input`).first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await poll('the command palette\'s ">" prefix', async () => ((await input.inputValue()).startsWith('>') ? true : undefined), {
      timeoutMs: 5000,
    });
    await this.page.keyboard.type(query);
  }

  /**
   * Runs a command through the command palette as a person does: F1, type its title, pick the row
   * whose label is exactly `title` (e.g. "PayCodes: Look Up Payment Code…").
   */
  async runCommand(title: string): Promise<void> {
    await this.openCommandPalette(title);
    await this.waitForQuickInputRow(title);
    const row = this.page.locator(`${Workbench.QUICK_INPUT} .quick-input-list .monaco-list-row`, { hasText: title }).first();
    await row.click();
    // the palette closes or turns into the command's own quick pick
    await poll(
      `the command palette to close after running ${JSON.stringify(title)}`,
      async () => {
        const q = await this.readQuickInput();
        return !q || !q.value.startsWith('>') ? true : undefined;
      },
      { timeoutMs: 10_000 },
    );
  }

  /** Closes every editor (View: Close All Editor Groups), answering "Don't Save" for unsaved ones. */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editor Groups');
    let tabs: string[] = [];
    try {
      await poll('every editor to close', async () => {
        const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
        if (await dontSave.first().isVisible()) await dontSave.first().click();
        tabs = await this.visibleTexts('.editor-group-container .tab');
        return tabs.length === 0 ? true : undefined;
      }, { timeoutMs: 15_000 });
    } catch {
      throw new Error(`expected no open editor after closing them all; tabs still open: ${JSON.stringify(tabs)}`);
    }
  }

  /** Visible notification toasts' text. */
  async readNotifications(): Promise<string[]> {
    return (await this.visibleTexts('.notifications-toasts .notification-toast')).map((t) => t.trim());
  }

  /** Waits for a notification toast containing `text`; returns all visible toasts. */
  async waitForNotification(text: string, timeoutMs = 20_000): Promise<string[]> {
    let shown: string[] = [];
    try {
      return await poll(`a notification ${JSON.stringify(text)}`, async () => {
        shown = await this.readNotifications();
        return shown.some((n) => n.includes(text)) ? shown : undefined;
      }, { timeoutMs });
    } catch {
      throw new Error(`expected a notification containing ${JSON.stringify(text)}; the page showed ${JSON.stringify(shown)}`);
    }
  }

  async clearNotifications(): Promise<void> {
    if ((await this.readNotifications()).length === 0) return;
    await this.runCommand('Notifications: Clear All Notifications');
  }

  /**
   * Opens the Problems panel (Ctrl+Shift+M) and returns its rows' text once `until` holds (default:
   * at least one row).
   */
  async readProblems(opts: { until?: (rows: string[]) => boolean; expect?: string; timeoutMs?: number; filter?: string } = {}): Promise<string[]> {
    const until = opts.until ?? ((rows: string[]) => rows.length > 0);
    const panel = this.page.locator('.markers-panel').first();
    if (!(await panel.isVisible())) {
      // Ctrl+Shift+M toggles: press it only when the panel is not showing
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
        throw new Error('expected the Problems panel after Ctrl+Shift+M; it did not show');
      });
    }
    // the panel's filter box: what is typed there (e.g. a file name) narrows the rows; empty shows all
    const filter = this.page.locator('.part.panel input[aria-label="Filter Problems"]').first();
    if ((await filter.inputValue()) !== (opts.filter ?? '')) {
      // at its left end: its right end holds the "Showing n of m" badge
      // A panel shown a moment ago may not take the click yet: Ctrl+A and the typing would then go to the editor
      // and replace the file's text. Type only once the box has the focus.
      await poll('the Problems filter box to take the focus', async () => {
        const box = await filter.boundingBox();
        await filter.click({ position: { x: 6, y: (box?.height ?? 20) / 2 } });
        // The focus is somewhere in the panel (the box, or the widget around it), not in the editor.
        return (await this.page.evaluate('document.activeElement?.closest(".part.panel") != null')) ? true : undefined;
      }, { timeoutMs: 10_000, intervalMs: 300 });
      await this.page.keyboard.press('Control+A');
      if (opts.filter) await this.page.keyboard.type(opts.filter);
      else await this.page.keyboard.press('Backspace');
    }
    let rows: string[] = [];
    let previous = '';
    try {
      return await poll(
        'Problems rows',
        async () => {
          rows = (await this.visibleTexts('.markers-panel .monaco-list-row')).map((r) => r.replace(/\s+/g, ' ').trim());
          // the list is redrawn while diagnostics arrive: take it only once it reads the same twice
          const same = JSON.stringify(rows) === previous;
          previous = JSON.stringify(rows);
          return same && until(rows) ? rows : undefined;
        },
        { timeoutMs: opts.timeoutMs ?? 30_000, intervalMs: 300 },
      );
    } catch {
      throw new Error(`expected Problems ${opts.expect ?? 'to list a problem'}; the panel showed ${JSON.stringify(rows)}`);
    }
  }

  /** Puts the cursor on `word` (a click), presses Ctrl+. and returns the quick-fix menu's items. */
  async quickFixMenu(word: string, line = word, opts: { until?: (items: string[]) => boolean; expect?: string } = {}): Promise<string[]> {
    const until = opts.until ?? ((items: string[]) => items.length > 0);
    const b = await this.wordBox(word, line);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    let items: string[] = [];
    let pressedAt = 0;
    try {
      return await poll(
        'the quick-fix menu',
        async () => {
          // Ctrl+. again while no menu shows: the server may not have analysed the file yet
          // ("No code actions available" then shows instead, and goes)
          if (items.length === 0 && Date.now() - pressedAt > 3000) {
            await this.page.keyboard.press('Control+.');
            pressedAt = Date.now();
          }
          items = (await this.visibleTexts('.action-widget .monaco-list-row')).map((t) => t.replace(/\s+/g, ' ').trim());
          return until(items) ? items : undefined;
        },
        { timeoutMs: 20_000 },
      );
    } catch {
      throw new Error(`expected the quick-fix menu on ${JSON.stringify(word)} ${opts.expect ?? 'to list a fix'}; it showed ${JSON.stringify(items)}`);
    }
  }

  /** Opens the quick-fix menu on `word` and picks the item containing `title`; returns the menu's items. */
  async applyQuickFix(word: string, title: string, line = word): Promise<string[]> {
    const items = await this.quickFixMenu(word, line, { until: (i) => i.some((t) => t.includes(title)), expect: `to offer ${JSON.stringify(title)}` });
    await this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
    await this.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    return items;
  }

  /** Waits until a visible editor line contains `text` (e.g. after a fix was applied). */
  async waitForLine(text: string, timeoutMs = 15_000): Promise<void> {
    let lines: string[] = [];
    try {
      await poll(`a line ${JSON.stringify(text)}`, async () => {
        lines = await this.editorLines();
        return lines.some((l) => l.includes(text)) ? true : undefined;
      }, { timeoutMs });
    } catch {
      throw new Error(`expected an editor line containing ${JSON.stringify(text)}; the editor shows:\n  ${lines.join('\n  ')}`);
    }
  }

  /**
   * Scrolls the active editor to its first line with the mouse wheel (one wheel turn scrolls a few
   * lines however large its delta, so it turns until line 1 is drawn or nothing moves any more).
   */
  async scrollEditorToTop(): Promise<void> {
    const box = await this.page.locator(`${Workbench.EDITOR} .monaco-scrollable-element.editor-scrollable`).first().boundingBox();
    if (!box) return;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let previous = '';
    let still = 0;
    for (let step = 0; step < 200; step++) {
      const drawn = (await this.page.evaluate(`${NUMBERED_LINES}(${JSON.stringify(Workbench.EDITOR)})`)) as (NumberedLine & { top: number })[];
      const first = drawn.find((l) => l.top >= box.y - 1);
      const key = drawn.map((l) => l.n).join(',');
      if (!first || first.n === 1) return;
      if (key === previous && ++still >= 3) return; // nothing moves any more
      if (key !== previous) still = 0;
      previous = key;
      await this.page.mouse.wheel(0, -box.height);
      await this.page.waitForTimeout(50); // let the editor draw the scrolled lines
    }
  }

  /** Every line of the active editor (scrolling it top to bottom with the wheel), by line number; inlay hints are part of a drawn line. */
  async readEditorText(): Promise<NumberedLine[]> {
    const box = await this.page.locator(`${Workbench.EDITOR} .monaco-scrollable-element.editor-scrollable`).first().boundingBox();
    if (!box) throw new Error('expected an open editor to read; none is drawn');
    await this.scrollEditorToTop();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const lines = new Map<number, string>();
    let previous = '';
    let still = 0;
    for (let step = 0; step < 400; step++) {
      await this.page.waitForTimeout(50); // let the editor draw the scrolled lines
      const drawn = (await this.page.evaluate(`${NUMBERED_LINES}(${JSON.stringify(Workbench.EDITOR)})`)) as (NumberedLine & { top: number })[];
      // only lines fully inside the editor's visible area: the ones at its edges may be half drawn
      for (const l of drawn) if (l.top >= box.y - 1 && l.top < box.y + box.height - 10) lines.set(l.n, l.text);
      const key = drawn.map((l) => l.n).join(',');
      if (key === previous && ++still >= 3) break; // the end of the file: no further to scroll
      if (key !== previous) still = 0;
      previous = key;
      await this.page.mouse.wheel(0, box.height * 0.7);
    }
    await this.scrollEditorToTop(); // as it was before reading (for the small files the checks use)
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([n, text]) => ({ n, text }));
  }

  /** The inlay hints drawn in the active editor once `until` holds (default: at least one). */
  async readInlayHints(opts: { until?: (hints: InlayHintShown[]) => boolean; expect?: string; timeoutMs?: number } = {}): Promise<InlayHintShown[]> {
    const until = opts.until ?? ((h: InlayHintShown[]) => h.length > 0);
    let shown: InlayHintShown[] = [];
    try {
      return await poll('inlay hints', async () => {
        shown = ((await this.page.evaluate(`${INLAY_HINTS}(${JSON.stringify(Workbench.EDITOR)})`)) as { hints: InlayHintShown[] }).hints;
        return until(shown) ? shown : undefined;
      }, { timeoutMs: opts.timeoutMs ?? 20_000 });
    } catch {
      throw new Error(
        `expected inlay hints ${opts.expect ?? 'in the editor'}; it showed ${shown.length ? JSON.stringify(shown.map((h) => `${h.before}«${h.label}»`)) : 'none'}; its lines:\n  ${(await this.editorLines()).join('\n  ')}`,
      );
    }
  }

  /**
   * The squiggles drawn in the active editor once `until` holds (default: at least one). Only lines
   * in view are drawn: scroll the one to check into view first (wordBox).
   */
  async readSquiggles(opts: { until?: (s: Squiggle[]) => boolean; expect?: string; timeoutMs?: number } = {}): Promise<Squiggle[]> {
    const until = opts.until ?? ((sq: Squiggle[]) => sq.length > 0);
    let shown: Squiggle[] = [];
    try {
      return await poll('squiggles', async () => {
        shown = (await this.page.evaluate(`${SQUIGGLES}(${JSON.stringify(Workbench.EDITOR)})`)) as Squiggle[];
        return until(shown) ? shown : undefined;
      }, { timeoutMs: opts.timeoutMs ?? 20_000 });
    } catch {
      throw new Error(`expected squiggles ${opts.expect ?? 'in the editor'}; it showed ${JSON.stringify(shown)}`);
    }
  }

  /**
   * Shows the Outline view (Explorer: Focus on Outline View) and reads its whole tree, scrolling it
   * with the wheel, once `until` holds (default: at least one symbol).
   */
  async readOutline(opts: { until?: (tree: OutlineNode[]) => boolean; expect?: string; timeoutMs?: number } = {}): Promise<OutlineNode[]> {
    const until = opts.until ?? ((t: OutlineNode[]) => t.length > 0);
    await this.runCommand('Explorer: Focus on Outline View');
    type Row = { index: number; level: number; last: boolean; label: string; description: string };
    const readTree = async (): Promise<OutlineNode[]> => {
      const list = this.page.locator('.outline-pane .monaco-list').first();
      const box = await list.boundingBox();
      if (!box) return [];
      const rows = new Map<number, Row>();
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // to the first row (a wheel turn scrolls a few rows), then down, collecting rows until the last
      for (let step = 0; step < 100; step++) {
        const drawn = (await this.page.evaluate(`${OUTLINE_ROWS}()`)) as Row[];
        if (drawn.length === 0 || drawn.some((r) => r.index === 0)) break;
        await this.page.mouse.wheel(0, -box.height);
        await this.page.waitForTimeout(50);
      }
      let still = 0;
      for (let step = 0; step < 200; step++) {
        const drawn = (await this.page.evaluate(`${OUTLINE_ROWS}()`)) as Row[];
        const before = rows.size;
        for (const r of drawn) rows.set(r.index, r);
        if ([...rows.values()].some((r) => r.last)) break;
        if (rows.size === before && ++still >= 3) break; // nothing new: the end of the list
        if (rows.size !== before) still = 0;
        await this.page.mouse.wheel(0, box.height * 0.7);
        await this.page.waitForTimeout(50); // let the list draw the scrolled rows
      }
      const tree: OutlineNode[] = [];
      const parents: OutlineNode[] = [];
      for (const r of [...rows.values()].sort((a, b) => a.index - b.index)) {
        const node: OutlineNode = { label: r.label, description: r.description, children: [] };
        parents.length = Math.max(0, r.level - 1);
        (parents.length ? parents[parents.length - 1].children : tree).push(node);
        parents.push(node);
      }
      return tree;
    };
    let tree: OutlineNode[] = [];
    try {
      return await poll('the Outline', async () => {
        tree = await readTree();
        return until(tree) ? tree : undefined;
      }, { timeoutMs: opts.timeoutMs ?? 20_000, intervalMs: 300 });
    } catch {
      const shown = tree.map((g) => `${g.label} [${g.description}]${g.children.length ? ` { ${g.children.map((c) => c.label).join(', ')} }` : ''}`);
      throw new Error(`expected the Outline ${opts.expect ?? 'to list symbols'}; it showed ${JSON.stringify(shown)}`);
    }
  }

  /**
   * In an open quick pick, moves down the list (↓, as a person scrolls it) until the focused row's
   * label is `label`; returns that row's text. Enter then picks it.
   */
  async focusQuickPickRow(label: string, maxRows = 400): Promise<string> {
    const focused = this.page.locator(`${Workbench.QUICK_INPUT} .quick-input-list .monaco-list-row.focused`).first();
    const seen: string[] = [];
    let stuck = 0;
    for (let i = 0; i <= maxRows; i++) {
      const name = norm((await focused.locator('.label-name').first().textContent({ timeout: 2000 }).catch(() => '')) ?? '').trim();
      if (name === label) return norm(await focused.innerText()).replace(/\s+/g, ' ').trim();
      if (seen.length > 1 && name === seen[0]) break; // ↓ on the last row wraps to the first: all seen
      if (name && name === seen[seen.length - 1]) {
        if (++stuck > 3) break; // the focus does not move
      } else {
        stuck = 0;
        if (name) seen.push(name);
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`expected a row ${JSON.stringify(label)} in the quick pick; moving down it focused ${seen.length} rows: ${JSON.stringify(seen.slice(0, 60))}${seen.length > 60 ? '…' : ''}`);
  }

  /**
   * Answers an input box (e.g. a command's "Provider id" prompt): waits for the quick input whose title
   * contains `title`, replaces its value with `value` and presses Enter.
   */
  async answerInputBox(title: string, value: string, timeoutMs = 20_000): Promise<void> {
    let shown = '';
    try {
      await poll(`an input box ${JSON.stringify(title)}`, async () => {
        shown = (await this.visibleTexts(`${Workbench.QUICK_INPUT} .quick-input-title`)).join(' ');
        return shown.includes(title) ? true : undefined;
      }, { timeoutMs, intervalMs: 150 });
    } catch {
      throw new Error(`expected an input box titled ${JSON.stringify(title)}; the page showed ${shown ? `one titled ${JSON.stringify(shown)}` : 'none'} and notifications ${JSON.stringify(await this.readNotifications())}`);
    }
    const input = this.page.locator(`${Workbench.QUICK_INPUT} input`).first();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(value);
    await poll(`the input box to hold ${JSON.stringify(value)}`, async () => ((await input.inputValue()) === value ? true : undefined), { timeoutMs: 5000 });
    await this.page.keyboard.press('Enter');
    // the box closes, or the next one (another title) replaces it
    await poll(`the input box ${JSON.stringify(title)} to close`, async () => {
      const now = (await this.visibleTexts(`${Workbench.QUICK_INPUT} .quick-input-title`)).join(' ');
      return now !== shown ? true : undefined;
    }, { timeoutMs: 10_000 });
  }

  // ---- writing and navigating (issue 14) ----

  /** Reads `read` until `until` holds; fails saying what was expected and what was last read. */
  private async readUntil<T>(what: string, read: () => Promise<T>, until: (v: T) => boolean, expect: string, timeoutMs = 20_000): Promise<T> {
    let last: T | undefined;
    try {
      return await poll(what, async () => {
        last = await read();
        return until(last) ? last : undefined;
      }, { timeoutMs, intervalMs: 200 });
    } catch {
      throw new Error(`expected ${what} ${expect}; the page showed ${JSON.stringify(last)}`);
    }
  }

  /** Clicks at the end of the line containing `line`, presses Enter and types `text` (auto-closing quotes and all). */
  async typeOnNewLineAfter(line: string, text: string): Promise<void> {
    const b = await this.wordBox(line, line);
    await this.page.mouse.click(b.x + b.width + 2, b.y + b.height / 2);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /**
   * The suggest widget's rows (label, details) once `until` holds. When typing did not bring them within a
   * few seconds (a language server still starting answers nothing), Ctrl+Space asks again, as a person would.
   */
  async readSuggestions(opts: { until?: (rows: string[]) => boolean; expect?: string } = {}): Promise<string[]> {
    const rows = () => this.visibleTexts('.suggest-widget.visible .monaco-list-row').then((r) => r.map((t) => t.replace(/\s+/g, ' ').trim()));
    const until = opts.until ?? ((r: string[]) => r.length > 0);
    const expect = opts.expect ?? 'to list suggestions';
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.readUntil('the suggest widget', rows, until, expect, 5000);
      } catch {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+Space');
      }
    }
    return this.readUntil('the suggest widget', rows, until, expect);
  }

  /** The code lenses drawn in the active editor, once `until` holds. */
  async readCodeLenses(opts: { until?: (lenses: string[]) => boolean; expect?: string } = {}): Promise<string[]> {
    const lenses = () => this.visibleTexts(`${Workbench.EDITOR} .codelens-decoration a`).then((r) => r.map((t) => t.trim()).filter(Boolean));
    return this.readUntil('code lenses', lenses, opts.until ?? ((l) => l.length > 0), opts.expect ?? 'to be drawn', 30_000);
  }

  /** Clicks the code lens whose text contains `text`. */
  async clickCodeLens(text: string): Promise<void> {
    await this.page.locator(`${Workbench.EDITOR} .codelens-decoration a`, { hasText: text }).first().click();
  }

  /** Puts the cursor on `word` (a click) and presses `key` (F12: Go to Definition; Shift+Alt+F12: Find All References). */
  async pressOnWord(word: string, key: string, line = word): Promise<void> {
    const b = await this.wordBox(word, line);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await this.page.keyboard.press(key);
  }

  /** The active editor tab's title. */
  async activeTab(): Promise<string> {
    return ((await this.visibleTexts('.editor-group-container.active .tab.active .label-name'))[0] ?? '').trim();
  }

  /** The side bar's title and its tree's rows (e.g. the References view), once `until` holds. */
  async readSideBarTree(opts: { until?: (v: { title: string; rows: string[] }) => boolean; expect?: string } = {}): Promise<{ title: string; rows: string[] }> {
    const read = async () => ({
      title: ((await this.visibleTexts('.part.sidebar .composite.title .title-label'))[0] ?? '').trim(),
      rows: (await this.visibleTexts('.part.sidebar .monaco-list-row')).map((t) => t.replace(/\s+/g, ' ').trim()),
    });
    return this.readUntil('the side bar', read, opts.until ?? ((v) => v.rows.length > 0), opts.expect ?? 'to list rows', 30_000);
  }

  /** Gives the active editor the keyboard focus (as clicking into its text does, without moving the cursor). */
  private async focusEditor(): Promise<void> {
    // the element that takes the editor's typing: an EditContext <div role="textbox"> in current VS Code, a <textarea> before
    await this.page.locator(`${Workbench.EDITOR} .native-edit-context, ${Workbench.EDITOR} textarea.inputarea`).first().focus();
  }

  /**
   * Replaces the active editor's whole text, as a paste does (Ctrl+A, then the text inserted in one
   * go: no auto-closing brackets or auto-indent on the way). One line is safest: a newline typed into
   * the editor indents the next line.
   */
  async replaceEditorText(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.insertText(text);
  }

  /** Ctrl+S in the active editor; waits until its tab no longer shows unsaved changes. */
  async saveEditor(timeoutMs = 15_000): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    const tab = this.page.locator('.editor-group-container.active .tab.active').first();
    try {
      await poll('the active editor to be saved', async () => (/\bdirty\b/.test((await tab.getAttribute('class')) ?? '') ? undefined : true), { timeoutMs });
    } catch {
      throw new Error(`expected the active editor saved after Ctrl+S; its tab still shows unsaved changes (notifications: ${JSON.stringify(await this.readNotifications())})`);
    }
  }

  /** Ctrl+Z in the active editor. */
  async undo(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Z');
  }

  /** Puts the cursor on `word` (a click) and runs Auto Fix (Shift+Alt+.): VS Code applies the preferred quick fix. */
  async autoFix(word: string, line = word): Promise<void> {
    // Right after the quick-fix menu closes, a click and the keypress can land while it is still going away.
    await this.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    const b = await this.wordBox(word, line);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await this.page.keyboard.press('Shift+Alt+Period');
  }

  /**
   * Auto Fix at the word until `applied` reads true: pressed a second time if the first press changed nothing
   * in `firstMs` (a keypress lost in a full run of the suite); false if neither press applied it.
   */
  async autoFixUntil(word: string, line: string, applied: () => Promise<boolean>, firstMs = 10_000): Promise<boolean> {
    const waitFor = (timeoutMs: number) =>
      poll('Auto Fix to apply the preferred fix', async () => ((await applied()) ? true : undefined), { timeoutMs, intervalMs: 500 }).then(() => true, () => false);
    await this.autoFix(word, line);
    if (await waitFor(firstMs)) return true;
    await this.autoFix(word, line);
    return waitFor(firstMs);
  }

  /** The status bar's items, left to right (e.g. the active editor's language mode, "Kotlin"). */
  async readStatusBar(): Promise<string[]> {
    return (await this.visibleTexts('.part.statusbar .statusbar-item')).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /** Hides the panel (Problems, Output, …) if it shows (Ctrl+J), giving the editor its height back. */
  async hidePanel(): Promise<void> {
    const panel = this.page.locator('.part.panel').first();
    if (!(await panel.isVisible())) return;
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {
      throw new Error('expected the panel to hide after Ctrl+J; it still shows');
    });
  }
}
