// Tests that every deadline phrase the plans use parses to the right day, and that tasks get the right labels.
import { criterionTiming, parseDeadline, taskFlag } from "../../src/domain/deadlines";
import { TASK_STATUS } from "../../src/domain/messages";

const parse = (phrase: string) => parseDeadline(phrase, 2024);

describe("deadline phrases as the plans write them", () => {
  test.each([
    ["30/04/2021", "2021-04-30"],
    ["30/4/2021", "2021-04-30"],
    ["ngày 30/4/2021", "2021-04-30"],
    ["tháng 8/2024", "2024-08-31"],
    ["trong tháng 10/2024", "2024-10-31"],
    ["tháng 7 /2024", "2024-07-31"],
    ["tháng 04/ 2024", "2024-04-30"],
    ["tháng 2/2024", "2024-02-29"],
    ["quý I/2024", "2024-03-31"],
    ["quý II/2024", "2024-06-30"],
    ["quý III/2024", "2024-09-30"],
    ["quý IV/2024", "2024-12-31"],
    ["quý 4/2024", "2024-12-31"],
    ["trong quý III/2024", "2024-09-30"],
    ["trước 30/9", "2024-09-30"],
    ["trước tháng 6/2024", "2024-05-31"],
    ["trước tháng 1/2024", "2023-12-31"],
    ["trước 11/2024", "2024-10-31"],
    ["trước tháng 8/ 2024", "2024-07-31"],
    ["trước tháng 9 năm 2024", "2024-08-31"],
    ["quý 4 năm 2024", "2024-12-31"],
    ["  Tháng 8/2024. ", "2024-08-31"],
  ])("%s is %s", (phrase, expected) => {
    expect(parse(phrase)).toBe(expected);
  });

  test("a date cell is its own date", () => {
    expect(parseDeadline({ date: "2026-01-30" }, 2026)).toBe("2026-01-30");
  });

  test("day/month without a year takes the campaign's year", () => {
    expect(parseDeadline("trước 30/9", 2023)).toBe("2023-09-30");
  });

  test.each(["31/02/2026", "sau Tết", "quý V/2024", "tháng 13/2024", "30/4/21", "", "asap", "15/2026"])(
    "%s is not a deadline (no guess)",
    (phrase) => {
      expect(parse(phrase)).toBeNull();
    },
  );

  test("numbers and booleans are not deadlines", () => {
    expect(parseDeadline(45000, 2026)).toBeNull();
    expect(parseDeadline(true, 2026)).toBeNull();
  });
});

describe("task labels in Vietnam time", () => {
  const open = { status: TASK_STATUS.doing, completedOn: null } as const;

  test("a task due 30/01/2026, not done, on 05/02/2026 is six days overdue", () => {
    expect(taskFlag({ ...open, deadline: "2026-01-30" }, "2026-02-05")).toBe("Quá hạn 6 ngày");
  });

  test("on its deadline a task is due soon, not overdue", () => {
    expect(taskFlag({ ...open, deadline: "2026-02-05" }, "2026-02-05")).toBe("Sắp đến hạn");
  });

  test("three days before the deadline is due soon; four is not", () => {
    expect(taskFlag({ ...open, deadline: "2026-02-08" }, "2026-02-05")).toBe("Sắp đến hạn");
    expect(taskFlag({ ...open, deadline: "2026-02-09" }, "2026-02-05")).toBe("");
  });

  test("a task with no status yet counts as not done", () => {
    expect(taskFlag({ deadline: "2026-01-27", status: null, completedOn: null }, "2026-01-28")).toBe("Quá hạn 1 ngày");
  });

  test("done after the deadline is done late; done on time has no label", () => {
    const done = { status: TASK_STATUS.done, deadline: "2026-01-27" } as const;
    expect(taskFlag({ ...done, completedOn: "2026-01-29" }, "2026-02-05")).toBe("Hoàn thành trễ hạn");
    expect(taskFlag({ ...done, completedOn: "2026-01-27" }, "2026-02-05")).toBe("");
  });

  test("no deadline, no label", () => {
    expect(taskFlag({ ...open, deadline: null }, "2026-02-05")).toBe("");
  });
});

describe("a criterion tracked like a task", () => {
  const criterion = { owner: "Công chức Địa chính", deadline: "2024-03-31", status: "Chưa đạt" };
  const flag = (row: typeof criterion, today: string) => {
    const timing = criterionTiming(row);
    return timing === null ? null : taskFlag(timing, today);
  };

  test("past its deadline and not achieved, it is overdue by the days since", () => {
    expect(flag(criterion, "2024-10-15")).toBe("Quá hạn 198 ngày");
    expect(flag(criterion, "2024-03-29")).toBe("Sắp đến hạn");
  });

  test("achieved (Đạt) it carries no label: with no completion date, 'Hoàn thành trễ hạn' never applies to it", () => {
    expect(flag({ ...criterion, status: "Đạt" }, "2024-10-15")).toBe("");
  });

  test("without an owner, or with the owner still to fill in, or without a deadline, it is not tracked", () => {
    expect(flag({ ...criterion, owner: null as unknown as string }, "2024-10-15")).toBeNull();
    expect(flag({ ...criterion, owner: "(cần bổ sung)" }, "2024-10-15")).toBeNull();
    expect(flag({ ...criterion, deadline: null as unknown as string }, "2024-10-15")).toBeNull();
  });
});
