package org.ipgraph.pools;

import java.util.List;
import java.util.Map;

import org.ipgraph.graph.PatentStatus;

/**
 * A candidate pool: complementary patents of at least three independent owner groups.
 *
 * @param id a stable id from the member patents
 * @param standard the standard most members are declared essential to, or null
 * @param standards declared members per standard
 * @param score the ranking score: mean member score times owner diversity (1 - HHI/10000)
 * @param scoreComponents what the score is made of
 * @param members the complementary patents, best evidenced first
 * @param licensors owner groups with their shares, largest first
 * @param hhi Herfindahl-Hirschman index of the licensors' shares, 0 to 10,000
 * @param blocking citations between licensors, mutual ones first
 * @param missingHolders owner groups of similar patents outside the pool, likeliest first
 * @param substitutes near-duplicates of members by the same owner group, kept out of the
 * count
 * @param explanation a one-paragraph summary of why this is a candidate
 */
public record PoolCandidate(String id, String standard, Map<String, Integer> standards, double score,
		Map<String, Double> scoreComponents, List<PoolMember> members, List<Licensor> licensors, double hhi,
		List<BlockingRelation> blocking, List<MissingHolder> missingHolders, List<Substitute> substitutes,
		String explanation) {

	/**
	 * A member patent with its essentiality evidence.
	 *
	 * @param number the patent number
	 * @param title its title
	 * @param owners current owners (graph ids)
	 * @param groups the owners rolled up to their corporate parents
	 * @param score the member score, 0 to 1
	 * @param components declared, citations, textToCore, textToStandard (each 0 to 1)
	 * @param declaredTo standards it is declared essential to
	 * @param reasons why it is in the pool, in words
	 * @param legal its status and expiry; {@code legal.expired} flags a member that has
	 * ended (only with {@code includeExpired})
	 */
	public record PoolMember(String number, String title, List<String> owners, List<String> groups, double score,
			Map<String, Double> components, List<String> declaredTo, List<String> reasons, PatentStatus legal) {
	}

	/**
	 * A licensor: an independent owner group.
	 *
	 * @param group the top of the corporate tree (graph id)
	 * @param name its name
	 * @param owners the group's organizations that own members
	 * @param patents members it holds (a co-owned patent counts for each co-owner's
	 * share)
	 * @param share its share of the members, 0 to 1
	 * @param valueShare its share of the members' value (stored by {@code ipgraph value
	 * store}), 0 to 1; null when no member has a stored value
	 * @param declared whether it declared members essential to the pool's standard
	 */
	public record Licensor(String group, String name, List<String> owners, double patents, double share,
			Double valueShare, boolean declared) {
	}

	/**
	 * Citations between two licensors' members. Mutual citations suggest each needs the
	 * other's patents: a blocking position a pool resolves.
	 *
	 * @param group one licensor
	 * @param otherGroup the other
	 * @param cites citations from the first's members to the second's
	 * @param citedBy citations the other way
	 * @param mutual both directions present
	 */
	public record BlockingRelation(String group, String otherGroup, int cites, int citedBy, boolean mutual) {
	}

	/**
	 * An owner group of similar patents outside the pool: a likely but missing holder.
	 *
	 * @param group the top of the corporate tree
	 * @param name its name
	 * @param score 0 to 1
	 * @param patents its similar patents with their evidence
	 * @param reason in words
	 */
	public record MissingHolder(String group, String name, double score, List<HolderPatent> patents, String reason) {
	}

	/**
	 * A missing holder's patent.
	 *
	 * @param number patent number
	 * @param title title
	 * @param similarity residual text similarity to the pool core
	 * @param citationLinks citations to or from members
	 * @param clustered whether community detection put it with the members
	 * @param score 0 to 1
	 * @param legal its status and expiry
	 */
	public record HolderPatent(String number, String title, double similarity, int citationLinks, boolean clustered,
			double score, PatentStatus legal) {
	}

	/**
	 * A near-duplicate of a member by the same owner group: a substitute, not a
	 * complement.
	 *
	 * @param number the substitute
	 * @param substituteOf the member it duplicates
	 * @param group the owner group
	 * @param reason same family, or the text similarity
	 */
	public record Substitute(String number, String substituteOf, String group, String reason) {
	}

}
