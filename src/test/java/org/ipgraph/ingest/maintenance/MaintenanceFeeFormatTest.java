package org.ipgraph.ingest.maintenance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordSink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaintenanceFeeFormatTest {

	private final MaintenanceFeeFormat format = new MaintenanceFeeFormat();

	private static final Path FILE = Path.of("MaintFeeEvents_20261130.txt");

	@Test
	void recognisesTheFileByItsFirstLine() {
		assertThat(this.format.accepts(FILE, "4287053 06180143 N 19800821 19810901 19960212 M170\n".getBytes()))
			.isTrue();
		assertThat(this.format.accepts(FILE, "Patent expired for failure to pay\n".getBytes())).isFalse();
		assertThat(this.format.accepts(FILE, new byte[0])).isFalse();
	}

	@Test
	void readsUtilityDesignAndReissueNumbersWithTheirDatesAndCodes() throws IOException {
		Sink sink = read("""
				0004287053 06180143 N 19800821 19810901 19960212 M170
				   D456789 29123456 Y 20000105 20020507 20100316 EXP.
				  RE038123 09876543 M 20010203 20030527 20110609 EXPX
				""");
		assertThat(sink.rejections).isEmpty();
		assertThat(sink.events).extracting(e -> e.patent().key())
			.containsExactly("US4287053", "USD456789", "USRE38123");
		MaintenanceEvent paid = sink.events.get(0);
		assertThat(paid.on()).hasToString("1996-02-12");
		assertThat(paid.filingDate()).hasToString("1980-08-21");
		assertThat(paid.grantDate()).hasToString("1981-09-01");
		assertThat(paid.entity()).isEqualTo("N");
		assertThat(paid.changesStatus()).isFalse();
		assertThat(sink.events.get(1).changesStatus()).isTrue();
		assertThat(sink.events.get(1).description()).startsWith("Patent expired for failure to pay");
		assertThat(sink.events.get(2).line()).isEqualTo(3);
	}

	@Test
	void rejectsBadLinesWithTheirNumberAndKeepsTheRest() throws IOException {
		String huge = "9".repeat(1_000_000);
		Sink sink = read("4287053 06180143 N 19800821 19810901 19961340 M170\n" + "4287053 06180143 X\n" + huge + "\n"
				+ "4287053 06180143 N 19800821 19810901 19960212 M170\n");
		assertThat(sink.rejections).containsOnlyKeys("line 1", "line 2", "line 3");
		assertThat(sink.rejections.get("line 1")).contains("event date '19961340' is not a date");
		assertThat(sink.rejections.get("line 3")).contains("1000000 characters");
		assertThat(sink.events).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
	}

	private Sink read(String content) throws IOException {
		Sink sink = new Sink();
		this.format.read(FILE, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)), sink);
		return sink;
	}

	private static final class Sink implements RecordSink {

		final List<MaintenanceEvent> events = new ArrayList<>();

		final Map<String, String> rejections = new LinkedHashMap<>();

		@Override
		public void accept(String ref, Object record) {
			this.events.add((MaintenanceEvent) record);
		}

		@Override
		public void reject(String ref, String reason) {
			this.rejections.put(ref, reason);
		}

	}

}
