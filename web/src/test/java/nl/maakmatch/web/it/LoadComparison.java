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
 * Sends the same request many times from a few connections at once and reports the throughput: a
 * small load tool for comparing two endpoints of one server in one run, where only their ratio
 * means anything.
 */
final class LoadComparison {

  private final HttpClient client = HttpClient.newHttpClient();
  private final int connections;

  LoadComparison(int connections) {
    this.connections = connections;
  }

  /** What one batch measured. */
  record Batch(int requests, int failures, long nanos) {

    double perSecond() {
      return requests * 1e9 / nanos;
    }
  }

  /** Sends {@code request} {@code count} times over the connections; every answer is read whole. */
  Batch run(HttpRequest request, int count) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    try {
      long started = System.nanoTime();
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
      return new Batch(count, failures.get(), System.nanoTime() - started);
    } finally {
      workers.shutdownNow();
    }
  }
}
