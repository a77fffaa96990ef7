package org.ipgraph.nlp.training;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.nlp.KnownEntity;

/**
 * What every {@link EvaluationPart} measures with: the model directory, the shared data,
 * the systems compared (each a pipeline), the reference names, and the hand-annotated
 * text sets, read once and shared by the parts that use them.
 *
 * @param modelDir the model directory ({@code nlp-models/})
 * @param data the shared-data root
 * @param systems the pipelines compared, on all reference names
 * @param trainHalf the same pipelines with the held-out half of the agency list removed
 * from the reference names
 * @param reference the reference names (agencies, IP offices, programs)
 * @param trainHalfReference the reference without the held-out half of raw-to-clean
 * @param log progress lines
 */
record EvaluationContext(Path modelDir, Path data, Systems systems, Systems trainHalf, List<KnownEntity> reference,
		List<KnownEntity> trainHalfReference, AnnotatedSets annotated, PrintStream log) {

}
