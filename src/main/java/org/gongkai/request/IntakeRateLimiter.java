package org.gongkai.request;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits online submissions per client and minute ({@code gongkai.requests.rate-limit-per-minute};
 * an office behind one NAT or the load benchmark raises it; 0 switches it off).
 */
@Component
public class IntakeRateLimiter {

  private final int perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  IntakeRateLimiter(@Value("${gongkai.requests.rate-limit-per-minute:10}") int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  private record Window(long minute, AtomicInteger count) {}

  /** Counts one submission of the client; false when it is over the limit. */
  public boolean tryAcquire(String client) {
    if (perMinute <= 0) {
      return true;
    }
    long minute = clock.millis() / 60_000;
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
    }
    Window w = windows.compute(client == null ? "?" : client,
        (k, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
    return w.count().incrementAndGet() <= perMinute;
  }

  public int perMinute() {
    return perMinute;
  }
}
