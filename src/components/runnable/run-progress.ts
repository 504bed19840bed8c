import { megabytes } from '../../lib/wording';
import type { RunProgress } from './python-sandbox';

/**
 * Shows a run's progress inside `container`: each stage in its status (announced once per stage,
 * not per chunk), the download in its bar (RunDownload.astro) with the bytes so far against the
 * total the build measured (`data-download-bytes` on `container`).
 */
export function showRunProgress(container: HTMLElement): (update: RunProgress) => void {
  const status = container.querySelector<HTMLElement>('[role="status"]')!;
  const download = container.querySelector<HTMLElement>('.run-download')!;
  const bar = download.querySelector('progress')!;
  const text = download.querySelector<HTMLElement>('.run-download-text')!;
  const total = Number(container.dataset.downloadBytes);
  return (update) => {
    if ('stage' in update) {
      status.textContent = update.stage;
      return;
    }
    const loaded = Math.min(update.downloaded, total);
    download.hidden = loaded >= total;
    bar.max = total;
    bar.value = loaded;
    const words = `${megabytes(loaded)} of ${megabytes(total)}`;
    bar.setAttribute('aria-valuetext', words);
    text.textContent = words;
  };
}

/** Hides the download bar once a run has ended, however it ended. */
export function hideRunProgress(container: HTMLElement) {
  container.querySelector<HTMLElement>('.run-download')!.hidden = true;
}
