package org.ipgraph.nlp.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.linking.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the organizations list mined from the unannotated FFII pages.
 */
class PageOrganizationsTest {

	private static final Set<String> GIVEN = Set.of("Charlie", "Steve");

	private static List<String> names(PageOrganizations list) {
		return list.organizations().stream().map(PageOrganizations.Organization::name).toList();
	}

	@Test
	void namesWithAStrongCueOnTwoPagesAreKept() {
		PageOrganizations list = new PageOrganizations(GIVEN, Map.of());
		list.read("In May 2004 Visto Corp. filed a complaint. Forgent Networks v. Dell was heard.", "PageA");
		list.read("The mail company Visto sued RIM last week.\n\n- 2004-07-16 US ZDNet: Forgent wins", "PageB");
		list.read("- 2005-01-02 ZDNet UK: headline\n- 2005-01-03 ZDNet: another headline", "PageC");
		assertThat(names(list)).contains("Visto", "ZDNet").doesNotContain("Forgent Networks", "Dell", "RIM");
		// one page is not enough, however often it names the company
		assertThat(
				list.organizations().stream().filter(o -> o.name().equals("ZDNet")).findFirst().orElseThrow().pages())
			.containsExactly("PageB", "PageC");
	}

	@Test
	void openersRegionCodesAndPeopleAreNotNames() {
		PageOrganizations list = new PageOrganizations(GIVEN, Map.of("free", 5));
		assertThat(list.clean("The Eolas Technologies")).isEqualTo("Eolas Technologies");
		assertThat(list.clean("US Adobe")).isEqualTo("Adobe");
		assertThat(list.clean("Nutzwerk GmbH")).isEqualTo("Nutzwerk");
		assertThat(list.clean("Charlie McCreevy")).isNull();
		assertThat(list.clean("MEP Alvaro")).isNull();
		assertThat(list.clean("Commission")).isNull();
		assertThat(list.clean("Free")).isNull();
		assertThat(list.clean("MS")).isNull();
		assertThat(list.clean("Germany")).isNull();
		assertThat(list.clean("EICTA")).isEqualTo("EICTA");
	}

	@Test
	void wordsThePagesWriteInLowerCaseAndSurnamesAreLeftOut() {
		PageOrganizations list = new PageOrganizations(GIVEN, Map.of());
		String lines = "- 2004-01-01 Week: a\n- 2004-01-02 Ballmer: b\n- 2004-01-03 Heise: c\n- 2004-01-04 FFII: d\n";
		list.read(lines + "Once a week and every week we read heise news from Heise and Steve Ballmer.", "PageA");
		list.read(lines + "A week later, said Heise again; see the ffii pages.", "PageB");
		assertThat(names(list)).containsExactly("FFII", "Heise");
		PageOrganizations titled = new PageOrganizations(GIVEN, Map.of());
		String quoted = "- 2005-03-07 McCreevy: we will not\n- 2005-03-08 Europa: press release\n";
		titled.read(quoted + "As Commissioner McCreevy said.", "PageA");
		titled.read(quoted, "PageB");
		assertThat(names(titled)).isEmpty();
	}

	@Test
	void translationsOfAnAnnotatedPageAreLeftOut() {
		assertThat(PageOrganizations.base("SwpatcninoEn.md")).isEqualTo("Swpatcnino");
		assertThat(PageOrganizations.base("SwpatcninoDe.md")).isEqualTo("Swpatcnino");
		assertThat(PageOrganizations.heldOutBases(Set.of("Bromcom04En.md"))).containsExactly("Bromcom04");
	}

	@Test
	void theWrittenListIsReadAsAReferenceList(@TempDir Path dir) throws Exception {
		PageOrganizations list = new PageOrganizations(GIVEN, Map.of());
		list.read("Alacritech Inc. sued Microsoft Corp. in Texas.", "PageA");
		list.read("Alacritech sued Broadcom and Microsoft Corp. answered.", "PageB");
		Path file = PageOrganizations.path(dir);
		list.write(file, 7);
		assertThat(Files.readString(file)).contains("the 7 annotated pages");
		List<KnownEntity> read = ReferenceData.agencies(org.ipgraph.nlp.ModelFiles.at(dir),
				ReferenceData.PAGE_ORGANIZATIONS);
		assertThat(read).extracting(KnownEntity::name).containsExactly("Alacritech", "Microsoft");
		assertThat(read).allMatch(e -> e.label().equals("Organization"));
		assertThat(read.get(0).aliases()).containsExactly("Alacritech Inc.");
		assertThat(read.get(1).aliases()).containsExactly("Microsoft Corp.");
	}

}
