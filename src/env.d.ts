declare module 'virtual:course/python-runtime' {
  /** The Python runtime the runnable samples load (src/integrations/python-runtime.ts). */
  const runtime: import('./integrations/python-runtime').RuntimeManifest;
  export default runtime;
}
