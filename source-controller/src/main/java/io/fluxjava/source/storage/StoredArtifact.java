package io.fluxjava.source.storage;

import java.time.Instant;

/**
 * An artifact file written to storage: what goes into {@code status.artifact}.
 *
 * @param path the file path relative to the storage root
 * @param url the URL the artifact server serves the file at
 * @param revision the source revision the file was built from
 * @param digest {@code <algorithm>:<hex>} of the file bytes
 * @param lastUpdateTime when the file was written
 * @param size the file size in bytes
 */
public record StoredArtifact(
    String path, String url, String revision, String digest, Instant lastUpdateTime, long size) {}
