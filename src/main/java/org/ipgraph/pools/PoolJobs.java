package org.ipgraph.pools;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ipgraph.web.ConflictException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pool searches of larger scopes as background jobs: a job is queued at once, runs on one
 * thread (one job at a time, so jobs take one core beside the interactive requests),
 * reports the phase it is in, and keeps its result for its owner until
 * {@code ipgraph.pools.kept-jobs} newer jobs have finished. Jobs live in this process
 * only: a restart forgets them.
 */
@Component
class PoolJobs implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PoolJobs.class);

	private final Search search;

	private final PoolProperties properties;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("pool-jobs").daemon().factory());

	private final Map<String, PoolJob> jobs = new ConcurrentHashMap<>();

	private final Deque<String> finished = new ArrayDeque<>();

	@Autowired
	PoolJobs(PoolService pools, PoolProperties properties) {
		this(pools::findAll, properties);
	}

	PoolJobs(Search search, PoolProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	/**
	 * Queues a search of at most {@code scope} patents (the job scope limit when null).
	 * @param owner the user who may read the job
	 * @param seesHidden whether the owner sees individual owners who did not consent to
	 * publication
	 * @throws IllegalArgumentException for a scope above
	 * {@code ipgraph.pools.max-job-scope}
	 * @throws ConflictException when {@code ipgraph.pools.max-jobs} jobs are queued or
	 * running
	 */
	synchronized PoolJob submit(PoolQuery query, Integer scope, String owner, boolean seesHidden) {
		int limit = scope == null ? this.properties.maxJobScope() : scope;
		if (limit < 1 || limit > this.properties.maxJobScope()) {
			throw new IllegalArgumentException("scope must be 1 to " + this.properties.maxJobScope()
					+ " patents (ipgraph.pools.max-job-scope); " + limit + " was given");
		}
		long active = this.jobs.values().stream().filter(j -> !j.state().finished()).count();
		if (active >= this.properties.maxJobs()) {
			throw new ConflictException(active + " pool search jobs are queued or running (ipgraph.pools.max-jobs); "
					+ "try again when one has finished");
		}
		String id = UUID.randomUUID().toString();
		PoolJob job = PoolJob.queued(id, owner, query.describe(), limit);
		this.jobs.put(id, job);
		this.executor.execute(() -> run(id, query, limit, seesHidden));
		return job;
	}

	/**
	 * The job as its owner sees it; empty for another user's job or an unknown one.
	 */
	Optional<PoolJob> get(String id, String owner) {
		return Optional.ofNullable(this.jobs.get(id)).filter(j -> j.owner().equals(owner));
	}

	private void run(String id, PoolQuery query, int limit, boolean seesHidden) {
		update(id, this.jobs.get(id).running(PoolProgress.Phase.SCOPE));
		try {
			PoolResults results = this.search.find(query, limit, seesHidden,
					phase -> update(id, this.jobs.get(id).running(phase)));
			finish(id, this.jobs.get(id).done(results));
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			logger.warn("Pool search job " + id + " (" + query.describe() + ") failed: " + ex.getMessage());
			finish(id,
					this.jobs.get(id)
						.failed(ex instanceof IllegalArgumentException ? ex.getMessage()
								: ex.getClass().getSimpleName() + ": " + ex.getMessage()));
		}
	}

	private void update(String id, PoolJob job) {
		this.jobs.put(id, job);
	}

	// Ended, and the oldest finished jobs beyond those kept forgotten, in one step
	private synchronized void finish(String id, PoolJob job) {
		this.jobs.put(id, job);
		this.finished.addLast(id);
		while (this.finished.size() > this.properties.keptJobs()) {
			this.jobs.remove(this.finished.removeFirst());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/**
	 * What a job runs: {@link PoolService#findAll}.
	 */
	@FunctionalInterface
	interface Search {

		PoolResults find(PoolQuery query, int maxScope, boolean seesHidden, PoolProgress progress);

	}

	/**
	 * A job's state; {@code results} only once it is done.
	 *
	 * @param id the job's id
	 * @param owner the user who queued it
	 * @param query the query in words
	 * @param scope most patents it clusters
	 * @param state queued, running, done or failed
	 * @param phase the phase it is in (or was in when it ended), null while queued
	 * @param step the phase's number, 1 to {@code steps}; 0 while queued
	 * @param steps how many phases a search has
	 * @param queuedAt when it was queued
	 * @param startedAt when it started
	 * @param finishedAt when it ended
	 * @param error why it failed
	 * @param results every candidate, once done
	 */
	record PoolJob(String id, String owner, String query, int scope, State state, String phase, int step, int steps,
			Instant queuedAt, Instant startedAt, Instant finishedAt, String error, PoolResults results) {

		static PoolJob queued(String id, String owner, String query, int scope) {
			return new PoolJob(id, owner, query, scope, State.QUEUED, null, 0, PoolProgress.Phase.values().length,
					Instant.now(), null, null, null, null);
		}

		PoolJob running(PoolProgress.Phase phase) {
			return new PoolJob(this.id, this.owner, this.query, this.scope, State.RUNNING, phase.description(),
					phase.ordinal() + 1, this.steps, this.queuedAt,
					this.startedAt == null ? Instant.now() : this.startedAt, null, null, null);
		}

		PoolJob done(PoolResults results) {
			return new PoolJob(this.id, this.owner, this.query, this.scope, State.DONE, this.phase, this.steps,
					this.steps, this.queuedAt, this.startedAt, Instant.now(), null, results);
		}

		PoolJob withResults(PoolResults page) {
			return new PoolJob(this.id, this.owner, this.query, this.scope, this.state, this.phase, this.step,
					this.steps, this.queuedAt, this.startedAt, this.finishedAt, this.error, page);
		}

		PoolJob failed(String error) {
			return new PoolJob(this.id, this.owner, this.query, this.scope, State.FAILED, this.phase, this.step,
					this.steps, this.queuedAt, this.startedAt, Instant.now(), error, null);
		}

	}

	enum State {

		QUEUED, RUNNING, DONE, FAILED;

		boolean finished() {
			return this == DONE || this == FAILED;
		}

	}

}
