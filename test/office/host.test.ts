import {
  capabilitiesFor,
  startOffice,
  watchOffice,
  type HostInfo,
  type OfficeGlobal,
} from '../../src/office/host';

function fakeOffice(
  host: string | null,
  sets: Record<string, string>,
  ready?: Promise<unknown>,
  platform = 'OfficeOnline',
): OfficeGlobal {
  const supports = (name: string, version = '1.1'): boolean => {
    const have = sets[name];
    return have !== undefined && Number(have.split('.')[1]) >= Number(version.split('.')[1]);
  };
  return {
    onReady: () =>
      (ready ?? Promise.resolve({ host, platform })) as ReturnType<OfficeGlobal['onReady']>,
    HostType: {
      PowerPoint: 'PowerPoint',
      Word: 'Word',
      Excel: 'Excel',
    } as unknown as typeof Office.HostType,
    context: { requirements: { isSetSupported: supports } },
  };
}

describe('startOffice', () => {
  it('runs standalone when office.js did not load', async () => {
    const info = await startOffice(undefined);
    expect(info.host).toBeNull();
    expect(info.capabilities.write).toMatchObject({ ok: false });
    if (!info.capabilities.write.ok)
      expect(info.capabilities.write.reason.en).toMatch(/outside Office/);
  });

  it('recognises PowerPoint and Word with the sets they need', async () => {
    const pp = await startOffice(
      fakeOffice('PowerPoint', { PowerPointApi: '1.5', Settings: '1.1' }),
    );
    expect(pp).toEqual({
      host: 'powerpoint',
      platform: 'OfficeOnline',
      capabilities: {
        write: { ok: true },
        store: { ok: true },
        selection: true,
        presentationXmlParts: false,
        changeTracking: false,
        download: 'blob',
      },
    });
    const word = await startOffice(fakeOffice('Word', { WordApi: '1.3', CustomXmlParts: '1.1' }));
    expect(word.host).toBe('word');
    expect(word.capabilities.write.ok && word.capabilities.store.ok).toBe(true);
  });

  it('says in plain words what an older host cannot do', async () => {
    const pp = await startOffice(
      fakeOffice('PowerPoint', { PowerPointApi: '1.2', Settings: '1.1' }),
    );
    expect(pp.host).toBe('powerpoint');
    const write = pp.capabilities.write;
    if (write.ok) throw new Error('expected PowerPoint 1.2 to be unable to write');
    expect(write.reason.en).toMatch(
      /cannot write slides into the open presentation \(it lacks PowerPointApi 1\.3\)/,
    );
    expect(write.reason.de).toMatch(/PowerPointApi 1\.3/);
    expect(pp.capabilities.store.ok).toBe(true);
    const word = capabilitiesFor('word', () => false);
    expect(word.write.ok || word.store.ok).toBe(false);
  });

  it('runs standalone for another host and in a browser', async () => {
    expect(await startOffice(fakeOffice('Excel', {}), { search: '' })).toMatchObject({
      host: null,
    });
    const browser = await startOffice(fakeOffice(null, {}), { search: '?x=1' });
    expect(browser.host).toBeNull();
    expect(browser.problem).toBeUndefined();
  });

  it('says that office.js did not load when Office opened the page, instead of going standalone', async () => {
    // Office opens an add-in's page with _host_Info in its address.
    const info = await startOffice(undefined, {
      search: '?_host_Info=PowerPoint$Mac$16.01$de-DE$$$$0',
    });
    expect(info).toMatchObject({
      host: 'powerpoint',
      platform: 'Mac',
      problem: { kind: 'failed' },
    });
    expect(info.problem?.message.en).toMatch(/office\.js could not be loaded/);
    expect(info.capabilities.write).toMatchObject({ ok: false });
  });

  it('says that Office did not start the add-in when onReady fails', async () => {
    const info = await startOffice(
      fakeOffice(null, {}, Promise.reject(new Error('host crashed'))),
      { search: '?_host_Info=Word$Win32$16.01$en-US' },
    );
    expect(info).toMatchObject({ host: 'word', problem: { kind: 'failed' } });
    expect(info.problem?.message.en).toMatch(/did not start the add-in \(host crashed\)/);
  });

  it('still takes a host that answers after the timeout', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const late = new Promise((resolve) => (answer = resolve));
    const taken: HostInfo[] = [];
    const office = fakeOffice('PowerPoint', { PowerPointApi: '1.5', Settings: '1.1' }, late);
    const watch = watchOffice(office, {
      timeoutMs: 10,
      search: '?_host_Info=PowerPoint$Win32$16.01$en-US',
      onLateHost: (info) => taken.push(info),
    });
    const first = await watch.first;
    expect(first).toMatchObject({ host: 'powerpoint', problem: { kind: 'late' } });
    expect(first.capabilities.write.ok).toBe(false);
    answer({ host: 'PowerPoint', platform: 'PC' });
    const final = await watch.final;
    expect(final).toMatchObject({ host: 'powerpoint', capabilities: { write: { ok: true } } });
    expect(final.problem).toBeUndefined();
    expect(taken).toEqual([final]);
  });

  it('calls no late-host handler for a host that answered in time', async () => {
    const taken: HostInfo[] = [];
    const watch = watchOffice(fakeOffice('Word', { WordApi: '1.3' }), {
      timeoutMs: 1000,
      onLateHost: (info) => taken.push(info),
    });
    expect((await watch.first).host).toBe('word');
    await watch.final;
    expect(taken).toEqual([]);
  });

  it('offers files through the system browser where the web view blocks downloads (#2700, #3385)', () => {
    const with11 = (name: string) => name === 'OpenBrowserWindowApi' || name === 'PowerPointApi';
    expect(capabilitiesFor('powerpoint', with11, 'Mac').download).toBe('browser-window');
    expect(capabilitiesFor('word', with11, 'iOS').download).toBe('browser-window');
    expect(capabilitiesFor('word', () => false, 'iOS').download).toBe('none');
    expect(capabilitiesFor('word', with11, 'PC').download).toBe('blob');
    expect(capabilitiesFor('powerpoint', with11, 'OfficeOnline').download).toBe('blob');
  });
});
