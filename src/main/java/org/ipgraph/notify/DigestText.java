package org.ipgraph.notify;

import java.util.List;

/**
 * The plain text of an alert digest.
 */
final class DigestText {

	private DigestText() {
	}

	static String of(String username, long total, List<NotifiedAlert> listed) {
		StringBuilder text = new StringBuilder();
		text.append(total)
			.append(total == 1 ? " new alert" : " new alerts")
			.append(" for ")
			.append(username)
			.append(" since the last digest:\n\n");
		int n = 0;
		for (NotifiedAlert alert : listed) {
			text.append(++n).append(". [").append(alert.kind()).append("] ").append(alert.title());
			text.append(" (#").append(alert.seq());
			if (alert.createdAt() != null) {
				text.append(", ").append(alert.createdAt().toOffsetDateTime());
			}
			text.append(")\n");
			if (alert.summary() != null && !alert.summary().isBlank()) {
				text.append("   ").append(alert.summary().strip().replace("\n", "\n   ")).append('\n');
			}
			if (!alert.evidence().isEmpty()) {
				text.append("   Evidence: ").append(String.join("; ", alert.evidence())).append('\n');
			}
			text.append('\n');
		}
		if (total > listed.size()) {
			text.append("... and ").append(total - listed.size()).append(" more: GET /api/v1/alerts\n\n");
		}
		text.append("You receive this digest because an e-mail address is set for your ipgraph user; ")
			.append("removing it (DELETE /api/v1/notify/email) stops the digests.\n");
		return text.toString();
	}

}
