/**
 * Text from files: plain text, Markdown, HTML and PDF to plain text, with the encodings
 * nobody declared. A named interface: the CLI reads files with it.
 */
@NamedInterface("text")
package org.ipgraph.nlp.text;

import org.springframework.modulith.NamedInterface;
