package org.ipgraph.ingest.sep;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A specification id as a Standard key: upper case, single spaces, without version or
 * work item, 3GPP specifications prefixed {@code 3GPP}. ETSI publishes 3GPP specification
 * {@code TS 36.300} as {@code TS 136 300}; both are {@code 3GPP TS 36.300}, since they
 * are the same text.
 *
 * @param id the key, e.g. {@code 3GPP TS 36.300}
 * @param version the version written with it ({@code 8.12.0}), or null
 * @param organization {@code 3GPP} for 3GPP specifications, else null
 */
record SpecificationId(String id, String version, String organization) {

	private static final Pattern VERSION = Pattern.compile("\\s+V(\\d+(?:\\.\\d+)*)$");

	private static final Pattern THREE_GPP = Pattern.compile("^(?:3GPP )?(TS|TR) (\\d{2})\\.(\\d{3})(-\\d+)?$");

	// ETSI deliverables 121 xxx to 138 xxx transpose 3GPP series 21 to 38
	private static final Pattern ETSI_TRANSPOSITION = Pattern.compile("^(TS|TR) 1(2[1-9]|3[0-8]) (\\d{3})(-\\d+)?$");

	static SpecificationId parse(String text) {
		String t = text.toUpperCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
		String version = null;
		Matcher v = VERSION.matcher(t);
		if (v.find()) {
			version = v.group(1);
			t = t.substring(0, v.start()).strip();
		}
		Matcher etsi = ETSI_TRANSPOSITION.matcher(t);
		if (etsi.matches()) {
			t = etsi.group(1) + " " + etsi.group(2) + "." + etsi.group(3)
					+ (etsi.group(4) == null ? "" : etsi.group(4));
		}
		Matcher gpp = THREE_GPP.matcher(t);
		if (gpp.matches()) {
			return new SpecificationId("3GPP " + gpp.group(1) + " " + gpp.group(2) + "." + gpp.group(3)
					+ (gpp.group(4) == null ? "" : gpp.group(4)), version, "3GPP");
		}
		return new SpecificationId(t, version, null);
	}

}
