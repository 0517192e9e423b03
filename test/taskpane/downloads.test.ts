// What a download is made of: the story gets the whole plan and is told which version to tell;
// the plan that leaves the pane as text is cut to the customer's version when that was chosen.
import { customerSafe } from '../../src/plan/customerSafe';
import { downloadOf, FULL_PLAN } from '../../src/taskpane/state/downloads';
import { makePlan } from '../builders';

describe('a download', () => {
  const plan = makePlan();

  it('is the whole plan, told as it is, unless a version was chosen', () => {
    expect(downloadOf(plan, FULL_PLAN)).toEqual({ plan, options: {}, handed: plan });
  });

  it('hands on only the customer-safe plan as text, and asks the story for both versions', () => {
    const download = downloadOf(plan, { customer: true, review: true });
    expect(download.plan).toBe(plan);
    expect(download.options).toEqual({ customer: true, review: true });
    expect(download.handed).toEqual(customerSafe(plan));
    expect(download.handed.risks).toEqual([]);
    expect(plan.risks).not.toEqual([]);
  });
});
