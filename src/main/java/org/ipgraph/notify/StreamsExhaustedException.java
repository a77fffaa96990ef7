package org.ipgraph.notify;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every alert stream allowed is open: 503, try again later.
 */
class StreamsExhaustedException extends ResponseStatusException {

	StreamsExhaustedException(int max) {
		super(HttpStatus.SERVICE_UNAVAILABLE,
				"All " + max + " alert streams are open (ipgraph.notify.stream.max-connections); retry later");
	}

}
