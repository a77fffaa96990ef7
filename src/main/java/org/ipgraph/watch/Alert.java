package org.ipgraph.watch;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * An alert as the API shows it: the {@code Alert} node of the graph model.
 *
 * @param key the dedup key: kind, subject, user and what distinguishes the occurrence
 * @param seq increasing number, for paging and resuming
 * @param kind {@code new_patent}, {@code ownership_change}, {@code npe_acquisition},
 * {@code new_suit}, {@code coming_expiry}, {@code status_change},
 * {@code saved_search_changed}
 * @param title one line
 * @param summary a few sentences
 * @param evidence the source records and sentences behind it
 * @param createdAt when it was derived
 * @param read whether the user marked it read
 * @param restricted risk-bearing: shown only to the LEGAL, ANALYST and ADMIN roles
 */
public record Alert(String key, long seq, String kind, String title, String summary, List<String> evidence,
		ZonedDateTime createdAt, boolean read, boolean restricted) {

	/**
	 * A page of alerts after a sequence number.
	 *
	 * @param items the alerts, by increasing {@code seq}
	 * @param next the {@code after} of the next page (the last seq shown, else the one
	 * asked)
	 * @param hasMore whether more alerts follow
	 */
	public record Page(List<Alert> items, long next, boolean hasMore) {
	}

}
