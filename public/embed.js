// <ketamine-explorer>: the script embed of the Ketamine Mechanism Explorer (README, "Embedding").
// <script type="module" src="https://HOST/embed.js"></script> (a module: strict mode, no build step).
// Renders the app in an iframe inside an open shadow root; attributes mirror the URL parameters.
const APP = new URL('./', import.meta.url);
const PARAMS = ['scene', 'lang', 'level', 'exposure', 'time', 'stress', 'view', 'autoplay', 'speed', 'controls', 'theme', 't'];
const SETTABLE = ['exposure', 'time', 'stress', 'level', 'lang'];
const ID = 'ketamine-explorer';
// A constructed sheet, not a <style> element, so a host page's own strict CSP does not block it.
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(':host{display:block;width:100%;min-width:0}:host([hidden]){display:none}iframe{display:block;width:100%;height:640px;border:0}');

class KetamineExplorer extends HTMLElement {
  static observedAttributes = [...PARAMS, 'title'];
  #frame = document.createElement('iframe');
  #queue = [];
  #ready = false;
  #pending = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [SHEET];
    this.#frame.setAttribute('allowfullscreen', '');
    this.#frame.setAttribute('loading', 'lazy');
    this.#frame.setAttribute('part', 'frame');
    root.append(this.#frame);
  }

  connectedCallback() {
    addEventListener('message', this.#onMessage);
    this.#render();
  }

  disconnectedCallback() {
    removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback() {
    // Several attributes set in a row load the app once.
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#render();
    });
  }

  #render() {
    const query = new URLSearchParams({ mode: 'embed' });
    for (const name of PARAMS) {
      const value = this.getAttribute(name);
      if (value !== null) query.set(name, value); // the app validates every value
    }
    const src = `${APP.href}?${query}`;
    this.#frame.title = this.getAttribute('title') || 'How ketamine is thought to work: an educational animation';
    if (this.#frame.getAttribute('src') !== src) {
      this.#ready = false;
      this.#frame.setAttribute('src', src);
    }
  }

  // Events from our own iframe only; other frames and the host page are ignored.
  #onMessage = (event) => {
    const data = event.data;
    if (event.source !== this.#frame.contentWindow || event.origin !== APP.origin) return;
    if (!data || typeof data !== 'object' || data.source !== ID) return;
    if (data.type === 'resize') {
      const height = Number(data.height);
      if (!Number.isFinite(height)) return;
      this.#frame.style.height = `${Math.round(Math.min(Math.max(height, 240), 8000))}px`;
      this.#emit('resize', { height });
    } else if (data.type === 'ready' || data.type === 'scenechange') {
      if (data.type === 'ready') {
        this.#ready = true;
        for (const command of this.#queue.splice(0)) this.#post(command);
      }
      this.#emit(data.type, { scene: String(data.scene) });
    }
  };

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(`${ID}:${type}`, { detail, bubbles: true, composed: true }));
  }

  #post(command) {
    if (this.#ready) this.#frame.contentWindow?.postMessage({ target: ID, ...command }, APP.origin);
    else if (this.#queue.length < 16) this.#queue.push(command); // sent once the app is ready
  }

  play() {
    this.#post({ type: 'play' });
  }

  pause() {
    this.#post({ type: 'pause' });
  }

  goto(scene, t) {
    this.#post(t === undefined ? { type: 'goto', scene } : { type: 'goto', scene, t });
  }

  set(params) {
    const clean = {};
    for (const name of SETTABLE) if (params && Object.hasOwn(params, name)) clean[name] = String(params[name]);
    this.#post({ type: 'set', params: clean });
  }
}

if (!customElements.get(ID)) customElements.define(ID, KetamineExplorer);
