package io.fluxjava.helm.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One revision of a Helm release, field for field as Helm 3 serialises it into its storage Secret,
 * so that {@code helm list}, {@code helm history} and {@code helm get values} read it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredRelease(
    String name,
    Info info,
    Chart chart,
    Map<String, Object> config,
    String manifest,
    List<Hook> hooks,
    int version,
    String namespace) {

  /** Helm's release statuses, as the strings Helm writes. */
  public static final String DEPLOYED = "deployed";

  public static final String FAILED = "failed";
  public static final String SUPERSEDED = "superseded";
  public static final String UNINSTALLED = "uninstalled";
  public static final String PENDING_INSTALL = "pending-install";
  public static final String PENDING_UPGRADE = "pending-upgrade";
  public static final String PENDING_ROLLBACK = "pending-rollback";

  /** When and how the revision was deployed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Info(
      @JsonProperty("first_deployed") String firstDeployed,
      @JsonProperty("last_deployed") String lastDeployed,
      String deleted,
      String description,
      String status,
      String notes) {}

  /** The chart the revision was rendered from: metadata, templates and default values. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Chart(
      Map<String, Object> metadata,
      List<ChartFile> templates,
      Map<String, Object> values,
      List<ChartFile> files) {

    public String name() {
      return String.valueOf(metadata.get("name"));
    }

    public String version() {
      return String.valueOf(metadata.get("version"));
    }

    /** The chart's appVersion, or empty. */
    public String appVersion() {
      Object value = metadata.get("appVersion");
      return value == null ? "" : value.toString();
    }
  }

  /** A file of the chart; Helm stores the bytes base64-encoded. */
  public record ChartFile(String name, byte[] data) {}

  /** A hook of the revision and how its last run went. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hook(
      String name,
      String kind,
      String path,
      String manifest,
      List<String> events,
      @JsonProperty("last_run") HookRun lastRun,
      int weight,
      @JsonProperty("delete_policies") List<String> deletePolicies) {

    public Hook withLastRun(HookRun run) {
      return new Hook(name, kind, path, manifest, events, run, weight, deletePolicies);
    }
  }

  /** Helm's record of one hook execution (phase Running, Succeeded or Failed). */
  public record HookRun(
      @JsonProperty("started_at") String startedAt,
      @JsonProperty("completed_at") String completedAt,
      String phase) {}

  public String status() {
    return info.status();
  }

  /** This revision with another status and description (Helm rewrites both on supersede/fail). */
  public StoredRelease withStatus(String status, String description) {
    return new StoredRelease(
        name,
        new Info(
            info.firstDeployed(),
            info.lastDeployed(),
            info.deleted(),
            description,
            status,
            info.notes()),
        chart,
        config,
        manifest,
        hooks,
        version,
        namespace);
  }

  /** This revision marked deleted at {@code when} with the given status. */
  public StoredRelease withDeleted(String when, String status, String description) {
    return new StoredRelease(
        name,
        new Info(
            info.firstDeployed(), info.lastDeployed(), when, description, status, info.notes()),
        chart,
        config,
        manifest,
        hooks,
        version,
        namespace);
  }

  public StoredRelease withHooks(List<Hook> newHooks) {
    return new StoredRelease(name, info, chart, config, manifest, newHooks, version, namespace);
  }

  /** True while an operation holds the release (Helm refuses new operations then). */
  public boolean isPending() {
    return status().startsWith("pending-");
  }
}
