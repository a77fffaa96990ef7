/**
 * Litigation and ownership-transfer sources: the USPTO Office of the Chief Economist
 * patent litigation docket tables, PTAB proceeding JSON and USPTO assignment-search XML,
 * read into LitigationCase nodes with their parties and patents, and into OWNS history
 * and ACQUIRED_FROM.
 */
package org.ipgraph.ingest.litigation;
