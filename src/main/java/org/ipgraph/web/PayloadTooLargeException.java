package org.ipgraph.web;

import java.io.IOException;

/**
 * A request body ran over its limit while it was read (sent chunked, without a length);
 * answered with 413.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("Request bodies are limited to " + limit + " bytes here.");
	}

}
