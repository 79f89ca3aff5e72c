package io.fluxjava.notification.receivers;

import java.util.Map;
import java.util.Optional;

/** Receiver {@code spec.type} values and their validators. */
public final class ReceiverTypes {

  public static final String GENERIC = "generic";
  public static final String GENERIC_HMAC = "generic-hmac";
  public static final String GITHUB = "github";
  public static final String GITLAB = "gitlab";
  public static final String BITBUCKET = "bitbucket";
  public static final String HARBOR = "harbor";
  public static final String DOCKERHUB = "dockerhub";
  public static final String QUAY = "quay";
  public static final String GCR = "gcr";
  public static final String NEXUS = "nexus";
  public static final String ACR = "acr";
  public static final String CDEVENTS = "cdevents";

  private static final Map<String, ReceiverValidator> VALIDATORS =
      Map.ofEntries(
          Map.entry(GENERIC, new GenericValidator()),
          Map.entry(GENERIC_HMAC, new GenericHmacValidator()),
          Map.entry(GITHUB, new GitHubValidator()),
          Map.entry(GITLAB, new GitLabValidator()),
          Map.entry(BITBUCKET, new BitbucketValidator()),
          Map.entry(HARBOR, new HarborValidator()),
          Map.entry(DOCKERHUB, new JsonPayloadValidator("DockerHub")),
          Map.entry(QUAY, new JsonPayloadValidator("Quay")),
          Map.entry(GCR, new GcrValidator()),
          Map.entry(NEXUS, new NexusValidator()),
          Map.entry(ACR, new JsonPayloadValidator("ACR")),
          Map.entry(CDEVENTS, new CdEventsValidator()));

  private ReceiverTypes() {}

  /** The validator of a type, empty for an unknown type. */
  public static Optional<ReceiverValidator> validator(String type) {
    return Optional.ofNullable(VALIDATORS.get(type));
  }
}
