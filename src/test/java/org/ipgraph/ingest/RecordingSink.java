package org.ipgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what a reader emits, for parser tests without a database.
 */
public final class RecordingSink implements RecordSink {

	public final Map<String, PatentRecord> records = new LinkedHashMap<>();

	public final Map<String, String> rejections = new LinkedHashMap<>();

	@Override
	public void accept(String ref, Object record) {
		this.records.put(ref, (PatentRecord) record);
	}

	@Override
	public void reject(String ref, String reason) {
		this.rejections.put(ref, reason);
	}

	public List<PatentRecord> patents() {
		return new ArrayList<>(this.records.values());
	}

	public PatentRecord patent(String key) {
		return this.records.values()
			.stream()
			.filter(r -> r.number().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no patent " + key + " among " + this.records.size()));
	}

}
