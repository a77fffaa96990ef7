package org.ipgraph.ingest.orgs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParentMapFormatTest {

	private final ParentMapFormat format = new ParentMapFormat();

	@Test
	void readsEachMapByItsHeader() throws IOException {
		Map<String, Integer> expected = Map.of("subsidiaryManualRemap.csv", 205, "jvManualRemap.csv", 28,
				"lowPat_vacuumNames.csv", 185, "substringMatch_manuallyReviewed.csv", 1473,
				"effectiveAcq_listedPrivate.csv", 290);
		expected.forEach((name, count) -> {
			Path file = SharedData.path("assignee-parent-subsidiary-maps/" + name);
			try {
				assertThat(this.format.accepts(file, CollectingSink.head(file))).as(name).isTrue();
				CollectingSink sink = CollectingSink.read(this.format, file);
				assertThat(sink.rejections).as(name).isEmpty();
				assertThat(sink.records).as(name).hasSize(count);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void mapsChildrenToParentsWithTheirRelation() throws IOException {
		CollectingSink subsidiaries = read("subsidiaryManualRemap.csv");
		assertThat(subsidiaries.at("line 3", ParentMapping.class)).isEqualTo(new ParentMapping(
				"ABBOTTCARDIOVASCULARSYS", "ABBOTTLAB", "subsidiary", false, "subsidiaryManualRemap"));
		assertThat(read("jvManualRemap.csv").at("line 2", ParentMapping.class))
			.isEqualTo(new ParentMapping("AISINWARNER", "AISINSEIKI", "joint_venture", false, "jvManualRemap"));
		assertThat(read("lowPat_vacuumNames.csv").at("line 3", ParentMapping.class))
			.isEqualTo(new ParentMapping("ABBOTT", "ABBOTTLAB", "subsidiary", true, "lowPat_vacuumNames"));
		assertThat(read("substringMatch_manuallyReviewed.csv").at("line 2", ParentMapping.class))
			.isEqualTo(new ParentMapping("ABBAIRPREHEATER", "ABB", "subsidiary", false,
					"substringMatch_manuallyReviewed", 139.0, 194.5));
		assertThat(read("effectiveAcq_listedPrivate.csv").at("line 2", Acquisition.class))
			.isEqualTo(new Acquisition("FORDYCE LUMBER", "005134", 1963, "effectiveAcq_listedPrivate"));
	}

	@Test
	void doesNotAcceptTheReadme() throws IOException {
		Path readme = SharedData.path("assignee-parent-subsidiary-maps/UPSTREAM_orig_README.md");
		assertThat(this.format.accepts(readme, CollectingSink.head(readme))).isFalse();
	}

	private CollectingSink read(String name) throws IOException {
		return CollectingSink.read(this.format, SharedData.path("assignee-parent-subsidiary-maps/" + name));
	}

}
