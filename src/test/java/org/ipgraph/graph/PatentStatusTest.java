package org.ipgraph.graph;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatentStatusTest {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	@Test
	void aPassedExpiryEndsAPatentWhateverItsStatusSays() {
		// no stated status at all: a source with expiry dates only
		PatentStatus expired = PatentStatus.of(null, null, LocalDate.of(2001, 1, 1), DAY);
		assertThat(expired.expired()).isTrue();
		assertThat(expired.status()).isEqualTo("expired");
		assertThat(PatentStatus.of("lapsed", false, LocalDate.of(2001, 1, 1), DAY).status()).isEqualTo("lapsed");
		assertThat(PatentStatus.of("granted", true, LocalDate.of(2001, 1, 1), DAY).status()).isEqualTo("expired");
	}

	@Test
	void pendingAndUnknownPatentsHaveNotEnded() {
		assertThat(PatentStatus.of("pending", false, null, DAY).expired()).isFalse();
		assertThat(PatentStatus.of(null, null, null, DAY).expired()).isFalse();
		assertThat(PatentStatus.of(null, null, LocalDate.of(2999, 1, 1), DAY).expired()).isFalse();
		assertThat(PatentStatus.of("lapsed", false, null, DAY).expired()).isTrue();
	}

}
