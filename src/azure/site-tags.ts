// The one adapter over Azure's Tags API for the site: merge our own tags, never touching the
// others. A Merge PATCH of `…/providers/Microsoft.Resources/tags/default` adds or updates the
// named tags only, and a tag write does not restart the app (../shared/AZURE-NOTES.md).
import { ResourceManagementClient } from "@azure/arm-resources";
import type { TokenCredential } from "@azure/identity";
import { explain } from "./explain.js";
import { armClientOptions, boundedCalls, DEFAULT_LIMITS, type CallLimits } from "./limits.js";

export class SiteTags {
  private readonly client: ResourceManagementClient;
  private readonly bounded: ReturnType<typeof boundedCalls>;

  constructor(
    credential: TokenCredential,
    subscriptionId: string,
    endpoint: string,
    limits: CallLimits = DEFAULT_LIMITS,
  ) {
    this.client = new ResourceManagementClient(
      credential,
      subscriptionId,
      armClientOptions(endpoint, limits),
    );
    this.bounded = boundedCalls(limits);
  }

  async read(resourceId: string): Promise<Record<string, string>> {
    try {
      const found = await this.client.tagsOperations.getAtScope(
        resourceId.replace(/^\//, ""),
        this.bounded(),
      );
      return { ...(found.properties?.tags ?? {}) };
    } catch (error) {
      throw new Error(
        explain(error, "read the site's tags", {
          role: "Reader",
          notFound: "Check app-name and resource-group-name.",
        }),
      );
    }
  }

  async merge(resourceId: string, tags: Record<string, string>): Promise<void> {
    try {
      await this.client.tagsOperations.updateAtScope(
        resourceId.replace(/^\//, ""),
        { operation: "Merge", properties: { tags } },
        { ...this.bounded(), updateIntervalInMs: 2000 },
      );
    } catch (error) {
      throw new Error(
        explain(error, "record the change in the site's tags", {
          role: "Tag Contributor (or Website Contributor)",
          notFound: "Check app-name and resource-group-name.",
        }),
      );
    }
  }
}
