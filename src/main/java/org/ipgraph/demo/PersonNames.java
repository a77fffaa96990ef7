package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ipgraph.graph.PersonName;

/**
 * Person names as random combinations of common given and family names of one culture,
 * chosen by the country a person works in. Every person gets a name no other person has,
 * counting the variants they appear under (with or without a middle initial, or with
 * initials only), so that a name plus its anchor organization always means one generated
 * person.
 */
final class PersonNames {

	private static final String[][] CULTURES = {
			// Anglo
			{ "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
					+ "Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley "
					+ "Steven Emily Andrew Michelle Brian Amanda Kevin Melissa Jason Rebecca Ryan Laura Eric Rachel Adam "
					+ "Megan Nathan Hannah Scott Olivia Gregory Claire",
					"Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Thompson White "
							+ "Harris Clark Lewis Robinson Walker Young Allen King Wright Hill Green Adams Baker Nelson "
							+ "Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris "
							+ "Murphy Cook Rogers Morgan Cooper Reed Bailey Bell Kline Hayes Foster Bryant Russell Griffin "
							+ "Ward Price Bennett Wood" },
			// German
			{ "Andreas Stefan Markus Christian Tobias Jan Matthias Sebastian Florian Lukas Jonas Katrin Anna Julia "
					+ "Sabine Claudia Susanne Petra Monika Lena Johanna Felix Moritz Maximilian Wolfgang Jürgen Dieter "
					+ "Ulrich Klaus Birgit Heike Nina Sophie Frank Uwe Ralf Bernd Carsten Dirk Annika",
					"Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
							+ "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
							+ "Schmitt Werner Krause Lehmann Schulze Maier Köhler Herrmann König Walter Huber Kaiser "
							+ "Vogel Seidel Brandt" },
			// French
			{ "Jean Pierre Nicolas Julien Antoine Mathieu Camille Marie Isabelle Nathalie Céline Aurélie Émilie Hugo "
					+ "Louis Lucas Théo Manon Chloé Léa Sébastien Olivier François Philippe Laurent Vincent Guillaume "
					+ "Benoît Amélie Margaux",
					"Bernard Dubois Durand Lefebvre Leroy Moreau Simon Michel David Bertrand Roux Fournier Morel Girard "
							+ "André Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guerin Muller "
							+ "Henry Chevalier Gauthier Perrin" },
			// Nordic
			{ "Lars Erik Anders Johan Mikael Henrik Magnus Niklas Oskar Maria Karin Sofia Emma Ingrid Elin Sara "
					+ "Linnea Astrid Mikko Jukka Antti Timo Juha Sanna Aino Heikki Ville Tuomas Kaisa Riikka",
					"Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist "
							+ "Berg Lindberg Holm Nyström Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine "
							+ "Heikkinen Koskinen Järvinen Lehtonen Salminen Lindholm Sandberg Ekström" },
			// Japanese
			{ "Hiroshi Takashi Kenji Yuki Haruto Sota Yuto Daiki Kaito Ren Akira Satoshi Makoto Naoki Kazuki Tomoko "
					+ "Yumi Keiko Aiko Naomi Rina Sakura Mei Haruka Yui Koji Shinji Masato Ryota Takumi Yusuke Daisuke "
					+ "Shota Kenta Hikari Ayumi Emi Kaori Mika Nanami",
					"Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
							+ "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto "
							+ "Ishikawa Ogawa Okada Maeda Fujita Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki "
							+ "Fujii Nishimura Fukuda Ota" },
			// Chinese: given names are one or two syllables
			{ "Wei Jian Ming Hui Xiao Yan Jun Lei Hong Fang Tao Yu Qing Hao Lin Ping Bo Zhi Xin Rui Kai Yong Hua Feng "
					+ "Jing Tian Yi Ning Chao Dan",
					"Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Luo Gao Zheng Liang Xie Song "
							+ "Tang Han Deng Cao Peng Zeng Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su" },
			// Korean: given names are two syllables
			{ "Min Ji Seo Hyun Jun Woo Young Eun Sung Hye Jae Dong Soo Yeon Ho Kyung Tae Hee Jin Sang",
					"Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Bae "
							+ "Baek Nam Ryu" },
			// Indian
			{ "Rahul Amit Vikram Arjun Sanjay Rajesh Anil Suresh Deepak Pradeep Karthik Arun Nikhil Rohit Sunil Priya "
					+ "Anjali Deepa Kavita Lakshmi Meera Neha Pooja Shreya Divya Aditya Varun Manish Ravi Srinivas",
					"Sharma Patel Kumar Singh Gupta Reddy Rao Iyer Nair Menon Joshi Mehta Shah Desai Bhat Kulkarni Verma "
							+ "Agarwal Chopra Malhotra Krishnan Subramanian Pillai Banerjee Mukherjee Chatterjee Das "
							+ "Ghosh Bose Naidu" },
			// Hispanic
			{ "Carlos José Luis Juan Miguel Javier Diego Alejandro Fernando Ricardo Lucía Elena Carmen Isabel Ana "
					+ "Paula Marta Pablo Andrés Sergio Raúl Adriana Gabriela Daniela Mateo Tomás Rosa Alberto Irene Óscar",
					"García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
							+ "Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Álvarez Castillo Jiménez "
							+ "Moreno Romero Herrera Medina Aguilar" } };

	static final int ANGLO = 0, GERMAN = 1, FRENCH = 2, NORDIC = 3, JAPANESE = 4, CHINESE = 5, KOREAN = 6, INDIAN = 7,
			HISPANIC = 8;

	/**
	 * Given and family names, one spelling per name key ("Sofía" and "Sofia" are one).
	 */
	static final List<String> GIVEN = new ArrayList<>();

	static final List<String> FAMILY = new ArrayList<>();

	private static final int[][] GIVEN_BY_CULTURE = new int[CULTURES.length][];

	private static final int[][] FAMILY_BY_CULTURE = new int[CULTURES.length][];

	static {
		Map<String, Integer> given = new LinkedHashMap<>();
		Map<String, Integer> family = new LinkedHashMap<>();
		for (int c = 0; c < CULTURES.length; c++) {
			List<String> names = new ArrayList<>(List.of(CULTURES[c][0].split(" ")));
			if (c == CHINESE || c == KOREAN) {
				List<String> syllables = List.copyOf(names);
				if (c == KOREAN) {
					names.clear();
				}
				for (String a : syllables) {
					for (String b : syllables) {
						if (!a.equals(b)) {
							names.add(a + b.toLowerCase(java.util.Locale.ROOT));
						}
					}
				}
			}
			GIVEN_BY_CULTURE[c] = indexes(names, given, GIVEN);
			FAMILY_BY_CULTURE[c] = indexes(List.of(CULTURES[c][1].split(" ")), family, FAMILY);
		}
	}

	private final Set<Long> taken = new HashSet<>();

	/**
	 * A culture for someone working in this country; the American mix is broad.
	 */
	static int culture(String country, SplittableRandom random) {
		return switch (country) {
			case "DE", "NL" -> GERMAN;
			case "FR" -> FRENCH;
			case "FI", "SE" -> NORDIC;
			case "JP" -> JAPANESE;
			case "CN", "TW" -> CHINESE;
			case "KR" -> KOREAN;
			case "GB" -> random.nextInt(5) == 0 ? INDIAN : ANGLO;
			default -> {
				int r = random.nextInt(100);
				yield r < 48 ? ANGLO
						: r < 62 ? CHINESE : r < 76 ? INDIAN : r < 86 ? HISPANIC : r < 92 ? KOREAN : GERMAN;
			}
		};
	}

	/**
	 * A name nobody else has: given, family, second family name (or -1) and middle
	 * initial (0 for none), packed. With {@code variants}, the person has a middle
	 * initial and the forms without it and with initials only are reserved too.
	 */
	long claim(int culture, boolean variants, SplittableRandom random) {
		for (int attempt = 0;; attempt++) {
			int c = attempt < 60 ? culture : random.nextInt(CULTURES.length);
			int given = pick(GIVEN_BY_CULTURE[c], random);
			int family = pick(FAMILY_BY_CULTURE[c], random);
			boolean crowded = attempt >= 12 && c != KOREAN && c != CHINESE && c != JAPANESE;
			int second = crowded ? pick(FAMILY_BY_CULTURE[c], random) : -1;
			if (second == family) {
				continue;
			}
			int middle = variants || random.nextInt(4) == 0 ? 1 + random.nextInt(26) : 0;
			long name = pack(given, family, second, middle);
			long plain = pack(given, family, second, 0);
			long initials = initials(given, family, second, middle);
			if (this.taken.contains(mix(name))
					|| variants && (this.taken.contains(mix(plain)) || this.taken.contains(mix(initials)))) {
				continue;
			}
			this.taken.add(mix(name));
			if (variants) {
				this.taken.add(mix(plain));
				this.taken.add(mix(initials));
			}
			return name;
		}
	}

	/**
	 * The name as printed: {@code variant} 0 is the full name, 1 drops the middle
	 * initial, 2 gives initials only ("R. J. Kline").
	 */
	static PersonName name(long packed, int variant) {
		int given = (int) (packed >>> 40);
		int family = (int) ((packed >>> 24) & 0xFFFF);
		int second = (int) ((packed >>> 8) & 0xFFFF) - 1;
		int middle = (int) (packed & 0xFF);
		String last = FAMILY.get(family) + (second >= 0 ? "-" + FAMILY.get(second) : "");
		String first = GIVEN.get(given);
		String initial = middle > 0 ? " " + (char) ('A' + middle - 1) + "." : "";
		return switch (variant) {
			case 1 -> new PersonName(first, last);
			case 2 -> new PersonName(first.charAt(0) + "." + initial, last);
			default -> new PersonName(first + initial, last);
		};
	}

	// Packed names differ in few bits: spread them so that Long's hash code does not
	// collide
	private static long mix(long packed) {
		return packed * 0x9E3779B97F4A7C15L;
	}

	private static long pack(int given, int family, int second, int middle) {
		return ((long) given << 40) | ((long) family << 24) | ((long) (second + 1) << 8) | middle;
	}

	// Initials-only forms live in their own key space: the high bit marks them
	private static long initials(int given, int family, int second, int middle) {
		int letter = Character.toUpperCase(GIVEN.get(given).charAt(0));
		return Long.MIN_VALUE | pack(letter, family, second, middle);
	}

	private static int pick(int[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}

	private static int[] indexes(List<String> names, Map<String, Integer> byKey, List<String> all) {
		List<Integer> indexes = new ArrayList<>();
		for (String name : names) {
			String key = new PersonName(name, "").key();
			Integer index = byKey.get(key);
			if (index == null) {
				index = all.size();
				byKey.put(key, index);
				all.add(name);
			}
			if (!indexes.contains(index)) {
				indexes.add(index);
			}
		}
		return indexes.stream().mapToInt(Integer::intValue).toArray();
	}

}
