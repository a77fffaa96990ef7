package org.ipgraph.experts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, stable handles for people: a keyed hash (HMAC-SHA256) of the identity key.
 * Without the key a handle cannot be turned back into a name by hashing guesses (Person
 * ids are names), and the same person gets the same handle in every answer. Results are
 * ordered by handle on equal scores, so the order tells nothing about names either.
 */
final class Handles {

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final SecretKeySpec key;

	Handles(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("the handle secret needs at least 16 bytes");
		}
		this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
	}

	/**
	 * {@code p-} and 20 characters of the hash (100 bits).
	 */
	String of(String identity) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] hash = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
			StringBuilder out = new StringBuilder("p-");
			long bits = 0;
			int available = 0;
			int index = 0;
			while (out.length() < 22) {
				if (available < 5) {
					bits = (bits << 8) | (hash[index++] & 0xFF);
					available += 8;
				}
				out.append(ALPHABET[(int) ((bits >>> (available - 5)) & 31)]);
				available -= 5;
			}
			return out.toString().toLowerCase(Locale.ROOT);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
