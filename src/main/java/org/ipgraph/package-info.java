/**
 * ipgraph's application root. Each subpackage is one module: a feature or a shared piece.
 */
package org.ipgraph;
