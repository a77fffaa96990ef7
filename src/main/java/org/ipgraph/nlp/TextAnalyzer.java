package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipgraph.ingest.WorkBudget;
import org.ipgraph.nlp.relations.RelationExtractor;
import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.linking.Acronyms;
import org.ipgraph.nlp.text.ExtractedText;
import org.ipgraph.nlp.text.TextBlock;

/**
 * The whole reading of one text: pipeline, acronym definitions, linking, relations.
 */
public final class TextAnalyzer {

	private final NlpPipeline pipeline;

	private final EntityLinker linker;

	private final RelationExtractor relations = new RelationExtractor();

	public TextAnalyzer(NlpPipeline pipeline, EntityLinker linker) {
		this.pipeline = pipeline;
		this.linker = linker;
	}

	public NlpPipeline pipeline() {
		return this.pipeline;
	}

	public EntityLinker linker() {
		return this.linker;
	}

	/**
	 * @param text the text
	 * @param subject the node the text is about (a patent for its own text fields), or
	 * null
	 */
	public DocumentAnalysis analyze(String text, NodeRef subject) {
		return analyze(text, List.of(), false, subject);
	}

	/**
	 * @param text an extracted file: its text, blocks and whether it is marked up
	 * @param subject the node the text is about, or null
	 */
	public DocumentAnalysis analyze(ExtractedText text, NodeRef subject) {
		return analyze(text.text(), text.blocks(), text.markup(), subject);
	}

	/**
	 * @param text the text
	 * @param blocks its structure (headings, list items...) from the text extractor, or
	 * empty
	 * @param markup whether the text is a web page or other marked-up document
	 * @param subject the node the text is about, or null
	 */
	private DocumentAnalysis analyze(String text, List<TextBlock> blocks, boolean markup, NodeRef subject) {
		AnnotatedText annotated = this.pipeline.annotate(text, blocks, markup, this.linker.index().gazetteer());
		String version = this.pipeline.models().nerVersion();
		EntityLinker.DocumentContext context = new EntityLinker.DocumentContext(Acronyms.definitions(annotated));
		List<LinkedMention> linked = new ArrayList<>(annotated.mentions().size());
		WorkBudget budget = WorkBudget.current();
		for (Mention mention : annotated.mentions()) {
			budget.check();
			linked.add(new LinkedMention(mention, this.linker.link(mention, context)));
		}
		if (!annotated.analyzed()) {
			// a language without models: the known names only, no relations
			return new DocumentAnalysis(annotated, linked, List.of(), Map.of(), version);
		}
		RelationExtractor.Result result = this.relations.extract(annotated, linked, subject, version);
		return new DocumentAnalysis(annotated, linked, result.facts(), result.renamed(), version);
	}

}
