package org.ipgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, briefly, which (stored hash, password) pairs it has
 * verified, so that HTTP Basic does not pay a bcrypt check (about 100 ms) on every
 * request. Only successful checks are remembered, under an HMAC of the stored hash and
 * the password with a key made at start (neither is kept); at most {@code size} entries,
 * each for at most {@code ttl}. A password change writes a new stored hash and a removed
 * user has none, so neither can match a remembered entry: invalidation needs no event,
 * even when another process changed the user.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final int size;

	private final long ttlNanos;

	private final LongSupplier clock;

	private final SecretKeySpec key;

	private final Map<String, Long> verified;

	CachingPasswordEncoder(PasswordEncoder delegate, int size, Duration ttl) {
		this(delegate, size, ttl, System::nanoTime);
	}

	CachingPasswordEncoder(PasswordEncoder delegate, int size, Duration ttl, LongSupplier clock) {
		this.delegate = delegate;
		this.size = size;
		this.ttlNanos = ttl.toNanos();
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.verified = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > CachingPasswordEncoder.this.size;
			}
		};
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null || this.size <= 0 || this.ttlNanos <= 0) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String entry = entry(rawPassword, encodedPassword);
		long now = this.clock.getAsLong();
		synchronized (this.verified) {
			Long at = this.verified.get(entry);
			if (at != null && now - at < this.ttlNanos) {
				return true;
			}
			this.verified.remove(entry);
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.verified) {
				this.verified.put(entry, now);
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	int cached() {
		synchronized (this.verified) {
			return this.verified.size();
		}
	}

	private String entry(CharSequence raw, String encoded) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(encoded.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
