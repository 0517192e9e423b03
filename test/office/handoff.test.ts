// Handing over a file where the web view blocks downloads (Office on Mac and iPad,
// office-js#2700, #3385): the plan goes to the add-in's own page in the system browser, in the
// address's fragment.
import { writePlanText } from '../../src/plan/write';
import {
  decodePlan,
  encodePlan,
  handoffUrl,
  MAX_HANDOFF_URL,
  offerFile,
  readHandoff,
  type OfferRequest,
} from '../../src/office/handoff';
import { makeFact, makePlan } from '../builders';

const PAGE = 'https://kap.example.com/taskpane.html?_host_Info=PowerPoint$Mac$16.01$de-DE';

function request(overrides: Partial<OfferRequest> = {}) {
  const calls: string[] = [];
  const req: OfferRequest = {
    route: 'blob',
    format: 'pptx',
    fileName: 'Plan.pptx',
    planText: writePlanText(makePlan()),
    pageUrl: PAGE,
    render: () => {
      calls.push('render');
      return Promise.resolve(new Blob(['pptx']));
    },
    saveBlob: (_blob, name) => calls.push(`save ${name}`),
    openBrowser: (url) => calls.push(`open ${url}`),
    ...overrides,
  };
  return { req, calls };
}

describe('the plan in an address', () => {
  it('survives the trip through a fragment, compressed, with any characters', async () => {
    const text = writePlanText(
      makePlan({
        facts: [
          makeFact({ text: 'Müller & Söhne — 50 % “mehr” 🙂 <a>#b?c=d' }),
          ...makePlan().facts.slice(1),
        ],
      }),
    );
    const encoded = await encodePlan(text);
    expect(encoded).toMatch(/^z[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(text.length);
    expect(await decodePlan(encoded)).toBe(text);
    const url = await handoffUrl(PAGE, text, 'docx');
    expect(url.startsWith(`${PAGE}#kap-plan=`)).toBe(true);
    expect(await readHandoff(new URL(url).hash)).toEqual({
      planText: text,
      format: 'docx',
      options: {},
    });
  });

  it('tells the page which version the file is to be', async () => {
    const url = await handoffUrl(PAGE, '{}', 'pptx', { customer: true, review: true });
    expect(await readHandoff(new URL(url).hash)).toEqual({
      planText: '{}',
      format: 'pptx',
      options: { customer: true, review: true },
    });
    const customer = await handoffUrl(PAGE, '{}', 'docx', { customer: true });
    expect((await readHandoff(new URL(customer).hash))?.options).toEqual({ customer: true });
  });

  it('reads the uncompressed form too, and nothing else', async () => {
    const plain = `j${Buffer.from('{"a":1}').toString('base64url')}`;
    expect(await decodePlan(plain)).toBe('{"a":1}');
    expect(await decodePlan('x123')).toBeUndefined();
    expect(await decodePlan('z!!!')).toBeUndefined();
    expect(await readHandoff('#other=1')).toBeUndefined();
  });
});

describe('offerFile', () => {
  it('downloads as usual where the web view can', async () => {
    const { req, calls } = request();
    expect(await offerFile(req)).toEqual({ kind: 'downloaded' });
    expect(calls).toEqual(['render', 'save Plan.pptx']);
  });

  it('opens the add-in’s page in the browser with the plan where downloads are blocked', async () => {
    const { req, calls } = request({ route: 'browser-window' });
    const result = await offerFile(req);
    expect(result.kind).toBe('browser');
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0]!.slice('open '.length));
    // The page's own address, without Office's query, the plan in the fragment only.
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(
      'https://kap.example.com/taskpane.html',
    );
    expect(await readHandoff(url.hash)).toEqual({
      planText: req.planText,
      format: 'pptx',
      options: {},
    });
  });

  it('hands the browser the whole plan with its version, and offers only the cut one to copy', async () => {
    const browser = request({
      route: 'browser-window',
      copyText: 'CUT',
      options: { customer: true },
    });
    await offerFile(browser.req);
    const url = new URL(browser.calls[0]!.slice('open '.length));
    expect(await readHandoff(url.hash)).toEqual({
      planText: browser.req.planText,
      format: 'pptx',
      options: { customer: true },
    });
    const manual = await offerFile(request({ route: 'none', copyText: 'CUT' }).req);
    expect(manual).toMatchObject({ kind: 'manual', planText: 'CUT' });
  });

  it('says plainly what to do where neither works, and offers the plan to copy', async () => {
    const { req, calls } = request({ route: 'none' });
    const result = await offerFile(req);
    expect(calls).toEqual([]);
    expect(result).toMatchObject({ kind: 'manual', planText: req.planText });
    if (result.kind === 'manual') {
      expect(result.message.en).toContain('https://kap.example.com/taskpane.html');
      expect(result.message.de).toMatch(/\.kap\.json/);
    }
  });

  it('falls back to copying when the plan is too big for an address', async () => {
    // Random text does not compress: well over the limit.
    const noise = Array.from({ length: MAX_HANDOFF_URL }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    const { req, calls } = request({ route: 'browser-window', planText: noise });
    expect((await offerFile(req)).kind).toBe('manual');
    expect(calls).toEqual([]);
  });
});
