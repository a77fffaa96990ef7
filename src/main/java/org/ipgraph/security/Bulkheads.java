package org.ipgraph.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bounded pool per cost class of API requests (a bulkhead): each class runs at most so
 * many requests at once and lets so many wait, for so long; a request beyond that gets
 * 503 with {@code Retry-After}, estimated from how long the class's requests take. Heavy
 * requests cannot take the cores the cheap lookups need.
 */
final class Bulkheads extends OncePerRequestFilter {

	/** Recommendations, pools, risk reports and evidence: seconds of CPU each. */
	static final String[] HEAVY = { "/api/v1/partners/**", "/api/v1/experts/**", "/api/v1/pools/**", "/api/v1/risk/**",
			"/api/v1/evidence/**" };

	/**
	 * Cheap even under the heavy paths: saved pool work is reading and writing a node.
	 */
	static final String[] CHEAP_EXCEPTIONS = { "/api/v1/pools/saved/**" };

	private final AntPathMatcher paths = new AntPathMatcher();

	private final Lane heavy;

	private final Lane ingest;

	private final Lane cheap;

	Bulkheads(BulkheadProperties properties) {
		this.heavy = new Lane("heavy", properties.effectiveHeavyConcurrency(), properties.heavyQueue(),
				properties.heavyWait());
		this.ingest = new Lane("ingest", properties.ingestConcurrency(), properties.ingestQueue(),
				properties.ingestWait());
		this.cheap = new Lane("cheap", properties.cheapConcurrency(), properties.cheapQueue(), properties.cheapWait());
	}

	List<Lane> lanes() {
		return List.of(this.heavy, this.ingest, this.cheap);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Lane lane = lane(request.getRequestURI());
		if (!lane.enter()) {
			long retry = lane.retryAfterSeconds();
			response.setHeader("Retry-After", Long.toString(retry));
			ProblemResponses.write(response, 503, "Too busy",
					"The " + lane.name + " requests are at their limit (" + lane.concurrency + " running, " + lane.queue
							+ " waiting, ipgraph.bulkheads." + lane.name + "-*); retry in " + retry + " s.");
			return;
		}
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			lane.leave(System.nanoTime() - start);
		}
	}

	Lane lane(String uri) {
		if (this.paths.match(AccessRules.INGEST[0], uri)) {
			return this.ingest;
		}
		for (String pattern : CHEAP_EXCEPTIONS) {
			if (this.paths.match(pattern, uri)) {
				return this.cheap;
			}
		}
		for (String pattern : HEAVY) {
			if (this.paths.match(pattern, uri)) {
				return this.heavy;
			}
		}
		return this.cheap;
	}

	/**
	 * One cost class: its permits, its queue and how long its requests take.
	 */
	static final class Lane {

		final String name;

		final int concurrency;

		final int queue;

		private final Duration wait;

		private final Semaphore permits;

		private final AtomicInteger waiting = new AtomicInteger();

		// mean duration, smoothed over the last requests
		private final AtomicLong meanNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

		Lane(String name, int concurrency, int queue, Duration wait) {
			this.name = name;
			this.concurrency = concurrency;
			this.queue = queue;
			this.wait = wait;
			this.permits = new Semaphore(concurrency, true);
		}

		boolean enter() {
			if (this.permits.tryAcquire()) {
				return true;
			}
			if (this.waiting.incrementAndGet() > this.queue) {
				this.waiting.decrementAndGet();
				return false;
			}
			try {
				return this.permits.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			finally {
				this.waiting.decrementAndGet();
			}
		}

		void leave(long nanos) {
			this.permits.release();
			this.meanNanos.updateAndGet(mean -> mean + (nanos - mean) / 8);
		}

		int running() {
			return this.concurrency - this.permits.availablePermits();
		}

		int waiting() {
			return this.waiting.get();
		}

		/**
		 * When a turn is likely: the queue ahead worked off at the class's pace.
		 */
		long retryAfterSeconds() {
			double seconds = this.meanNanos.get() / 1e9 * (this.waiting.get() + 1) / this.concurrency;
			return Math.max(1, Math.min(300, (long) Math.ceil(seconds)));
		}

	}

}
