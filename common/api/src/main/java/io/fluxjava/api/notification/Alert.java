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

/** Forwards events of selected Flux objects to a Provider. */
// plain bean deserialization: the inherited KubernetesDeserializer would yield a
// GenericKubernetesResource for kinds not registered with the client
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@Group(FluxGroups.NOTIFICATION)
@Version("v1beta3")
@Kind("Alert")
@Plural("alerts")
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
public class Alert extends CustomResource<AlertSpec, Void> implements Namespaced {}
