package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.notification.events.DuplicateSuppressor;
import io.fluxjava.notification.events.EventIntake;
import io.fluxjava.notification.providers.NotifierFactory;
import io.fluxjava.notification.providers.ProviderSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Load on the event server over loopback for a bounded time, after a warm-up: events accepted per
 * second (without and with dispatch), deliveries per second to a local generic webhook, p99
 * latencies and lost events (accepted but never delivered; must be 0). Everything (load generator,
 * event server, dispatcher, webhook) shares this machine's cores. Not part of the default test run
 * (the class name matches no surefire include); run it with
 *
 * <pre>mvn -pl notification-controller test -Dtest=EventThroughputBenchmark
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.seconds=10]</pre>
 */
class EventThroughputBenchmark {

  private static final int IN_FLIGHT = 128;
  private static final String ACCEPT_ONLY = "accept-only";
  private static final Pattern SEQUENCE = Pattern.compile("event number (\\d+)");

  private final Map<Long, Long> postedAt = new ConcurrentHashMap<>();
  private final Map<Long, Long> deliveredAt = new ConcurrentHashMap<>();
  private final AtomicLong delivered = new AtomicLong();

  /** What one load phase measured. */
  private record Phase(
      long posted, long accepted, long rejected, double seconds, long[] latencies) {}

  @Test
  void eventServerThroughput() throws Exception {
    int seconds = Integer.getInteger("benchmark.seconds", 10);
    DisposableServer reference = referenceServer();
    load(client(reference), Duration.ofSeconds(3), "warm-up");
    Phase referenceRun = load(client(reference), Duration.ofSeconds(seconds), "reference");
    double referenceRate = referenceRun.accepted() / referenceRun.seconds();
    reference.disposeNow();
    DisposableServer webhook = webhook();
    try (NotificationDispatcher dispatcher =
        new NotificationDispatcher(
            new DispatchPolicy(1_000_000, 8, 5, Duration.ofMillis(100), Duration.ofSeconds(2)))) {
      DisposableServer eventServer = eventServer(dispatcher, webhook.port());
      HttpClient client = client(eventServer);

      Phase warmUp = load(client, Duration.ofSeconds(3), "warm-up");
      awaitDelivered(warmUp.accepted());
      delivered.set(0);
      // events of a kind no Alert selects: the event server's own cost, nothing dispatched
      Phase acceptOnly = load(client, Duration.ofSeconds(seconds), ACCEPT_ONLY);

      long start = System.nanoTime();
      Phase run = load(client, Duration.ofSeconds(seconds), "event");
      awaitDelivered(run.accepted());
      long lastDelivery =
          deliveredAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
      long[] deliveryLatencies =
          deliveredAt.entrySet().stream()
              .mapToLong(e -> e.getValue() - postedAt.get(e.getKey()))
              .sorted()
              .toArray();
      long lost = run.accepted() - deliveredAt.size();

      System.out.printf(
          "%nEvent server benchmark: %d s after 3 s warm-up, %d requests in flight, loopback,"
              + " 1 Alert -> generic webhook%n"
              + "  reference          %,.0f requests/s (same load on a server that only answers 202)%n"
              + "  accept only        %,.0f events/s (%.0f%% of the reference; no Alert matches,"
              + " POST p99 %.2f ms)%n"
              + "  posted             %,d (not accepted: %,d)%n"
              + "  accepted/s         %,.0f (%.0f%% of the reference)%n"
              + "  dispatched/s       %,.0f (delivered %,d; dispatcher %s)%n"
              + "  POST p50 / p99     %.2f ms / %.2f ms%n"
              + "  deliver p50 / p99  %.2f ms / %.2f ms (POST sent -> webhook received)%n"
              + "  lost events        %,d%n%n",
          seconds,
          IN_FLIGHT,
          referenceRate,
          acceptOnly.accepted() / acceptOnly.seconds(),
          100 * acceptOnly.accepted() / acceptOnly.seconds() / referenceRate,
          percentile(acceptOnly.latencies(), 0.99),
          run.posted(),
          run.rejected(),
          run.accepted() / run.seconds(),
          100 * run.accepted() / run.seconds() / referenceRate,
          deliveredAt.size() / ((lastDelivery - start) / 1e9),
          deliveredAt.size(),
          dispatcher.stats(),
          percentile(run.latencies(), 0.50),
          percentile(run.latencies(), 0.99),
          percentile(deliveryLatencies, 0.50),
          percentile(deliveryLatencies, 0.99),
          lost);

      eventServer.disposeNow();
      webhook.disposeNow();
      assertThat(lost).as("events accepted but never delivered").isZero();
    }
  }

  private static HttpClient client(DisposableServer server) {
    return HttpClient.create(ConnectionProvider.builder("load").maxConnections(IN_FLIGHT).build())
        .baseUrl("http://127.0.0.1:" + server.port())
        .headers(h -> h.set("Content-Type", "application/json"));
  }

  private Phase load(HttpClient client, Duration duration, String label)
      throws InterruptedException {
    boolean measured = label.equals("event");
    Semaphore slots = new Semaphore(IN_FLIGHT);
    AtomicLong accepted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    long[] latencies = new long[5_000_000];
    AtomicLong latencyCount = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long n = 0;
    while (System.nanoTime() < end) {
      slots.acquire();
      long sequence = n++;
      long sent = System.nanoTime();
      if (measured) {
        postedAt.put(sequence, sent);
      }
      client
          .post()
          .uri("/")
          .send(ByteBufFlux.fromString(Mono.just(event(label, sequence))))
          .responseSingle((response, body) -> Mono.just(response.status().code()))
          .onErrorReturn(-1)
          .subscribe(
              status -> {
                long index = latencyCount.getAndIncrement();
                if (index < latencies.length) {
                  latencies[(int) index] = System.nanoTime() - sent;
                }
                (status == 202 ? accepted : rejected).incrementAndGet();
                slots.release();
              });
    }
    slots.acquire(IN_FLIGHT);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = Arrays.copyOf(latencies, (int) Math.min(latencyCount.get(), latencies.length));
    Arrays.sort(sorted);
    return new Phase(n, accepted.get(), rejected.get(), seconds, sorted);
  }

  private void awaitDelivered(long count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (delivered.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static DisposableServer eventServer(NotificationDispatcher dispatcher, int webhookPort) {
    ProviderTarget provider =
        new ProviderTarget(
            "bench/webhook",
            "generic",
            false,
            NotifierFactory.create(
                ProviderSettings.of("generic", "http://127.0.0.1:" + webhookPort + "/")));
    AlertRule alert =
        new AlertRule(
            "bench",
            "all",
            "webhook",
            "info",
            List.of(new EventSource("Kustomization", "*", null, null)),
            null,
            null,
            null,
            null,
            false);
    AlertCatalog catalog =
        new AlertCatalog() {
          @Override
          public List<AlertRule> alerts() {
            return List.of(alert);
          }

          @Override
          public Optional<ProviderTarget> provider(String namespace, String name) {
            return Optional.of(provider);
          }
        };
    EventIntake intake =
        new EventIntake(
            new DuplicateSuppressor(Duration.ofMinutes(5), Clock.systemUTC()),
            new AsyncRouter(
                new EventRouter(
                    catalog, new AlertMatcher(false, o -> Map.of()), dispatcher, (a, r, m) -> {}),
                4,
                1_000_000));
    return LoopbackEventServer.start(intake, new SimpleMeterRegistry());
  }

  private static String event(String label, long n) {
    return """
        {"involvedObject":{"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"%s",\
        "name":"app-%d","namespace":"bench","uid":"u-%d"},"severity":"info",\
        "timestamp":"2026-08-01T10:00:00Z","message":"%s number %d applied in 1.2s",\
        "reason":"ReconciliationSucceeded",\
        "metadata":{"kustomize.toolkit.fluxcd.io/revision":"main@sha1:%040d"},\
        "reportingController":"kustomize-controller","reportingInstance":"kc-0"}"""
        .formatted(
            label.equals(ACCEPT_ONLY) ? "GitRepository" : "Kustomization",
            n % 100,
            n % 100,
            label,
            n,
            n);
  }

  private DisposableServer webhook() {
    return reactor.netty.http.server.HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .handle(
            (request, response) ->
                request
                    .receive()
                    .aggregate()
                    .asString(StandardCharsets.UTF_8)
                    .defaultIfEmpty("")
                    .flatMap(
                        body -> {
                          Matcher matcher = SEQUENCE.matcher(body);
                          if (matcher.find()) {
                            deliveredAt.put(Long.parseLong(matcher.group(1)), System.nanoTime());
                          }
                          delivered.incrementAndGet();
                          return Mono.from(response.status(200).send());
                        }))
        .bindNow();
  }

  /** The same load against a server that only answers 202: what this machine allows. */
  private static DisposableServer referenceServer() {
    return reactor.netty.http.server.HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .handle((request, response) -> request.receive().then(response.status(202).send()))
        .bindNow();
  }

  private static double percentile(long[] sortedNanos, double quantile) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }
}
