/** @jest-environment jsdom */
// What format version 2 adds to the pane, by role and label: the buying centre and its
// relationship gap, the internal mark, the overview and a step's message title, the account
// review as one undoable edit, and the customer version of the downloads.
import { screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'node:util';
import { readEnvelopeText } from '../../../src/plan/envelope';
import type { Plan } from '../../../src/plan/schema';
import { PLAN_KEY } from '../../../src/taskpane/session/browserStore';
import { renderPlan } from '../../../src/taskpane/session/download';
import type { RenderOptions } from '../../../src/taskpane/state/pane';
import { makeAction, makeGoal, makePlan } from '../../builders';
import { renderPane } from './render';

function stored(items: Map<string, string>): Plan {
  const read = readEnvelopeText(items.get(PLAN_KEY) ?? '');
  if (!read.ok) throw new Error('no plan kept in the browser');
  return read.envelope.plan;
}

// The renderers need what browsers have and jest's jsdom environment leaves out.
beforeAll(() => {
  if (typeof globalThis.TextEncoder !== 'function') {
    Object.assign(globalThis, { TextEncoder, TextDecoder });
  }
});

const step = (n: number) => screen.getByRole('button', { name: new RegExp(`^Step ${n} of 6`) });
const planMenu = () => screen.getByRole('button', { name: /^Plan: new, open, save, download/ });

describe('the buying centre', () => {
  it('adds a person with a buying role, shows the relationship gap, and an action closes it', async () => {
    const { user, items } = await renderPane({ plan: makePlan() });
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Dr. Hoffmann');
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Head of purchasing');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Buying role' }),
      'Decision-maker',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Influence' }), 'High');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Attitude towards us' }),
      'Critic',
    );
    await user.type(screen.getByRole('textbox', { name: 'Our contact' }), 'Anna Schmidt');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Prefers numbers');
    await waitFor(() =>
      expect(stored(items).people).toEqual([
        {
          id: 'P1',
          name: 'Dr. Hoffmann',
          role: 'Head of purchasing',
          buyingRole: 'decision-maker',
          influence: 'high',
          attitude: 'critic',
          ourContact: 'Anna Schmidt',
          note: 'Prefers numbers',
        },
      ]),
    );
    // The gap is named on the person: in the row and, in words, in the open editor.
    const row = screen.getByRole('button', { name: /^P1 Dr\. Hoffmann/ });
    expect(row.textContent).toMatch(/Relationship gap/);
    expect(screen.getByRole('note').textContent).toMatch(
      /Dr\. Hoffmann is a decision-maker, yet no action addresses them/,
    );

    // An action that addresses the person, picked by name like a fact.
    await user.click(step(6));
    await user.click(screen.getByRole('button', { name: /^A1 / }));
    await user.click(screen.getByRole('combobox', { name: 'Addresses (people)' }));
    await user.keyboard('hoff');
    await user.click(await screen.findByRole('option', { name: /Dr\. Hoffmann/ }));
    await waitFor(() => expect(stored(items).actions[0]?.personIds).toEqual(['P1']));

    await user.click(step(1));
    const again = await screen.findByRole('button', { name: /^P1 Dr\. Hoffmann/ });
    expect(again.textContent).not.toMatch(/Relationship gap/);
    await user.click(again);
    expect(screen.getByText('Addressed by A1')).toBeTruthy();
  });

  it('names an influential critic as a gap, and a neutral user not', async () => {
    const plan = makePlan({
      people: [
        { id: 'P1', name: 'Critic', influence: 'high', attitude: 'critic' },
        { id: 'P2', name: 'Quiet user', buyingRole: 'user', influence: 'low' },
      ],
    });
    const { user, items } = await renderPane({ plan });
    expect(screen.getByRole('button', { name: /^P1 Critic/ }).textContent).toMatch(
      /Relationship gap/,
    );
    expect(screen.getByRole('button', { name: /^P2 Quiet user/ }).textContent).not.toMatch(
      /Relationship gap/,
    );
    // The gap's own way out: an action addressed to the person, opened in step 6 for its owner.
    await user.click(screen.getByRole('button', { name: /^P1 Critic/ }));
    await user.click(screen.getByRole('button', { name: 'Plan an action that addresses Critic' }));
    await waitFor(() =>
      expect(stored(items).actions.at(-1)).toMatchObject({
        what: 'Meet Critic',
        personIds: ['P1'],
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Action plan' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Who' })),
    );
    await user.click(step(1));
    expect((await screen.findByRole('button', { name: /^P1 Critic/ })).textContent).not.toMatch(
      /Relationship gap/,
    );
  });
});

describe('internal items', () => {
  it('marks a fact internal with a checkbox, shows it on the row, and undo takes it back', async () => {
    const { user, items } = await renderPane({ plan: makePlan() });
    await user.click(screen.getByRole('button', { name: /^F1 / }));
    const box = screen.getByRole('checkbox', {
      name: 'Internal — left out of the customer version',
    });
    expect(box).toHaveProperty('checked', false);
    // The keyboard's way: Space on the focused box.
    box.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(stored(items).facts[0]?.internal).toBe(true));
    expect(screen.getByRole('button', { name: /^F1 / }).textContent).toMatch(/internal$/);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect('internal' in stored(items).facts[0]!).toBe(false));
  });
});

describe('the overview and message titles', () => {
  it('keeps the summary, an ask, a key figure, the currency and a step’s message title', async () => {
    const { user, items } = await renderPane({ plan: makePlan() });
    await user.type(
      screen.getByRole('textbox', { name: /^Message title of this step/ }),
      'We know the plant',
    );
    await waitFor(() => expect(stored(items).headlines).toEqual({ '1': 'We know the plant' }));

    const current = () =>
      screen
        .getAllByRole('button', { name: /^Step \d of 6/ })
        .filter((b) => b.getAttribute('aria-current') === 'step');
    expect(current()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Overview', pressed: false }));
    expect(screen.getByRole('heading', { level: 2, name: /^Overview/ })).toBeTruthy();
    // The overview is shown, no step: the navigator marks none as the current one.
    expect(current()).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Situation' }), 'Stable buyer');
    await user.click(screen.getByRole('button', { name: 'Add an ask' }));
    await user.type(screen.getByRole('textbox', { name: 'Ask 1' }), 'Budget for the stock');
    await user.type(screen.getByRole('textbox', { name: /^Currency/ }), 'eur');
    await user.click(screen.getByRole('button', { name: 'Add a key figure' }));
    await user.type(screen.getByRole('textbox', { name: 'Figure 1: label' }), 'Revenue 2026');
    await user.type(screen.getByRole('textbox', { name: /^Figure 1: value/ }), '4.2 m €');
    await waitFor(() => {
      const plan = stored(items);
      expect(plan.summary).toEqual({ situation: 'Stable buyer', asks: ['Budget for the stock'] });
      expect(plan.account.currency).toBe('EUR');
      expect(plan.account.figures).toEqual([{ label: 'Revenue 2026', value: '4.2 m €' }]);
    });
    // The value of a top opportunity is in that currency.
    await user.click(step(3));
    await user.click(screen.getByRole('button', { name: /^O1 / }));
    await user.type(screen.getByRole('textbox', { name: 'Value (EUR)' }), '1500000');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Impact' }), 'High');
    await waitFor(() =>
      expect(stored(items).opportunities[0]).toMatchObject({ value: 1500000, impact: 'high' }),
    );
  });
});

describe('the account review', () => {
  it('ticks off actions and goals, completes the review with a snapshot, and undo removes it', async () => {
    const plan = makePlan({
      goals: [makeGoal({ baseline: '25%' })],
      actions: [
        makeAction({ id: 'A1', what: 'Long ago', due: '2020-01-01', status: 'in-progress' }),
        makeAction({ id: 'A2', what: 'Next month', due: '2099-01-01' }),
      ],
    });
    const { user, items } = await renderPane({ plan });
    await user.click(screen.getByRole('button', { name: 'Review', pressed: false }));
    expect(screen.getByRole('heading', { level: 2, name: 'Account review' })).toBeTruthy();
    // The late action stays in progress and says so.
    expect(screen.getByText(/^Late — stays "In progress"/)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of A2' }), 'Dropped');
    await user.type(screen.getByRole('textbox', { name: 'Current value of G1' }), '28%');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Traffic light of G1' }),
      'Amber — at risk',
    );
    await user.clear(screen.getByLabelText('Date of the review'));
    await user.type(screen.getByLabelText('Date of the review'), '2027-04-15');
    await user.type(
      screen.getByRole('textbox', { name: /^Participants/ }),
      'Anna Schmidt, Dr. Hoffmann',
    );
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Plant on track');
    await user.click(screen.getByRole('button', { name: 'Complete review' }));

    await waitFor(() => expect(stored(items).reviews).toHaveLength(1));
    const reviewed = stored(items);
    const review = reviewed.reviews![0]!;
    expect(review).toMatchObject({
      id: 'RV1',
      date: '2027-04-15',
      participants: ['Anna Schmidt', 'Dr. Hoffmann'],
      notes: 'Plant on track',
    });
    // The snapshot is the plan as it stood at the review, the changes made in it included.
    expect(review.snapshot?.actions[1]?.status).toBe('dropped');
    expect(review.snapshot?.goals[0]).toMatchObject({ current: '28%', rag: 'amber' });
    const past = screen.getByRole('list', { name: 'Past reviews' });
    expect(within(past).getByText(/Anna Schmidt, Dr\. Hoffmann/)).toBeTruthy();

    // What changes after it is told against its snapshot.
    expect(
      within(screen.getByRole('region', { name: /^Since the last review/ })).getByText(
        'Nothing changed.',
      ),
    ).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of A1' }), 'Done');
    const since = screen.getByRole('region', { name: /^Since the last review/ });
    expect(within(since).getByText('0 added, 0 removed, 1 changed.')).toBeTruthy();
    expect(within(since).getByText('A1: In progress → Done')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));

    // One undo takes the whole review back; the changes before it stay.
    await user.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    await waitFor(() => expect(stored(items).reviews ?? []).toEqual([]));
    expect(stored(items).actions[1]?.status).toBe('dropped');
    expect(screen.getByText('No reviews completed yet.')).toBeTruthy();
  });
});

/** The text of a .docx: its main part's runs. */
async function docxText(blob: Blob): Promise<string> {
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });
  const zip = await JSZip.loadAsync(buffer);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.endsWith('.xml'))
      .map((name) => zip.file(name)!.async('string')),
  );
  return parts.join('\n').replace(/<[^>]+>/g, '');
}

describe('the customer version', () => {
  it('renders downloads as the customer version once switched on in the plan menu', async () => {
    const rendered: { plan: Plan; options: RenderOptions | undefined }[] = [];
    const plan = makePlan({
      people: [{ id: 'P1', name: 'Dr. Hoffmann', buyingRole: 'decision-maker' }],
      facts: [
        ...makePlan().facts,
        { id: 'F3', area: 'account', text: 'Budget is frozen until May', internal: true },
      ],
    });
    const { user, saved } = await renderPane({
      plan,
      render: async (p, format, language, options) => {
        rendered.push({ plan: p, options });
        return renderPlan(p, format, language, options);
      },
    });

    // The full plan first: the risk is in the document.
    await user.click(planMenu());
    await user.click(await screen.findByRole('menuitem', { name: 'Download document (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 });
    // What the customer version must leave out, each of it in the full document.
    const leftOut = [
      'Competitor undercuts on price',
      'Competitor B cut prices',
      'Budget is frozen until May',
      'capacity guarantee tied to a three-year',
      // Our judgement of the buying centre, not the customer's business.
      'Relationship gap',
    ];
    const full = await docxText(saved[0]!.blob);
    expect(leftOut.filter((text) => !full.includes(text))).toEqual([]);

    await user.click(planMenu());
    await user.click(
      await screen.findByRole('menuitemcheckbox', { name: /^Customer version \(leaves out risks/ }),
    );
    // A ticked box keeps its menu open, as menus with checkboxes do: Escape closes it.
    if (screen.queryByRole('menu')) await user.keyboard('{Escape}');
    expect(screen.getByRole('note').textContent).toMatch(/^Customer version on/);
    await user.click(planMenu());
    expect(
      await screen.findByRole('menuitemcheckbox', { name: /^Customer version/, checked: true }),
    ).toBeTruthy();
    await user.click(await screen.findByRole('menuitem', { name: 'Download document (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 30_000 });

    // The story is asked for the customer's version of the whole plan: it cuts the plan itself.
    expect(rendered.map((r) => r.options)).toEqual([{}, { customer: true }]);
    expect(rendered[1]!.plan).toEqual(plan);
    expect(saved[1]!.name).toBe('Müller Maschinenbau AG – customer version.docx');
    const text = await docxText(saved[1]!.blob);
    expect(leftOut.filter((left) => text.includes(left))).toEqual([]);
    expect(text).toContain('Become preferred supplier for the new plant');
  }, 90_000);
});

describe('the review version', () => {
  it('downloads the review version once ticked in the plan menu', async () => {
    const asked: (RenderOptions | undefined)[] = [];
    const { user, saved } = await renderPane({
      plan: makePlan(),
      render: (p, format, language, options) => {
        asked.push(options);
        return renderPlan(p, format, language, options);
      },
    });
    const download = async (n: number) => {
      await user.click(planMenu());
      await user.click(await screen.findByRole('menuitem', { name: 'Download document (.docx)' }));
      await waitFor(() => expect(saved).toHaveLength(n), { timeout: 30_000 });
      return docxText(saved[n - 1]!.blob);
    };
    expect(await download(1)).not.toContain('Account review: what has moved');
    await user.click(planMenu());
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /^Review version/ }));
    if (screen.queryByRole('menu')) await user.keyboard('{Escape}');
    expect(await download(2)).toContain('Account review: what has moved');
    expect(asked).toEqual([{}, { review: true }]);
  }, 90_000);
});

describe('in German', () => {
  it('names the new fields and views in German', async () => {
    const { user } = await renderPane({ plan: makePlan(), language: 'de' });
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    expect(screen.getByRole('combobox', { name: 'Rolle im Buying Center' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Intern — nicht in der Kundenversion' }),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Botschaft dieses Schritts/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Überblick' }));
    expect(screen.getByRole('textbox', { name: 'Komplikation' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.getByRole('button', { name: 'Review abschließen' })).toBeTruthy();
  });
});
