declare module 'virtual:course/python-runtime' {
  /** The Python runtime the runnable samples load (src/integrations/python-runtime.ts). */
  const runtime: import('./integrations/python-runtime').RuntimeModule;
  export default runtime;
}

declare module 'virtual:course/fixture-schemas' {
  /** The tables of every fixture app, as Django describes them (src/integrations/fixture-schemas.ts). */
  const schemas: import('./schemas/fixture-schema').FixtureSchema[];
  export default schemas;
}
