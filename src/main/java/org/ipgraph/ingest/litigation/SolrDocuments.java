package org.ipgraph.ingest.litigation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the {@code <doc>} elements of a Solr XML response's {@code <result>}: each as
 * field name to values ({@code <str name="reelNo">} gives one value,
 * {@code <arr name="patNum">} several, in order). No DTD or external entity is read.
 */
final class SolrDocuments implements AutoCloseable {

	private static final XMLInputFactory FACTORY = factory();

	private final XMLStreamReader xml;

	private boolean inResult;

	private int docLine;

	SolrDocuments(InputStream in) throws XMLStreamException {
		this.xml = FACTORY.createXMLStreamReader(in);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/**
	 * The next document, or null at the end of the result.
	 */
	Map<String, List<String>> next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String element = this.xml.getLocalName();
				if (element.equals("result")) {
					this.inResult = true;
				}
				else if (this.inResult && element.equals("doc")) {
					this.docLine = this.xml.getLocation().getLineNumber();
					return document();
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && this.xml.getLocalName().equals("result")) {
				this.inResult = false;
			}
		}
		return null;
	}

	/**
	 * The line the last document returned starts on.
	 */
	int line() {
		return this.docLine;
	}

	private Map<String, List<String>> document() throws XMLStreamException {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		String array = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getAttributeValue(null, "name");
				if (this.xml.getLocalName().equals("arr")) {
					array = name;
					fields.computeIfAbsent(array, k -> new ArrayList<>());
				}
				else if (array != null) {
					fields.get(array).add(this.xml.getElementText().strip());
				}
				else if (name != null) {
					fields.computeIfAbsent(name, k -> new ArrayList<>()).add(this.xml.getElementText().strip());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String element = this.xml.getLocalName();
				if (element.equals("arr")) {
					array = null;
				}
				else if (element.equals("doc")) {
					return fields;
				}
			}
		}
		throw new XMLStreamException("the document ends inside a <doc>");
	}

	@Override
	public void close() throws XMLStreamException {
		this.xml.close();
	}

}
