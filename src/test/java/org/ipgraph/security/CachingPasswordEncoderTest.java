package org.ipgraph.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic pays one slow check per login and time-to-live, never trusts a failed one,
 * and a changed password (a new stored hash) is checked again at once.
 */
class CachingPasswordEncoderTest {

	private final AtomicInteger checks = new AtomicInteger();

	private final AtomicLong clock = new AtomicLong();

	private final PasswordEncoder slow = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			CachingPasswordEncoderTest.this.checks.incrementAndGet();
			return encoded.equals("hash:" + raw);
		}
	};

	@Test
	void remembersASuccessfulCheckForItsTimeToLive() {
		CachingPasswordEncoder encoder = new CachingPasswordEncoder(this.slow, 10, Duration.ofSeconds(60),
				this.clock::get);
		assertThat(encoder.matches("secret", "hash:secret")).isTrue();
		assertThat(encoder.matches("secret", "hash:secret")).isTrue();
		assertThat(this.checks).hasValue(1);
		this.clock.addAndGet(Duration.ofSeconds(61).toNanos());
		assertThat(encoder.matches("secret", "hash:secret")).isTrue();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void neverRemembersAFailureAndChecksANewHashAgain() {
		CachingPasswordEncoder encoder = new CachingPasswordEncoder(this.slow, 10, Duration.ofSeconds(60),
				this.clock::get);
		assertThat(encoder.matches("wrong", "hash:secret")).isFalse();
		assertThat(encoder.matches("wrong", "hash:secret")).isFalse();
		assertThat(this.checks).hasValue(2);
		assertThat(encoder.matches("secret", "hash:secret")).isTrue();
		// the password changed: the stored hash is another one, the old password no
		// longer
		// matches
		assertThat(encoder.matches("secret", "hash:changed")).isFalse();
		assertThat(encoder.matches("changed", "hash:changed")).isTrue();
		assertThat(this.checks).hasValue(5);
	}

	@Test
	void keepsAtMostItsSizeAndCanBeTurnedOff() {
		CachingPasswordEncoder encoder = new CachingPasswordEncoder(this.slow, 2, Duration.ofSeconds(60),
				this.clock::get);
		for (int i = 0; i < 5; i++) {
			encoder.matches("p" + i, "hash:p" + i);
		}
		assertThat(encoder.cached()).isEqualTo(2);
		CachingPasswordEncoder off = new CachingPasswordEncoder(this.slow, 0, Duration.ofSeconds(60), this.clock::get);
		this.checks.set(0);
		off.matches("secret", "hash:secret");
		off.matches("secret", "hash:secret");
		assertThat(this.checks).hasValue(2);
	}

}
