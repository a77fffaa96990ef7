package org.ipgraph.ingest.lens;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;

/**
 * Decides whether a Lens applicant is a person. Lens lists people and organizations in
 * one column, upper case and often abbreviated ({@code UNIV BEIJING AGRICULT}). The rule,
 * in order:
 * <ol>
 * <li>an applicant spelled like one of the record's inventors is that person;</li>
 * <li>a name of 30 characters or more (Lens cuts long names there), or with digits,
 * {@code &}, {@code @}, parentheses or non-Latin letters, is an organization;</li>
 * <li>a name with an organization word or legal form ({@code UNIV}, {@code INST},
 * {@code SYSTEMS}, {@code GMBH}, {@code S.A.}...), or one the name rules type as other
 * than a company, is an organization;</li>
 * <li>a name written {@code LAST; FIRST} or {@code LAST, FIRST} is a person;</li>
 * <li>otherwise two or three words, not counting initials and {@code JR}/{@code SR}, make
 * a person, anything else an organization.</li>
 * </ol>
 * Against the cleaned Lens file's own organization list this agrees on 97% of applicants
 * (1,762 of 1,816, {@code LensApplicantsTest}); many disagreements are errors of that
 * list ({@code MARKOWETZ FRANZ} is listed as an organization).
 */
final class LensApplicants {

	private static final Pattern ORGANIZATION_SIGNS = Pattern.compile("[0-9&@()]|[^\\p{IsLatin}\\p{M}\\s.,;'\\-]");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> ORGANIZATION_WORDS = Set.of(("ACAD ACADEMY AERO AEROSPACE AGENCY AGRICULT "
			+ "AGRICULTURAL AIR AIRCRAFT AIRLINES ASS ASSOC ASSOCIATION AUTO AUTOMATION AUTOMOTIVE AVIATION BANK "
			+ "BIO BIOTECH BOARD CENT CENTER CENTRE CHEM CHEMICAL CHEMICALS CHIMIE COLLEGE COMM COMMUNICATIONS "
			+ "COMPUTER COMPUTING CONSTRUCTION CONSULTING CONTROL CONTROLS COUNCIL CSF DATA DEFENCE DEFENSE DEPT "
			+ "DEPARTMENT DESIGN DESIGNS DEUTSCHLAND DEV DEVELOPMENT DEVICES DIGITAL DRONE DRONES DYNAMICS "
			+ "ELECTRIC ELECTRO ELECTRONIC ELECTRONICS ENERGY ENG ENGINEERING ENTERPRISE ENTERPRISES "
			+ "ENTERTAINMENT EQUIPMENT FABRIK FABRIKA FARM FARMS FEDERALNOE FORSCHUNG FORSCHUNGSZENTRUM "
			+ "FOUND FOUNDATION FRANCE GAMES GES GESELLSCHAFT GOV GOVERNMENT GROUP GUP HOLDING HOLDINGS "
			+ "HOSPITAL IND INDUSTRIAL INDUSTRIES INDUSTRY INNOVATION INNOVATIONS INST INSTITUT INSTITUTE "
			+ "INSTRUMENTS INT INTERNAT INTERNATIONAL IP LAB LABORATORIES LABORATORY LABS LICENSING LOGISTICS "
			+ "MACHINERY MACHINES MANUFACTURING MARINE MECH MEDIA MEDICAL MFG MINISTRY MOBILE MOTEURS MOTOR "
			+ "MOTORS MUNITIONS NAT NATIONAL NAVAL NAVY ARMY NETWORK NETWORKS NII OFFICE OPTICAL OPTICS PARTNERS "
			+ "PATENT PATENTS PHARM PHARMA PHARMACEUTICALS PHOTONICS POWER PRODUCTS RES RESEARCH ROBOTICS ROBOTS "
			+ "SCIENCE SCIENCES SCIENTIFIC SECURITY SENSORS SERVICE SERVICES SOC SOCIETY SOFTWARE SOLUTIONS "
			+ "SPACE SYS SYSTEM SYSTEMS TECH TECHN TECHNIK TECHNIQUE TECHNOLOGIE TECHNOLOGIES TECHNOLOGY TELECOM "
			+ "TOY TOYS TRANSPORT TRUST UNIV UNIVERSITE UNIVERSITY US VENTURES WERFT WERK WERKE WORKS "
			+ "INC INCORPORATED CORP CORPORATION CO COMPANY COS LTD LIMITED LLC LLP LP PLC GMBH MBH AG KG SA NV "
			+ "BV KK OY OYJ AB AS ASA APS SPA SRL SARL SAS SL PTY PTE PVT SE LTDA BHD")
		.split(" "));

	private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV");

	private LensApplicants() {
	}

	// the name rules drop a trailing legal form ("S.A.", "GmbH") only at the end of a
	// name
	private static boolean endsWithLegalForm(String name) {
		return !OrganizationNames.key(name + " x").equals(OrganizationNames.key(name) + " x");
	}

	/**
	 * @param applicant the applicant as written
	 * @param inventors the record's inventors as written
	 */
	static boolean isPerson(String applicant, Collection<String> inventors) {
		String name = applicant.strip();
		if (inventors.stream().anyMatch(i -> i.strip().equalsIgnoreCase(name))) {
			return true;
		}
		if (name.length() >= 30 || ORGANIZATION_SIGNS.matcher(name).find()) {
			return false;
		}
		List<String> words = List
			.of(NON_WORD.matcher(name.toUpperCase(Locale.ROOT)).replaceAll(" ").strip().split(" "));
		if (words.stream().anyMatch(ORGANIZATION_WORDS::contains) || endsWithLegalForm(name)
				|| OrganizationNames.kind(name) != OrganizationKind.COMPANY) {
			return false;
		}
		if (name.indexOf(';') > 0 || name.indexOf(',') > 0) {
			return true;
		}
		long full = words.stream().filter(w -> w.length() > 1 && !SUFFIXES.contains(w)).count();
		return full >= 2 && full <= 3 && words.size() <= 5;
	}

}
