import { describe, expect, it, vi } from 'vitest';
import { defaultParams } from '../../src/model/params';
import { isOpen, KIOSK_DEFAULTS, parseOpeningHours, resolveKiosk } from '../../src/model/kioskSettings';

const base = 'https://clinic.example/screens/index.html';
const params = defaultParams('kiosk', 'en');

function resolve(file: unknown, query = '') {
  const warn = vi.fn();
  const result = resolveKiosk(params, new URLSearchParams(query), file, { languages: ['en', 'es'], base, warn });
  return { ...result, warn, messages: warn.mock.calls.map((call) => String(call[0])) };
}

describe('opening hours', () => {
  it('reads days, day ranges, lists and several times a day', () => {
    expect(parseOpeningHours('Mo-Fr 08:00-18:00; Sa 09:00-12:30')).toEqual([
      { days: 0b0111110, from: 480, to: 1080 },
      { days: 0b1000000, from: 540, to: 750 },
    ]);
    expect(parseOpeningHours('mo,we 08:00-12:00,13:00-17:00')).toEqual([
      { days: 0b0001010, from: 480, to: 720 },
      { days: 0b0001010, from: 780, to: 1020 },
    ]);
    expect(parseOpeningHours('07:30-24:00')).toEqual([{ days: 0x7f, from: 450, to: 1440 }]);
    expect(parseOpeningHours('Fr-Mo 10:00-11:00')?.[0]?.days).toBe(0b1100011);
  });

  it.each(['', 'always', 'Mo-Fr', 'Xx 08:00-09:00', 'Mo 18:00-08:00', 'Mo 08:00-25:00', 'Mo 08:61-09:00', 'Mo 8:00-9:00', '<b>Mo</b> 08:00-09:00', 'Mo 08:00-09:00;'.repeat(8)])(
    'refuses %j',
    (text) => expect(parseOpeningHours(text)).toBeUndefined(),
  );

  it('is open within a span on its days, by the local clock', () => {
    const hours = parseOpeningHours('Mo-Fr 08:00-18:00')!;
    expect(isOpen(hours, new Date(2025, 0, 6, 8, 0))).toBe(true); // a Monday
    expect(isOpen(hours, new Date(2025, 0, 6, 17, 59))).toBe(true);
    expect(isOpen(hours, new Date(2025, 0, 6, 18, 0))).toBe(false);
    expect(isOpen(hours, new Date(2025, 0, 6, 7, 59))).toBe(false);
    expect(isOpen(hours, new Date(2025, 0, 5, 12, 0))).toBe(false); // Sunday
    expect(isOpen(null, new Date(2025, 0, 5, 3, 0))).toBe(true);
  });
});

describe('resolveKiosk', () => {
  it('takes every documented key from kiosk.json, and the URL over it', () => {
    const file = {
      scenes: ['5', 'ampa-activation'], rotate: ['en', 'es'], level: 'clinician', idle: 90, reload: 12,
      hours: 'Mo-Fr 08:00-18:00', dim: 30, clinic: '  Lakeside   Clinic ', logo: 'branding/logo.svg', view: '2d', theme: 'dark', lang: 'es',
    };
    const { params: p, kiosk, warn } = resolve(file, 'idle=120&clinic=Hill+Clinic&reload=0');
    expect(warn).not.toHaveBeenCalled();
    expect(kiosk).toEqual({
      scenes: ['synaptogenesis', 'ampa-activation'], reload: 0, hours: [{ days: 0b0111110, from: 480, to: 1080 }], dim: 30,
      clinic: 'Hill Clinic', logo: 'https://clinic.example/screens/branding/logo.svg',
    });
    expect(p).toMatchObject({ rotate: ['en', 'es'], level: 'clinician', idle: 120, view: '2d', theme: 'dark', lang: 'es', mode: 'kiosk' });
  });

  it('runs on the defaults without a file, silently', () => {
    const { params: p, kiosk, warn } = resolve(undefined);
    expect(warn).not.toHaveBeenCalled();
    expect(kiosk).toEqual(KIOSK_DEFAULTS);
    expect(p).toEqual(params);
  });

  it.each([null, [], 'text', 42, true])('ignores a file that is not an object (%j) with one warning', (file) => {
    const { kiosk, warn } = resolve(file);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(kiosk).toEqual(KIOSK_DEFAULTS);
  });

  it('refuses hostile values one warning each, changing nothing it must not', () => {
    const huge = 'x'.repeat(100_000);
    const file = JSON.parse(
      JSON.stringify({
        clinic: '<img src=x onerror=alert(1)>',
        logo: 'https://evil.example/logo.png',
        hours: huge,
        scenes: ['1', '1'],
        dim: '30; background:red',
        reload: -1,
        idle: { valueOf: 5 },
        level: ['patient', 'clinician'],
        rotate: 'en,fr',
        theme: 7,
      }),
    );
    const withPollution = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "science": "more is better"}');
    const { kiosk, params: p, messages } = resolve({ ...file, ...withPollution });
    expect(kiosk).toEqual(KIOSK_DEFAULTS);
    expect(p).toEqual(params);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Ten bad values and three unknown keys: one warning each, naming keys only.
    expect(messages).toHaveLength(13);
    for (const message of messages) expect(message).not.toMatch(/img|evil|xxxx|background|more is better|polluted/);
  });

  it.each([
    ['data:image/png;base64,AAAA', undefined],
    ['javascript:alert(1)', undefined],
    ['//evil.example/logo.png', undefined],
    ['https://clinic.example/logo.png', undefined],
    ['logo.exe', undefined],
    ['logo .png', undefined],
    ['/shared/logo.PNG', 'https://clinic.example/shared/logo.PNG'],
    ['logo.webp', 'https://clinic.example/screens/logo.webp'],
  ])('logo %j → %j', (logo, expected) => {
    const { kiosk, warn } = resolve({ logo });
    expect(kiosk.logo).toBe(expected ?? '');
    expect(warn).toHaveBeenCalledTimes(expected ? 0 : 1);
  });

  it.each(['Clinic\u202Eevil', 'A\nB', 'x'.repeat(61), '   '])('refuses the clinic name %j', (clinic) => {
    const { kiosk, warn } = resolve({ clinic });
    expect(kiosk.clinic).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps a name with accents and punctuation as written', () => {
    expect(resolve({ clinic: 'Clínica San José & Hijos (Norte)' }).kiosk.clinic).toBe('Clínica San José & Hijos (Norte)');
  });

  it('warns about a bad URL value and keeps the file value', () => {
    const { kiosk, messages } = resolve({ dim: 20 }, 'dim=999');
    expect(kiosk.dim).toBe(20);
    expect(messages).toEqual(['[ketamine-explorer] Parameter "dim" has a value that is not allowed; using its default.']);
  });
});
