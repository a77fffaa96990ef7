package org.ipgraph.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback: records every request and answers the status the given
 * function makes of the request's number (1, 2, ...).
 */
final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	Receiver(IntUnaryOperator status) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			var headers = exchange.getRequestHeaders();
			this.requests.add(new Request(headers.getFirst(WebhookSigner.DELIVERY_HEADER),
					headers.getFirst(WebhookSigner.TIMESTAMP_HEADER), headers.getFirst(WebhookSigner.SIGNATURE_HEADER),
					body));
			exchange.sendResponseHeaders(status.applyAsInt(this.requests.size()), -1);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Request(String delivery, String timestamp, String signature, byte[] body) {

		// as docs/monitoring.md tells receivers to check, independently of WebhookSigner
		boolean signedWith(String secret) throws Exception {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((this.timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(this.body)))
				.getBytes(StandardCharsets.UTF_8);
			return this.signature != null
					&& MessageDigest.isEqual(expected, this.signature.getBytes(StandardCharsets.UTF_8));
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
