// The two parts of en.json served by tools/firstPaintText.ts.
declare module 'virtual:first-paint-text' {
  const messages: Record<string, unknown>;
  export default messages;
  /** Each language's name in that language, by code (tools/firstPaintText.ts). */
  export const languageNames: Readonly<Record<string, string>>;
}

declare module 'virtual:first-paint-text/english-rest' {
  const messages: Record<string, unknown>;
  export default messages;
}
