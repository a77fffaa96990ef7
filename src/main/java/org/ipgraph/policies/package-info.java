/**
 * Policy and fund matching: eligibility facts read from policy and fund texts (who may
 * apply, size, region, fields, instrument, amounts, deadlines, issuing body), each with
 * its evidence sentence and stored on the Policy or Fund node, and the matching of an
 * organization or a demand to them, ranked, with the reasons that make it eligible or
 * not.
 */
package org.ipgraph.policies;
