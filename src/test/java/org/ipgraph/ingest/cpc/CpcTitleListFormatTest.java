package org.ipgraph.ingest.cpc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CpcTitleListFormatTest {

	private final CpcTitleListFormat format = new CpcTitleListFormat();

	@Test
	void readsEveryLineOfTheTitleListWithItsExactParent() throws IOException {
		Path folder = SharedData.path("cpc-title-list-202208");
		CollectingSink all = new CollectingSink();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				assertThat(this.format.accepts(file, CollectingSink.head(file))).as(file.toString()).isTrue();
				CollectingSink sink = CollectingSink.read(this.format, file);
				assertThat(sink.rejections).as(file.toString()).isEmpty();
				sink.records.forEach((ref, record) -> all.accept(file.getFileName() + " " + ref, record));
			}
		}
		assertThat(all.records).hasSize(260_263);
		Map<String, Long> levels = all.all(TechnologyRecord.class)
			.stream()
			.collect(Collectors.groupingBy(t -> t.symbol().level(), Collectors.counting()));
		assertThat(levels).containsEntry("section", 9L).containsEntry("class", 136L).containsEntry("subclass", 674L);
		Map<String, TechnologyRecord> bySymbol = all.all(TechnologyRecord.class)
			.stream()
			.collect(Collectors.toMap(t -> t.symbol().symbol(), Function.identity()));
		assertThat(bySymbol.get("H04N19/70")).isEqualTo(new TechnologyRecord(new CpcSymbol("H04N19/70", "subgroup"), 1,
				"characterised by syntax aspects related to video coding, e.g. related to compression standards",
				new CpcSymbol("H04N19/00", "group")));
		assertThat(bySymbol.get("H04N19/105").parent().symbol()).isEqualTo("H04N19/103");
		assertThat(bySymbol.get("H04N19/105").depth()).isEqualTo(4);
		assertThat(bySymbol.get("H04N19/00").parent().symbol()).isEqualTo("H04N");
		assertThat(bySymbol.get("H04N").title()).isEqualTo("PICTORIAL COMMUNICATION, e.g. TELEVISION");
		assertThat(bySymbol.get("H").parent()).isNull();
	}

	@Test
	void doesNotAcceptOtherFiles() throws IOException {
		Path source = SharedData.path("cpc-title-list-202208/SOURCE.md");
		assertThat(this.format.accepts(source, CollectingSink.head(source))).isFalse();
		Path lens = SharedData.path("lens-drones-patents/drones_fulltext_families_5884.csv");
		assertThat(this.format.accepts(lens, CollectingSink.head(lens))).isFalse();
	}

	@Test
	void namesLinesThatCannotBePlaced() {
		CpcHierarchy hierarchy = new CpcHierarchy();
		hierarchy.next("H04N\t\tPICTORIAL COMMUNICATION");
		assertThatIllegalArgumentException().isThrownBy(() -> hierarchy.next("H04N19/10\t1\tusing adaptive coding"))
			.withMessage("no preceding entry at dot level 0 in main group H04N19 for H04N19/10");
		hierarchy.next("H04N19/00\t0\tMethods");
		assertThatIllegalArgumentException().isThrownBy(() -> hierarchy.next("H04N19/102\t2\ttoo deep"))
			.withMessageStartingWith("no preceding entry at dot level 1");
		assertThatIllegalArgumentException().isThrownBy(() -> hierarchy.next("H04N19/10\tone\tx"))
			.withMessage("unparseable dot level 'one'");
		assertThatIllegalArgumentException().isThrownBy(() -> hierarchy.next("H04N19/10\t1"))
			.withMessageStartingWith("has 2 tab-separated fields");
		assertThatIllegalArgumentException().isThrownBy(() -> hierarchy.next("Q99\t\tnothing"))
			.withMessage("unparseable CPC symbol 'Q99'");
		assertThat(hierarchy.next("H04N19/10\t1\tusing adaptive coding").parent().symbol()).isEqualTo("H04N19/00");
	}

}
