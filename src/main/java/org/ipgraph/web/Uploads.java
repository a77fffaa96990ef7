package org.ipgraph.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * What went wrong with a multipart upload, in words: the container reports a part or size
 * limit only in its exception messages.
 */
final class Uploads {

	/** The most files one upload may carry; the ingest endpoint validates the same. */
	static final int MAX_FILES = 50;

	private Uploads() {
	}

	static boolean tooManyParts(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("parts")) {
				return true;
			}
		}
		return false;
	}

	static boolean tooLarge(MultipartException ex) {
		return ex instanceof MaxUploadSizeExceededException && !tooManyParts(ex);
	}

	static String reason(MultipartException ex) {
		if (tooManyParts(ex)) {
			return "An upload carries at most " + MAX_FILES + " files.";
		}
		if (ex instanceof MaxUploadSizeExceededException size && size.getMaxUploadSize() > 0) {
			return "Uploads are limited to " + size.getMaxUploadSize() + " bytes.";
		}
		return ex instanceof MaxUploadSizeExceededException ? "The upload is larger than allowed."
				: "The upload is not a well-formed multipart/form-data body.";
	}

}
