package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence detection reads bounded pieces of text with an abbreviation veto that looks
 * only near the break, and finds the same sentences as OpenNLP's own veto. (Time per
 * megabyte is measured by {@code ipgraph nlp bench}, not here.)
 */
class NlpSentenceUnitsTest {

	private static final Set<String> ABBREVIATIONS = Set.of("Pat.", "No.", "Inc.", "U.S.", "v.");

	@Test
	void theBoundedVetoDecidesAsTheFullTextScanOnRealisticText() {
		NlpModels models = NlpModels.base();
		AbbreviationSentenceDetector bounded = new AbbreviationSentenceDetector(models.sentences(),
				models.abbreviations());
		SentenceDetectorME plain = new SentenceDetectorME(models.sentences(), models.abbreviations());
		List<String> abbreviations = new ArrayList<>();
		models.abbreviations().forEach(entry -> abbreviations.add(entry.getToken(0)));
		Random random = new Random(7);
		String[] words = { "Acme", "Inc.", "sued", "Beta", "Corp.", "for", "infringing", "U.S.", "Pat.", "No.",
				"7,654,321", "in", "the", "E.D.", "Tex.", "on", "Jan.", "3,", "2015.", "Dr.", "H.", "Holtz", "said",
				"it", "was", "(see", "Fig.", "2).", "The", "court", "agreed.", "Smith", "v.", "Jones", "etc.", "It",
				"ended", "here!", "Why?", "'Co.", "a.m." };
		int vetoes = 0;
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = 5 + random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? "  " : " ");
			}
			String s = text.toString().strip();
			for (int candidate = 0; candidate < s.length(); candidate++) {
				if (".!?".indexOf(s.charAt(candidate)) < 0) {
					continue;
				}
				for (int from : new int[] { 0, Math.max(0, candidate - 12), candidate }) {
					boolean expected = fullScan(abbreviations, s, from, candidate);
					assertThat(bounded.acceptable(s, from, candidate)).as("'%s' from %d at %d", s, from, candidate)
						.isEqualTo(expected);
					vetoes += expected ? 0 : 1;
				}
			}
			assertThat(spans(bounded.sentPosDetect(s))).isEqualTo(spans(plain.sentPosDetect(s)));
		}
		assertThat(vetoes).as("the texts exercise the veto").isGreaterThan(100);
	}

	/**
	 * The decision as OpenNLP 2.5 takes it, by scanning the whole text for every
	 * abbreviation (the dictionary is case-sensitive here).
	 */
	private static boolean fullScan(List<String> abbreviations, String s, int from, int candidate) {
		for (String abbreviation : abbreviations) {
			int at = s.indexOf(abbreviation, from);
			while (at != -1 && at <= candidate) {
				if (at == from && candidate + 1 <= s.length() && s.substring(at, candidate + 1).equals(abbreviation)) {
					return false;
				}
				char before = s.charAt(at == from ? at : at - 1);
				if (at + abbreviation.length() >= candidate && (Character.isWhitespace(before) || before == '\''
						|| before == '`' || before == '´' || before == '(')) {
					return false;
				}
				at = s.indexOf(abbreviation, at + 1);
			}
		}
		return true;
	}

	private static List<String> spans(Span[] spans) {
		List<String> out = new ArrayList<>();
		for (Span span : spans) {
			out.add(span.getStart() + "-" + span.getEnd());
		}
		return out;
	}

	@Test
	void paragraphsAreUnitsAndBlankLinesAreLeftOut() {
		String text = "First paragraph. Two sentences.\n\nSecond one\nwraps a line.\n\nThird.";
		assertThat(texts(text, TextUnits.of(text, 0, text.length(), ABBREVIATIONS::contains)))
			.containsExactly("First paragraph. Two sentences.", "Second one\nwraps a line.", "Third.");
	}

	@Test
	void aLongParagraphIsCutAfterALineThatEndsASentenceFirst() {
		String text = "Alpha beta gamma. Delta epsilon\nzeta eta. Theta iota\nkappa lambda mu nu xi omicron.";
		List<int[]> units = TextUnits.of(text, 0, text.length(), ABBREVIATIONS::contains, 60);
		assertThat(texts(text, units)).containsExactly("Alpha beta gamma. Delta epsilon\nzeta eta. ",
				"Theta iota\nkappa lambda mu nu xi omicron.");
	}

	@Test
	void aLongLineIsCutAtASentenceEndButNotAfterAnAbbreviationOrInitial() {
		String text = "Acme sued Beta for infringing U.S. Pat. No. 7,654,321 and J. Smith said so. The court "
				+ "agreed with Acme and the case was closed.";
		List<int[]> units = TextUnits.of(text, 0, text.length(), ABBREVIATIONS::contains, 90);
		assertThat(texts(text, units)).containsExactly(
				"Acme sued Beta for infringing U.S. Pat. No. 7,654,321 and J. Smith said so. ",
				"The court agreed with Acme and the case was closed.");
		String noSentence = "word ".repeat(50).strip();
		List<int[]> cut = TextUnits.of(noSentence, 0, noSentence.length(), ABBREVIATIONS::contains, 40);
		assertThat(texts(noSentence, cut)).allSatisfy(unit -> {
			assertThat(unit.length()).isLessThanOrEqualTo(40);
			assertThat(unit).doesNotStartWith("ord");
		});
	}

	@Test
	void textWithoutAnyBoundaryIsCutAtTheLimitAndNeverInsideASurrogatePair() {
		String text = "x".repeat(39) + "\uD83D\uDE00" + "y".repeat(100);
		List<int[]> units = TextUnits.of(text, 0, text.length(), ABBREVIATIONS::contains, 40);
		assertThat(units.get(0)[1]).isEqualTo(39);
		assertThat(String.join("", texts(text, units))).isEqualTo(text);
		assertThat(units).allSatisfy(unit -> assertThat(unit[1] - unit[0]).isBetween(1, 40));
	}

	@Test
	void everyPieceOfALongTextWithoutBlankLinesIsBoundedAndTheyCoverIt() {
		StringBuilder text = new StringBuilder();
		Random random = new Random(3);
		while (text.length() < 50_000) {
			text.append("The ")
				.append(random.nextInt(1000))
				.append(" claims of U.S. Pat. No. ")
				.append(random.nextInt(9_000_000))
				.append(random.nextInt(4) == 0 ? " were upheld.\n" : " were upheld. ");
		}
		String s = text.toString();
		List<int[]> units = TextUnits.of(s, 0, s.length(), ABBREVIATIONS::contains);
		assertThat(units).hasSizeGreaterThan(12);
		assertThat(units.subList(0, units.size() - 1))
			.allSatisfy(unit -> assertThat(unit[1] - unit[0]).isBetween(TextUnits.MAX_UNIT / 2, TextUnits.MAX_UNIT));
		assertThat(String.join("", texts(s, units))).isEqualTo(s);
		assertThat(texts(s, units)).allSatisfy(unit -> assertThat(unit).startsWith("The "));
	}

	@Test
	void thePipelineReadsTheSameSentencesInALongLineAsInLines() {
		try (NlpPipeline pipeline = new NlpPipeline(NlpModels.base(), 2, 0.5)) {
			StringBuilder lines = new StringBuilder();
			for (int i = 0; i < 400; i++) {
				lines.append("Acme Inc. sued Beta Corp. in Texas over U.S. Pat. No. 7,654,")
					.append(100 + i)
					.append(". The court agreed.\n");
			}
			String text = lines.toString();
			List<String> fromLines = pipeline.sentences(text).stream().map(Sentence::text).toList();
			List<String> fromOneLine = pipeline.sentences(text.replace('\n', ' '))
				.stream()
				.map(Sentence::text)
				.toList();
			assertThat(fromLines).hasSize(800)
				.first()
				.isEqualTo("Acme Inc. sued Beta Corp. in Texas over U.S. Pat. " + "No. 7,654,100.");
			assertThat(fromOneLine).isEqualTo(fromLines);
		}
	}

	private static List<String> texts(String text, List<int[]> units) {
		return units.stream().map(u -> text.substring(u[0], u[1])).toList();
	}

}
