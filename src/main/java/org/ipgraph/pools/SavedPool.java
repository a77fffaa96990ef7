package org.ipgraph.pools;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A pool an organizer saved: a Pool node with {@code candidate: true}, its MEMBER_OF
 * patents, LICENSOR_OF owner groups with their shares, and FOR_STANDARD.
 *
 * @param id the Pool key
 * @param name the organizer's name for it
 * @param standard the standard it is for, or null
 * @param note free text
 * @param candidateId the candidate it was saved from, or null
 * @param createdBy who saved it: the owner, who alone (with admins) shares and deletes it
 * @param createdAt when
 * @param members member patent numbers
 * @param licensors owner groups with their shares, largest first
 * @param hhi concentration of the shares, 0 to 10,000
 * @param visibility {@code private}: the owner, the users it is shared with and admins
 * see it; {@code public}: every user
 * @param sharedWith the users a private pool is shared with
 */
public record SavedPool(String id, String name, String standard, String note, String candidateId, String createdBy,
		ZonedDateTime createdAt, List<String> members, List<Share> licensors, double hhi, String visibility,
		List<String> sharedWith) {

	/**
	 * A licensor's share.
	 *
	 * @param group owner group id
	 * @param name its name
	 * @param patents members it holds
	 * @param share its share
	 */
	public record Share(String group, String name, double patents, double share) {
	}

}
