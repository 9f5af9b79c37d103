// The one adapter over App Service's ARM API: read and write the startup command, read the plan.
// Writes PATCH `appCommandLine` alone: a PUT, or sending the whole config back, resets or breaks
// the site's other settings (../shared/AZURE-NOTES.md).
import { WebSiteManagementClient, type Site } from "@azure/arm-appservice";
import type { TokenCredential } from "@azure/identity";
import { GUNICORN_SETTINGS, type AppSettings } from "../core/command/startup-plan.js";
import { explain } from "./explain.js";
import { armClientOptions, boundedCalls, DEFAULT_LIMITS, type CallLimits } from "./limits.js";

export interface SiteRef {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly slot: string;
}

export interface SiteConfig {
  readonly appCommandLine: string;
  readonly linuxFxVersion: string;
  /** The site's health check path; "" when none is set. */
  readonly healthCheckPath: string;
}

export interface PlanInfo {
  readonly name: string;
  readonly sku: string;
  readonly instances: number | undefined;
  readonly sites: number | undefined;
  /** The most instances the plan can scale to. */
  readonly maxWorkers: number | undefined;
}

export class AzureCallError extends Error {
  override name = "AzureCallError";
}

const SERVER_FARM_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Web\/serverfarms\/([^/]+)$/i;

export class AppService {
  private readonly client: WebSiteManagementClient;
  private readonly bounded: ReturnType<typeof boundedCalls>;
  private productionRead: Promise<Site> | undefined;
  private slotRead: Promise<Site> | undefined;

  constructor(
    credential: TokenCredential,
    readonly site: SiteRef,
    endpoint: string,
    limits: CallLimits = DEFAULT_LIMITS,
  ) {
    this.client = new WebSiteManagementClient(
      credential,
      site.subscriptionId,
      armClientOptions(endpoint, limits),
    );
    this.bounded = boundedCalls(limits);
  }

  describe(): string {
    const slot = this.site.slot ? ` (slot ${this.site.slot})` : "";
    return `web app ${this.site.name}${slot} in resource group ${this.site.resourceGroup}`;
  }

  async readStartupCommand(): Promise<SiteConfig> {
    const { resourceGroup, name, slot } = this.site;
    const config = await this.call("read the configuration of", "Reader", () =>
      slot
        ? this.client.webApps.getConfigurationSlot(resourceGroup, name, slot, this.bounded())
        : this.client.webApps.getConfiguration(resourceGroup, name, this.bounded()),
    );
    return {
      appCommandLine: config.appCommandLine ?? "",
      linuxFxVersion: config.linuxFxVersion ?? "",
      healthCheckPath: config.healthCheckPath ?? "",
    };
  }

  /**
   * The app settings gunicorn and Oryx read, and nothing else: the rest may hold secrets, so
   * their values are dropped here, before anything can print them.
   */
  async readGunicornSettings(): Promise<AppSettings> {
    const { resourceGroup, name, slot } = this.site;
    const all = await this.call("read the app settings of", "Website Contributor", () =>
      slot
        ? this.client.webApps.listApplicationSettingsSlot(resourceGroup, name, slot, this.bounded())
        : this.client.webApps.listApplicationSettings(resourceGroup, name, this.bounded()),
    );
    const settings: AppSettings = {};
    for (const key of GUNICORN_SETTINGS) {
      const value = all.properties?.[key];
      if (value !== undefined) settings[key] = value;
    }
    return settings;
  }

  async writeStartupCommand(command: string): Promise<void> {
    const { resourceGroup, name, slot } = this.site;
    await this.call("update the startup command of", "Website Contributor", () =>
      slot
        ? this.client.webApps.updateConfigurationSlot(
            resourceGroup,
            name,
            slot,
            { appCommandLine: command },
            this.bounded(),
          )
        : this.client.webApps.updateConfiguration(
            resourceGroup,
            name,
            { appCommandLine: command },
            this.bounded(),
          ),
    );
  }

  /** Where the site (or slot) answers: <site>.azurewebsites.net, <site>-<slot>.… for a slot. */
  async readHostName(): Promise<string> {
    const site = await this.siteOrSlot();
    if (!site.defaultHostName)
      throw new AzureCallError(`${this.describe()} has no default host name: set site-url.`);
    return site.defaultHostName;
  }

  /** The site's SCM (Kudu) address: the host name ARM lists with hostType Repository. */
  async readScmOrigin(): Promise<string> {
    const site = await this.siteOrSlot();
    const scm = site.hostNameSslStates?.find((h) => h.hostType === "Repository")?.name;
    if (!scm) throw new AzureCallError(`${this.describe()} lists no SCM (Kudu) host name.`);
    return `https://${scm}`;
  }

  /** The site's (or slot's) resource id, for Azure Monitor, and its plan's. */
  async resourceIds(): Promise<{ site: string; plan: string }> {
    const site = await this.production();
    const id = site.id ?? "";
    const { slot } = this.site;
    return { site: slot ? `${id}/slots/${slot}` : id, plan: site.serverFarmId ?? "" };
  }

  /** The plan the site runs on: its server farm may live in another resource group. */
  async readPlan(): Promise<PlanInfo> {
    const site = await this.production();
    const match = site.serverFarmId?.match(SERVER_FARM_ID);
    if (!match)
      throw new AzureCallError(
        `${this.describe()} has no App Service plan id (serverFarmId ${JSON.stringify(site.serverFarmId ?? "")}).`,
      );
    const [, planGroup, planName] = match;
    const plan = await this.call(`read the plan ${planName} of`, "Reader", () =>
      this.client.appServicePlans.get(planGroup!, planName!, this.bounded()),
    );
    return {
      name: planName!,
      sku: plan.sku?.name ?? "",
      instances: plan.sku?.capacity,
      sites: plan.numberOfSites,
      maxWorkers: plan.maximumNumberOfWorkers,
    };
  }

  /**
   * The site resource, read once per run: its ids, plan and host names do not change while the
   * step runs, and several steps ask for them.
   */
  private production(): Promise<Site> {
    const { resourceGroup, name } = this.site;
    this.productionRead ??= this.call("read", "Reader", () =>
      this.client.webApps.get(resourceGroup, name, this.bounded()),
    );
    return this.productionRead;
  }

  /** The slot's resource when a slot is configured, else the site's. */
  private siteOrSlot(): Promise<Site> {
    const { resourceGroup, name, slot } = this.site;
    if (!slot) return this.production();
    this.slotRead ??= this.call("read", "Reader", () =>
      this.client.webApps.getSlot(resourceGroup, name, slot, this.bounded()),
    );
    return this.slotRead;
  }

  private async call<T>(what: string, role: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new AzureCallError(
        explain(error, `${what} ${this.describe()}`, {
          role,
          notFound: `Check app-name, resource-group-name, slot-name and subscription-id (${this.site.subscriptionId}).`,
        }),
      );
    }
  }
}
