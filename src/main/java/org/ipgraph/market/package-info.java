/**
 * The demand-and-offer library: offers of patents or packages for licence, sale or pledge
 * with their terms, first-class demands (licence, purchase, R&amp;D, expert) whose
 * requester may stay anonymous to others, and the matching of every new offer against the
 * open demands and every new demand against the active offers, stored with its
 * explanation.
 */
package org.ipgraph.market;
