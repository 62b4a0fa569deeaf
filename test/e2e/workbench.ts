/**
 * Drives the VS Code workbench (code-server in Chromium) the way a user
 * does: keyboard shortcuts, the command palette, the Problems panel, the
 * status bar, the suggest and hover widgets, webviews. Selectors are the
 * workbench's own DOM (VS Code 1.100); each helper waits with a timeout.
 * Depends on playwright-core only.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { TIMEOUTS, resultPath, sleep, waitFor } from './harness';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export class Workbench {
  /** Console lines of the page, including `[Extension Host]` ones. */
  readonly console: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => this.console.push(message.text()));
    page.on('pageerror', (error) => this.console.push(`[pageerror] ${error.message}`));
  }

  async load(url: string, folder: string, firstFile: string): Promise<void> {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: TIMEOUTS.workbench });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUTS.workbench });
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: firstFile })
      .first()
      .waitFor({ timeout: TIMEOUTS.workbench });
  }

  get activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Opens a file through Quick Open (Ctrl+P) and waits for its tab and text. */
  async openFile(name: string): Promise<void> {
    const tab = this.page.locator(`.tab[aria-label*="${name}"]`).first();
    if (await tab.isVisible()) {
      // Already open: its tab is what a user would click.
      await tab.click();
    } else {
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(name);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor();
      await row.click();
    }
    await this.page.locator(`.editor-group-container.active .tab.active[aria-label*="${name}"]`).first().waitFor();
    await this.activeEditor.locator('.view-lines .view-line').first().waitFor();
  }

  /**
   * Runs a command by its title through the command palette (F1). With
   * `picker`, the command opens a quick pick of its own whose placeholder
   * matches; it is left open for the caller.
   */
  async runCommand(title: string, picker?: RegExp): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // A webview that takes the focus a moment after it is shown (a preview's tab just clicked) closes the
    // palette again: open it once more then, up to three times.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      try {
        await input.fill(`>${title}`, { timeout: attempt < 3 ? 3_000 : TIMEOUTS.step });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        await sleep(300);
      }
    }
    const row = this.page.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    });
    await row.first().waitFor();
    await row.first().click();
    if (picker) {
      await waitFor(`the picker of ${title}`, async () => picker.test((await input.getAttribute('placeholder')) ?? ''));
      return;
    }
    await input.waitFor({ state: 'hidden' });
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G). */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor.locator('.view-lines').first().waitFor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await waitFor(`cursor at ${line}:${column}`, async () => {
      const at = await this.cursor();
      return at?.line === line && at.column === column;
    });
  }

  /** The cursor as the status bar shows it ("Ln 12, Col 5"). */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text = await this.page.locator('#status\\.editor\\.selection').first().textContent({ timeout: 2_000 });
    const match = /Ln (\d+), Col (\d+)/.exec(text ?? '');
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  }

  /** The language mode the status bar shows for the active editor. */
  async languageMode(): Promise<string> {
    return ((await this.page.locator('#status\\.editor\\.mode').first().textContent()) ?? '').trim();
  }

  /** Error and warning counts of the status bar's problems item. */
  async problemCounts(): Promise<ProblemCounts> {
    const item = this.page.locator('#status\\.problems').first();
    const label = `${(await item.getAttribute('aria-label')) ?? ''} ${(await item.textContent()) ?? ''}`;
    const errors = /Errors?: (\d+)/i.exec(label);
    const warnings = /Warnings?: (\d+)/i.exec(label);
    if (errors || warnings) return { errors: Number(errors?.[1] ?? 0), warnings: Number(warnings?.[1] ?? 0) };
    // "No Problems" or the bare numbers shown beside the icons.
    const numbers = [...((await item.textContent()) ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
    return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0 };
  }

  /** Opens the Problems panel and filters it; returns the text of each marker row shown. */
  async problemRows(filter: string): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible' });
    }
    const filterBox = this.page.locator('.markers-panel-action-filter .monaco-inputbox input, .viewpane-filter input').first();
    await filterBox.waitFor({ state: 'visible' });
    await filterBox.fill(filter);
    await sleep(400); // the filter is applied after a short delay
    const rows = panel.locator('.monaco-list-row');
    const texts = await rows.allInnerTexts();
    // Marker rows hold a message and a position; file rows only the file name.
    return texts.filter((t) => /\[?Ln \d+, Col \d+\]?/.test(t));
  }

  async clearProblemFilter(): Promise<void> {
    const filterBox = this.page.locator('.markers-panel-action-filter .monaco-inputbox input, .viewpane-filter input').first();
    if (await filterBox.isVisible()) await filterBox.fill('');
  }

  /** Classes of the token spans of the first visible editor line containing `text`. */
  async tokenClasses(text: string): Promise<string[]> {
    const line = this.activeEditor.locator('.view-line', { hasText: text }).first();
    await line.waitFor();
    return line.locator('span span').evaluateAll((spans) => spans.map((s) => s.className));
  }

  /** Labels of the rows of the visible suggest widget. */
  async suggestions(): Promise<string[]> {
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await sleep(300); // let the list settle after the server's answer
    return rows.evaluateAll((els) =>
      els.map((el) => (el.querySelector('.label-name')?.textContent ?? el.getAttribute('aria-label') ?? '').trim()),
    );
  }

  /** The documentation VS Code shows beside the focused suggestion (Ctrl+Space opens the details pane). */
  async suggestionDetails(): Promise<string> {
    const details = this.page.locator('.suggest-details-container .suggest-details .docs, .suggest-details .docs').first();
    if (!(await details.isVisible())) await this.page.keyboard.press('Control+Space');
    await details.waitFor({ state: 'visible' });
    return (await details.textContent()) ?? '';
  }

  /** The text of the first visible editor line containing `text` (spaces as spaces). */
  async lineText(text: string): Promise<string> {
    const line = this.activeEditor.locator('.view-line', { hasText: text }).first();
    await line.waitFor();
    return ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
  }

  /** Text of the visible hover widget. */
  async hoverText(): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible' });
    return (await hover.innerText()).trim();
  }

  /**
   * Picks an entry of the open action widget (quick fixes, Ctrl+.) with the
   * keyboard, as clicks are swallowed by the widget's pointer block.
   */
  async chooseAction(label: RegExp): Promise<string> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ state: 'visible' });
    const labels = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
    if (!labels.some((l) => label.test(l))) throw new Error(`no action matching ${label} among: ${labels.join(' | ')}`);
    for (let i = 0; i <= labels.length; i++) {
      const focused = (await this.page.locator('.action-widget .monaco-list-row.focused').first().getAttribute('aria-label')) ?? '';
      if (label.test(focused)) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').first().waitFor({ state: 'hidden' });
        return focused;
      }
      await this.page.keyboard.press('ArrowDown');
      await sleep(50);
    }
    throw new Error(`could not focus the action matching ${label}`);
  }

  /** The webview's own document (inside VS Code's two iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, timeout: TIMEOUTS.step });
  }

  /** Presses Escape a few times to close widgets and quick inputs. */
  async dismiss(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await this.page.keyboard.press('Escape');
      await sleep(50);
    }
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The scenario wrapper both e2e suites use: runs a scenario's body; on
 * failure keeps a screenshot of the workbench (`<prefix>failed-<name>.png`)
 * beside the logs; always dismisses what the body left open.
 */
export function scenarioRunner(workbench: () => Workbench | undefined, prefix = ''): (name: string, body: () => Promise<void>) => Promise<void> {
  return async (name, body) => {
    const wb = workbench();
    try {
      await body();
    } catch (error) {
      await workbench()?.screenshot(resultPath(`${prefix}failed-${name}.png`)).catch(() => undefined);
      throw error;
    } finally {
      await (workbench() ?? wb)?.dismiss().catch(() => undefined);
    }
  };
}
