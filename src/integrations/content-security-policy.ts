import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { filesUnder } from './output-files';
import { headerPolicy, mergeHashes, nginxSnippet, pageHashes, pagePolicy, withPolicyMeta } from './csp-policy';

/** Where the build writes the nginx header line, relative to the output folder; not for the public. */
export const NGINX_CSP_SNIPPET = '_server/nginx-csp.conf';

/**
 * Gives every built page a Content-Security-Policy meta tag with the hashes of its own inline
 * scripts, and writes the same policy (all pages' hashes) as an nginx header line. It works on
 * the written files, so any script a page gains is covered without a list to keep.
 */
export function writeContentSecurityPolicy(site: string, logger: AstroIntegrationLogger): void {
  const pages = filesUnder(site).filter((file) => file.endsWith('.html'));
  const hashes = pages.map((page) => {
    const file = join(site, page);
    const html = readFileSync(file, 'utf8');
    const own = pageHashes(html);
    writeFileSync(file, withPolicyMeta(html, pagePolicy(own), page));
    return own;
  });
  const snippet = join(site, NGINX_CSP_SNIPPET);
  mkdirSync(dirname(snippet), { recursive: true });
  const all = mergeHashes(hashes);
  writeFileSync(snippet, nginxSnippet(headerPolicy(all)));
  logger.info(`Content Security Policy: ${pages.length} pages, ${all.scripts.length} inline script hashes; nginx header in ${NGINX_CSP_SNIPPET}`);
}
