/**
 * The document the Python worker runs in: an iframe with sandbox="allow-scripts" and no
 * allow-same-origin, so it and its worker have an opaque origin and cannot reach the site's
 * storage, caches, cookies or service worker. It is a srcdoc, written by the page on the first
 * Run, because a sandboxed frame's own requests bypass the service worker (it would not load
 * offline). A srcdoc inherits the page's policy, which must list SANDBOX_SCRIPT's hash
 * (src/integrations/csp-policy.ts does, on pages with a runnable sample); its own meta policy
 * then takes away the network: the worker's requests for runtime files go to the page.
 *
 * Shared by the page (browser) and the build (which hashes the script): keep it free of imports.
 */

/**
 * The frame's only script: on the page's "start" message (from its parent, nothing else), runs
 * the worker's code from a blob: URL and hands it the page's end of a MessageChannel.
 */
export const SANDBOX_SCRIPT =
  "addEventListener('message',function(e){var d=e.data;if(e.source!==parent||self.started||!d||d.type!=='start'||typeof d.source!=='string'||!e.ports[0])return;self.started=1;" +
  "var w=new Worker(URL.createObjectURL(new Blob([d.source],{type:'text/javascript'})));w.postMessage({type:'connect'},[e.ports[0]]);});";

/** The frame's own policy, on top of the page's: no network, no plugins; scripts only as blobs. */
export const SANDBOX_POLICY = "default-src 'none'; script-src 'unsafe-inline' blob: 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** The srcdoc of the sandbox frame. */
export const SANDBOX_DOCUMENT = `<!DOCTYPE html><meta http-equiv="content-security-policy" content="${SANDBOX_POLICY}"><script>${SANDBOX_SCRIPT}</script>`;
