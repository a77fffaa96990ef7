package org.ipgraph.console;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;
import org.ipgraph.watch.Alert;
import org.ipgraph.watch.Alerts;
import org.ipgraph.watch.WatchRequest;
import org.ipgraph.watch.Watches;

import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's watches (add an organization, a patent, a CPC area or a standard;
 * remove one) and their alerts, oldest first from a sequence number, with read state: the
 * console face of {@code /api/v1/watches} and {@code /api/v1/alerts}. Saved searches are
 * added through the API or the CLI and listed here.
 */
@ConsoleController
@Validated
class WatchPages {

	static final List<String> KINDS = List.of("organization", "patent", "cpc", "standard");

	private final Watches watches;

	private final Alerts alerts;

	WatchPages(Watches watches, Alerts alerts) {
		this.watches = watches;
		this.alerts = alerts;
	}

	@GetMapping("/console/watches")
	String watches(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "false") boolean unread, Model model) {
		String me = Callers.name();
		model.addAttribute("kinds", KINDS);
		model.addAttribute("watches", ConsoleTiming.service(() -> this.watches.list(me)));
		Alert.Page page = ConsoleTiming
			.service(() -> this.alerts.page(me, after, 20, unread, null, Callers.readsRisk()));
		model.addAttribute("alerts", page);
		model.addAttribute("after", after);
		model.addAttribute("unread", unread);
		return "console/watches";
	}

	@PostMapping("/console/watches")
	String add(@RequestParam @Pattern(regexp = "organization|patent|cpc|standard") String kind,
			@RequestParam @Size(min = 1, max = 200) String target, @RequestParam(defaultValue = "false") boolean group,
			Model model) {
		try {
			var watch = ConsoleTiming.service(() -> this.watches.add(Callers.name(),
					new WatchRequest(kind, target.strip(), group, null, Map.of()), Callers.readsRisk()));
			model.addAttribute("message", "Watching " + watch.kind() + " " + watch.name() + ".");
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return watches(0, false, model);
	}

	@PostMapping("/console/watches/remove")
	String remove(@RequestParam @Size(min = 1, max = 40) String id, Model model) {
		ConsoleTiming.service(() -> {
			this.watches.remove(Callers.name(), id);
			return null;
		});
		model.addAttribute("message", "Stopped watching (its alerts stay).");
		return watches(0, false, model);
	}

	@PostMapping("/console/watches/read")
	String read(@RequestParam @Min(0) @Max(Long.MAX_VALUE) long upTo, Model model) {
		long marked = ConsoleTiming
			.service(() -> this.alerts.markRead(Callers.name(), List.of(), upTo, Callers.readsRisk()));
		model.addAttribute("message", marked + (marked == 1 ? " alert" : " alerts") + " marked read.");
		return watches(0, false, model);
	}

}
