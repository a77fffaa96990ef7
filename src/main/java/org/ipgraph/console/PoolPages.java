package org.ipgraph.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.pools.PoolCandidate;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolResults;
import org.ipgraph.pools.PoolService;
import org.ipgraph.pools.SavePoolRequest;
import org.ipgraph.pools.SavedPool;
import org.ipgraph.pools.SavedPools;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pool candidates by CPC, standard, topic or seed patents, and saved pools: saving
 * (organizers), opening and sharing them.
 */
@ConsoleController
@Validated
class PoolPages {

	/** HHI above which a market counts as highly concentrated (US merger guidelines). */
	static final double HIGHLY_CONCENTRATED = 2500;

	/** HHI below which it counts as unconcentrated. */
	static final double UNCONCENTRATED = 1500;

	private final PoolService pools;

	private final SavedPools saved;

	PoolPages(PoolService pools, SavedPools saved) {
		this.pools = pools;
		this.saved = saved;
	}

	@GetMapping("/console/pools")
	String search(@RequestParam(defaultValue = "cpc") String by,
			@RequestParam(required = false) @Size(max = 20_000) String q,
			@RequestParam(defaultValue = "3") @Min(3) @Max(50) int minOwners,
			@RequestParam(defaultValue = "false") boolean includeExpired,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model, HttpServletRequest request) {
		model.addAttribute("by", by);
		model.addAttribute("includeExpired", includeExpired);
		model.addAttribute("q", q);
		model.addAttribute("minOwners", minOwners);
		if (q != null && !q.isBlank()) {
			PoolQuery query = switch (by) {
				case "cpc" -> PoolQuery.cpc(q.strip(), minOwners);
				case "standard" -> PoolQuery.standard(q.strip(), minOwners);
				case "topic" -> PoolQuery.topic(q.strip(), minOwners);
				case "patents" -> PoolQuery.patents(numbers(q), minOwners);
				default ->
					throw new IllegalArgumentException("search pools by cpc, standard, topic or patents, not " + by);
			};
			PoolResults results = ConsoleTiming
				.service(() -> this.pools.find(query.includingExpired(includeExpired), PageRequest.of(page, 5)));
			model.addAttribute("results", results);
			model.addAttribute("candidates", results.items().stream().map(PoolPages::view).toList());
			model.addAttribute("pager",
					Pager.of(results.page(), results.size(), results.items().size(), results.hasMore(), request));
		}
		return Views.page(request, "console/pools", "results");
	}

	@PostMapping("/console/pools/saved")
	String save(@RequestParam @Size(min = 1, max = 200) String name,
			@RequestParam(required = false) @Size(max = 200) String standard,
			@RequestParam @Size(min = 1, max = 1000) List<@Size(max = 40) String> members,
			@RequestParam(required = false) @Size(max = 2000) String note,
			@RequestParam(required = false) @Size(max = 40) String candidateId,
			@RequestParam(defaultValue = "private") @Pattern(regexp = "(?i)private|public") String visibility,
			@RequestParam(required = false) @Size(max = 2000) String sharedWith, RedirectAttributes redirect) {
		List<String> users = sharedWith == null ? List.of()
				: Arrays.stream(sharedWith.split("[,;\\s]+")).filter(u -> !u.isBlank()).toList();
		SavedPool pool = ConsoleTiming.service(() -> this.saved
			.save(new SavePoolRequest(name, standard == null || standard.isBlank() ? null : standard, members,
					note == null || note.isBlank() ? null : note, candidateId, visibility, users)));
		redirect.addAttribute("id", pool.id());
		redirect.addFlashAttribute("savedNow", true);
		return "redirect:/console/pools/saved/view";
	}

	@GetMapping("/console/pools/saved")
	String list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model,
			HttpServletRequest request) {
		Page<SavedPool> pools = ConsoleTiming.service(() -> this.saved.list(PageRequest.of(page, 20)));
		model.addAttribute("pools", pools);
		model.addAttribute("pager", Pager.of(pools, request));
		return Views.page(request, "console/saved-pools", "results");
	}

	@GetMapping("/console/pools/saved/view")
	String view(@RequestParam @Size(max = 100) String id, Model model, HttpServletRequest request) {
		SavedPool pool = ConsoleTiming.service(() -> this.saved.find(id))
			.orElseThrow(() -> new NotFoundException("Saved pool", id));
		model.addAttribute("pool", pool);
		Map<String, Double> shares = new LinkedHashMap<>();
		pool.licensors().forEach(l -> shares.put(l.name(), l.share()));
		model.addAttribute("shares", Charts.bars(shares));
		model.addAttribute("concentration", concentration(pool.hhi()));
		model.addAttribute("shareUrl", request.getRequestURL() + "?" + request.getQueryString());
		return "console/saved-pool";
	}

	@PostMapping("/console/pools/saved/delete")
	String delete(@RequestParam @Size(max = 100) String id) {
		ConsoleTiming.run(() -> this.saved.delete(id));
		return "redirect:/console/pools/saved";
	}

	static CandidateView view(PoolCandidate c) {
		Map<String, Double> shares = new LinkedHashMap<>();
		c.licensors().forEach(l -> shares.put(l.name() == null ? l.group() : l.name(), l.share()));
		return new CandidateView(c, Charts.bars(shares), concentration(c.hhi()), cluster(c),
				c.members().stream().map(PoolCandidate.PoolMember::number).toList());
	}

	/**
	 * Licensors and their member patents, blocking citations between licensors, and the
	 * missing holders beside them.
	 */
	static GraphView cluster(PoolCandidate c) {
		GraphView graph = new GraphView();
		for (PoolCandidate.Licensor l : c.licensors()) {
			graph.node(l.group(), l.name(), l.group().startsWith("person:") ? "Person" : "Organization",
					l.group().startsWith("person:") ? null : Hrefs.organization(l.group()));
		}
		for (PoolCandidate.PoolMember m : c.members()) {
			graph.node(m.number(), m.number(), "Patent", Hrefs.patent(m.number()));
			for (String group : m.groups()) {
				graph.node(group, group, group.startsWith("person:") ? "Person" : "Organization", null)
					.edge(group, m.number(), "OWNS");
			}
		}
		for (PoolCandidate.BlockingRelation b : c.blocking()) {
			graph.edge(b.group(), b.otherGroup(), (b.mutual() ? "mutual " : "") + "cites " + b.cites());
		}
		for (PoolCandidate.MissingHolder h : c.missingHolders()) {
			graph.node(h.group(), h.name(), "Missing",
					h.group().startsWith("person:") ? null : Hrefs.organization(h.group()));
			for (PoolCandidate.HolderPatent p : h.patents()) {
				graph.node(p.number(), p.number(), "Outside", Hrefs.patent(p.number()))
					.edge(h.group(), p.number(), "OWNS");
			}
		}
		return graph;
	}

	static Concentration concentration(double hhi) {
		String level = hhi > HIGHLY_CONCENTRATED ? "highly concentrated"
				: hhi >= UNCONCENTRATED ? "moderately concentrated" : "unconcentrated";
		return new Concentration(hhi, Charts.percent(hhi, 10_000), level);
	}

	static List<String> numbers(String text) {
		List<String> numbers = new ArrayList<>(
				Arrays.stream(text.split("[,;\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		if (numbers.size() > 500) {
			throw new IllegalArgumentException("give at most 500 seed patents");
		}
		return numbers;
	}

	/**
	 * A candidate with its chart, its concentration and its cluster drawn.
	 */
	record CandidateView(PoolCandidate candidate, List<Charts.Bar> shares, Concentration concentration, GraphView graph,
			List<String> members) {
	}

	/**
	 * @param hhi Herfindahl-Hirschman index, 0 to 10,000
	 * @param percent of 10,000
	 * @param level in words
	 */
	record Concentration(double hhi, double percent, String level) {
	}

}
