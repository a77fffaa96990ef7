package org.ipgraph.market;

import java.util.List;

/**
 * A demand as the caller may see it. An anonymous demand seen by anyone other than its
 * requester, an admin or an organizer (the broker) shows the requester as "anonymous" and
 * only coarse facts: kind, fields at CPC subclass level, budget band, deadline and
 * status; its text, keywords, exact budget, region and user are left out (null).
 *
 * @param id key
 * @param kind licence, purchase, rd or expert
 * @param status open, closed, or expired (open past its deadline)
 * @param anonymous whether the requester hides from others
 * @param identityShown whether this view shows the requester
 * @param requester the requesting organization's key, or "anonymous"
 * @param requesterName its name, or null
 * @param text what is needed
 * @param cpc fields (subclasses only when masked)
 * @param keywords keywords
 * @param budget budget
 * @param currency budget currency
 * @param budgetBand the budget's order of magnitude, e.g. "100k-1M"
 * @param deadline when it is needed by
 * @param region where
 * @param createdAt when it was published
 * @param createdBy the user who published it
 */
public record MarketDemand(String id, String kind, String status, boolean anonymous, boolean identityShown,
		String requester, String requesterName, String text, List<String> cpc, List<String> keywords, Double budget,
		String currency, String budgetBand, String deadline, String region, String createdAt, String createdBy) {
}
