// The pane's shell: the theme, the language, and the first paint — header and step navigator —
// shown while the editor loads in parallel with Office's start. It composes; the editor
// (Workspace) implements.
import {
  Body1,
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import {
  Component,
  Suspense,
  lazy,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { DocumentSession, HostInfo } from '../office';
import type { Language, Plan } from '../plan';
import { fill, SHELL_TEXTS as TEXTS } from './i18n/shell';
import { Header } from './layout/Header';
import { StepNavigator } from './layout/StepNavigator';
import type { BrowserEnvironment } from './session/browserStore';
import type { SessionListeners } from './session/office';
import type { DownloadFormat, RenderOptions } from './state/pane';
import type { WorkspaceProps } from './Workspace';

export interface AppServices {
  /** Turns the plan into a file's bytes (loads the renderers on first use). */
  readonly render: (
    plan: Plan,
    format: DownloadFormat,
    language: Language,
    options?: RenderOptions,
  ) => Promise<Blob>;
  /** Hands the bytes to the browser's download. */
  readonly save: (blob: Blob, fileName: string) => void;
  /**
   * The session with the open document, for PowerPoint or Word when they can keep the plan;
   * called once. Office's own by default (tests pass a fake).
   */
  readonly connect?: (info: HostInfo, listeners: SessionListeners) => DocumentSession;
  /** Where the plan is kept outside Office; without it nothing is kept between visits. */
  readonly browser?: BrowserEnvironment;
}

export interface AppProps {
  readonly language: Language;
  /** The user picked the language before (it is remembered): Office's does not override it. */
  readonly languageChosen: boolean;
  /** The one start-up of Office, begun by the entry point before the first render. */
  readonly host: Promise<HostInfo>;
  /** Office's answer however late (the start-up's `final`); taken when it comes. */
  readonly lateHost?: Promise<HostInfo>;
  readonly services: AppServices;
  /** The editor's module, whose loading the entry point started at once. */
  readonly workspace: Promise<{ default: ComponentType<WorkspaceProps> }>;
  /** Remembers the user's choice of language. */
  readonly rememberLanguage?: (language: Language) => void;
  /** Dark before Office says otherwise (the system's colour scheme). */
  readonly dark?: boolean;
}

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** What the pane shows until the editor is there: the same header and steps, not yet live. */
function Shell({ language }: { readonly language: Language }) {
  const styles = useStyles();
  return (
    <main className={styles.shell} lang={language}>
      <Header product={TEXTS.appName[language]} line={TEXTS.starting[language]} />
      <StepNavigator language={language} current={1} />
      <Body1 role="status">{TEXTS.loadingEditor[language]}</Body1>
    </main>
  );
}

interface BoundaryProps {
  readonly language: Language;
  readonly children: ReactNode;
}

/** A failed load of the editor (a dropped connection) says so and offers to try again. */
class EditorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const { language } = this.props;
    const { error } = this.state;
    const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    return (
      <main role="alert" style={{ padding: 12 }}>
        <Body1>{fill(TEXTS.editorFailed[language], { reason })}</Body1>{' '}
        <Button onClick={() => location.reload()}>{TEXTS.reload[language]}</Button>
      </main>
    );
  }
}

export function App(props: AppProps) {
  const [language, setLanguage] = useState(props.language);
  const [dark, setDark] = useState(props.dark ?? false);
  const [theme, setTheme] = useState<Theme>(webLightTheme);
  const Workspace = useMemo(() => lazy(() => props.workspace), [props.workspace]);
  const { rememberLanguage } = props;

  useEffect(() => {
    let current = true;
    if (!dark) {
      setTheme(webLightTheme);
      return;
    }
    // The dark theme loads only where it is needed.
    void import(/* webpackChunkName: "dark" */ './theme/dark').then((module) => {
      if (current) setTheme(module.darkTheme);
    });
    return () => {
      current = false;
    };
  }, [dark]);

  const onLanguage = useMemo(
    () => (next: Language, chosen: boolean) => {
      setLanguage(next);
      if (chosen) rememberLanguage?.(next);
    },
    [rememberLanguage],
  );

  return (
    // No layout classes on the provider: Fluent copies them onto the mount nodes of its
    // portals (menus, tooltips, dialogs), which would then cover the whole pane.
    <FluentProvider theme={theme}>
      <EditorBoundary language={language}>
        <Suspense fallback={<Shell language={language} />}>
          <Workspace
            host={props.host}
            lateHost={props.lateHost}
            services={props.services}
            language={props.language}
            languageChosen={props.languageChosen}
            onLanguage={onLanguage}
            onTheme={setDark}
          />
        </Suspense>
      </EditorBoundary>
    </FluentProvider>
  );
}
