package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.generator.annotation.Default;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fluxjava.api.CrdConventions;
import io.fluxjava.api.FluxGroups;
import io.fluxjava.api.FluxObject;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;

/** An object storage bucket whose objects source-controller stores as an artifact. */
// plain bean deserialization: the inherited KubernetesDeserializer would yield a
// GenericKubernetesResource for kinds not registered with the client
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@Group(FluxGroups.SOURCE)
@Version("v1")
@Kind("Bucket")
@Plural("buckets")
@Categories({
  CrdConventions.CATEGORY_ALL,
  CrdConventions.CATEGORY_FLUXCD,
  CrdConventions.CATEGORY_SOURCES
})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(name = "Endpoint", jsonPath = ".spec.endpoint", type = Type.STRING)
@AdditionalPrinterColumn(
    name = CrdConventions.AGE,
    jsonPath = CrdConventions.AGE_PATH,
    type = Type.DATE)
@AdditionalPrinterColumn(
    name = CrdConventions.READY,
    jsonPath = CrdConventions.READY_PATH,
    type = Type.STRING)
@AdditionalPrinterColumn(
    name = CrdConventions.STATUS,
    jsonPath = CrdConventions.STATUS_PATH,
    type = Type.STRING)
public class Bucket extends CustomResource<BucketSpec, BucketStatus>
    implements Namespaced, FluxObject<BucketSpec, BucketStatus>, ArtifactSource {

  /** Declares the CRD schema default of status; the value itself is kept as is. */
  @Override
  @JsonProperty("status")
  @Default(ReconcileStatus.CRD_DEFAULT)
  public BucketStatus getStatus() {
    return super.getStatus();
  }

  @Override
  public BucketStatus newStatus() {
    return new BucketStatus();
  }

  @Override
  public Artifact artifact() {
    return getStatus() == null ? null : getStatus().getArtifact();
  }
}
