/**
 * Whether a cached copy is what the build wrote. Any script of the site's origin can write to
 * its caches (Cache Storage has no per-writer access control), so the service worker checks each
 * copy against the SHA-256 the build put in its manifest before serving it.
 */

/** SHA-256 of bytes, in hex, as the build writes it (src/integrations/service-worker.ts). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether the response's body has the expected hash; no expected hash means no trust. */
export async function isIntact(response: Response, expected: string | undefined): Promise<boolean> {
  if (!expected) return false;
  return (await sha256Hex(await response.clone().arrayBuffer())) === expected;
}
