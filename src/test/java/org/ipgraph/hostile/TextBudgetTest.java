package org.ipgraph.hostile;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 2: a text document whose analysis would run for minutes (a single line
 * of 3 MB, no paragraph breaks) is rejected when it passes its time budget
 * ({@code ipgraph.nlp.max-document-time}, 3 s here), and an upload whose client goes away
 * stops at once. Neither leaves anything in the graph.
 */
class TextBudgetTest extends HostileInputTest {

	static final byte[] PATHOLOGICAL = ("Acme Video Corporation licensed its coding patents to Beta Industries of "
			+ "Berlin, and Gamma Networks sued Delta Systems in Texas over them. ")
		.repeat(22_000)
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void modelsLoaded() throws Exception {
		// the models and the name index load once, before any document's budget
		HttpResponse<String> warm = upload("anna", "text",
				Map.of("warm.txt", "Acme Corporation licensed a patent.".getBytes(StandardCharsets.UTF_8)));
		assertThat(warm.statusCode()).as(warm.body()).isEqualTo(200);
		clearGraph();
	}

	@Test
	void aDocumentOverItsTimeBudgetIsRejectedWithinTheBudget() throws Exception {
		Map<String, Long> before = counts();
		long[] millis = new long[1];
		HttpResponse<String>[] response = new HttpResponse[1];
		long peak = peakHeapMb(() -> {
			long start = System.nanoTime();
			response[0] = upload("anna", "text", Map.of("long-line.txt", PATHOLOGICAL));
			millis[0] = (System.nanoTime() - start) / 1_000_000;
		});

		assertThat(response[0].statusCode()).as(response[0].body()).isEqualTo(200);
		JsonNode rejection = JSON.readTree(response[0].body()).path("rejections").get(0);
		assertThat(rejection.path("file").asString()).isEqualTo("long-line.txt");
		assertThat(rejection.path("reason").asString())
			.startsWith("the analysis took longer than 3 s (ipgraph.nlp.max-document-time) and was stopped");
		// the budget plus the upload, extraction and a loaded machine; unbounded, the
		// analysis runs for minutes
		assertThat(millis[0]).as("ms until the answer").isLessThan(25_000);
		assertThat(counts()).isEqualTo(before);
		assertThat(peak).as("peak heap MB").isLessThan(2500);
	}

	@Test
	void anUploadWhoseClientLeavesStopsAndStoresNothing() throws Exception {
		Map<String, Long> before = counts();
		double cancelledBefore = cancelled();
		String boundary = "leaving";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/ingest?format=text HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic("anna")
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
					+ (head.length + PATHOLOGICAL.length + tail.length) + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.write(head);
			out.write(PATHOLOGICAL);
			out.write(tail);
			out.flush();
			// the upload is read and its analysis under way, well inside its 3 s budget
			Thread.sleep(1000);
		}
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (cancelled() == cancelledBefore && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(cancelled()).as("ingests stopped because the client left").isEqualTo(cancelledBefore + 1);
		assertThat(counts()).isEqualTo(before);
	}

	private double cancelled() {
		return this.meters.counter("ipgraph.ingest.cancelled").count();
	}

}
