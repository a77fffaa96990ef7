/**
 * Patent-pool candidates for alliance organizers: clusters of complementary patents held
 * by at least three independent owner groups, with essentiality evidence, licensor shares
 * and concentration, blocking relations, likely missing holders and substitutes kept
 * apart; and the organizers' saved pool work.
 */
package org.ipgraph.pools;
