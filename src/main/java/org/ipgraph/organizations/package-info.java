/**
 * Organizations: full-text search, and one organization with its corporate group and a
 * summary of its portfolio.
 */
package org.ipgraph.organizations;
