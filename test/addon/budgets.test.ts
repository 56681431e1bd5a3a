// Asserts the call and flush budgets of each action on the strict fake (the figures `npm run bench` prints), and that
// no action's calls grow with the number of households.
import { ACTIONS, BUDGETS, measure } from "../../bench/measure";

describe("60 thôn inside Apps Script's six minutes", () => {
  const sixty = measure(60, 10);

  test.each(ACTIONS.filter((action) => BUDGETS[action] !== null))("%s stays within its budget at 60 thôn", (action) => {
    const budget = BUDGETS[action];
    const measured = sixty.actions[action];
    if (!budget || !measured) throw new Error(`no measurement for ${action}`);
    expect({ action, calls: measured.calls <= budget.calls(60), flushes: measured.flushes <= budget.flushes }).toEqual({ action, calls: true, flushes: true });
  });

  test("every action's estimated time is under 90 s, and the sidebar's overview under 10 s", () => {
    for (const action of ACTIONS) expect({ action, fast: (sixty.actions[action]?.seconds ?? Infinity) < 90 }).toEqual({ action, fast: true });
    expect(sixty.actions["sidebar overview"]?.seconds).toBeLessThan(10);
  });

  test("no action makes more calls for 1,500 households per thôn than for 10", () => {
    const few = measure(3, 10).actions;
    const many = measure(3, 1500).actions;
    // Sizing a new sheet is one call either way: growing it (many households) or trimming it (few) with a look first.
    for (const action of ACTIONS) expect({ action, grows: (many[action]?.calls ?? 0) > (few[action]?.calls ?? 0) }).toEqual({ action, grows: false });
    expect(many["check"]?.calls).toBe(few["check"]?.calls);
  });

  test("the workbook stays far from Sheets' 10,000,000 cells", () => {
    expect(measure(60, 1500).cells).toBeLessThan(5_000_000);
  });
});
