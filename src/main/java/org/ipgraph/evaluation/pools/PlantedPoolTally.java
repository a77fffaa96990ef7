package org.ipgraph.evaluation.pools;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.pools.PoolCandidate;

/**
 * Recovery of planted pools, summed over pools: the candidate that shares most members with a
 * planted pool is its match. Members are scored against the planted complements (a planted
 * substitute among the members is a false positive), owners against the planted owner groups.
 * The decoys are counted on the match: substitutes leaked into the members or flagged as
 * substitutes, the single-owner cluster's patents among members and its owner among
 * licensors, the missing holder (and the decoy owner) among the missing holders.
 */
final class PlantedPoolTally {

	private Metrics.Prf members = Metrics.Prf.of(0, 0, 0);

	private Metrics.Prf owners = Metrics.Prf.of(0, 0, 0);

	private int pools;

	private int found;

	private int top;

	private int substitutes;

	private int substitutesLeaked;

	private int substitutesFlagged;

	private int decoyPatents;

	private int decoyPatentsAsMembers;

	private int decoyOwnerLicensor;

	private int holders;

	private double holderReciprocalRank;

	private int decoyOwnerAsHolder;

	private double candidates;

	void add(DemoTruth.PlantedPool pool, List<PoolCandidate> ranked) {
		this.pools++;
		this.candidates += ranked.size();
		Set<String> planted = Set.copyOf(pool.members());
		PoolCandidate match = null;
		int best = 0;
		int rank = -1;
		for (int i = 0; i < ranked.size(); i++) {
			int overlap = (int) ranked.get(i).members().stream().filter(m -> planted.contains(m.number())).count();
			if (overlap > best) {
				best = overlap;
				match = ranked.get(i);
				rank = i;
			}
		}
		List<String> memberNumbers = match == null ? List.of()
				: match.members().stream().map(PoolCandidate.PoolMember::number).toList();
		List<String> licensors = match == null ? List.of()
				: match.licensors().stream().map(PoolCandidate.Licensor::group).toList();
		this.members = this.members.plus(Metrics.prf(memberNumbers, planted));
		this.owners = this.owners.plus(Metrics.prf(licensors, pool.ownerGroups()));
		this.substitutes += pool.substitutes().size();
		this.decoyPatents += pool.decoyPatents().size();
		this.holders += pool.missingHolder() == null ? 0 : 1;
		if (match == null) {
			return;
		}
		this.found++;
		this.top += rank == 0 ? 1 : 0;
		Set<String> flagged = new HashSet<>();
		match.substitutes().forEach(s -> flagged.add(s.number()));
		for (String substitute : pool.substitutes().values()) {
			this.substitutesLeaked += memberNumbers.contains(substitute) ? 1 : 0;
			this.substitutesFlagged += flagged.contains(substitute) ? 1 : 0;
		}
		this.decoyPatentsAsMembers += (int) pool.decoyPatents().stream().filter(memberNumbers::contains).count();
		List<String> holderGroups = match.missingHolders().stream().map(PoolCandidate.MissingHolder::group).toList();
		if (pool.decoyOwner() != null) {
			this.decoyOwnerLicensor += licensors.contains(pool.decoyOwner()) ? 1 : 0;
			this.decoyOwnerAsHolder += holderGroups.contains(pool.decoyOwner()) ? 1 : 0;
		}
		if (pool.missingHolder() != null) {
			int at = holderGroups.indexOf(pool.missingHolder());
			this.holderReciprocalRank += at < 0 ? 0 : 1.0 / (at + 1);
		}
	}

	/**
	 * Every figure by metric name.
	 */
	Map<String, Object> figures() {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("memberP", this.members.precision());
		f.put("memberR", this.members.recall());
		f.put("memberF1", this.members.f1());
		f.put("ownerP", this.owners.precision());
		f.put("ownerR", this.owners.recall());
		f.put("ownerF1", this.owners.f1());
		f.put("found", ratio(this.found, this.pools));
		f.put("rankedFirst", ratio(this.top, this.pools));
		f.put("candidates", this.pools == 0 ? 0.0 : this.candidates / this.pools);
		f.put("subsLeaked", ratio(this.substitutesLeaked, this.substitutes));
		f.put("subsFlagged", ratio(this.substitutesFlagged, this.substitutes));
		f.put("decoyInPool", ratio(this.decoyPatentsAsMembers, this.decoyPatents));
		f.put("decoyLicensor", ratio(this.decoyOwnerLicensor, this.pools));
		f.put("holderMRR", this.holders == 0 ? 0.0 : this.holderReciprocalRank / this.holders);
		f.put("decoyAsHolder", ratio(this.decoyOwnerAsHolder, this.pools));
		f.put("pools", (double) this.pools);
		return f;
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0.0 : (double) a / b;
	}

}
