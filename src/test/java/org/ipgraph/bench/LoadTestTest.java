package org.ipgraph.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadTestTest {

	@Test
	void refusesAnythingButLoopback() {
		assertThatThrownBy(
				() -> new LoadTest(URI.create("http://192.0.2.1/"), null, 1, Duration.ofSeconds(1), List.of("/")))
			.hasMessageContaining("only targets loopback");
	}

	@Test
	void countsRequestsErrorsAndStopsByItself() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ok", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/fail", exchange -> {
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		server.start();
		try {
			URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
			long t0 = System.nanoTime();
			LoadTest.Result result = new LoadTest(base, null, 4, Duration.ofSeconds(1), List.of("/ok?a=1", "/fail"))
				.run();
			assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
			assertThat(result.overall().requests()).isPositive();
			assertThat(result.endpoints()).containsKeys("/ok", "/fail");
			assertThat(result.endpoints().get("/ok").errors()).isZero();
			assertThat(result.endpoints().get("/fail").errors()).isEqualTo(result.endpoints().get("/fail").requests());
			assertThat(result.statuses()).containsKeys(200, 500);
			assertThat(result.overall().p50Ms()).isLessThanOrEqualTo(result.overall().p99Ms());
		}
		finally {
			server.stop(0);
		}
	}

}
