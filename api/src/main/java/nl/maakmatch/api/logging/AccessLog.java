package nl.maakmatch.api.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One plain-text line per request on standard output, written by a background thread: a request
 * never waits for the console, and a busy moment costs lines (counted and reported) rather than
 * latency. Plain text because the lines go to files and log collectors, not to a terminal.
 */
final class AccessLog {

  private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());
  private static final int CAPACITY = 16_384;

  private static final BlockingQueue<String> LINES = new ArrayBlockingQueue<>(CAPACITY);
  private static final AtomicLong DROPPED = new AtomicLong();

  static {
    Thread writer = new Thread(AccessLog::writeForever, "maakmatch-access-log");
    writer.setDaemon(true);
    writer.start();
  }

  private AccessLog() {}

  /** Queues a line; never blocks. */
  static void write(String line) {
    if (!LINES.offer(Instant.now() + " " + line)) {
      DROPPED.incrementAndGet();
    }
  }

  private static void writeForever() {
    // the raw descriptor: the server routes System.out through its own, synchronous, log
    Writer out =
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
    List<String> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(LINES.take());
        LINES.drainTo(batch, 1024);
        StringBuilder text = new StringBuilder(batch.size() * 160);
        batch.forEach(line -> text.append(line).append('\n'));
        long dropped = DROPPED.getAndSet(0);
        if (dropped > 0) {
          text.append(Instant.now()).append(" event=http.log.dropped lines=").append(dropped);
          text.append('\n');
        }
        out.write(text.toString());
        out.flush();
        batch.clear();
      } catch (InterruptedException e) {
        // the container interrupts threads it did not start; the log lives as long as the JVM
        Thread.interrupted();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "event=http.log.failed", e);
        batch.clear();
      }
    }
  }
}
