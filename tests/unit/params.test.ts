import { describe, expect, it, vi } from 'vitest';
import { defaultParams, paramsToQuery, parseParams, resolveParams } from '../../src/model/params';

const languages = ['en', 'es'];
const parse = (query: string) => {
  const warn = vi.fn();
  const result = parseParams(new URLSearchParams(query), { languages, warn });
  return { result, warn };
};

describe('parseParams', () => {
  it('accepts every documented value', () => {
    const { result, warn } = parse(
      'scene=bdnf-release&mode=kiosk&lang=es&level=clinician&view=3d&exposure=high&time=weeks&stress=low&autoplay=1&speed=16&controls=none&theme=dark&t=0.5',
    );
    expect(warn).not.toHaveBeenCalled();
    expect(result).toEqual({
      scene: 'bdnf-release', mode: 'kiosk', lang: 'es', level: 'clinician', view: '3d', exposure: 'high', time: 'weeks',
      stress: 'low', autoplay: true, speed: 16, controls: 'none', theme: 'dark', t: 0.5,
    });
  });

  it('reads the kiosk parameters idle and rotate', () => {
    expect(parse('idle=120&rotate=en,es').result).toEqual({ idle: 120, rotate: ['en', 'es'] });
    expect(parse('rotate=en,fr').result).toEqual({});
    expect(parse('idle=2').result).toEqual({});
  });

  it('maps scene numbers 1–5 to scene ids', () => {
    expect(parse('scene=1').result.scene).toBe('nmda-blockade');
    expect(parse('scene=5').result.scene).toBe('synaptogenesis');
    expect(parse('scene=6').result.scene).toBeUndefined();
  });

  it.each([
    ['scene=bogus', 'scene'],
    ['scene=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'scene'],
    ['level=admin', 'level'],
    ['view=4d', 'view'],
    ['speed=Infinity', 'speed'],
    ['speed=NaN', 'speed'],
    ['speed=1e9', 'speed'],
    ['speed=-1', 'speed'],
    ['speed=0x10', 'speed'],
    ['speed=17', 'speed'],
    ['speed=0.1', 'speed'],
    ['t=2', 't'],
    ['t=abc', 't'],
    ['autoplay=yes', 'autoplay'],
    ['lang=fr', 'lang'],
    ['scene=1&scene=2', 'scene'],
    [`scene=${'x'.repeat(10000)}`, 'scene'],
    ['exposure=', 'exposure'],
  ])('rejects %s with one warning naming the parameter, never the value', (query, name) => {
    const { result, warn } = parse(query);
    expect(result).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    const message = warn.mock.calls[0]![0] as string;
    expect(message).toContain(`"${name}"`);
    expect(message).not.toMatch(/script|bogus|admin|xxxx/);
  });

  it('ignores unknown parameters and prototype-pollution keys silently', () => {
    const { result, warn } = parse('__proto__[x]=1&constructor[prototype][x]=1&foo=bar&__proto__=1');
    expect(result).toEqual({});
    expect(warn).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('validates plain objects (postMessage) the same way', () => {
    const warn = vi.fn();
    const payload = JSON.parse('{"exposure":"low","__proto__":{"polluted":1},"time":{"toString":1},"level":"clinician","speed":3}');
    const result = parseParams(payload, { languages, warn });
    expect(result).toEqual({ exposure: 'low', level: 'clinician', speed: 3 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects non-finite numbers from objects', () => {
    const warn = vi.fn();
    expect(parseParams({ speed: Infinity, t: Number.NaN }, { languages, warn })).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('resolveParams', () => {
  it('uses the defaults of interface.md', () => {
    const p = resolveParams(new URLSearchParams(''), { languages, browserLanguages: ['de-DE'] });
    expect(p).toEqual(defaultParams('explore', 'en'));
    expect(p).toMatchObject({ scene: 'nmda-blockade', level: 'patient', view: 'auto', exposure: 'moderate', time: 'day', stress: 'high', autoplay: false, speed: 1, controls: 'full', theme: 'auto', t: 0 });
  });

  it('picks the browser language when supported', () => {
    expect(resolveParams(new URLSearchParams(''), { languages, browserLanguages: ['es-MX', 'en'] }).lang).toBe('es');
  });

  it('defaults depend on the mode', () => {
    const kiosk = resolveParams(new URLSearchParams('mode=kiosk'), { languages, browserLanguages: [] });
    expect(kiosk).toMatchObject({ autoplay: true, controls: 'none' });
    const embed = resolveParams(new URLSearchParams('mode=embed'), { languages, browserLanguages: [] });
    expect(embed).toMatchObject({ autoplay: false, controls: 'minimal' });
  });

  it('round-trips through a query string', () => {
    const p = { ...defaultParams('explore', 'en'), scene: 'ampa-activation' as const, level: 'clinician' as const, t: 0.25, exposure: 'low' as const };
    const query = paramsToQuery(p);
    expect(query).toBe('scene=ampa-activation&level=clinician&exposure=low&t=0.25');
    expect(resolveParams(new URLSearchParams(query), { languages, browserLanguages: ['en'] })).toEqual(p);
  });
});
