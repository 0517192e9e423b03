import { capabilitiesFor, type DocumentSession, type HostInfo } from '../../src/office';
import type { OfficeDeps } from '../../src/office';
import type { Outline } from '../../src/story/outline';
import { connectOffice } from '../../src/taskpane/session/office';
import { makePlan } from '../builders';

const info: HostInfo = {
  host: 'powerpoint',
  capabilities: capabilitiesFor('powerpoint', () => true),
};
const plan = makePlan();
const outline = { parts: [] } as unknown as Outline;

/** A session factory that, like createSession, calls the story and the renderer on write. */
function fakeCreate(events: string[]) {
  return (_info: HostInfo, deps: OfficeDeps): DocumentSession => ({
    info,
    open: () => Promise.resolve({ unreadable: [], failures: [] }),
    saver: {
      schedule: () => undefined,
      flush: () => Promise.resolve(),
      retry: () => Promise.resolve(),
      busy: () => false,
      state: () => ({ kind: 'saved' }),
      dispose: () => undefined,
    },
    busy: () => false,
    saveState: () => ({ kind: 'saved' }),
    replacePlan: (p) => Promise.resolve({ plan: p }),
    replaced: () => undefined,
    restoreReplaced: () => Promise.resolve({}),
    forgetReplaced: () => undefined,
    noteWritten: () => undefined,
    conflicts: () => [],
    resolveConflict: () => undefined,
    async writeSteps(p, steps) {
      const story = deps.buildStory(p, {});
      events.push(`write ${steps.join(',')}`);
      deps.toBase64((await deps.renderDeck(story, { steps })).bytes);
      return { ok: true, written: steps };
    },
  });
}

function fakeLoad(events: string[]): () => Promise<OfficeDeps> {
  return () => {
    events.push('load');
    return Promise.resolve({
      buildStory: () => {
        events.push('story');
        return outline;
      },
      renderDeck: () => {
        events.push('render');
        return Promise.resolve({ bytes: new Uint8Array([1]), slides: 1 });
      },
      toBase64: () => 'AQ==',
    });
  };
}

describe('connectOffice', () => {
  it('loads the story and the renderers on the first write only, before using them', async () => {
    const events: string[] = [];
    const session = connectOffice(info, undefined, fakeLoad(events), fakeCreate(events));
    await session.open();
    expect(events).toEqual([]);
    await expect(session.writeSteps(plan, [3])).resolves.toEqual({ ok: true, written: [3] });
    await session.writeSteps(plan, [0, 1]);
    expect(events).toEqual(['load', 'story', 'write 3', 'render', 'story', 'write 0,1', 'render']);
  });

  it('reports a failed load as a rejected write and tries again on the next one', async () => {
    const events: string[] = [];
    let fail = true;
    const load = () => {
      if (!fail) return fakeLoad(events)();
      fail = false;
      return Promise.reject(new Error('Loading chunk render failed.'));
    };
    const session = connectOffice(info, undefined, load, fakeCreate(events));
    await expect(session.writeSteps(plan, [2])).rejects.toThrow('Loading chunk render failed.');
    expect(events).toEqual([]);
    await expect(session.writeSteps(plan, [2])).resolves.toEqual({ ok: true, written: [2] });
  });
});
