/**
 * Non-practicing-entity (NPE) litigation risk for legal teams: an explained NPE score per
 * owner (a Smile classifier over litigation, acquisition, inventor, name and network
 * signals, with hand-set rules as the fallback), a company's exposure to NPE-held patents
 * near its technology, and the risk that a given patent is asserted.
 */
package org.ipgraph.risk;
