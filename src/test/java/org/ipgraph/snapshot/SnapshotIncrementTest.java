package org.ipgraph.snapshot;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot with an updater: brought up to date by an increment when only the counts it
 * follows grew, else (another count changed, a count shrank, too many increments, the
 * updater declined or failed, or forced) built whole; an increment is kept in the file
 * like a build.
 */
class SnapshotIncrementTest {

	@TempDir
	Path dir;

	private final Map<String, Object> counts = new TreeMap<>(Map.of("patents", 3L, "cases", 1L));

	private final AtomicInteger builds = new AtomicInteger();

	private final List<Instant> asked = new ArrayList<>();

	// what the updater answers: the previous value plus one, null (a whole build), or a
	// failure
	private volatile String updates = "add";

	private GraphSnapshot<Integer> start(int maxIncrements) {
		SnapshotFiles files = new SnapshotFiles(this.dir, () -> "db-1 neo4j 2026-01-01T00:00Z");
		GraphSnapshot.Updater<Integer> updater = new GraphSnapshot.Updater<>() {

			@Override
			public Set<String> follows() {
				return Set.of("patents");
			}

			@Override
			public Integer update(Integer previous, Changes changes) {
				SnapshotIncrementTest.this.asked.add(changes.since());
				assertThat(changes.changedCounts()).containsExactly("patents");
				return switch (SnapshotIncrementTest.this.updates) {
					case "add" -> previous + changes.patents().size();
					case "decline" -> null;
					default -> throw new IllegalStateException("broken");
				};
			}

		};
		return new GraphSnapshot<>("test", new GraphSnapshot.Settings(Duration.ofHours(1), true),
				() -> new TreeMap<>(this.counts), () -> 1000 * this.builds.incrementAndGet(), updater,
				new GraphSnapshot.Increments(maxIncrements, 0.5, Duration.ofSeconds(30),
						since -> List.of(new Changes.ChangedPatent(1, "US1"), new Changes.ChangedPatent(2, "US2"))),
				new SnapshotMetrics(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class)),
				new Persistence<>(SnapshotCodec.serialization(Integer.class, "java.lang"), () -> files),
				new ReentrantLock());
	}

	@Test
	void aGrowthOfFollowedCountsIsAnIncrementKeptInTheFile() {
		GraphSnapshot<Integer> snapshot = start(10);
		GraphSnapshot.Current<Integer> built = snapshot.refresh(false);
		assertThat(built.value()).isEqualTo(1000);
		assertThat(built.kind()).isEqualTo(GraphSnapshot.FULL);
		// unchanged counts: nothing is read or built
		assertThat(snapshot.refresh(false)).isSameAs(built);
		this.counts.put("patents", 5L);
		GraphSnapshot.Current<Integer> updated = snapshot.refresh(false);
		assertThat(updated.value()).isEqualTo(1002);
		assertThat(updated.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		assertThat(updated.increments()).isEqualTo(1);
		assertThat(this.builds).hasValue(1);
		// changes are read from the previous build's start minus the margin
		assertThat(this.asked).containsExactly(built.builtAt().minus(built.buildTime()).minusSeconds(30));
		// the increment is in the file: a restart reads it and does not build
		GraphSnapshot.Current<Integer> loaded = start(10).get();
		assertThat(loaded.value()).isEqualTo(1002);
		assertThat(loaded.loadedFrom()).isNotNull();
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void aFileWrittenForFewerPatentsIsUpdatedAfterARestart() {
		start(10).refresh(false);
		this.counts.put("patents", 4L);
		GraphSnapshot<Integer> restarted = start(10);
		// the stale file answers at once and is updated beside it
		assertThat(restarted.get().stale()).isTrue();
		GraphSnapshot.Current<Integer> updated = restarted.refresh(false);
		assertThat(updated.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		assertThat(updated.value()).isEqualTo(1002);
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void theBatchJobUpdatesAFileWrittenForAnOlderGraphBeforeItReturns() {
		start(10).refresh(false);
		this.counts.put("patents", 4L);
		GraphSnapshot<Integer> restarted = start(10);
		GraphSnapshot.Current<Integer> caught = restarted.catchUp(false);
		assertThat(caught.stale()).isFalse();
		assertThat(caught.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		assertThat(caught.value()).isEqualTo(1002);
		assertThat(caught.fingerprint()).isEqualTo(this.counts);
		assertThat(this.builds).hasValue(1);
		// in the file: the next start reads it as current
		GraphSnapshot.Current<Integer> read = start(10).catchUp(false);
		assertThat(read.loadedFrom()).isNotNull();
		assertThat(read.stale()).isFalse();
		assertThat(read.value()).isEqualTo(1002);
		// a count it does not follow: built whole, on this thread
		this.counts.put("cases", 2L);
		GraphSnapshot.Current<Integer> whole = start(10).catchUp(false);
		assertThat(whole.kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(whole.loadedFrom()).isNull();
		assertThat(whole.value()).isEqualTo(2000);
		// forced: whole, the file not read
		assertThat(start(10).catchUp(true).value()).isEqualTo(3000);
	}

	@Test
	void anythingElseBuildsWhole() {
		GraphSnapshot<Integer> snapshot = start(2);
		snapshot.refresh(false);
		// a count the updater does not follow
		this.counts.put("cases", 2L);
		this.counts.put("patents", 4L);
		assertThat(snapshot.refresh(false).kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(this.builds).hasValue(2);
		// a count that shrank
		this.counts.put("patents", 3L);
		assertThat(snapshot.refresh(false).kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(this.builds).hasValue(3);
		// two increments, then the third is a whole build
		this.counts.put("patents", 4L);
		assertThat(snapshot.refresh(false).increments()).isEqualTo(1);
		this.counts.put("patents", 5L);
		assertThat(snapshot.refresh(false).increments()).isEqualTo(2);
		this.counts.put("patents", 6L);
		GraphSnapshot.Current<Integer> third = snapshot.refresh(false);
		assertThat(third.kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(third.value()).isEqualTo(4000);
		// the updater declines, or fails: whole builds
		this.updates = "decline";
		this.counts.put("patents", 7L);
		assertThat(snapshot.refresh(false).value()).isEqualTo(5000);
		this.updates = "fail";
		this.counts.put("patents", 8L);
		assertThat(snapshot.refresh(false).value()).isEqualTo(6000);
		// forced: whole
		this.updates = "add";
		assertThat(snapshot.refresh(true).value()).isEqualTo(7000);
	}

	@Test
	void tooLargeAShareChangedIsForTheUpdaterToSay() {
		Changes changes = Changes.of(Instant.EPOCH, Map.of("patents", 10L), Map.of("patents", 12L), 0.1,
				since -> List.of());
		assertThat(changes.tooMany(1, 10)).isFalse();
		assertThat(changes.tooMany(2, 10)).isTrue();
		assertThat(changes.changedCounts()).containsExactly("patents");
	}

	@Test
	void countsWrittenAsTextAreReadBack() {
		assertThat(GraphSnapshot.counts("{cases=1, patents=3}")).isEqualTo(Map.of("cases", 1L, "patents", 3L));
		assertThat(GraphSnapshot.counts("garbage")).isEmpty();
	}

}
