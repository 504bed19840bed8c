import type { AstroIntegration } from 'astro';
import { prepareRuntime } from './runtime';

/** Builds the Python runtime (Pyodide + Django) into public/runtime/ before the site builds. */
export function runnableExamples(): AstroIntegration {
  return {
    name: 'enterprise-django:runnable-examples',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        prepareRuntime(process.cwd(), (message) => logger.info(message));
      },
    },
  };
}
