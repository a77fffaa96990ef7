package org.ipgraph.hostile;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: five parallel requests create the same user: one is created, the
 * others get 409 Conflict as problem details, never a 500.
 */
class ConcurrentUserCreationTest extends HostileInputTest {

	@RepeatedTest(3)
	void oneCreatedTheOthersConflict() throws Exception {
		Map<String, Long> before = counts();
		String body = "{\"username\": \"twin\", \"password\": \"a long enough secret\", \"roles\": [\"USER\"]}";
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> futures = new ArrayList<>();
		long peak = peakHeapMb(() -> {
			try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
				for (int i = 0; i < 5; i++) {
					futures.add(pool.submit(() -> {
						start.await();
						return json("root", "POST", "/api/v1/users", body);
					}));
				}
				start.countDown();
			}
		});

		List<Integer> statuses = new ArrayList<>();
		for (Future<HttpResponse<String>> future : futures) {
			HttpResponse<String> response = future.get();
			statuses.add(response.statusCode());
			if (response.statusCode() != 201) {
				assertProblem(response, 409, "User 'twin' exists");
			}
		}
		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(count("MATCH (u:User {username: 'twin'}) RETURN count(u)")).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEvent {action: 'users.create', target: 'twin'}) RETURN count(e)")).isEqualTo(1);
		assertThat(counts()).isEqualTo(before);
		assertThat(peak).as("peak heap MB").isLessThan(2500);
	}

}
