package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fluxjava.api.CrdConventions;
import io.fluxjava.api.FluxGroups;

/** A notification destination: chat, Git commit status, alert manager or webhook. */
// plain bean deserialization: the inherited KubernetesDeserializer would yield a
// GenericKubernetesResource for kinds not registered with the client
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@Group(FluxGroups.NOTIFICATION)
@Version("v1beta3")
@Kind("Provider")
@Plural("providers")
@Categories({
  CrdConventions.CATEGORY_ALL,
  CrdConventions.CATEGORY_FLUXCD,
  CrdConventions.CATEGORY_NOTIFICATIONS
})
@Annotations(CrdConventions.SUBSTITUTE_DISABLED)
@AdditionalPrinterColumn(
    name = CrdConventions.AGE,
    jsonPath = CrdConventions.AGE_PATH,
    type = Type.DATE)
public class Provider extends CustomResource<ProviderSpec, Void> implements Namespaced {}
