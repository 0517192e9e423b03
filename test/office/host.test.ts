import { capabilitiesFor, startOffice, type OfficeGlobal } from '../../src/office/host';

function fakeOffice(
  host: string | null,
  sets: Record<string, string>,
  ready?: Promise<unknown>,
): OfficeGlobal {
  const supports = (name: string, version = '1.1'): boolean => {
    const have = sets[name];
    return have !== undefined && Number(have.split('.')[1]) >= Number(version.split('.')[1]);
  };
  return {
    onReady: () =>
      (ready ?? Promise.resolve({ host, platform: 'OfficeOnline' })) as ReturnType<
        OfficeGlobal['onReady']
      >,
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
      capabilities: {
        write: { ok: true },
        store: { ok: true },
        selection: true,
        presentationXmlParts: false,
        changeTracking: false,
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

  it('runs standalone for another host, a failing onReady, and one that never answers', async () => {
    expect((await startOffice(fakeOffice('Excel', {}))).host).toBeNull();
    expect(
      (await startOffice(fakeOffice(null, {}, Promise.reject(new Error('x'))))).host,
    ).toBeNull();
    expect(
      (await startOffice(fakeOffice(null, {}, new Promise(() => undefined)), 10)).host,
    ).toBeNull();
  });
});
