package org.ipgraph.ingest;

import java.nio.file.Path;

/**
 * Follows a running ingest, e.g. to draw a progress bar.
 */
public interface IngestListener {

	IngestListener NONE = new IngestListener() {
	};

	default void started(long totalBytes, int files) {
	}

	default void file(Path file, String format) {
	}

	default void progress(long bytesDone) {
	}

	default void rejected(Rejection rejection) {
	}

	default void finished(IngestReport report) {
	}

	/**
	 * Whether whoever started the ingest no longer wants it (an API client that went
	 * away): the ingest then stops as on {@link IngestService#requestStop()}, after the
	 * batch in flight, and a document being analysed stops at once.
	 */
	default boolean cancelled() {
		return false;
	}

}
