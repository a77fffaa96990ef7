/**
 * Patents: one patent with its owners, inventors, classifications, citations and sources.
 */
package org.ipgraph.patents;
