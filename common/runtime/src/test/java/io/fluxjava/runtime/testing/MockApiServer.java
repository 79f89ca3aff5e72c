package io.fluxjava.runtime.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;

/**
 * fabric8's mock API server in CRUD mode on loopback, with the {@link TestWidget} CRD created
 * through the apiextensions API so that its status subresource behaves like a real one.
 */
public final class MockApiServer implements AutoCloseable {

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  public MockApiServer() {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    try {
      server.init(InetAddress.getByName("127.0.0.1"), 0);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    client = server.createClient();
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
    client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
  }

  public KubernetesClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
