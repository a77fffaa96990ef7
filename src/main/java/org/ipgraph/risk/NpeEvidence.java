package org.ipgraph.risk;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an owner's profile into evidence paths: its suits, acquisitions, linked holding
 * entities and PTAB trials.
 */
final class NpeEvidence {

	static final int PER_KIND = 10;

	private NpeEvidence() {
	}

	static Map<String, List<EvidencePath>> of(OwnerProfile profile) {
		Map<String, List<EvidencePath>> paths = new LinkedHashMap<>();
		paths.put("cases", profile.cases().stream().map(NpeEvidence::suit).toList());
		paths.put("acquisitions", profile.acquisitions().stream().map(NpeEvidence::acquisition).toList());
		paths.put("shells",
				profile.links()
					.stream()
					.filter(OwnerProfile.LinkFact::holdingLike)
					.map(l -> link(profile.organization(), l))
					.toList());
		paths.put("ptab", profile.ptab().stream().map(p -> ptab(profile, p)).toList());
		paths.put("descriptions",
				profile.descriptions().stream().limit(PER_KIND).map(NpeEvidence::description).toList());
		return paths;
	}

	static EvidencePath suit(OwnerProfile.CaseFact c) {
		EvidencePath.Builder path = EvidencePath.from("Organization", c.plaintiff(), c.plaintiffName())
			.out("PLAINTIFF_IN", "LitigationCase", c.id(), c.title());
		String defendants = c.defendants()
			.stream()
			.map(d -> d.name() != null ? d.name() : d.id())
			.limit(5)
			.collect(Collectors.joining(", "));
		if (!c.defendants().isEmpty()) {
			OwnerProfile.Ref first = c.defendants().get(0);
			path.in("DEFENDANT_IN", "Organization", first.id(), first.name());
		}
		StringBuilder summary = new StringBuilder(c.title() != null ? c.title() : c.id());
		summary.append(" (").append(c.court() != null ? c.court() : "court unknown");
		if (c.filedOn() != null) {
			summary.append(", filed ").append(c.filedOn());
		}
		summary.append(")");
		if (!defendants.isEmpty()) {
			summary.append(": against ").append(defendants).append(c.defendants().size() > 5 ? " and others" : "");
		}
		if (!c.patents().isEmpty()) {
			summary.append("; asserting ")
				.append(c.patents()
					.stream()
					.map(p -> p.number() + age(p, c))
					.limit(5)
					.collect(Collectors.joining(", ")));
		}
		if (c.outcome() != null) {
			summary.append("; ").append(c.outcome());
		}
		return path.build("plaintiffSuits", summary.toString(), c.source(), c.sentences());
	}

	private static String age(OwnerProfile.AssertedPatent p, OwnerProfile.CaseFact c) {
		if (p.filed() == null || c.filedOn() == null) {
			return "";
		}
		return String.format(Locale.ROOT, " (%.1f years old)",
				ChronoUnit.DAYS.between(p.filed(), c.filedOn()) / 365.25);
	}

	static EvidencePath acquisition(OwnerProfile.AcquisitionFact a) {
		String summary = "acquired "
				+ (a.patents() > 0 ? a.patents() + " patent" + (a.patents() == 1 ? "" : "s") : "patents") + " from "
				+ (a.seller().name() != null ? a.seller().name() : a.seller().id())
				+ (a.on() != null ? " on " + a.on() : "");
		return EvidencePath.from("Organization", a.buyer(), null)
			.out("ACQUIRED_FROM", "Organization", a.seller().id(), a.seller().name())
			.build("acquiredShare", summary, a.source(), List.of());
	}

	static EvidencePath link(OwnerProfile.Ref owner, OwnerProfile.LinkFact l) {
		EvidencePath.Builder path = EvidencePath.from("Organization", owner.id(), owner.name());
		String what = switch (l.via()) {
			case "parent" -> {
				path.out("SUBSIDIARY_OF", "Organization", l.organization().id(), l.organization().name());
				yield "its parent";
			}
			case "sibling" -> {
				path.out("SUBSIDIARY_OF", "Organization", l.throughId(), l.through())
					.in("SUBSIDIARY_OF", "Organization", l.organization().id(), l.organization().name());
				yield "shares the parent " + l.through() + " with";
			}
			case "subsidiary" -> {
				path.in("SUBSIDIARY_OF", "Organization", l.organization().id(), l.organization().name());
				yield "its subsidiary";
			}
			default -> {
				path.via("same address", "Organization", l.organization().id(), l.organization().name());
				yield "shares the address " + l.through() + " with";
			}
		};
		String name = l.organization().name() != null ? l.organization().name() : l.organization().id();
		String kind = l.holdsOnly() ? "holds patents without inventors of its own" : HoldingNames.why(name);
		return path.build("shellNetwork", what + " " + name + ", which " + (l.holdsOnly() ? kind : "has " + kind), null,
				List.of());
	}

	static EvidencePath description(OwnerProfile.DescriptionFact d) {
		return EvidencePath.from("Organization", d.member(), d.memberName())
			.in("SUBJECT", "Evidence", d.document(), d.description())
			.build(NpeSignal.TEXT_DESCRIPTION.key(),
					(d.memberName() != null ? d.memberName() : d.member()) + " described in text: " + d.description()
							+ (d.document() != null ? " in " + d.document() : ""),
					"text", d.sentence() == null ? List.of() : List.of(d.sentence()));
	}

	static EvidencePath ptab(OwnerProfile profile, OwnerProfile.PtabFact p) {
		OwnerProfile.Ref petitioner = p.petitioners().isEmpty() ? new OwnerProfile.Ref(null, "petitioner")
				: p.petitioners().get(0);
		EvidencePath.Builder path = EvidencePath.from("Organization", petitioner.id(), petitioner.name())
			.out("PETITIONER_IN", "LitigationCase", p.id(), p.caseType());
		if (!p.patents().isEmpty()) {
			path.in("ASSERTED_IN", "Patent", p.patents().get(0), null)
				.in("OWNS", "Organization", profile.organization().id(), profile.organization().name());
		}
		String summary = p.id() + " (" + (p.caseType() == null ? "PTAB" : p.caseType().toUpperCase(Locale.ROOT))
				+ (p.filedOn() != null ? ", filed " + p.filedOn() : "") + ") by " + petitioner.name()
				+ (p.patents().isEmpty() ? "" : " against " + String.join(", ", p.patents()))
				+ (p.outcome() != null ? "; " + p.outcome() : "");
		return path.build("ptabChallenges", summary, null, List.of());
	}

	/**
	 * The paths to show (at most {@link #PER_KIND} per kind, in a fixed order) and how
	 * many there are.
	 */
	static List<EvidencePath> shown(Map<String, List<EvidencePath>> paths) {
		List<EvidencePath> shown = new ArrayList<>();
		paths.values().forEach(list -> shown.addAll(list.stream().limit(PER_KIND).toList()));
		return shown;
	}

	static Map<String, Integer> counts(Map<String, List<EvidencePath>> paths) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		paths.forEach((kind, list) -> counts.put(kind, list.size()));
		return counts;
	}

}
