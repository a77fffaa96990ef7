package org.ipgraph.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot's file: read back after a restart only when it was written for the same
 * graph counts of the same database and is whole; anything else is logged and rebuilt.
 */
@ExtendWith(OutputCaptureExtension.class)
class SnapshotFilesTest {

	@TempDir
	Path dir;

	private final Map<String, Object> counts = new TreeMap<>(Map.of("patents", 3L, "owns", 4L));

	private final AtomicInteger builds = new AtomicInteger();

	private String database = "db-1 neo4j 2026-01-01T00:00Z";

	record Value(String text, int build, double[] weights) implements Serializable {
	}

	private GraphSnapshot<Value> start(boolean persist) {
		return start("test", persist, new Persistence.Updates());
	}

	private GraphSnapshot<Value> start(String name, boolean persist, Persistence.Updates updates) {
		SnapshotFiles files = new SnapshotFiles(this.dir, () -> this.database);
		return new GraphSnapshot<>(name, new GraphSnapshot.Settings(Duration.ofHours(1), true),
				() -> new TreeMap<>(this.counts), () -> {
					awaitGate();
					int build = this.builds.incrementAndGet();
					return new Value("built", build, new double[] { 0.5, build });
				}, new SnapshotMetrics(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class)),
				new Persistence<>(SnapshotCodec.serialization(Value.class, "org.ipgraph.snapshot"),
						() -> persist ? files : null, updates),
				new java.util.concurrent.locks.ReentrantLock());
	}

	@Test
	void aFileIsWrittenOnceNoOtherSnapshotIsBeingUpdated() throws Exception {
		Persistence.Updates updates = new Persistence.Updates();
		GraphSnapshot<Value> slow = start("slow", false, updates);
		GraphSnapshot<Value> quick = start("test", true, updates);
		var latch = new java.util.concurrent.CountDownLatch(1);
		this.gate = latch;
		var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var slowDone = threads.submit(() -> slow.refresh(false));
			while (this.waiting.get() == 0) {
				Thread.sleep(10);
			}
			assertThat(updates.running()).isEqualTo(1);
			// built at once (its builder does not wait on the gate), written later
			this.gate = null;
			var quickDone = threads.submit(() -> quick.refresh(false));
			Thread.sleep(1500);
			assertThat(quickDone).isNotDone();
			assertThat(file()).doesNotExist();
			assertThat(quick.get().value().text()).isEqualTo("built");
			latch.countDown();
			slowDone.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(quickDone.get(20, java.util.concurrent.TimeUnit.SECONDS).value().text()).isEqualTo("built");
			assertThat(file()).isNotEmptyFile();
			assertThat(updates.running()).isZero();
		}
		finally {
			threads.shutdownNow();
		}
	}

	// when set, builds wait until it opens
	private volatile java.util.concurrent.CountDownLatch gate;

	// builds that found a gate
	private final AtomicInteger waiting = new AtomicInteger();

	private void awaitGate() {
		java.util.concurrent.CountDownLatch g = this.gate;
		if (g != null) {
			this.waiting.incrementAndGet();
			try {
				g.await(20, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Path file() {
		return this.dir.resolve("test.snap");
	}

	@Test
	void theValueBuiltBeforeARestartIsReadFromItsFileAfterIt(CapturedOutput output) {
		GraphSnapshot.Current<Value> built = start(true).refresh(false);
		assertThat(file()).isNotEmptyFile();
		assertThat(built.loadedFrom()).isNull();
		GraphSnapshot.Current<Value> loaded = start(true).get();
		assertThat(this.builds).hasValue(1);
		assertThat(loaded.loadedFrom()).isEqualTo(file());
		assertThat(loaded.loadTime()).isNotNull();
		assertThat(loaded.value().build()).isEqualTo(1);
		assertThat(loaded.value().weights()).containsExactly(0.5, 1.0);
		assertThat(loaded.builtAt()).isEqualTo(built.builtAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(loaded.buildTime()).isEqualTo(built.buildTime());
		assertThat(loaded.version()).isEqualTo(built.version());
		assertThat(output).contains("Snapshot test loaded from " + file());
	}

	@Test
	void aFileWrittenForOtherGraphCountsIsRebuiltAndOverwritten(CapturedOutput output) {
		start(true).refresh(false);
		this.counts.put("patents", 4L);
		GraphSnapshot.Current<Value> now = start(true).refresh(false);
		assertThat(this.builds).hasValue(2);
		assertThat(now.loadedFrom()).isNull();
		assertThat(output).contains("Snapshot test not loaded from " + file() + " (written for the graph counts");
		assertThat(start(true).get().value().build()).isEqualTo(2);
		assertThat(this.builds).hasValue(2);
	}

	@Test
	void afterAStartAFileWrittenForAnOlderGraphAnswersAtOnceWhileTheValueIsRebuilt(CapturedOutput output)
			throws InterruptedException {
		start(true).refresh(false);
		this.counts.put("patents", 4L);
		GraphSnapshot<Value> restarted = start(true);
		this.gate = new java.util.concurrent.CountDownLatch(1);
		restarted.warmUp();
		GraphSnapshot.Current<Value> stale = restarted.peek();
		assertThat(restarted.get()).isSameAs(stale);
		assertThat(stale.stale()).isTrue();
		assertThat(stale.loadedFrom()).isEqualTo(file());
		assertThat(stale.value().build()).isEqualTo(1);
		assertThat(restarted.healthy()).isTrue();
		assertThat(output).contains("written for an older graph: it answers while the value is rebuilt");
		assertThat(restarted.refreshing()).isTrue();
		// the rebuild runs on a thread of its own
		this.gate.countDown();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while ((restarted.peek().stale() || restarted.refreshing()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		GraphSnapshot.Current<Value> fresh = restarted.peek();
		assertThat(fresh.stale()).isFalse();
		assertThat(fresh.value().build()).isEqualTo(2);
		assertThat(fresh.loadedFrom()).isNull();
		assertThat(fresh.version()).isNotEqualTo(stale.version());
		// the rebuilt value was written: the next start reads it as current
		GraphSnapshot.Current<Value> next = start(true).refresh(false);
		assertThat(next.loadedFrom()).isEqualTo(file());
		assertThat(next.stale()).isFalse();
		assertThat(next.value().build()).isEqualTo(2);
	}

	@Test
	void aStaleFileOfAnotherDatabaseIsNeverRead(CapturedOutput output) {
		start(true).refresh(false);
		this.counts.put("patents", 4L);
		this.database = "db-2 neo4j 2026-02-01T00:00Z";
		GraphSnapshot<Value> restarted = start(true);
		restarted.warmUp();
		assertThat(restarted.peek().stale()).isFalse();
		assertThat(restarted.peek().value().build()).isEqualTo(2);
		assertThat(output).contains("(written for the database db-1");
	}

	@Test
	void aForcedOrExplicitRefreshNeverAnswersWithAStaleFile() {
		start(true).refresh(false);
		this.counts.put("patents", 4L);
		GraphSnapshot.Current<Value> now = start(true).refresh(false);
		assertThat(now.stale()).isFalse();
		assertThat(now.value().build()).isEqualTo(2);
	}

	@Test
	void aFileWrittenForAnotherDatabaseOfTheSameCountsIsRebuilt(CapturedOutput output) {
		start(true).refresh(false);
		this.database = "db-2 neo4j 2026-02-01T00:00Z";
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		assertThat(this.builds).hasValue(2);
		assertThat(output).contains("(written for the database db-1");
	}

	@Test
	void aFileWrittenByAnotherBuildOfTheApplicationIsRebuilt() {
		start(true).refresh(false);
		SnapshotFiles upgraded = new SnapshotFiles(this.dir, () -> this.database, "ipgraph.jar 2 2027-01-01T00:00:00Z");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> upgraded.read("test",
					SnapshotCodec.serialization(Value.class, "org.ipgraph.snapshot"), this.counts))
			.isInstanceOf(SnapshotFiles.Unusable.class)
			.hasMessageContaining("written by the build " + SnapshotFiles.BUILD);
	}

	@Test
	void aTemporaryFileLeftByAWriteStoppedPartWayIsDeletedAtTheNextWrite(CapturedOutput output) throws IOException {
		Files.createDirectories(this.dir);
		Path abandoned = Files.write(this.dir.resolve("test.123.tmp"), new byte[100]);
		Files.setLastModifiedTime(abandoned,
				java.nio.file.attribute.FileTime.from(Instant.now().minus(SnapshotFiles.ABANDONED).minusSeconds(60)));
		// a write going on now (another process) and another snapshot's file are kept
		Path current = Files.write(this.dir.resolve("test.456.tmp"), new byte[10]);
		Path other = Files.write(this.dir.resolve("other.789.tmp"), new byte[10]);
		Files.setLastModifiedTime(other,
				java.nio.file.attribute.FileTime.from(Instant.now().minus(SnapshotFiles.ABANDONED).minusSeconds(60)));
		start(true).refresh(false);
		assertThat(file()).isNotEmptyFile();
		assertThat(abandoned).doesNotExist();
		assertThat(current).exists();
		assertThat(other).exists();
		assertThat(output).contains("Deleted " + abandoned + " (100 bytes), left by a write of snapshot test");
	}

	@Test
	void aCorruptedFileIsRebuilt(CapturedOutput output) throws IOException {
		start(true).refresh(false);
		byte[] bytes = Files.readAllBytes(file());
		bytes[bytes.length - 20] ^= 0x01;
		Files.write(file(), bytes);
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		assertThat(this.builds).hasValue(2);
		assertThat(output).contains("Snapshot test not loaded from " + file() + " (corrupted");
		assertThat(start(true).get().loadedFrom()).isEqualTo(file());
	}

	@Test
	void aTruncatedFileIsRebuilt(CapturedOutput output) throws IOException {
		start(true).refresh(false);
		byte[] bytes = Files.readAllBytes(file());
		Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		assertThat(this.builds).hasValue(2);
		assertThat(output).contains("Snapshot test not loaded from " + file());
		assertThat(start(true).get().loadedFrom()).isEqualTo(file());
	}

	@Test
	void aFileOfAnotherFormatVersionOrNoneAtAllIsRebuilt(CapturedOutput output) throws IOException {
		try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file()))) {
			out.writeUTF(SnapshotFiles.MAGIC);
			out.writeInt(SnapshotFiles.FORMAT + 1);
			out.writeLong(0);
		}
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		assertThat(output).contains("(file format " + (SnapshotFiles.FORMAT + 1));
		Files.write(file(), "not a snapshot".getBytes());
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		Files.delete(file());
		assertThat(start(true).refresh(false).loadedFrom()).isNull();
		assertThat(output).contains("(no file)");
		assertThat(this.builds).hasValue(3);
	}

	@Test
	void aClassOutsideTheAllowListIsNotRead(CapturedOutput output) throws IOException {
		SnapshotCodec<Value> strict = SnapshotCodec.serialization(Value.class, "org.ipgraph.partners");
		SnapshotFiles files = new SnapshotFiles(this.dir, () -> this.database);
		start(true).refresh(false);
		assertThat(output).contains("Snapshot test written to " + file());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.read("test", strict, this.counts))
			.isInstanceOf(SnapshotFiles.Unusable.class)
			.hasMessageContaining("REJECTED");
	}

	@Test
	void withPersistenceOffNothingIsWrittenOrRead() throws IOException {
		start(true).refresh(false);
		Files.delete(file());
		start(false).refresh(false);
		assertThat(this.dir).isEmptyDirectory();
		start(true).refresh(false);
		assertThat(start(false).refresh(false).loadedFrom()).isNull();
		assertThat(this.builds).hasValue(4);
	}

	@Test
	void aFileThatCannotBeWrittenIsLoggedAndTheValueServes(CapturedOutput output) throws IOException {
		Files.delete(this.dir);
		Files.writeString(this.dir, "a file where the directory should be");
		GraphSnapshot.Current<Value> built = start(true).refresh(false);
		assertThat(built.value().build()).isEqualTo(1);
		assertThat(output).contains("Snapshot test could not be written to " + file());
	}

	@Test
	void aForcedRebuildDoesNotReadTheFile() {
		start(true).refresh(false);
		assertThat(start(true).refresh(true).loadedFrom()).isNull();
		assertThat(this.builds).hasValue(2);
	}

}
