package org.gongkai.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The agency tree snapshot: one reload at a time, and never a tree older than a committed change. */
class AgencyTreeSnapshotTests {

  /** A repository whose reads can be held until the test lets them go. */
  static final class HeldRepository extends AgencyRepository {
    final AtomicInteger reads = new AtomicInteger();
    volatile CountDownLatch entered = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    HeldRepository() {
      super(null);
    }

    void holdNextRead() {
      entered = new CountDownLatch(1);
      release = new CountDownLatch(1);
    }

    @Override
    List<Agency> findAll() {
      reads.incrementAndGet();
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
  }

  private final HeldRepository repository = new HeldRepository();

  @Test
  void anExpiredTreeIsReloadedByOneThreadWhileTheOthersReadTheOldOne() throws Exception {
    Agencies agencies = new Agencies(repository, null, Duration.ofMillis(20));
    AgencyTree old = agencies.tree();
    Thread.sleep(40);

    repository.holdNextRead();
    CompletableFuture<AgencyTree> reloading = CompletableFuture.supplyAsync(agencies::tree);
    assertThat(repository.entered.await(5, TimeUnit.SECONDS)).isTrue();

    // while the reload is held, other readers neither wait nor read again
    assertThat(CompletableFuture.supplyAsync(agencies::tree).get(2, TimeUnit.SECONDS)).isSameAs(old);
    assertThat(agencies.tree()).isSameAs(old);
    assertThat(repository.reads).hasValue(2);

    repository.release.countDown();
    AgencyTree fresh = reloading.get(5, TimeUnit.SECONDS);
    assertThat(fresh).isNotSameAs(old);
    assertThat(agencies.tree()).isSameAs(fresh);
  }

  @Test
  void aReloadThatOverlapsACommittedChangeIsUsedOnceButNotKept() throws Exception {
    Agencies agencies = new Agencies(repository, null, Duration.ofMinutes(1));
    repository.holdNextRead();
    CompletableFuture<AgencyTree> reading = CompletableFuture.supplyAsync(agencies::tree);
    assertThat(repository.entered.await(5, TimeUnit.SECONDS)).isTrue();

    agencies.invalidate(); // a change commits while the read is under way
    repository.release.countDown();
    AgencyTree overlapped = reading.get(5, TimeUnit.SECONDS);

    AgencyTree next = agencies.tree();
    assertThat(next).isNotSameAs(overlapped);
    assertThat(repository.reads).hasValue(2);
    assertThat(agencies.tree()).isSameAs(next);
  }

  @Test
  void afterAChangeEveryReaderGetsTheNewTree() {
    Agencies agencies = new Agencies(repository, null, Duration.ofMinutes(1));
    AgencyTree before = agencies.tree();
    agencies.invalidate();
    assertThat(agencies.tree()).isNotSameAs(before);
    assertThat(repository.reads).hasValue(2);
  }
}
