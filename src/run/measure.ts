// io-profile auto / worker-memory-mb auto in the action: read the live site's metrics when a
// site is given, and degrade to the presets with a notice or warning when they cannot be read.
import { errorMessage } from "../core/inputs/errors.js";
import type { Inputs } from "../core/inputs/inputs.js";
import { neutralize } from "../core/report/log-text.js";
import { fromObservation, notMeasured, type MeasuredInputs } from "../core/site/measured-inputs.js";
import type { AzureSite } from "./azure-session.js";

export async function measureInputs(
  azure: AzureSite | undefined,
  inputs: Inputs,
  files: ReadonlyMap<string, string>,
  plan: { readonly cores: number; readonly memoryMb: number },
): Promise<MeasuredInputs | undefined> {
  if (!inputs.ioAuto && !inputs.workerMemoryAuto) return undefined;
  const { appName, resourceGroup } = inputs.azure;
  if (!azure || !appName || !resourceGroup) {
    const set = [inputs.ioAuto && "io-profile", inputs.workerMemoryAuto && "worker-memory-mb"];
    return notMeasured(
      inputs,
      "no site was given to measure",
      `Give app-name and resource-group-name (and sign in to Azure) to measure the live site, or set ${set.filter(Boolean).join(" and ")}.`,
    );
  }
  // Metrics never fail the step: whatever goes wrong reading or measuring them ends in presets.
  try {
    return fromObservation(
      await azure.observe({ window: inputs.metricsWindow, files, ...plan }),
      inputs,
    );
  } catch (error) {
    return notMeasured(
      inputs,
      `the site's metrics could not be read (${neutralize(errorMessage(error))})`,
      "Reading metrics needs the Reader or Monitoring Reader role on the site.",
      "warning",
    );
  }
}
