import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls';

/** Lets a reader install the course as an app; every address follows the base path. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: 'Enterprise Django',
        short_name: 'Ent. Django',
        description: 'A course on Django 5.2 LTS for serious, large-scale work.',
        start_url: withBase('/'),
        scope: withBase('/'),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0c4b33',
        icons: [{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
