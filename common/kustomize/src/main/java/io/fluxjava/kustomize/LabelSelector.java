package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A Kubernetes label selector string ("a=b,c!=d,e in (x,y),!f,g") as a predicate on a map. */
final class LabelSelector {

  private final List<Predicate<Map<String, String>>> requirements;

  private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
    this.requirements = requirements;
  }

  static LabelSelector parse(String text) {
    List<Predicate<Map<String, String>>> reqs = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String term : splitTerms(text)) {
        reqs.add(requirement(term.trim()));
      }
    }
    return new LabelSelector(reqs);
  }

  boolean matches(Map<String, String> labels) {
    return requirements.stream().allMatch(r -> r.test(labels));
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        terms.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    terms.add(current.toString());
    return terms;
  }

  private static Predicate<Map<String, String>> requirement(String term) {
    String[] setOps = {" notin ", " in "};
    for (String op : setOps) {
      int i = term.indexOf(op);
      if (i > 0) {
        String key = term.substring(0, i).trim();
        String list = term.substring(i + op.length()).trim();
        Set<String> values =
            Arrays.stream(list.substring(1, list.length() - 1).split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        boolean negate = op.equals(" notin ");
        return labels ->
            negate
                ? !labels.containsKey(key) || !values.contains(labels.get(key))
                : labels.containsKey(key) && values.contains(labels.get(key));
      }
    }
    if (term.contains("!=")) {
      String[] kv = term.split("!=", 2);
      return labels -> !kv[1].trim().equals(labels.get(kv[0].trim()));
    }
    if (term.contains("=")) {
      String[] kv = term.split("==?", 2);
      return labels -> kv[1].trim().equals(labels.get(kv[0].trim()));
    }
    if (term.startsWith("!")) {
      String key = term.substring(1).trim();
      return labels -> !labels.containsKey(key);
    }
    return labels -> labels.containsKey(term);
  }
}
