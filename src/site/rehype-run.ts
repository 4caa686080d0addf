/**
 * A rehype step for the lessons: every fenced code block in a shell language
 * (```sh, ```bash, ```shell; not ```console, which shows output) gets a "run" button that types the
 * block into the page's terminal. The button carries the command in
 * `data-run` and an accessible name that says what it runs; the page's
 * terminal element listens for clicks on `[data-run]`.
 *
 * ```sh norun   → no button (a command shown but not meant for the lab)
 * ```sh fails   → the button is there; the lesson replay test expects a non-zero exit
 * ```sh interrupt → runs until Ctrl+C (ping without -c); the replay expects exit 130
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { DEFAULT_LOCALE, isLocale, type Locale, t } from '../i18n/ui.ts';

export const SHELL_LANGUAGES = ['sh', 'shell', 'bash'];

interface VFileLike {
  path?: string;
  history?: string[];
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function languageOf(code: Element): string | null {
  const classes = code.properties?.className;
  const list: string[] = Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(' ');
  const lang = list.find((c) => c.startsWith('language-'));
  return lang ? lang.slice('language-'.length) : null;
}

function metaOf(code: Element): string {
  const data = code.data as { meta?: string | null } | undefined;
  return data?.meta ?? '';
}

/** The locale of a lesson file from its path (content/lessons/<locale>/...). */
export function localeOfPath(path: string | undefined): Locale {
  const m = path ? /[\\/]lessons[\\/]([^\\/]+)[\\/]/.exec(path) : null;
  return m && isLocale(m[1]) ? m[1] : DEFAULT_LOCALE;
}

/** The command a shell code block runs: its text without the trailing newline. */
export function commandOf(text: string): string {
  return text.replace(/\n+$/, '');
}

function runBlock(pre: Element, command: string, locale: Locale): Element {
  const oneLine = command.replace(/\s*\\\n\s*/g, ' ').replace(/\n/g, '; ');
  const button: Element = {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['run-button'],
      dataRun: command,
      ariaLabel: t(locale, 'run.label', { command: oneLine }),
    },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['run-icon'], ariaHidden: 'true' }, children: [{ type: 'text', value: '▶' }] },
      { type: 'text', value: t(locale, 'run.button') },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['command-block'] }, children: [pre, button] };
}

export function rehypeRunButtons() {
  return (tree: Root, file: VFileLike) => {
    const locale = localeOfPath(file.path ?? file.history?.[0]);
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'code' && parent.type === 'element' && parent.tagName !== 'pre') {
          // a short inline `--network` should not break after its dashes on a phone
          const text = textOf(child);
          if (text.length <= 24 && !/\s/.test(text)) child.properties = { ...child.properties, className: ['nowrap'] };
          return;
        }
        if (child.tagName === 'pre') {
          // a code block scrolls sideways when a line is long: keyboard users must reach it
          child.properties = { ...child.properties, tabIndex: 0 };
          const code = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
          const lang = code ? languageOf(code) : null;
          if (!code || !lang || !SHELL_LANGUAGES.includes(lang)) return;
          if (/\bnorun\b/.test(metaOf(code))) return;
          const command = commandOf(textOf(code));
          if (command.trim() === '') return;
          parent.children[index] = runBlock(child, command, locale);
          return;
        }
        visit(child);
      });
    };
    visit(tree);
  };
}
