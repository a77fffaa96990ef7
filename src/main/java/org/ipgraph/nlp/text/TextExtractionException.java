package org.ipgraph.nlp.text;

/**
 * A file that yields no usable text: empty, binary, a corrupt or encrypted PDF. The
 * message says which, in words a user can act on.
 */
public class TextExtractionException extends Exception {

	public TextExtractionException(String message) {
		super(message);
	}

	public TextExtractionException(String message, Throwable cause) {
		super(message, cause);
	}

}
