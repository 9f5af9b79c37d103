// CPU seconds for a site whose CpuTime has no data. CpuTime is documented for web apps but not
// every Linux site may report it (../shared/AZURE-NOTES.md). The plan's CpuPercentage, split by
// instance, counts every app on the plan, so it stands in only for a site alone on its plan.
import type { InstanceInterval, SiteSeries } from "./site-metrics.js";

export interface PlanCpuPoint {
  readonly instance: string;
  readonly at: number;
  readonly percent: number;
}

export const PLAN_CPU_SOURCE =
  "the plan's CpuPercentage per instance, as the site reports no CpuTime and is alone on its plan";

/** Whether the site's own CPU is missing, so the plan's is worth reading. */
export function needsPlanCpu(series: SiteSeries): boolean {
  return (series.missing ?? []).some((m) => m.metric === "CpuTime");
}

/** CPU seconds = the instance's CPU share × the plan's vCPUs × the interval. */
export function withPlanCpu(
  series: SiteSeries,
  plan: readonly PlanCpuPoint[],
  cores: number,
): SiteSeries {
  const share = new Map(plan.map((p) => [`${p.instance.toLowerCase()}|${p.at}`, p.percent]));
  let filled = 0;
  const points = series.points.map((p): InstanceInterval => {
    if (p.cpuSeconds !== undefined) return p;
    const percent = share.get(`${p.instance.toLowerCase()}|${p.at}`);
    if (percent === undefined) return p;
    filled++;
    return { ...p, cpuSeconds: (percent / 100) * cores * series.intervalSeconds };
  });
  return filled === 0 ? series : { ...series, points, cpuFrom: PLAN_CPU_SOURCE };
}
