package org.ipgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleReportTest {

	@Test
	void percentilesAreNearestRankOverTheAnswersAndErrorsAreCountedApart() {
		// 1..100 ms answered, then two failures that must not enter the latencies
		long[] micros = IntStream.rangeClosed(1, 100).mapToLong(i -> i * 1000L).toArray();
		List<Integer> statuses = new java.util.ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> 200).toList());
		statuses.add(503);
		statuses.add(-1);
		ScaleReport.Endpoint endpoint = ScaleReport.Endpoint.of(4, reversed(micros), statuses, "503 busy");
		assertThat(endpoint.requests()).isEqualTo(102);
		assertThat(endpoint.errors()).isEqualTo(2);
		assertThat(endpoint.p50Ms()).isEqualTo(50.0);
		assertThat(endpoint.p95Ms()).isEqualTo(95.0);
		assertThat(endpoint.maxMs()).isEqualTo(100.0);
		assertThat(endpoint.statuses()).containsExactly(Map.entry(-1, 1), Map.entry(200, 100), Map.entry(503, 1));
	}

	@Test
	void anEndpointThatNeverAnsweredHasNoLatencyButItsReason() {
		ScaleReport.Endpoint endpoint = ScaleReport.Endpoint.of(1, new long[0], List.of(-1, -1),
				"no answer: HttpTimeoutException");
		assertThat(endpoint.p50Ms()).isNull();
		assertThat(endpoint.p95Ms()).isNull();
		assertThat(endpoint.errors()).isEqualTo(2);
		assertThat(endpoint.error()).contains("HttpTimeoutException");
	}

	@Test
	void jsonHasTheKeysTheIssueNames() {
		ScaleReport.Endpoint partners = ScaleReport.Endpoint.of(2, new long[] { 10_000, 30_000 }, List.of(200, 200),
				null);
		ScaleReport report = new ScaleReport("Java 25, 2 cores", "4g", 2, 1,
				List.of(new ScaleReport.Size(3000, "/tmp/s/store-3000", true, null, 40.5, 61.5, true, 812.0,
						Map.of("partners", partners), 4.2, 17.0, Map.of("partners", 17.0), List.of()),
						new ScaleReport.Size(1_000_000, "/tmp/s/store-1000000", false, 218.0, null, null, true, null,
								Map.of(), null, null, Map.of(), List.of("not ready within 900 s"))));
		JsonNode json = JsonMapper.builder().build().readTree(JsonMapper.builder().build().writeValueAsString(report));
		JsonNode first = json.path("sizes").get(0);
		assertThat(first.path("patents").asLong()).isEqualTo(3000);
		assertThat(first.path("ready_s").asDouble()).isEqualTo(61.5);
		assertThat(first.path("snapshots_s").asDouble()).isEqualTo(40.5);
		assertThat(first.path("heap_mb").asDouble()).isEqualTo(812.0);
		assertThat(first.path("refresh_s").asDouble()).isEqualTo(17.0);
		assertThat(first.path("endpoints").path("partners").path("p95_ms").asDouble()).isEqualTo(30.0);
		assertThat(first.path("endpoints").path("partners").path("p50_ms").asDouble()).isEqualTo(10.0);
		JsonNode failed = json.path("sizes").get(1);
		assertThat(failed.has("ready_s")).isTrue();
		assertThat(failed.path("ready_s").isNull()).isTrue();
		assertThat(failed.path("failures").get(0).asString()).contains("not ready");
	}

	@Test
	void settingsRefuseWhatCannotRun() {
		assertThatThrownBy(() -> settings(List.of(3000), "4 GB")).hasMessageContaining("4g");
		assertThatThrownBy(() -> settings(List.of(), "4g")).hasMessageContaining("sizes");
		assertThat(settings(List.of(3000, 100_000), "4g").sizes()).containsExactly(3000, 100_000);
	}

	@Test
	void ingestedPatentsAreNewNumbersWithKnownApplicants() {
		ScaleBenchmark.Requests requests = new ScaleBenchmark.Requests(List.of("US10000001"), List.of("org-1"),
				List.of("acme"), List.of("Motion vector prediction"), List.of("H04N19"));
		String csv = new String(ScaleBenchmark.lensCsv(41_000_000, 3, requests),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(4);
		assertThat(csv).contains("US 41000000 B2", "US 41000002 B2", "ACME SCALE HOLDINGS",
				"Motion vector prediction variant 2");
	}

	@Test
	void aRefreshCountsOnlyBuildsThatStartedAfterTheIngest() {
		JsonMapper json = JsonMapper.builder().build();
		java.time.Instant ingested = java.time.Instant.parse("2026-12-06T20:00:00Z");
		// started 2 s after the ingest ended, finished 12 s after
		assertThat(ScaleBenchmark.rebuiltAfter(
				json.readTree("{\"version\":\"a\",\"builtAt\":\"2026-12-06T20:00:12Z\",\"buildSeconds\":10.0}"),
				ingested))
			.isEqualTo(12.0);
		// finished after the ingest, but started during it: saw part of the graph
		assertThat(ScaleBenchmark.rebuiltAfter(
				json.readTree("{\"version\":\"a\",\"builtAt\":\"2026-12-06T20:00:05Z\",\"buildSeconds\":10.0}"),
				ingested))
			.isNull();
		assertThat(ScaleBenchmark.rebuiltAfter(json.readTree("{\"ready\":false}"), ingested)).isNull();
	}

	private static ScaleBenchmark.Settings settings(List<Integer> sizes, String heap) {
		return settings(sizes, heap, java.util.Set.of(), List.of());
	}

	private static ScaleBenchmark.Settings settings(List<Integer> sizes, String heap, java.util.Set<String> endpoints,
			List<String> properties) {
		return new ScaleBenchmark.Settings(List.of("java", "-jar", "ipgraph.jar"), Path.of("/tmp/x"), sizes, 42, heap,
				10, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, Duration.ofSeconds(1),
				18260, "127.0.0.1:17860", "127.0.0.1:17660", java.util.Set.of("partners"), endpoints, properties, true);
	}

	@Test
	void endpointsAreChosenByTheNamesTheBenchTimesAndPropertiesAreNameValue() {
		ScaleBenchmark.Requests requests = new ScaleBenchmark.Requests(List.of("US10000001"), List.of("org-1"),
				List.of("acme"), List.of("Motion vector prediction"), List.of("H04N19"));
		assertThat(requests.byEndpoint().keySet()).containsExactlyElementsOf(ScaleBenchmark.ENDPOINTS);
		assertThat(settings(List.of(3000), "4g", java.util.Set.of("exposure", "risk_npe"),
				List.of("ipgraph.experts.warm-up=false"))
			.endpoints()).containsExactlyInAnyOrder("exposure", "risk_npe");
		assertThatThrownBy(() -> settings(List.of(3000), "4g", java.util.Set.of("exposures"), List.of()))
			.hasMessageContaining("unknown endpoint 'exposures'")
			.hasMessageContaining("risk_npe");
		assertThatThrownBy(() -> settings(List.of(3000), "4g", java.util.Set.of(), List.of("--debug")))
			.hasMessageContaining("name=value");
		assertThat(ScaleBenchmark.warmedSnapshots(
				List.of("ipgraph.partners.warm-up=false", "ipgraph.experts.warm-up=false", "ipgraph.pools.x=1")))
			.containsExactly("providers", "valuation", "risk");
	}

	private static long[] reversed(long[] values) {
		long[] out = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[values.length - 1 - i];
		}
		return out;
	}

}
