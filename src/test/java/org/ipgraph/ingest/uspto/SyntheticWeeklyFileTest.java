package org.ipgraph.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticWeeklyFileTest {

	@Test
	void copiesTheGrantsRenumberedAndMarkedSynthetic(@TempDir Path dir) throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.list(SharedData.path("uspto-ipg-fixtures"))) {
			sources = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
		}
		Path target = dir.resolve("synthetic.xml");
		assertThat(SyntheticWeeklyFile.write(sources, 500, target)).isEqualTo(500);
		RecordingSink synthetic = read(target);
		List<PatentRecord> originals = new java.util.ArrayList<>();
		for (Path source : sources) {
			originals.addAll(read(source).patents());
		}
		assertThat(originals).hasSize(225);
		assertThat(synthetic.rejections).isEmpty();
		List<PatentRecord> copies = synthetic.patents();
		assertThat(copies).hasSize(500);
		assertThat(copies.stream().map(r -> r.number().docNumber()).distinct()).hasSize(500);
		assertThat(copies.stream().map(PatentRecord::applicationNumber).distinct()).hasSize(500);
		for (int i = 0; i < copies.size(); i++) {
			PatentRecord copy = copies.get(i);
			PatentRecord from = originals.get(i % originals.size());
			assertThat(copy.number().key()).isEqualTo("US" + (SyntheticWeeklyFile.FIRST_NUMBER + i));
			assertThat(copy.number().kind()).isEqualTo(from.number().kind());
			assertThat(copy.title()).isEqualTo(from.title());
			assertThat(copy.claims()).isEqualTo(from.claims());
			assertThat(copy.citations()).isEqualTo(from.citations());
			assertThat(copy.owners()).isEqualTo(from.owners());
			assertThat(copy.type()).isEqualTo(from.type());
		}
		assertThat(Files.readString(target)).contains("<!-- SYNTHETIC benchmark grant: copy 3 of US ");
	}

	private static RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		try (InputStream in = Files.newInputStream(file)) {
			new UsptoXmlFormat().read(file, in, sink);
		}
		return sink;
	}

}
