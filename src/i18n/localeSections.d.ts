/** Some top-level sections of a locale file, as a module of their own: see tools/localeSections.ts. */
declare module 'virtual:locale-sections/*' {
  const sections: Record<string, unknown>;
  export default sections;
}
