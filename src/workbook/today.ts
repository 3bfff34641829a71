/** Today by the planner's clock, 2026-04-20: the day an approval is dated and actuals' age is measured to. */
export function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
