// Writing the plan as a file in the browser. The story and the renderers (pptxgenjs and docx,
// the bulk of the add-in's code) load only here, on the first download, so the task pane opens
// without them.
import type { Language, Plan } from '../../plan';
import type { DownloadFormat, RenderOptions } from '../state/pane';

const MIME: Readonly<Record<DownloadFormat, string>> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The plan as the bytes of a deck or a document. */
export async function renderPlan(
  plan: Plan,
  format: DownloadFormat,
  language: Language,
  options: RenderOptions = {},
): Promise<Blob> {
  const [{ buildStory }, render] = await Promise.all([
    import(/* webpackChunkName: "render" */ '../../story'),
    import(/* webpackChunkName: "render" */ '../../render'),
  ]);
  // The document speaks the plan's language when it names one, else the pane's.
  const outline = buildStory(plan, {
    language: plan.account.language ?? language,
    ...(options.review === true ? { review: true } : {}),
    ...(options.customer === true ? { customer: true } : {}),
  });
  const bytes =
    format === 'pptx' ? await render.renderPptx(outline) : await render.renderDocx(outline);
  // Copied into a fresh ArrayBuffer: a Uint8Array view may sit on a larger or shared buffer.
  return new Blob([bytes.slice()], { type: MIME[format] });
}

/** Hands a file to the browser's download, the way a link with `download` does. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
