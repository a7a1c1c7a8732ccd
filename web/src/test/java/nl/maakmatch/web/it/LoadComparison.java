package nl.maakmatch.web.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the same request many times from a few connections at once and reports what the server
 * spent on it: the CPU time of the server's process (its request threads, and the collector and
 * compiler work they cause), so the state of the machine and of the client does not count. A small
 * load tool for comparing two endpoints of one server in one run, where only the ratio means
 * anything.
 */
final class LoadComparison {

  private final HttpClient client = HttpClient.newHttpClient();
  private final ProcessHandle server;
  private final int connections;

  LoadComparison(ProcessHandle server, int connections) {
    this.server = server;
    this.connections = connections;
  }

  /** The Payara Micro this test JVM started (Arquillian runs it as a child process). */
  static ProcessHandle payaraStartedByThisTest() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Payara Micro process under this JVM"));
  }

  /** What one batch cost the server. */
  record Batch(int requests, int failures, long serverCpuNanos) {}

  private long cpuNanos() {
    return server
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("the server's CPU time is not readable"))
        .toNanos();
  }

  /** Sends {@code request} {@code count} times over the connections; every answer is read whole. */
  Batch run(HttpRequest request, int count) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    try {
      long started = cpuNanos();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        running.add(
            workers.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() / 100 != 2) {
                      failures.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
      return new Batch(count, failures.get(), cpuNanos() - started);
    } finally {
      workers.shutdownNow();
    }
  }
}
