package io.fluxjava.runtime.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fluxjava.testkit.InMemoryApiServer;

/** An in-memory API server serving the {@link TestWidget} CRD with its status subresource. */
public final class TestWidgetApi {

  private TestWidgetApi() {}

  /**
   * Starts the server and creates the CRD through the apiextensions API, as a cluster admin would.
   */
  public static InMemoryApiServer start() {
    InMemoryApiServer api = InMemoryApiServer.start();
    CustomResourceDefinition crd =
        CustomResourceDefinitionContext.v1CRDFromCustomResourceType(TestWidget.class)
            .editSpec()
            .editFirstVersion()
            .withNewSubresources()
            .withNewStatus()
            .endStatus()
            .endSubresources()
            .endVersion()
            .endSpec()
            .build();
    api.client().apiextensions().v1().customResourceDefinitions().resource(crd).create();
    return api;
  }
}
