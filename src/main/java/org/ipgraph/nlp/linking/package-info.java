/**
 * Entity linking: the names the graph and the reference lists know (keys, aliases,
 * acronyms, fuzzy matches), the gazetteer that finds them in text, and the linker that
 * resolves mentions.
 */
package org.ipgraph.nlp.linking;
