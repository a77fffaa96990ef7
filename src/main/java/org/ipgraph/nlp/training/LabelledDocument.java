package org.ipgraph.nlp.training;

import java.util.List;

/**
 * The samples of one source document, written together so that a blank line (where the
 * name finder forgets adaptive data) separates documents.
 *
 * @param id where it came from
 * @param samples its sentences
 * @param heldOut whether it belongs to the held-out part
 */
record LabelledDocument(String id, List<TrainingSample> samples, boolean heldOut) {
}
