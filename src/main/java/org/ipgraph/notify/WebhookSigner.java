package org.ipgraph.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code sha256=} and the hex HMAC-SHA256, keyed by the webhook's
 * secret, of the timestamp header, a dot and the raw body. A receiver recomputes it over
 * the bytes it received, compares in constant time, and refuses old timestamps (replays).
 */
final class WebhookSigner {

	static final String SIGNATURE_HEADER = "X-Ipgraph-Signature";

	static final String TIMESTAMP_HEADER = "X-Ipgraph-Timestamp";

	static final String DELIVERY_HEADER = "X-Ipgraph-Delivery";

	static final String EVENT_HEADER = "X-Ipgraph-Event";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSigner() {
	}

	/**
	 * A new secret: 32 random bytes, URL-safe Base64 with a {@code whsec_} prefix.
	 */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	/**
	 * Whether a signature header is right for the timestamp and body (constant time).
	 */
	static boolean verify(String secret, long timestamp, byte[] body, String signature) {
		return signature != null
				&& MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
						signature.getBytes(StandardCharsets.US_ASCII));
	}

}
