package io.fluxjava.source.git;

/**
 * A checked-out commit.
 *
 * @param revision upstream's revision string, such as {@code main@sha1:<hex>}
 * @param commitId the commit hex
 * @param subject the first line of the commit message (for the NewArtifact event)
 * @param verification what signature verification found, or null when not requested
 */
public record CheckoutResult(
    String revision, String commitId, String subject, String verification) {}
