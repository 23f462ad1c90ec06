// The two parts of en.json served by tools/firstPaintText.ts.
declare module 'virtual:first-paint-text' {
  const messages: Record<string, unknown>;
  export default messages;
}

declare module 'virtual:first-paint-text/english-rest' {
  const messages: Record<string, unknown>;
  export default messages;
}
