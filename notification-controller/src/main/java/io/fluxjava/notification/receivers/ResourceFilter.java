package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Receiver's {@code spec.resourceFilter}: a boolean CEL expression over {@code res} (the
 * resource's {@code apiVersion}, {@code kind} and {@code metadata}) and {@code req} (the JSON body
 * of the webhook call, empty when the call is not JSON) deciding whether a resource is reconciled.
 */
public final class ResourceFilter {

  private static final Cel CEL = environment();

  // CEL has 64-bit integers only, so JSON numbers are read as long (and double)
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final String expression;
  private final CelRuntime.Program program;

  private ResourceFilter(String expression, CelRuntime.Program program) {
    this.expression = expression;
    this.program = program;
  }

  /**
   * Compiles the expression.
   *
   * @throws IllegalArgumentException when it does not parse or type-check
   */
  public static ResourceFilter compile(String expression) {
    try {
      CelAbstractSyntaxTree ast = CEL.compile(expression).getAst();
      if (!ast.getResultType().equals(SimpleType.BOOL)
          && !ast.getResultType().equals(SimpleType.DYN)) {
        throw new IllegalArgumentException(
            "the CEL expression '" + expression + "' does not return a boolean value");
      }
      return new ResourceFilter(expression, CEL.createProgram(ast));
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalArgumentException(
          "failed to parse the CEL expression '" + expression + "': " + e.getMessage(), e);
    }
  }

  /**
   * The filter for one webhook call, whose JSON body is {@code req}.
   *
   * @throws IllegalArgumentException when the call says it is JSON but its body does not parse
   */
  public Predicate<GenericKubernetesResource> forCall(WebhookRequest request) {
    Map<String, Object> body = request.isJson() ? parse(request.body()) : Map.of();
    return resource -> accepts(resource, body);
  }

  // as upstream, the expression sees the object's metadata only, not its spec or status
  private boolean accepts(GenericKubernetesResource resource, Map<String, Object> body) {
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("apiVersion", resource.getApiVersion());
    res.put("kind", resource.getKind());
    res.put("metadata", JSON.convertValue(resource.getMetadata(), OBJECT));
    Object result;
    try {
      result = program.eval(Map.of("res", res, "req", body));
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(
          "failed to evaluate the CEL expression '" + expression + "': " + e.getMessage(), e);
    }
    if (result instanceof Boolean accepted) {
      return accepted;
    }
    throw new IllegalStateException(
        "the CEL expression '" + expression + "' did not return a boolean value");
  }

  private static Map<String, Object> parse(byte[] body) {
    try {
      return JSON.readValue(body, OBJECT);
    } catch (IOException e) {
      throw new IllegalArgumentException("failed to parse request body as JSON", e);
    }
  }

  private static Cel environment() {
    CelOptions options = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    return CelFactory.standardCelBuilder()
        .setOptions(options)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addCompilerLibraries(CelExtensions.strings())
        .addRuntimeLibraries(CelExtensions.strings())
        .addVar("res", SimpleType.DYN)
        .addVar("req", SimpleType.DYN)
        .build();
  }
}
