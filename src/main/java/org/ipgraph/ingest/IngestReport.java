package org.ipgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ingest read, stored and rejected. Exit code 0 when every record went in, 1 when
 * some were rejected and the rest stored.
 */
public final class IngestReport {

	static final int MAX_LISTED_REJECTIONS = 500;

	// a report stays small whatever the input: reasons and notes beyond these are counted
	// under one entry
	static final int MAX_REASONS = 200;

	static final int MAX_NOTES = 500;

	private final List<FileSummary> files = new ArrayList<>();

	private final List<Rejection> rejections = new ArrayList<>();

	private final Map<String, Integer> rejectionReasons = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private final Map<String, Long> changes = new LinkedHashMap<>();

	private final Set<String> rawOrganizationNames = new HashSet<>();

	private final Set<String> organizationKeys = new HashSet<>();

	private long recordsRead;

	private long recordsStored;

	private long rejected;

	synchronized void add(FileSummary file) {
		this.files.add(file);
	}

	synchronized void reject(Rejection rejection) {
		this.rejected++;
		if (this.rejections.size() < MAX_LISTED_REJECTIONS) {
			this.rejections.add(rejection);
		}
		String reason = rejection.reason().replaceAll("[0-9]+", "#");
		reason = reason.length() > 80 ? reason.substring(0, 80) + "..." : reason;
		if (this.rejectionReasons.size() >= MAX_REASONS && !this.rejectionReasons.containsKey(reason)) {
			reason = "(other reasons)";
		}
		this.rejectionReasons.merge(reason, 1, Integer::sum);
	}

	synchronized void note(String note) {
		if (this.notes.size() < MAX_NOTES) {
			this.notes.add(note);
		}
		else if (this.notes.size() == MAX_NOTES) {
			this.notes.add("... further notes left out");
		}
	}

	synchronized void read(long records) {
		this.recordsRead += records;
	}

	synchronized void stored(long records, Map<String, Long> changes, Map<String, String> organizationNames) {
		this.recordsStored += records;
		changes.forEach((k, v) -> this.changes.merge(k, v, Long::sum));
		organizationNames.forEach((raw, key) -> {
			this.rawOrganizationNames.add(raw);
			this.organizationKeys.add(key);
		});
	}

	public List<FileSummary> getFiles() {
		return List.copyOf(this.files);
	}

	public long getRecordsRead() {
		return this.recordsRead;
	}

	public long getRecordsStored() {
		return this.recordsStored;
	}

	public long getRejected() {
		return this.rejected;
	}

	/**
	 * The first rejections, each with file, record and reason.
	 */
	public List<Rejection> getRejections() {
		return List.copyOf(this.rejections);
	}

	/**
	 * Rejections counted by reason, numbers masked.
	 */
	public Map<String, Integer> getRejectionReasons() {
		return Map.copyOf(this.rejectionReasons);
	}

	public List<String> getNotes() {
		return List.copyOf(this.notes);
	}

	public long getNodesCreated() {
		return this.changes.getOrDefault("nodesCreated", 0L);
	}

	public long getRelationshipsCreated() {
		return this.changes.getOrDefault("relationshipsCreated", 0L);
	}

	public long getPropertiesSet() {
		return this.changes.getOrDefault("propertiesSet", 0L);
	}

	/**
	 * How many distinct raw organization names this run saw, and into how many
	 * organizations they collapsed.
	 */
	public Map<String, Integer> getOrganizationNames() {
		Map<String, Integer> names = new HashMap<>();
		names.put("rawNames", this.rawOrganizationNames.size());
		names.put("organizations", this.organizationKeys.size());
		return names;
	}

	public int exitCode() {
		return this.rejected > 0 ? 1 : 0;
	}

	/**
	 * One file of the run.
	 *
	 * @param path the file
	 * @param format the format it was read as
	 * @param documentId its Document node
	 * @param records records parsed
	 * @param rejected records rejected
	 */
	public record FileSummary(String path, String format, String documentId, long records, long rejected) {
	}

}
