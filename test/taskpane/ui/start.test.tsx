/** @jest-environment jsdom */
// A new user's first minute, in jsdom: a new plan from four fields, the first fact, undo, and the
// plan kept in the browser.
import { screen, waitFor, within } from '@testing-library/react';
import { readEnvelopeText } from '../../../src/plan/envelope';
import { PLAN_KEY } from '../../../src/taskpane/session/browserStore';
import { renderPane } from './render';

function stored(items: Map<string, string>) {
  const read = readEnvelopeText(items.get(PLAN_KEY) ?? '');
  if (!read.ok) throw new Error('no plan kept in the browser');
  return read.envelope.plan;
}

describe('starting a plan', () => {
  it('asks for the account, refuses an empty name, and starts on step 1', async () => {
    const { user, items } = await renderPane();
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(screen.getByText('Please enter the account’s name.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Account/ })).toBe(document.activeElement);
    await user.type(screen.getByRole('textbox', { name: /^Account/ }), 'Northwind Health');
    await user.type(screen.getByRole('textbox', { name: 'Plan owner' }), 'Sam Lee');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the plan' }), 'de');
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Northwind Health' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Collect data' })).toBeTruthy();
    await waitFor(() => expect(items.has(PLAN_KEY)).toBe(true));
    const plan = stored(items);
    expect(plan.account).toMatchObject({
      name: 'Northwind Health',
      planOwner: 'Sam Lee',
      language: 'de',
    });
    expect(plan.account.periodStart).toMatch(/^\d{4}-04-01$/);
  });

  it('adds a fact with its text and source, says it is data swamp, and undoes', async () => {
    const { user, items } = await renderPane();
    await user.type(screen.getByRole('textbox', { name: /^Account/ }), 'Northwind');
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    await user.click(screen.getByRole('button', { name: 'Add a fact on “Market”' }));
    const text = screen.getByRole('textbox', { name: 'What we know' });
    expect(document.activeElement).toBe(text);
    await user.keyboard('Hospitals merge into groups');
    await user.type(screen.getByRole('textbox', { name: 'Source' }), 'Trade press');
    // The row names the fact by its label, as the documents will.
    const row = screen.getByRole('button', {
      name: /^F1 Hospitals merge into groups — Trade press/,
    });
    expect(row.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(
        screen.getByText(/Fact F1 “Hospitals merge into groups” is cited by no so-what/),
      ).toBeTruthy(),
    );
    await waitFor(() =>
      expect(stored(items).facts).toEqual([
        { id: 'F1', area: 'market', text: 'Hospitals merge into groups', source: 'Trade press' },
      ]),
    );
    // Ctrl+Z takes the typing back as whole steps: first the source, then the text.
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('textbox', { name: 'Source' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: 'What we know' })).toHaveProperty(
      'value',
      'Hospitals merge into groups',
    );
    await user.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    expect(screen.getByRole('textbox', { name: 'What we know' })).toHaveProperty('value', '');
    await user.keyboard('{Control>}y{/Control}');
    expect(screen.getByRole('textbox', { name: 'What we know' })).toHaveProperty(
      'value',
      'Hospitals merge into groups',
    );
    const nav = screen.getByRole('navigation', { name: 'The six steps' });
    expect(
      within(nav).getByRole('button', {
        name: /^Step 1 of 6, Collect data, in progress, 1 warning/,
      }),
    ).toBeTruthy();
  });
});
