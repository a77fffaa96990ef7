package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ipgraph.nlp.EntityType;

/**
 * Federal-funding statements: the wording 35 U.S.C. 202(c)(6) and 37 CFR 401.14 require
 * ("This invention was made with government support under ... awarded by ... The
 * government has certain rights in the invention.") and its common variants, written by
 * the project as templates and filled with real agency names, aliases and acronyms from
 * the agency list, real program names, and grant numbers of the usual shapes (generated,
 * not copied). The 177 evaluation statements are never used.
 */
final class GovInterestCorpus {

	private static final List<String> TEMPLATES = List.of(
			"This invention was made with government support under {grant} awarded by {agency}. The government has certain rights in the invention.",
			"This invention was made with Government support under Contract No. {grant} awarded by {agency}. The Government has certain rights in this invention.",
			"This invention was made with government support under Grant No. {grant} awarded by {agency}.",
			"This invention was made with government support under grant numbers {grant} and {grant} awarded by {agency}. The government has certain rights in the invention.",
			"This invention was made with government support under {grant} awarded by {agency} and {grant} awarded by {agency}. The government has certain rights in the invention.",
			"This invention was made with government support under Grant No. {grant} from {agency} and Contract No. {grant} from {agency}.",
			"This work was supported by {agency} under grant {grant}.",
			"This work was supported in part by {agency} under Grant {grant} and in part by {agency} under Award {grant}.",
			"This material is based upon work supported by {agency} under Award Number {grant}.",
			"This invention was made with United States Government support under Agreement No. {grant} awarded by {agency}. The United States Government has certain rights in the invention.",
			"The U.S. Government has a paid-up license in this invention and the right in limited circumstances to require the patent owner to license others on reasonable terms as provided for by the terms of Contract No. {grant} awarded by {agency}.",
			"This invention was made with Government support under a {program} contract {grant} awarded by {agency}. The Government has certain rights in the invention.",
			"This invention was made with government support under the {program} program of {agency}, grant {grant}.",
			"The research leading to this invention was funded in part by {agency} through the {program} program under contract {grant}.",
			"This invention was made with government support under {program} Phase II Contract No. {grant} awarded by {agency}.",
			"This invention was made with Government support under {grant} awarded by {agency}. The Government has certain rights in the invention. Part of this work was performed at {recipient}.",
			"This invention was made in part with government support under contract number {grant} awarded by {agency}. The Government has certain rights in this invention.",
			"The United States Government has rights in this invention pursuant to Contract No. {grant} between {agency} and {recipient}.",
			"This invention was made with government support under Cooperative Agreement {grant} awarded by {agency}. The government has certain rights in the invention.",
			"This invention was made with support from {agency} ({grant}) and from {recipient}.",
			"This research was supported by {agency} grant {grant} and by a fellowship from {recipient}.",
			"The invention described herein was made by employees of {agency} and may be manufactured and used by or for the Government of the United States for governmental purposes without the payment of any royalties thereon or therefor.",
			"The invention described herein was made in the performance of official duties by employees of {agency}. Licensing and technical inquiries may be directed to {office}, {lab}.",
			"This invention is assigned to the United States Government and is available for licensing. Inquiries may be directed to {office}, {lab}.",
			"The invention described herein was made in the performance of work under a contract with {agency} and is subject to the provisions of the {act}.",
			"This work was funded by {agency} under contract {grant} through {lab}.",
			"This invention was made with government support under grant {grant} awarded by {agency} and under contract {grant} awarded by {agency}.",
			"Funding for this work was provided by {agency} ({grant}) and {agency} ({grant}).",
			"This invention was made with government support under {grant} and {grant} awarded by {agency}, and {grant} awarded by {agency}. The government has certain rights in the invention.",
			"This work was performed under the auspices of {agency} by {recipient} under Contract {grant}.",
			"This invention was made with support under {grant} awarded by {agency} on {date}.",
			"This work was partially supported by a grant of {money} from {agency}.",
			"Licensing and technical inquiries may be directed to the {office}, {lab}.",
			"Inquiries concerning this invention may be directed to the {office} of {lab}.",
			"This invention was made with support from the {foundation} and from {agency} under grant {grant}.",
			"This work was supported by the {foundation} and by {recipient}.",
			"The research was funded by the {foundation} ({grant}) and {agency} ({grant}).",
			"This research was supported by the {foreign} funded by the Ministry of Science and ICT ({grant}).",
			"This work was supported by the {foreign} under project number {grant}.",
			"This work was supported by {foreign} grant {grant} and by the {foundation}.",
			"This invention was made with government support under {grant} awarded by {agency} through {lab}. The government has certain rights in the invention.",
			"This invention was developed under a {program} contract with {agency} and {recipient}.");

	static final List<String> FOUNDATIONS = List.of("Howard Hughes Medical Institute", "Alfred P. Sloan Foundation",
			"W. M. Keck Foundation", "Simons Foundation", "Gordon and Betty Moore Foundation", "Wellcome Trust",
			"Bill & Melinda Gates Foundation", "David and Lucile Packard Foundation",
			"Camille and Henry Dreyfus Foundation", "American Heart Association", "American Cancer Society",
			"Michael J. Fox Foundation", "Cystic Fibrosis Foundation", "Juvenile Diabetes Research Foundation",
			"Kavli Foundation", "Arnold and Mabel Beckman Foundation", "Rockefeller Foundation",
			"Burroughs Wellcome Fund", "Doris Duke Charitable Foundation", "Leukemia & Lymphoma Society",
			"Searle Scholars Program", "Paul G. Allen Family Foundation", "Chan Zuckerberg Initiative");

	static final List<String> FOREIGN = List.of("National Research Foundation of Korea",
			"Korea Institute for Advancement of Technology", "Korea Evaluation Institute of Industrial Technology",
			"Japan Society for the Promotion of Science", "Japan Science and Technology Agency",
			"New Energy and Industrial Technology Development Organization",
			"National Natural Science Foundation of China", "European Research Council",
			"Deutsche Forschungsgemeinschaft", "Natural Sciences and Engineering Research Council of Canada",
			"Ministry of Trade, Industry and Energy", "Swiss National Science Foundation",
			"Australian Research Council", "Israel Science Foundation",
			"Engineering and Physical Sciences Research Council", "Agence Nationale de la Recherche",
			"Netherlands Organisation for Scientific Research", "Science Foundation Ireland",
			"Ministry of Science and Technology of Taiwan", "Agency for Science, Technology and Research");

	private static final List<String> GRANT_SHAPES = List.of("N00014-y-1-dddd", "N00014-y-C-dddd", "N00014-dd-1-ddd",
			"W911NF-y-1-dddd", "W911NF-y-C-dddd", "W81XWH-y-1-dddd", "FAdddd-y-C-dddd", "FA9550-y-1-dddd",
			"DE-AC05-00ORddddd", "DE-FG02-ddERddddd", "DE-SCddddddd", "DE-EEdddddddd", "DE-ARddddddd", "R01 AAdddddd",
			"R21 AAdddddd", "R44 AAdddddd", "U01 AAdddddd", "P30 AAdddddd", "AA-ddddddd", "AAA-ddddddd", "ddddddd",
			"ddNANBdHdddd", "NNXddAAddA", "NNAddAAddA", "HRdddd-y-C-dddd", "HRdddd-y-1-dddd", "DTFAdd-y-C-ddddd",
			"dddd-AAAA-dddd", "N68335-y-C-dddd", "N00024-y-C-dddd", "HDTRA1-y-1-dddd", "AAAddddddd", "W15QKN-y-C-dddd",
			"W31P4Q-y-C-dddd", "2017RdAdBdddddd", "NRF-20ddRdAdAdddddd");

	static final List<String> OFFICES = List.of("Technology Transfer Office", "Office of Technology Transfer",
			"Office of Research and Technology Applications", "Office of Technology Licensing",
			"Technology Partnerships Office", "Office of Research", "Technology Transfer Program Office",
			"Office of Counsel", "Office of Sponsored Programs", "Office of Technology Commercialization");

	private static final List<String> ACTS = List.of("National Aeronautics and Space Act of 1958",
			"National Aeronautics and Space Act", "Federal Technology Transfer Act of 1986",
			"Stevenson-Wydler Technology Innovation Act of 1980");

	private GovInterestCorpus() {
	}

	/**
	 * @param agencies surface forms of agencies
	 * @param acronyms each agency name with its acronym, for "Name (ACR)" forms
	 * @param programs program names with acronyms
	 * @param recipients universities, labs and companies that receive awards
	 * @param labs federal laboratories
	 * @param count how many statements
	 */
	static List<Templates.Filled> statements(NamePools pools, int count, long seed) {
		List<String> agencies = pools.agencies;
		Map<String, String> acronyms = pools.agencyAcronyms;
		Map<String, String> programs = pools.programs;
		List<String> recipients = pools.recipients;
		List<String> labs = pools.labs;
		Random random = new Random(seed);
		List<String> named = new ArrayList<>(acronyms.keySet());
		List<String> programNames = new ArrayList<>(programs.keySet());
		Map<String, Templates.Slot> slots = Map.ofEntries(
				Map.entry("grant", new Templates.Slot(null, r -> Templates.code(r, Templates.pick(r, GRANT_SHAPES)))),
				Map.entry("agency", new Templates.Slot(null, r -> agency(r, pools, agencies, named, acronyms))),
				Map.entry("program", new Templates.Slot(null, r -> program(r, programNames, programs))),
				Map.entry("recipient", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, recipients))),
				Map.entry("office", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, OFFICES))),
				Map.entry("lab", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, labs))),
				Map.entry("act", new Templates.Slot(EntityType.POLICY, r -> Templates.pick(r, ACTS))),
				Map.entry("date", new Templates.Slot(EntityType.DATE, SyntheticCorpus::date)),
				Map.entry("money", new Templates.Slot(EntityType.MONEY, SyntheticCorpus::money)),
				Map.entry("foundation",
						new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, FOUNDATIONS))),
				Map.entry("foreign", new Templates.Slot(EntityType.ORGANIZATION, r -> Templates.pick(r, FOREIGN))));
		List<Templates.Filled> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(Templates.fill(Templates.pick(random, TEMPLATES), slots, random));
		}
		return out;
	}

	/**
	 * An agency as statements name it: "the Office of Naval Research", "the U.S.
	 * Department of Energy", "the National Science Foundation (NSF)", "ONR", "DARPA".
	 */
	private static String agency(Random r, NamePools pools, List<String> agencies, List<String> named,
			Map<String, String> acronyms) {
		int form = r.nextInt(20);
		if (r.nextBoolean() && !pools.funders.isEmpty()) {
			// half the time an agency that funds patented research, as often as it does
			String funder = Templates.pick(r, pools.funders);
			String acronym = acronyms.get(funder);
			if (form < 4 && acronym != null) {
				return "the [[organization:" + funder + "]] ([[organization:" + acronym + "]])";
			}
			if (form < 7) {
				String surface = Templates.pick(r, pools.surfaces.get(funder));
				return (surface.contains(" ") ? "the " : "") + "[[organization:" + surface + "]]";
			}
			agencies = List.of(funder);
		}
		if (form < 4 && !named.isEmpty()) {
			String name = Templates.pick(r, named);
			return "the [[organization:" + name + "]] ([[organization:" + acronyms.get(name) + "]])";
		}
		if (form < 6 && !named.isEmpty()) {
			return "[[organization:" + acronyms.get(Templates.pick(r, named)) + "]]";
		}
		String name = Templates.pick(r, agencies);
		boolean acronym = !name.contains(" ");
		if (form < 9 && !acronym && US_PREFIXABLE.stream().anyMatch(name::startsWith)) {
			return "the [[organization:" + (r.nextBoolean() ? "U.S. " : "United States ") + name + "]]";
		}
		return (acronym || form == 9 ? "" : "the ") + "[[organization:" + name + "]]";
	}

	private static final Set<String> US_PREFIXABLE = Set.of("Department", "Office", "Army", "Navy", "Air Force",
			"National", "Naval", "Environmental", "Food", "Nuclear", "Federal");

	private static String program(Random r, List<String> names, Map<String, String> programs) {
		String name = Templates.pick(r, names);
		String acronym = programs.get(name);
		if (acronym != null && !acronym.isEmpty() && r.nextInt(3) == 0) {
			return "[[fund:" + acronym + "]]";
		}
		if (acronym != null && !acronym.isEmpty() && r.nextInt(3) == 0) {
			return "[[fund:" + name + "]] ([[fund:" + acronym + "]])";
		}
		return "[[fund:" + name + "]]";
	}

}
