package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.LoaderOptions;

/** The YAML mapper for Helm documents (index.yaml, Chart.yaml, values), without size caps. */
final class HelmYaml {

  /** Shared, thread-safe once configured. */
  static final ObjectMapper MAPPER = create();

  private HelmYaml() {}

  private static ObjectMapper create() {
    // SnakeYAML's default 3 MB code point limit would reject real repository indexes; the size
    // is bounded by --helm-index-max-size before parsing instead.
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Integer.MAX_VALUE);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();
    return new ObjectMapper(factory)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }
}
