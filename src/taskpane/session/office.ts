// The task pane's session with the open document. The story and the renderers stay in the lazy
// "render" chunk: the session is created at start with stand-ins that call into the chunk, and
// each write first waits for the chunk (loaded once, on the first write).
import {
  createSession,
  officeEnvironment,
  type DocumentSession,
  type HostInfo,
  type OfficeDeps,
  type SaveResult,
  type SaveState,
} from '../../office';

let modules: Promise<OfficeDeps> | undefined;

/** The story and the renderers, loaded on first use; a failed load is tried again next time. */
export function loadRenderModules(): Promise<OfficeDeps> {
  if (!modules) {
    const loading = Promise.all([
      import(/* webpackChunkName: "render" */ '../../story'),
      import(/* webpackChunkName: "render" */ '../../render'),
    ]).then(([story, render]) => ({
      buildStory: story.buildStory,
      renderDeck: render.renderDeck,
      toBase64: render.toBase64,
    }));
    modules = loading;
    loading.catch(() => {
      if (modules === loading) modules = undefined;
    });
  }
  return modules;
}

/** What the pane wants to hear from the session. */
export interface SessionListeners {
  readonly onSaveResult?: (result: SaveResult) => void;
  readonly onSaveState?: (state: SaveState) => void;
}

/** Opens the session for a host that can keep the plan (the pane calls this once). */
export function connectOffice(
  info: HostInfo,
  /** Told about every save into the document and every change of the save state. */
  listeners: SessionListeners = {},
  load: () => Promise<OfficeDeps> = loadRenderModules,
  create: typeof createSession = createSession,
): DocumentSession {
  let loaded: OfficeDeps | undefined;
  const need = (): OfficeDeps => {
    // writeSteps below awaits the load before the session can call any of these.
    if (!loaded) throw new Error('the renderers have not been loaded');
    return loaded;
  };
  const session = create(
    info,
    {
      buildStory: (plan, options) => need().buildStory(plan, options),
      renderDeck: (outline, options) => need().renderDeck(outline, options),
      toBase64: (bytes) => need().toBase64(bytes),
    },
    { ...officeEnvironment(), ...listeners },
  );
  return {
    ...session,
    async writeSteps(plan, steps, options) {
      loaded ??= await load();
      return session.writeSteps(plan, steps, options);
    },
  };
}
