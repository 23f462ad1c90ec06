/**
 * <ketamine-explorer>: the script embed of the Ketamine Mechanism Explorer (README, "Embedding").
 * Built by packages/ketamine-explorer/build.ts into the npm package and, by the app's build, into the
 * app's own `embed.js` (so `<script type="module" src="https://HOST/embed.js">` keeps working).
 *
 * The app runs in an iframe inside an open shadow root: the host page's CSS and scripts cannot reach
 * it. Attributes mirror the URL parameters; changed ones apply live through the app's postMessage
 * commands (`goto`, `set`) where the app has one, and reload the frame otherwise. Until the element nears
 * the viewport (`loading="lazy"`, the default) nothing loads but the space it takes; a poster of the
 * scene stands in until the app has drawn. Events: `load`, `scenechange`, `beatchange`, `error`
 * (CustomEvents; also `ketamine-explorer:ready|scenechange|resize` of the first version).
 */
import { parseParams, type Params, type Warn } from '../../../src/model/params.ts';

const ID = 'ketamine-explorer';

/** Attributes passed to the app as URL parameters (interface.md, "URL parameters"). */
const PARAMS = ['scene', 'lang', 'level', 'view', 'exposure', 'time', 'stress', 'autoplay', 'speed', 'controls', 'theme', 't'] as const;
type ParamName = (typeof PARAMS)[number];
/** Those the app changes in place with a `set` command. */
const SETTABLE: readonly ParamName[] = ['exposure', 'time', 'stress', 'level', 'lang'];
const OWN = ['loading', 'poster', 'src', 'title'] as const;

/** The app loaded in a frame gives up after this long without a word (a wrong `src`, a blocked frame). */
const READY_TIMEOUT_MS = 20_000;

export interface KetamineExplorerEventMap {
  /** The app has drawn its first scene. */
  load: CustomEvent<{ scene: string }>;
  scenechange: CustomEvent<{ scene: string }>;
  /** `beat`: index of the beat on screen in `scene`, of `beats`. */
  beatchange: CustomEvent<{ scene: string; beat: number; beats: number }>;
  /** The app did not answer in time (`timeout`). */
  error: CustomEvent<{ reason: 'timeout' }>;
}

// A constructed sheet, not a <style> element, so a host page's own strict CSP does not block it. The box
// takes about the app's height before it loads (the picture's 16:10 plus the caption and controls), so
// the page does not jump when it does; then the app's own height.
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`
:host{display:block;width:100%;min-width:0;container-type:inline-size;contain:layout paint;color-scheme:light}
:host([hidden]){display:none}
.box{position:relative;width:100%;height:calc(62.5cqw + 420px);background:#f8f4ee;overflow:hidden}
.poster{position:absolute;inset:0;width:100%;height:auto;aspect-ratio:1200/630;object-fit:cover;display:block}
iframe{position:absolute;inset:0;display:block;width:100%;height:100%;border:0;opacity:0}
.ready iframe{opacity:1}
.ready .poster{display:none}
`);

/** Only addresses a frame or an image may open: http(s), relative to the page. */
function safeUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** A language code's shape; the app falls back (and warns, in its frame) for one it does not ship. */
const LANGUAGE = /^[a-z]{2}$/i;

export class KetamineExplorer extends HTMLElement {
  static observedAttributes = [...PARAMS, ...OWN];
  /** Where the app is when no `src` attribute says: beside this script (the app's own embed.js). */
  static defaultSrc = new URL(/* @vite-ignore */ './', import.meta.url).href;

  readonly #box = document.createElement('div');
  readonly #poster = document.createElement('img');
  #frame: HTMLIFrameElement | null = null;
  /** Set once connected: attributes read before then are read by connectedCallback, once. */
  #started = false;
  #appSrc = new URL(KetamineExplorer.defaultSrc);
  #frameOrigin = '';
  #observer: IntersectionObserver | null = null;
  #ready = false;
  #queue: object[] = [];
  #timer = 0;
  /** The valid parameters now, and those the frame was opened with. */
  #params: Partial<Params> = {};
  #loadedParams: Partial<Params> = {};
  #loadedSrc = '';

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [SHEET];
    this.#box.className = 'box';
    this.#box.setAttribute('part', 'box');
    this.#poster.className = 'poster';
    this.#poster.setAttribute('part', 'poster');
    this.#poster.alt = '';
    this.#poster.loading = 'lazy';
    this.#poster.decoding = 'async';
    // A missing poster leaves the calm background, not a broken-image icon.
    this.#poster.addEventListener('error', () => (this.#poster.hidden = true));
    this.#box.append(this.#poster);
    root.append(this.#box);
  }

  connectedCallback(): void {
    addEventListener('message', this.#onMessage);
    if (!this.#started) {
      for (const name of PARAMS) this.#read(name);
      this.#readSrc();
      this.#showPoster();
      this.#started = true;
    }
    if (this.#frame) return;
    if (this.#lazy()) {
      this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#load(), { rootMargin: '200px 0px' });
      this.#observer.observe(this);
    } else this.#load();
  }

  disconnectedCallback(): void {
    removeEventListener('message', this.#onMessage);
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.#started) return;
    if ((PARAMS as readonly string[]).includes(name)) this.#read(name as ParamName);
    if (name === 'src') this.#readSrc();
    if (name === 'poster' || name === 'scene' || name === 'src') this.#showPoster();
    if (name === 'loading' && !this.#lazy() && !this.#frame) this.#load();
    if (name === 'title' && this.#frame) this.#frame.title = this.#title();
    if (this.#frame) this.#apply(name);
  }

  // ---- methods -----------------------------------------------------------------------------------

  play(): void {
    this.#post({ type: 'play' });
  }

  pause(): void {
    this.#post({ type: 'pause' });
  }

  /** Opens `scene` (an id or its number, 1–5), at its beat `beat` (from 0) if given. */
  goTo(scene: string | number, beat?: number): void {
    this.#post(beat === undefined ? { type: 'goto', scene } : { type: 'goto', scene, beat });
  }

  /** The first version's names: `goto(scene, t)` with a position 0–1, and `set(params)`. */
  goto(scene: string | number, t?: number): void {
    this.#post(t === undefined ? { type: 'goto', scene } : { type: 'goto', scene, t });
  }

  set(params: Partial<Record<'exposure' | 'time' | 'stress' | 'level' | 'lang', string>>): void {
    const clean: Record<string, string> = {};
    for (const name of SETTABLE) if (params && Object.hasOwn(params, name)) clean[name] = String(params[name as keyof typeof params]);
    this.#post({ type: 'set', params: clean });
  }

  // ---- attributes --------------------------------------------------------------------------------

  /** Validates one attribute as the app would; a bad value is dropped with one warning naming it. */
  #read(name: ParamName): void {
    const value = this.getAttribute(name);
    delete this.#params[name];
    if (value === null) return;
    const warn: Warn = () => console.warn(`[${ID}] Attribute "${name}" has a value that is not allowed; using its default.`);
    const languages = name === 'lang' && LANGUAGE.test(value.trim()) ? [value.trim().toLowerCase()] : [];
    Object.assign(this.#params, parseParams({ [name]: value }, { languages, warn, only: [name] }));
  }

  #lazy(): boolean {
    const loading = this.getAttribute('loading');
    if (loading !== null && loading !== 'lazy' && loading !== 'eager') console.warn(`[${ID}] Attribute "loading" is "lazy" or "eager"; using "lazy".`);
    return loading !== 'eager';
  }

  /** The app's address: the `src` attribute (http or https), else `defaultSrc`. */
  #readSrc(): void {
    const asked = this.getAttribute('src');
    const url = asked === null ? null : safeUrl(asked, document.baseURI);
    if (asked !== null && !url) console.warn(`[${ID}] Attribute "src" is not an http(s) address; using the default.`);
    this.#appSrc = url ?? new URL(KetamineExplorer.defaultSrc);
  }

  #title(): string {
    return this.getAttribute('title') || 'How ketamine is thought to work: an educational animation';
  }

  /** The `poster` attribute, else the scene's poster beside the app (share/<scene>.png). */
  #showPoster(): void {
    const asked = this.getAttribute('poster');
    let url = asked === null ? null : safeUrl(asked, document.baseURI);
    if (asked !== null && !url) console.warn(`[${ID}] Attribute "poster" is not an http(s) address; using the scene's poster.`);
    url ??= new URL(`share/${this.#params.scene ?? 'nmda-blockade'}.png`, this.#appSrc);
    this.#poster.hidden = false;
    if (this.#poster.src !== url.href) this.#poster.src = url.href;
  }

  #frameUrl(): URL {
    const url = new URL(this.#appSrc);
    url.search = '';
    url.hash = '';
    url.searchParams.set('mode', 'embed');
    for (const name of PARAMS) {
      const value = this.#params[name];
      if (value !== undefined) url.searchParams.set(name, name === 'autoplay' ? (value ? '1' : '0') : String(value));
    }
    return url;
  }

  // ---- the frame ---------------------------------------------------------------------------------

  #load(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    const url = this.#frameUrl();
    const frame = this.#frame ?? document.createElement('iframe');
    frame.title = this.#title();
    frame.setAttribute('allowfullscreen', '');
    frame.loading = 'lazy';
    frame.setAttribute('part', 'frame');
    this.#ready = false;
    this.#box.classList.remove('ready');
    this.#frameOrigin = url.origin;
    this.#loadedSrc = this.#appSrc.href;
    this.#loadedParams = { ...this.#params };
    frame.src = url.href;
    if (!this.#frame) this.#box.append(frame);
    this.#frame = frame;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      if (!this.#ready) this.#emit('error', { reason: 'timeout' });
    }, READY_TIMEOUT_MS);
  }

  /** A changed attribute, once the frame is there: a command where the app has one, else a reload. */
  #apply(name: string): void {
    const value = this.#params[name as ParamName];
    if (name === 'src') {
      if (this.#appSrc.href !== this.#loadedSrc) this.#load();
    } else if (name === 'scene') {
      this.#post({ type: 'goto', scene: value ?? 'nmda-blockade' });
    } else if ((SETTABLE as readonly string[]).includes(name)) {
      // A removed or bad attribute goes back to the default, as a fresh load would.
      if (value !== undefined) this.#post({ type: 'set', params: { [name]: value } });
      else if (this.#loadedParams[name as ParamName] !== undefined) this.#load();
    } else if (name === 'autoplay') {
      if (value === true) this.play();
    } else if ((PARAMS as readonly string[]).includes(name) && value !== this.#loadedParams[name as ParamName]) {
      this.#load(); // view, speed, controls, theme, t: read once by the app when it starts
    }
  }

  #post(command: object): void {
    if (this.#ready) this.#frame?.contentWindow?.postMessage({ target: ID, ...command }, this.#frameOrigin);
    else if (this.#queue.length < 16) this.#queue.push(command); // sent once the app is ready
  }

  #emit<K extends keyof KetamineExplorerEventMap>(type: K, detail: KetamineExplorerEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #emitLegacy(type: 'ready' | 'scenechange' | 'resize', detail: object): void {
    this.dispatchEvent(new CustomEvent(`${ID}:${type}`, { detail, bubbles: true, composed: true }));
  }

  // Messages from our own frame only (another frame, the host page, another element's frame: ignored).
  #onMessage = (event: MessageEvent): void => {
    if (!this.#frame || event.source !== this.#frame.contentWindow || event.origin !== this.#frameOrigin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== ID) return;
    const message = data as { type?: unknown; scene?: unknown; height?: unknown; beat?: unknown; beats?: unknown };
    const scene = String(message.scene);
    switch (message.type) {
      case 'ready':
        this.#ready = true;
        clearTimeout(this.#timer);
        this.#box.classList.add('ready');
        for (const command of this.#queue.splice(0)) this.#post(command);
        this.#emit('load', { scene });
        this.#emitLegacy('ready', { scene });
        break;
      case 'scenechange':
        this.#emit('scenechange', { scene });
        this.#emitLegacy('scenechange', { scene });
        break;
      case 'beatchange': {
        const beat = Number(message.beat);
        const beats = Number(message.beats);
        if (Number.isInteger(beat) && Number.isInteger(beats)) this.#emit('beatchange', { scene, beat, beats });
        break;
      }
      case 'resize': {
        const height = Number(message.height);
        if (!Number.isFinite(height)) return;
        this.#box.style.height = `${Math.round(Math.min(Math.max(height, 240), 8000))}px`;
        this.#emitLegacy('resize', { height });
        break;
      }
    }
  };

  // Typed listeners: `el.addEventListener('beatchange', (e) => e.detail.beat)`.
  override addEventListener<K extends keyof KetamineExplorerEventMap>(
    type: K,
    listener: (this: KetamineExplorer, event: KetamineExplorerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-explorer': KetamineExplorer;
  }
}

if (!customElements.get(ID)) customElements.define(ID, KetamineExplorer);
