package org.ipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.lens.LensExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The readers alone, with no database (the ceiling the transactional bench prints): every
 * record of every file is parsed, rejections are counted apart, and a path that does not
 * exist is named.
 */
class ReadAloneTest {

	@TempDir
	Path dir;

	@Test
	void countsParsedAndRejectedRecordsOfEveryFile() throws IOException {
		Path first = this.dir.resolve("a.csv");
		Files.writeString(first, String.join("\n", LensExport.HEADER,
				"1,FR,A1,FR 1 A1,x,2015-01-01,2015,,,,Good,PARROT SA,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"2,FR,A1,FR 2 A1,x,2015-13-01,2015,,,,Bad date,PARROT,SEYDOUX HENRI,,Patent Application,no,0,1,1,0,,,,,,",
				"3,FR,A1,FR 3 A1,x,2015-01-03,2015,,,,Good too,PARROT,,,Patent Application,no,0,1,1,0,,,,,,"));
		Path second = this.dir.resolve("b.csv");
		Files.writeString(second, String.join("\n", LensExport.HEADER,
				"4,US,B2,US 4 B2,x,2016-01-01,2016,,,,Third,PARROT,,,Granted Patent,no,0,1,1,0,,,,,,"));
		IngestService.ReadAlone read = IngestService.readAlone("lens-csv", List.of(first, second));
		assertThat(read.records()).isEqualTo(3);
		assertThat(read.rejected()).isEqualTo(1);
		assertThat(read.bytes()).isEqualTo(Files.size(first) + Files.size(second));
		assertThat(read.seconds()).isPositive();
	}

	@Test
	void aMissingPathIsNamed() {
		Path missing = this.dir.resolve("missing.xml");
		assertThatThrownBy(() -> IngestService.readAlone("auto", List.of(missing)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(missing + ": does not exist");
	}

}
