package org.ipgraph.pools;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ipgraph.web.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Background pool searches: queued at once, run one at a time with their phases, kept for
 * their owner only, bounded in number and scope.
 */
class PoolJobsTest {

	static final PoolProperties PROPERTIES = new PoolProperties(3000, 1000, PoolParameters.Algorithm.LEIDEN, 1.0, 100,
			50_000, 2, 2);

	static PoolResults results(String query, int candidates) {
		return new PoolResults(query, new PoolResults.Scope(10, 0, 0, 5, 2, "leiden", false, 0, List.of()), List.of(),
				0, candidates, candidates, false);
	}

	@Test
	void aJobRunsThroughThePhasesAndKeepsItsResultForItsOwner() throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		PoolJobs jobs = new PoolJobs((query, scope, hidden, progress) -> {
			for (PoolProgress.Phase phase : PoolProgress.Phase.values()) {
				progress.phase(phase);
				seen.add(phase.name() + " " + scope + " " + hidden);
			}
			return results(query.describe(), 0);
		}, PROPERTIES);
		PoolJobs.PoolJob job = jobs.submit(PoolQuery.cpc("H04N19", 3), 20_000, "ana", true);
		assertThat(job.state()).isEqualTo(PoolJobs.State.QUEUED);
		assertThat(job.scope()).isEqualTo(20_000);
		PoolJobs.PoolJob done = await(jobs, job.id(), "ana");
		assertThat(done.state()).isEqualTo(PoolJobs.State.DONE);
		assertThat(done.step()).isEqualTo(done.steps()).isEqualTo(4);
		assertThat(done.results().query()).isEqualTo("cpc H04N19");
		assertThat(done.startedAt()).isNotNull();
		assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
		assertThat(seen).containsExactly("SCOPE 20000 true", "GRAPH 20000 true", "COMMUNITIES 20000 true",
				"ASSEMBLY 20000 true");
		assertThat(jobs.get(job.id(), "bob")).isEmpty();
		assertThat(jobs.get("no-such-job", "ana")).isEmpty();
		jobs.destroy();
	}

	@Test
	void aRunningJobSaysWhichPhaseItIsIn() throws Exception {
		CountDownLatch inGraph = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		PoolJobs jobs = new PoolJobs((query, scope, hidden, progress) -> {
			progress.phase(PoolProgress.Phase.SCOPE);
			progress.phase(PoolProgress.Phase.GRAPH);
			inGraph.countDown();
			await(release);
			return results(query.describe(), 0);
		}, PROPERTIES);
		PoolJobs.PoolJob job = jobs.submit(PoolQuery.topic("video coding", 3), null, "ana", false);
		assertThat(job.scope()).isEqualTo(50_000);
		assertThat(inGraph.await(10, TimeUnit.SECONDS)).isTrue();
		PoolJobs.PoolJob running = jobs.get(job.id(), "ana").orElseThrow();
		assertThat(running.state()).isEqualTo(PoolJobs.State.RUNNING);
		assertThat(running.phase()).isEqualTo("substitutes and weighted graph");
		assertThat(running.step()).isEqualTo(2);
		assertThat(running.results()).isNull();
		// one runs, one waits: the third is refused until one has finished
		jobs.submit(PoolQuery.topic("video coding", 3), null, "ana", false);
		assertThatThrownBy(() -> jobs.submit(PoolQuery.topic("video coding", 3), null, "ana", false))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("ipgraph.pools.max-jobs");
		release.countDown();
		assertThat(await(jobs, job.id(), "ana").state()).isEqualTo(PoolJobs.State.DONE);
		jobs.destroy();
	}

	@Test
	void aFailedJobSaysWhyAndScopesAreBounded() throws Exception {
		PoolJobs jobs = new PoolJobs((query, scope, hidden, progress) -> {
			progress.phase(PoolProgress.Phase.SCOPE);
			throw new IllegalArgumentException("not a CPC symbol: X");
		}, PROPERTIES);
		PoolJobs.PoolJob failed = await(jobs, jobs.submit(PoolQuery.cpc("X", 3), 100, "ana", false).id(), "ana");
		assertThat(failed.state()).isEqualTo(PoolJobs.State.FAILED);
		assertThat(failed.error()).isEqualTo("not a CPC symbol: X");
		assertThat(failed.phase()).isEqualTo("reading the scope");
		assertThatThrownBy(() -> jobs.submit(PoolQuery.cpc("H04N19", 3), 50_001, "ana", false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("1 to 50000");
		jobs.destroy();
	}

	@Test
	void onlyTheNewestFinishedJobsAreKept() throws Exception {
		PoolJobs jobs = new PoolJobs((query, scope, hidden, progress) -> results(query.describe(), 0), PROPERTIES);
		String first = await(jobs, jobs.submit(PoolQuery.cpc("H04N19", 3), 10, "ana", false).id(), "ana").id();
		String second = await(jobs, jobs.submit(PoolQuery.cpc("H04N19", 3), 10, "ana", false).id(), "ana").id();
		String third = await(jobs, jobs.submit(PoolQuery.cpc("H04N19", 3), 10, "ana", false).id(), "ana").id();
		assertThat(jobs.get(first, "ana")).isEmpty();
		assertThat(jobs.get(second, "ana")).isPresent();
		assertThat(jobs.get(third, "ana")).isPresent();
		jobs.destroy();
	}

	@Test
	void aPageOfAllCandidates() {
		PoolCandidate a = new PoolCandidate("pool-a", null, java.util.Map.of(), 0.5, java.util.Map.of(), List.of(),
				List.of(), 0, List.of(), List.of(), List.of(), "a");
		PoolCandidate b = new PoolCandidate("pool-b", null, java.util.Map.of(), 0.4, java.util.Map.of(), List.of(),
				List.of(), 0, List.of(), List.of(), List.of(), "b");
		PoolResults all = new PoolResults("q", results("q", 2).scope(), List.of(a, b), 0, 2, 2, false);
		PoolResults second = PoolService.page(all, org.ipgraph.web.PageRequest.of(1, 1));
		assertThat(second.items()).containsExactly(b);
		assertThat(second.total()).isEqualTo(2);
		assertThat(second.hasMore()).isFalse();
		assertThat(PoolService.page(all, org.ipgraph.web.PageRequest.of(0, 1)).hasMore()).isTrue();
		assertThat(PoolService.page(all, org.ipgraph.web.PageRequest.of(5, 1)).items()).isEmpty();
	}

	private static PoolJobs.PoolJob await(PoolJobs jobs, String id, String owner) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < end) {
			PoolJobs.PoolJob job = jobs.get(id, owner).orElseThrow();
			if (job.state().finished()) {
				return job;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("job " + id + " did not finish");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
