/**
 * <progress-transfer>: "Export progress" saves the course record as a JSON
 * file; "Import progress" reads one back. A file that is not a course
 * record, or is damaged, is refused with a message and changes nothing.
 *
 *   data-locale   en | ko
 */
import type { Locale } from '../../exercises/text.ts';
import { PROGRESS_MESSAGES } from '../../exercises/progress/index.ts';
import { escapeHtml } from './markdown.ts';
import { courseProgress } from './progress-client.ts';
import { ui } from './strings.ts';

export class ProgressTransferElement extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('[data-export]')) return;
    const locale: Locale = this.dataset.locale === 'ko' ? 'ko' : 'en';
    const id = `progress-import-${Math.random().toString(36).slice(2, 8)}`;
    this.innerHTML = `<button type="button" class="button" data-export>${escapeHtml(ui(locale, 'progress.export'))}</button>
<label class="button" for="${id}">${escapeHtml(ui(locale, 'progress.import'))}</label>
<input id="${id}" class="visually-hidden" type="file" accept="application/json,.json" aria-label="${escapeHtml(ui(locale, 'progress.importLabel'))}" data-import>
<p role="status" class="progress-message" data-message></p>`;
    const message = this.querySelector<HTMLElement>('[data-message]')!;
    const store = courseProgress();
    if (store.notice.kind === 'dropped' && store.notice.reason) message.textContent = PROGRESS_MESSAGES.dropped(store.notice.reason)[locale];
    this.querySelector('[data-export]')!.addEventListener('click', () => {
      const { fileName, text } = store.exportText();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    const input = this.querySelector<HTMLInputElement>('[data-import]')!;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const result = store.importText(await file.text());
      message.textContent = result.ok ? PROGRESS_MESSAGES.imported[locale] : PROGRESS_MESSAGES.importRefused(result.reason)[locale];
      if (result.ok) this.dispatchEvent(new CustomEvent('progress:imported', { bubbles: true }));
    });
  }
}

if (!customElements.get('progress-transfer')) customElements.define('progress-transfer', ProgressTransferElement);
