import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SANDBOX_SCRIPT } from '../../src/components/runnable/sandbox-document';
import { hashSource, headerPolicy, inlineScripts, inlineStyles, mergeHashes, nginxSnippet, pageHashes, pagePolicy, serializePolicy, withPolicyMeta } from '../../src/integrations/csp-policy';

const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title><script>document.documentElement.dataset.js = ""</script></head>' +
  '<body><script type="module" src="/_astro/a.js"></script><script type="module">import "/_astro/b.js";</script>' +
  '<script type="application/json">[1,2]</script><style>p{color:red}</style></body></html>';

describe('inline scripts and styles', () => {
  it('finds the scripts a browser runs, not external scripts or JSON data blocks', () => {
    expect(inlineScripts(PAGE)).toEqual(['document.documentElement.dataset.js = ""', 'import "/_astro/b.js";']);
    expect(inlineScripts('<script type="text/javascript">a()</script><script type=module>b()</script><script src=x.js></script>')).toEqual(['a()', 'b()']);
  });

  it('finds <style> elements', () => expect(inlineStyles(PAGE)).toEqual(['p{color:red}']));

  it('hashes the exact text as CSP wants it: base64 SHA-256, quoted', () => {
    expect(hashSource('alert(1)')).toBe(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`);
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('gives each page its own hashes once, and the site all of them sorted', () => {
    const one = pageHashes('<head><script>a()</script><script>a()</script></head>');
    const two = pageHashes('<head><script>b()</script><script>a()</script></head>');
    expect(one.scripts).toEqual([hashSource('a()')]);
    expect(mergeHashes([two, one]).scripts).toEqual([hashSource('a()'), hashSource('b()')].sort());
  });
});

describe('the policy', () => {
  const hashes = pageHashes(PAGE);

  it('allows only the site itself and the page’s own inline scripts and styles', () => {
    const policy = serializePolicy(pagePolicy(hashes));
    expect(policy).toContain(`script-src 'self' ${hashes.scripts.join(' ')};`);
    expect(policy).toContain(`style-src 'self' ${hashes.styles.join(' ')};`);
    expect(policy).toContain("default-src 'self';");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets workers compile WebAssembly and forbids framing only in the header', () => {
    const header = headerPolicy(hashes);
    expect(header).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`);
    expect(header).toContain("frame-ancestors 'none'");
    expect(pagePolicy(hashes).join()).not.toMatch(/wasm-unsafe-eval|frame-ancestors/);
  });

  it('lets a page with a runnable sample start the Python sandbox: its frame script, blob: workers and scripts, WebAssembly', () => {
    const python = pageHashes(PAGE.replace('<body>', '<body><runnable-sample></runnable-sample>'));
    expect(python.scripts).toContain(hashSource(SANDBOX_SCRIPT));
    expect(python.scripts).toEqual(expect.arrayContaining(hashes.scripts));
    const policy = serializePolicy(pagePolicy(python));
    expect(policy).toMatch(/script-src 'self' blob: 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toContain("worker-src 'self' blob:;");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*unsafe-inline|https?:|\*/);
    expect(serializePolicy(headerPolicy(mergeHashes([hashes, python])))).toContain("script-src 'self' blob: 'wasm-unsafe-eval' ");
    expect(hashes.python).toBe(false);
  });

  it('goes right after <meta charset>, before any script', () => {
    const html = withPolicyMeta(PAGE, pagePolicy(hashes));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src [^"]+"><title>/);
    expect(withPolicyMeta('<html><head><title>x</title></head></html>', ["default-src 'self'"])).toBe('<html><head><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>x</title></head></html>');
  });

  it('refuses a page it cannot protect, naming it', () => {
    expect(() => withPolicyMeta('<p>fragment</p>', [], 'x.html')).toThrow('x.html has no <head>');
    expect(() => withPolicyMeta(withPolicyMeta(PAGE, []), [], 'x.html')).toThrow('x.html already has a Content-Security-Policy meta tag');
  });

  it('is written as one nginx add_header line', () => {
    const snippet = nginxSnippet(headerPolicy(hashes));
    expect(snippet).toContain(`add_header Content-Security-Policy "${serializePolicy(headerPolicy(hashes))}" always;\n`);
    expect(snippet.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(1);
  });
});
