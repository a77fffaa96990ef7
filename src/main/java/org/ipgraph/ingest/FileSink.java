package org.ipgraph.ingest;

/**
 * Where one file's records go during an ingest: counts them, reports rejections with the
 * file, record and reason, and notes with the file. {@link #flush} stores what is
 * pending; the transactional sink writes batches, the bulk sink applies them to the graph
 * it builds.
 */
abstract class FileSink implements RecordSink {

	private final String file;

	private final String documentId;

	private final IngestLimits limits;

	final IngestReport report;

	private final IngestListener listener;

	private long records;

	private long rejected;

	FileSink(String file, String documentId, IngestLimits limits, IngestReport report, IngestListener listener) {
		this.file = file;
		this.documentId = documentId;
		this.limits = limits;
		this.report = report;
		this.listener = listener;
	}

	/**
	 * Stores the records not stored yet.
	 */
	abstract void flush();

	/**
	 * Counts an accepted record.
	 */
	final void counted() {
		this.records++;
	}

	@Override
	public final void reject(String ref, String reason) {
		this.records++;
		rejected(ref, reason);
	}

	/**
	 * Reports a record already counted as rejected.
	 */
	final void rejected(String ref, String reason) {
		this.rejected++;
		Rejection rejection = new Rejection(this.file, ref, reason);
		this.report.reject(rejection);
		this.listener.rejected(rejection);
	}

	@Override
	public final void note(String note) {
		this.report.note(this.file + ": " + note);
	}

	@Override
	public final String documentId() {
		return this.documentId;
	}

	@Override
	public final IngestLimits limits() {
		return this.limits;
	}

	final long records() {
		return this.records;
	}

	final long rejected() {
		return this.rejected;
	}

}
