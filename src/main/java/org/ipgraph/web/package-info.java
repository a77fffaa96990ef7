/**
 * Cross-cutting HTTP: error bodies as RFC 9457 problem details, paging, API
 * documentation.
 */
package org.ipgraph.web;
