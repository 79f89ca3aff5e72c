package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.InvolvedObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Decides whether an Alert forwards an event: sources, severity, inclusion and exclusion. */
public final class AlertMatcher {

  private static final String ANY_NAME = "*";

  private final boolean noCrossNamespaceRefs;
  private final LabelLookup labelLookup;
  private final ConcurrentMap<String, Pattern> patterns = new ConcurrentHashMap<>();

  public AlertMatcher(boolean noCrossNamespaceRefs, LabelLookup labelLookup) {
    this.noCrossNamespaceRefs = noCrossNamespaceRefs;
    this.labelLookup = labelLookup;
  }

  /** True when the (unsuspended) alert forwards the event. */
  public boolean matches(AlertRule alert, Event event) {
    if (alert.suspended() || !severityAccepted(alert.eventSeverity(), event.severity())) {
      return false;
    }
    boolean fromSource =
        alert.eventSources().stream().anyMatch(source -> sourceMatches(alert, source, event));
    return fromSource && messageAccepted(alert, event.message());
  }

  private static boolean severityAccepted(String alertSeverity, String eventSeverity) {
    // an info alert takes info and error events, an error alert only error events
    if (Event.SEVERITY_ERROR.equals(alertSeverity)) {
      return Event.SEVERITY_ERROR.equals(eventSeverity);
    }
    return Event.SEVERITY_INFO.equals(eventSeverity) || Event.SEVERITY_ERROR.equals(eventSeverity);
  }

  private boolean sourceMatches(AlertRule alert, EventSource source, Event event) {
    InvolvedObject object = event.involvedObject();
    String namespace =
        source.namespace() == null || source.namespace().isEmpty()
            ? alert.namespace()
            : source.namespace();
    if (noCrossNamespaceRefs && !namespace.equals(alert.namespace())) {
      return false;
    }
    if (!namespace.equals(object.namespace()) || !source.kind().equals(object.kind())) {
      return false;
    }
    if (!nameMatches(source.name(), object.name())) {
      return false;
    }
    return source.matchLabels().isEmpty() || labelsMatch(source.matchLabels(), object);
  }

  private static boolean nameMatches(String pattern, String name) {
    if (ANY_NAME.equals(pattern) || pattern.equals(name)) {
      return true;
    }
    if (!pattern.contains("*") && !pattern.contains("?")) {
      return false;
    }
    return name.matches(globToRegex(pattern));
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private boolean labelsMatch(Map<String, String> wanted, InvolvedObject object) {
    Map<String, String> actual = labelLookup.labels(object);
    return wanted.entrySet().stream()
        .allMatch(entry -> entry.getValue().equals(actual.get(entry.getKey())));
  }

  private boolean messageAccepted(AlertRule alert, String message) {
    List<String> inclusions = alert.inclusionList();
    if (!inclusions.isEmpty() && inclusions.stream().noneMatch(regex -> finds(regex, message))) {
      return false;
    }
    return alert.exclusionList().stream().noneMatch(regex -> finds(regex, message));
  }

  // Go's MatchString semantics: the expression may match anywhere in the message
  private boolean finds(String regex, String message) {
    Pattern pattern = patterns.computeIfAbsent(regex, AlertMatcher::compileOrNull);
    return pattern != null && pattern.matcher(message).find();
  }

  private static Pattern compileOrNull(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      // an invalid expression never matches, as upstream skips it with a log line
      return null;
    }
  }
}
