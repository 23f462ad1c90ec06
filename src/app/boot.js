// Runs before the first paint: a classic script in index.html's <head>, from this site (the strict
// Content-Security-Policy allows no inline script; tools/prerender.ts puts it there, minified, as
// boot.js). index.html holds the default page, prerendered in English (src/app/prerendered.ts). When
// the address or the browser's language asks for another page, this hides what would be wrong until the
// app has drawn the right one (src/app/AppRoot.tsx), so no frame shows words in the wrong language:
//   <html data-boot="text">  only the language or the wording differs: the picture shows, its words wait;
//   <html data-boot="page">  anything else (scene, moment, settings, mode, …): the page waits.
// It reads the parameters as src/model/params.ts does, but answers "the default page" only when sure;
// tests/unit/boot.test.ts holds it to the app's own rules. It also sets the colour scheme now, not after
// the app has loaded.
(function () {
  var LANGUAGES = ['en', 'es'];
  // Parameters and the values that give the prerendered picture (see src/model/params.ts).
  var DEFAULT_PAGE = {
    scene: ['nmda-blockade', '1'],
    mode: ['explore'],
    view: ['auto'],
    exposure: ['moderate'],
    time: ['day'],
    stress: ['high'],
    speed: ['1'],
    controls: ['full'],
    t: ['0'],
  };
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  // A share page (<scene>.html, tools/sharePages.ts) holds its own scene, and opens it by default.
  var shared = root.getAttribute('data-share');
  if (shared) DEFAULT_PAGE.scene = [shared];

  // A parameter's value as the app reads it (given once, at most 32 characters), or null.
  function param(name) {
    var all = query.getAll(name);
    if (all.length !== 1 || all[0].length === 0 || all[0].length > 32) return null;
    return all[0].trim().toLowerCase();
  }

  function language() {
    var asked = param('lang');
    if (LANGUAGES.indexOf(asked) >= 0) return asked;
    var browser = navigator.languages || [navigator.language];
    for (var i = 0; i < browser.length; i++) {
      var code = String(browser[i]).slice(0, 2).toLowerCase();
      if (LANGUAGES.indexOf(code) >= 0) return code;
    }
    return 'en';
  }

  var wait = language() !== 'en' || (query.has('level') && param('level') !== 'patient') ? 'text' : null;
  for (var name in DEFAULT_PAGE) {
    if (query.has(name) && DEFAULT_PAGE[name].indexOf(param(name)) < 0) wait = 'page';
  }
  if (wait) root.setAttribute('data-boot', wait);

  var theme = param('theme');
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
})();
