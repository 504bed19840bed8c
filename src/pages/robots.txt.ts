import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls';

/**
 * Allows everything and names the sitemap. Crawlers read robots.txt only at a host's root: when
 * the course is served under a sub-path, copy this file there or add its Sitemap line to yours.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain' } });
