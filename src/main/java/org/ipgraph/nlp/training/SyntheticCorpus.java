package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ipgraph.nlp.EntityType;

/**
 * Synthetic sentences, written by the project and labelled as such: how news, policy
 * notices, court reports, biographies and fund announcements name people, organizations,
 * places, sums, dates, policies, funds and patents. The templates are the project's; the
 * names filling them are real (owners and inventors from patent records, standards
 * organizations, agencies, places). They supply the types and contexts the derived
 * corpora lack.
 */
final class SyntheticCorpus {

	static final List<String> TEMPLATES = List.of(
			// affiliations and expertise
			"{person}, chief technology officer of {org}, said the company would license the technology.",
			"{person}, a professor at {org}, works on {topic}.", "{org} CEO {person} announced the results on {date}.",
			"{person} joined {org} as vice president of research in {year}.",
			"According to {person}, director of the {org} laboratory in {location}, the patents cover {topic}.",
			"{person} is an expert in {topic} and has worked at {org} since {year}.",
			"Dr. {person} of {org} specializes in {topic}.",
			"{person} and {person} of {org} are named as inventors on {patent}.",
			"The patent lists {person}, {person} and {person} as inventors and {org} as assignee.",
			"{person}, senior patent counsel at {org}, declined to comment.",
			"{person} leads the {topic} group at {org} in {location}.",
			"Her research focuses on {topic}, said {person} of {org}.",
			// transactions
			"{org} acquired {number} patents from {org} for {money}.",
			"{org} acquired the patent portfolio of {org} in {month}.", "{org} assigned {patent} to {org} on {date}.",
			"{org} licensed its {topic} patents to {org} in {year}.",
			"{org} took a license to the portfolio from {org}.",
			"{org} and {org} jointly launched a patent pool for {topic} in {location}.",
			"{org} partnered with {org} to develop {topic}.",
			"{org} and {org} announced a joint venture in {location} on {date}.",
			"{org} sold its {topic} business, including {number} patents, to {org} for {money}.",
			// litigation
			"{org} sued {org} for infringing {patent} in the {court} on {date}.",
			"{org} filed a patent infringement suit against {org} in the {court}, asserting {patent} and {patent}.",
			"In {month}, {org} was sued by {org} in the {court} over {patent}.",
			"{org} filed a complaint against {org} at the {court} alleging infringement of {patent}.",
			"The {court} ruled on {date} that {org} did not infringe {patent} owned by {org}.",
			"{org} v. {org} was filed in the {court} in {year}.",
			// policies
			"On {date}, the {agency} issued the {policy} to promote {topic} in {location}.",
			"The {policy}, issued by the {agency} in {year}, targets {topic}.",
			"The {agency} published the {policy} on {date}.",
			"{location} adopted the {policy} in {month} to strengthen patent protection for {topic}.",
			"Under the {policy}, the {agency} will support {topic} in {location}.",
			"The {agency} announced the {policy}, which aims to boost {topic}.",
			"Congress passed the {policy} in {year}.",
			// funds
			"The {agency} awarded {money} to {org} under the {fund} program to develop {topic}.",
			"{org} received a {money} grant from the {agency} to support research on {topic}.",
			"The {fund}, managed by the {agency}, invested {money} in {org} on {date}.",
			"The {agency} launched the {fund} with {money} to support {topic} startups in {location}.",
			"{org} won {fund} funding of {money} in {year}.",
			"The {fund} provides up to {money} per project for {topic}.",
			"Through the {fund}, the {agency} supports small businesses in {location}.",
			"{org} was awarded an {fund} Phase II contract worth {money} by the {agency}.",
			// plain mentions
			"{org} is headquartered in {location}.",
			"{org} filed {number} patent applications in {location} in {year}.",
			"The {agency} granted {patent} to {org} on {date}.", "See {patent}, which issued on {date}.",
			"As described in {patent}, the device includes a sensor.",
			"{org} opened a research center in {location} in {month}.",
			"The meeting took place in {location} on {date}.", "Revenue rose to {money} in {year}.",
			"{person} presented the results at a conference in {location}.",
			"The report was released on {date} by {org}.",
			// short names, people in every position
			"{org} sued {org} in {year}.", "{org} and {org} signed a cross-license on {date}.",
			"{org} bought {org} for {money} in {year}.", "{person} said {org} would appeal.",
			"{person} works on {topic} at {org}.", "{person}, who founded {org}, now works on {topic}.",
			"Engineers led by {person} at {org} in {location} built the prototype.",
			"{person} and {person} filed the application on {date}.",
			"The award went to {person} of {org} for work on {topic}.",
			"In an interview, {person} said the {policy} helps small firms in {location}.",
			"{person} testified before the {agency} on {date}.",
			"{org}, based in {location}, hired {person} as chief scientist.", "{person} is a researcher at {org}.",
			"The {agency} released the {policy} in {month}.", "The {policy} took effect on {date} in {location}.",
			"{org} received {fund} support to develop {topic}.", "{person} joined {org} in {year}.",
			"{person} left {org} for {org} in {month}.", "{person} is chair of {org}.",
			"{person}, chief executive of {org}, said demand rose.",
			"{org} named {person} chief technology officer on {date}.", "{person} leads research at {org}.");

	static final List<String> POLICIES = List.of("National Intellectual Property Strategy", "Patent Promotion Plan",
			"Strategic Plan for Intellectual Property", "Intellectual Property Action Plan",
			"Guidelines on Patent Pools", "Patent Quality Improvement Plan", "Notice on Promoting Patent Transfer",
			"Made in China 2025", "Unitary Patent Regulation", "Leahy-Smith America Invents Act", "America Invents Act",
			"CHIPS and Science Act", "Inflation Reduction Act", "Bayh-Dole Act", "Small Business Act",
			"Technology Transfer Commercialization Act", "Patent Box Regime", "Digital Markets Act",
			"Artificial Intelligence Act", "Intellectual Property Rights Policy", "Open Innovation Policy",
			"National Innovation Strategy", "Tech Transfer Action Plan", "Executive Order 14080",
			"Federal Acquisition Regulation", "Regulation on Compulsory Licensing", "SEP Licensing Guidelines",
			"Trade Secrets Directive", "European Patent Convention", "Patent Cooperation Treaty");

	static final List<String> FUNDS = List.of("Small Business Innovation Research", "SBIR",
			"Small Business Technology Transfer", "STTR", "Advanced Technology Program", "Horizon Europe",
			"Horizon 2020", "European Innovation Council Accelerator", "Technology Commercialization Fund",
			"Innovation Fund Denmark", "National Science Fund", "Green Technology Fund",
			"Strategic Emerging Industries Fund", "Patent Operation Fund", "IP Financing Program", "Venture Fund",
			"Seed Fund", "Regional Innovation Fund", "Innovation Corps", "Manufacturing Extension Partnership");

	static final List<String> AGENCIES = List.of("State Intellectual Property Office", "SIPO",
			"China National Intellectual Property Administration", "CNIPA", "European Patent Office", "EPO",
			"United States Patent and Trademark Office", "USPTO", "Japan Patent Office", "JPO",
			"Korean Intellectual Property Office", "KIPO", "World Intellectual Property Organization", "WIPO",
			"European Commission", "Ministry of Science and Technology",
			"Ministry of Industry and Information Technology", "Department of Commerce",
			"National Institute of Standards and Technology", "Small Business Administration", "Department of Energy",
			"National Science Foundation", "Office of Naval Research", "DARPA", "UK Intellectual Property Office",
			"German Patent and Trade Mark Office", "Federal Trade Commission");

	/** Companies as news writes them, without legal forms; written by the project. */
	static final List<String> COMPANIES = List.of("Microsoft", "Apple", "Google", "Alphabet", "Amazon", "Meta",
			"Samsung", "Huawei", "ZTE", "Nokia", "Ericsson", "Qualcomm", "Intel", "AMD", "Nvidia", "IBM", "Sony",
			"Panasonic", "Toshiba", "Hitachi", "Canon", "LG Electronics", "Xiaomi", "Oppo", "Vivo", "Lenovo", "Dell",
			"HP", "Cisco", "Oracle", "SAP", "Siemens", "Bosch", "Philips", "ABB", "Honda", "Toyota", "Ford",
			"General Motors", "Tesla", "BYD", "CATL", "Medtronic", "Pfizer", "Moderna", "Novartis", "Roche", "Bayer",
			"BASF", "3M", "Boeing", "Airbus", "Lockheed Martin", "Raytheon", "Texas Instruments", "Broadcom",
			"MediaTek", "TSMC", "ASML", "Micron", "SK Hynix", "InterDigital", "Acacia Research",
			"Intellectual Ventures", "Xperi", "Rambus", "Dolby", "Netflix", "Tencent", "Alibaba", "Baidu", "ByteDance",
			"Fitbit", "Garmin", "Masimo", "Abbott", "Johnson & Johnson", "Procter & Gamble", "Unilever", "Nestle",
			"DJI", "Parrot", "Ericsson AB", "Vodafone", "Verizon", "AT&T", "T-Mobile", "Orange", "Deutsche Telekom",
			"NTT Docomo");

	static final List<String> COURTS = List.of("U.S. District Court for the Eastern District of Texas",
			"U.S. District Court for the District of Delaware", "Northern District of California",
			"Western District of Texas", "U.S. International Trade Commission", "Patent Trial and Appeal Board",
			"Court of Appeals for the Federal Circuit", "Munich Regional Court", "Unified Patent Court",
			"Beijing Intellectual Property Court", "High Court of Justice", "District Court of The Hague");

	static final List<String> TOPICS = List.of("video coding", "battery chemistry", "gait sensors",
			"wearable health monitors", "5G radio access", "drone navigation", "machine learning accelerators",
			"gene editing", "solar cells", "semiconductor packaging", "autonomous driving", "wireless charging",
			"quantum computing", "medical imaging", "biodegradable plastics", "speech recognition", "LED lighting",
			"hydrogen fuel cells", "optical networking", "cybersecurity", "precision agriculture",
			"new energy vehicles", "artificial intelligence", "biopharmaceuticals", "advanced materials");

	private static final String[] POLICY_SCOPES = { "National", "Provincial", "Municipal", "Regional", "Federal",
			"Special", "Three-Year", "Five-Year", "Pilot" };

	private static final String[] POLICY_TOPICS = { "Patent", "Intellectual Property", "Innovation",
			"Technology Transfer", "Patent Transformation", "Patent Commercialization", "Digital Economy",
			"Green Technology", "SME Innovation", "Standardization", "Patent Quality", "Trade Secret Protection",
			"Patent Pool", "Open Source", "Semiconductor", "Artificial Intelligence" };

	private static final String[] POLICY_KINDS = { "Plan", "Action Plan", "Special Action Plan", "Strategy",
			"Guidelines", "Measures", "Regulations", "Policy", "Implementation Opinions", "Notice", "Framework",
			"Roadmap", "Directive", "Rules" };

	private SyntheticCorpus() {
	}

	/**
	 * Policy titles of the usual shape: "Patent Transformation Special Action Plan",
	 * "Provincial Innovation Guidelines".
	 */
	static String policyTitle(Random r) {
		String topic = POLICY_TOPICS[r.nextInt(POLICY_TOPICS.length)];
		String kind = POLICY_KINDS[r.nextInt(POLICY_KINDS.length)];
		return (r.nextInt(3) == 0 ? POLICY_SCOPES[r.nextInt(POLICY_SCOPES.length)] + " " : "") + topic + " " + kind;
	}

	static List<Templates.Filled> sentences(List<String> organizations, List<String> people, List<String> agencies,
			List<String> policies, int count, long seed) {
		Random random = new Random(seed);
		List<String> allAgencies = new ArrayList<>(AGENCIES);
		allAgencies.addAll(agencies);
		List<String> allPolicies = new ArrayList<>(POLICIES);
		allPolicies.addAll(policies);
		Map<String, Templates.Slot> slots = Map.ofEntries(
				Map.entry("person", new Templates.Slot(EntityType.PERSON, r -> Templates.pick(r, people))),
				Map.entry("org", new Templates.Slot(EntityType.ORGANIZATION,
						r -> r.nextInt(10) < 3 ? Templates.pick(r, COMPANIES) : Templates.pick(r, organizations))),
				Map.entry("agency", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, allAgencies))),
				Map.entry("court", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, COURTS))),
				Map.entry("location",
						new Templates.Slot(EntityType.LOCATION, r -> Templates.pick(r, Patterns.locations()))),
				Map.entry("policy",
						new Templates.Slot(EntityType.POLICY,
								r -> r.nextBoolean() ? Templates.pick(r, allPolicies) : policyTitle(r))),
				Map.entry("fund", new Templates.Slot(EntityType.FUND, r -> Templates.pick(r, FUNDS))),
				Map.entry("patent", new Templates.Slot(EntityType.PATENT_NUMBER, SyntheticCorpus::patent)),
				Map.entry("money", new Templates.Slot(EntityType.MONEY, SyntheticCorpus::money)),
				Map.entry("date", new Templates.Slot(EntityType.DATE, SyntheticCorpus::date)),
				Map.entry("month", new Templates.Slot(EntityType.DATE, SyntheticCorpus::month)),
				Map.entry("year", new Templates.Slot(null, r -> String.valueOf(1995 + r.nextInt(30)))),
				Map.entry("number", new Templates.Slot(null, r -> String.valueOf(2 + r.nextInt(4000)))),
				Map.entry("topic", new Templates.Slot(null, r -> Templates.pick(r, TOPICS))));
		List<Templates.Filled> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(Templates.fill(Templates.pick(random, TEMPLATES), slots, random));
		}
		return out;
	}

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private static final String[] SHORT_MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.",
			"Sep.", "Oct.", "Nov.", "Dec." };

	static String date(Random r) {
		int m = r.nextInt(12);
		int day = 1 + r.nextInt(28);
		int year = 1990 + r.nextInt(36);
		return switch (r.nextInt(4)) {
			case 0 -> SHORT_MONTHS[m] + " " + day + ", " + year;
			case 1 -> day + " " + MONTHS[m] + " " + year;
			default -> MONTHS[m] + " " + day + ", " + year;
		};
	}

	static String month(Random r) {
		return MONTHS[r.nextInt(12)] + " " + (1990 + r.nextInt(36));
	}

	static String money(Random r) {
		int amount = 1 + r.nextInt(900);
		return switch (r.nextInt(6)) {
			case 0 -> "$" + amount + " million";
			case 1 -> "$" + amount + "." + r.nextInt(10) + " billion";
			case 2 -> "$" + String.format("%,d", amount * 1000);
			case 3 -> "EUR " + amount + " million";
			case 4 -> "RMB " + amount + " million";
			default -> "US$" + amount + " million";
		};
	}

	static String patent(Random r) {
		int number = 4_000_000 + r.nextInt(8_000_000);
		String formatted = String.format("%,d", number);
		return switch (r.nextInt(5)) {
			case 0 -> "U.S. Patent No. " + formatted;
			case 1 -> "US " + formatted + " B2";
			case 2 -> "Pat. No. " + formatted;
			default -> "U.S. Pat. No. " + formatted;
		};
	}

}
