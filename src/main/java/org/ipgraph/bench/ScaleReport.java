package org.ipgraph.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code ipgraph bench scale} measured, per store size. Keys are snake case, as the
 * issue names them ({@code sizes[].patents}, {@code ready_s}, {@code heap_mb},
 * {@code endpoints.<name>.p95_ms}, {@code refresh_s}); a figure that could not be
 * measured is {@code null}, with the reason in {@code failures}.
 *
 * @param machine the bench's JVM and cores (the service runs in its own JVM)
 * @param serviceHeap the service's {@code -Xmx}
 * @param requests timed requests per endpoint
 * @param warmUp untimed requests per endpoint before
 * @param sizes one entry per store
 */
public record ScaleReport(String machine, @JsonProperty("service_heap") String serviceHeap, int requests,
		@JsonProperty("warm_up") int warmUp, List<Size> sizes) {

	/**
	 * One store.
	 *
	 * @param patents the patents the store was generated with
	 * @param store its directory
	 * @param reused whether an existing store was used
	 * @param buildSeconds time to build it with the bulk importer ({@code null} when
	 * reused)
	 * @param snapshotsSeconds the batch job that brought the snapshots up to date before
	 * the start ({@code ipgraph snapshots build}; {@code null} when not run)
	 * @param readySeconds from the service's start to readiness UP ({@code null} when it
	 * never was)
	 * @param downUntilReady whether readiness answered anything but UP before that
	 * @param heapMb heap used after a full collection, after the warm-up requests
	 * @param endpoints per endpoint
	 * @param ingestSeconds the upload of the synthetic patents, through the API
	 * @param refreshSeconds from the end of the ingest until every snapshot it affects
	 * was rebuilt from the graph after it (a build started during the ingest does not
	 * count; {@code null} when one was not rebuilt within the time limit)
	 * @param refresh per snapshot, seconds from the end of the ingest to its rebuild
	 * @param failures what failed, each with its reason
	 */
	@JsonPropertyOrder({ "patents", "store", "reused", "build_s", "snapshots_s", "ready_s", "down_until_ready",
			"heap_mb", "endpoints", "ingest_s", "refresh_s", "refresh", "failures" })
	public record Size(long patents, String store, boolean reused, @JsonProperty("build_s") Double buildSeconds,
			@JsonProperty("snapshots_s") Double snapshotsSeconds, @JsonProperty("ready_s") Double readySeconds,
			@JsonProperty("down_until_ready") boolean downUntilReady, @JsonProperty("heap_mb") Double heapMb,
			Map<String, Endpoint> endpoints, @JsonProperty("ingest_s") Double ingestSeconds,
			@JsonProperty("refresh_s") Double refreshSeconds, Map<String, Double> refresh, List<String> failures) {
	}

	/**
	 * Latency of one endpoint, over its answers with a 2xx status; the others are counted
	 * under {@code errors} and {@code statuses} (-1: no answer in time, or the connection
	 * failed).
	 *
	 * @param urls distinct requests it cycles through
	 * @param requests timed requests sent
	 * @param errors of those, answers that were not 2xx
	 * @param p50Ms median of the 2xx answers ({@code null} when none)
	 * @param p95Ms 95th percentile (nearest rank)
	 * @param maxMs slowest
	 * @param statuses answers per HTTP status
	 * @param error the first failure's status and message, if any
	 */
	@JsonPropertyOrder({ "urls", "requests", "errors", "p50_ms", "p95_ms", "max_ms", "statuses", "error" })
	public record Endpoint(int urls, int requests, int errors, @JsonProperty("p50_ms") Double p50Ms,
			@JsonProperty("p95_ms") Double p95Ms, @JsonProperty("max_ms") Double maxMs, Map<Integer, Integer> statuses,
			String error) {

		/**
		 * The statistics of a run.
		 * @param urls distinct requests
		 * @param micros latency of each 2xx answer, microseconds
		 * @param statuses status of every timed request, in order
		 * @param error the first failure, or {@code null}
		 */
		static Endpoint of(int urls, long[] micros, List<Integer> statuses, String error) {
			long[] sorted = micros.clone();
			Arrays.sort(sorted);
			Map<Integer, Integer> counts = new LinkedHashMap<>();
			statuses.stream().sorted().forEach(s -> counts.merge(s, 1, Integer::sum));
			int errors = (int) statuses.stream().filter(s -> s < 200 || s >= 300).count();
			boolean none = sorted.length == 0;
			return new Endpoint(urls, statuses.size(), errors, none ? null : LoadTest.percentile(sorted, 50),
					none ? null : LoadTest.percentile(sorted, 95), none ? null : sorted[sorted.length - 1] / 1000.0,
					counts, error);
		}

	}

}
