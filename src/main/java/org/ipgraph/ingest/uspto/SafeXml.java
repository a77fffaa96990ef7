package org.ipgraph.ingest.uspto;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one document without reading anything outside it: no external DTD (USPTO files
 * name theirs, but it is not needed), no external entities, the JDK's secure-processing
 * limits on entity expansion. Named entities that the unread DTD would have declared stay
 * as entity reference nodes, which {@link Dom#text} resolves, so they do not fail the
 * document. {@link #staxFactory} gives the streaming parser the same protections.
 */
final class SafeXml {

	/** The JDK StAX parser's switch for not reading the DOCTYPE's external subset. */
	private static final String IGNORE_EXTERNAL_DTD = "http://java.sun.com/xml/stream/properties/ignore-external-dtd";

	private final DocumentBuilder builder;

	SafeXml() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			factory.setValidating(false);
			this.builder = factory.newDocumentBuilder();
			this.builder.setErrorHandler(new Strict());
			this.builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity '" + systemId + "' is not loaded");
			});
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks a security feature", ex);
		}
	}

	/**
	 * Parses a document.
	 * @param content the bytes
	 * @param firstLine the document's first line in the file, for messages
	 * @param root the expected root element, to recognise a truncated document
	 */
	Document parse(byte[] content, long firstLine, String root) throws InvalidDocumentException {
		try {
			this.builder.reset();
			return this.builder.parse(new ByteArrayInputStream(content));
		}
		catch (SAXParseException ex) {
			throw new InvalidDocumentException(
					reason(ex, ex.getMessage(), ex.getLineNumber(), ex.getColumnNumber(), firstLine, content, root));
		}
		catch (SAXException ex) {
			throw new InvalidDocumentException("not well-formed XML: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new InvalidDocumentException("cannot be read: " + ex.getMessage());
		}
	}

	/**
	 * Why a parser failed on a document, with the line in the file.
	 * @param ex the parser's exception
	 * @param message the parser's message
	 * @param lineInDocument the line in the document, from 1, or 0 when unknown
	 * @param column the column, or 0 when unknown
	 * @param firstLine the document's first line in the file
	 * @param content the document's bytes
	 * @param root the expected root element, to recognise a truncated document
	 */
	static String reason(Throwable ex, String message, int lineInDocument, int column, long firstLine, byte[] content,
			String root) {
		long line = lineInDocument > 0 ? firstLine + lineInDocument - 1 : firstLine;
		if (root != null && !endsWith(content, "</" + root + ">")) {
			return "truncated: the document ends before its closing </" + root + "> tag"
					+ " (the file may have been cut off while copying or downloading)";
		}
		if (isEncodingError(ex, message)) {
			return "invalid UTF-8 byte sequence at line " + line + " (" + message
					+ "); USPTO XML must be UTF-8 - check that the file was not converted or damaged";
		}
		return "not well-formed XML at line " + line + ", column " + column + ": " + message;
	}

	private static boolean isEncodingError(Throwable ex, String message) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharConversionException) {
				return true;
			}
			if (t instanceof SAXException sax && sax.getException() instanceof CharConversionException) {
				return true;
			}
			if (t instanceof XMLStreamException stax && stax.getNestedException() instanceof CharConversionException) {
				return true;
			}
		}
		return message != null && message.startsWith("Invalid byte");
	}

	/**
	 * A StAX factory with the same protections as the DOM parser: no external DTD or
	 * entity is read (a resolver that refuses them, should the parser ask), the JDK's
	 * limits on entity expansion, and entity references reported as such rather than
	 * expanded, so that named entities of the unread DTD do not fail the document (the
	 * reader resolves them as {@link Dom#text} does).
	 */
	static XMLInputFactory staxFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(IGNORE_EXTERNAL_DTD, true);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external entity '" + systemId + "' is not loaded");
		});
		return factory;
	}

	private static boolean endsWith(byte[] content, String tag) {
		int end = content.length;
		while (end > 0 && Character.isWhitespace(content[end - 1])) {
			end--;
		}
		byte[] suffix = tag.getBytes(StandardCharsets.UTF_8);
		if (end < suffix.length) {
			return false;
		}
		for (int i = 0; i < suffix.length; i++) {
			if (content[end - suffix.length + i] != suffix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Fails on errors instead of printing them to standard error.
	 */
	private static final class Strict implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

	}

}
