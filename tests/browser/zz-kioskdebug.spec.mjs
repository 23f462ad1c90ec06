import { test, sleep } from './harness.mjs';
test('debug', async (t) => {
  await t.open('mode=kiosk&speed=16&view=2d');
  const start = Date.now();
  let last = '';
  while (Date.now() - start < 30000) {
    const s = await t.page.evaluate(() => {
      const r = document.querySelector('[data-app]');
      const h2 = [...document.querySelectorAll('.kiosk-card h2, .kiosk-countdown p')].map((e) => e.textContent).join('|');
      return `${r.dataset.scene}#${r.dataset.beat} ${h2} play=${!!document.querySelector('[aria-label="Pause"]')}`;
    });
    if (s !== last) { console.log(((Date.now() - start) / 1000).toFixed(1), s); last = s; }
    await sleep(50);
  }
}, { timeout: 40000 });
