/**
 * CSV plumbing shared by the CSV source readers: header checks, record positions, encoding and
 * field-count checks, and value parsing with messages a user can act on.
 */
@NamedInterface("csv")
package org.ipgraph.ingest.csv;

import org.springframework.modulith.NamedInterface;
