package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.CpcSymbol;

/**
 * The CPC symbols the demo uses, with their lineage up to the section. Titles are short
 * paraphrases; a later import of the CPC title list keeps its own (the demo only sets
 * titles on nodes it creates).
 */
final class Technologies {

	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("A", "Human necessities"),
			Map.entry("B", "Performing operations; transporting"), Map.entry("G", "Physics"),
			Map.entry("H", "Electricity"), Map.entry("Y", "General tagging of new technological developments"),
			Map.entry("A61", "Medical or veterinary science; hygiene"), Map.entry("B60", "Vehicles in general"),
			Map.entry("B64", "Aircraft; aviation; cosmonautics"), Map.entry("G05", "Controlling; regulating"),
			Map.entry("G06", "Computing; calculating or counting"), Map.entry("G08", "Signalling"),
			Map.entry("G16", "ICT specially adapted for specific application fields"),
			Map.entry("H01", "Electric elements"),
			Map.entry("H02", "Generation, conversion or distribution of electric power"),
			Map.entry("H04", "Electric communication technique"),
			Map.entry("Y02", "Technologies for mitigation or adaptation against climate change"),
			Map.entry("A61B", "Diagnosis; surgery; identification"),
			Map.entry("B60L", "Propulsion of electrically-propelled vehicles"),
			Map.entry("B64C", "Aeroplanes; helicopters"), Map.entry("B64D", "Equipment for fitting in or to aircraft"),
			Map.entry("B64U", "Unmanned aerial vehicles"),
			Map.entry("G05D", "Systems for controlling or regulating non-electric variables"),
			Map.entry("G06F", "Electric digital data processing"),
			Map.entry("G06N", "Computing arrangements based on specific computational models"),
			Map.entry("G06T", "Image data processing or generation, in general"),
			Map.entry("G06V", "Image or video recognition or understanding"),
			Map.entry("G08G", "Traffic control systems"), Map.entry("G16H", "Healthcare informatics"),
			Map.entry("H01M", "Direct conversion of chemical energy into electrical energy"),
			Map.entry("H02J", "Circuit arrangements or systems for supplying or distributing electric power"),
			Map.entry("H04B", "Transmission"), Map.entry("H04L", "Transmission of digital information"),
			Map.entry("H04N", "Pictorial communication, e.g. television"),
			Map.entry("H04W", "Wireless communication networks"),
			Map.entry("Y02T", "Climate change mitigation technologies related to transportation"),
			Map.entry("A61B5/00", "Measuring for diagnostic purposes"),
			Map.entry("B60L53/00", "Charging batteries of electric vehicles; charging stations"),
			Map.entry("B60L58/00", "Monitoring or controlling batteries of electric vehicles"),
			Map.entry("B64C39/00", "Aircraft not otherwise provided for"),
			Map.entry("B64D47/00", "Equipment not otherwise provided for"), Map.entry("B64U10/00", "Type of UAV"),
			Map.entry("B64U50/00", "Propulsion or power supply of UAVs"),
			Map.entry("B64U2101/00", "UAVs specially adapted for particular uses"),
			Map.entry("B64U2201/00", "UAVs characterised by their flight controls"),
			Map.entry("G05D1/00", "Control of position, course, altitude or attitude of vehicles"),
			Map.entry("G06F1/00", "Details not covered by other groups of G06F"),
			Map.entry("G06N3/00", "Computing arrangements based on biological models"),
			Map.entry("G06T5/00", "Image enhancement or restoration"), Map.entry("G06T7/00", "Image analysis"),
			Map.entry("G06V10/00", "Arrangements for image or video recognition or understanding"),
			Map.entry("G06V20/00", "Scenes; scene-specific elements"),
			Map.entry("G06V40/00", "Recognition of human-related patterns"),
			Map.entry("G08G5/00", "Traffic control systems for aircraft"),
			Map.entry("G16H40/00", "ICT for the management or operation of medical equipment"),
			Map.entry("H01M4/00", "Electrodes"), Map.entry("H01M10/00", "Secondary cells"),
			Map.entry("H01M50/00", "Non-active parts of batteries"),
			Map.entry("H02J7/00", "Circuit arrangements for charging or depolarising batteries"),
			Map.entry("H04B7/00", "Radio transmission systems"),
			Map.entry("H04L1/00", "Detecting or preventing errors in the information received"),
			Map.entry("H04L5/00", "Multiple use of the transmission path"),
			Map.entry("H04N19/00", "Coding, decoding, compressing or decompressing digital video signals"),
			Map.entry("H04W4/00", "Services specially adapted for wireless communication networks"),
			Map.entry("H04W36/00", "Hand-off or reselection arrangements"), Map.entry("H04W52/00", "Power management"),
			Map.entry("H04W72/00", "Local resource management"), Map.entry("H04W74/00", "Wireless channel access"),
			Map.entry("H04W76/00", "Connection management"),
			Map.entry("Y02T10/00", "Road transport of goods or passengers"));

	private final Map<String, CpcSymbol> symbols = new LinkedHashMap<>();

	private final Map<String, String> titles = new LinkedHashMap<>();

	Technologies() {
		for (Field field : Field.values()) {
			for (Field.Topic topic : field.topics) {
				CpcSymbol leaf = CpcSymbol.parse(topic.symbol())
					.orElseThrow(() -> new IllegalStateException("bad CPC symbol " + topic.symbol()));
				for (CpcSymbol symbol : leaf.lineage()) {
					this.symbols.putIfAbsent(symbol.symbol(), symbol);
					this.titles.putIfAbsent(symbol.symbol(),
							symbol == leaf ? topic.title() : TITLES.getOrDefault(symbol.symbol(), symbol.symbol()));
				}
			}
		}
	}

	CpcSymbol symbol(String symbol) {
		CpcSymbol cpc = this.symbols.get(symbol);
		if (cpc == null) {
			throw new IllegalArgumentException("not a demo CPC symbol: " + symbol);
		}
		return cpc;
	}

	/**
	 * Technology nodes, parents before children.
	 */
	void emitNodes(DemoSink sink) {
		for (CpcSymbol symbol : ordered()) {
			sink.node(new DemoNode("Technology", symbol.symbol(),
					Props.of("title", this.titles.get(symbol.symbol()), "level", symbol.level(), "synthetic", true)));
		}
	}

	/**
	 * The CPC hierarchy: PART_OF from each symbol to its parent.
	 */
	void emitRelationships(DemoSink sink) {
		for (CpcSymbol symbol : ordered()) {
			symbol.parent()
				.ifPresent(parent -> sink.relationship(new DemoRelationship("PART_OF", "Technology", symbol.symbol(),
						"Technology", parent.symbol(), Props.of())));
		}
	}

	private List<CpcSymbol> ordered() {
		List<CpcSymbol> ordered = new ArrayList<>(this.symbols.values());
		ordered.sort((a, b) -> Integer.compare(a.lineage().size(), b.lineage().size()));
		return ordered;
	}

}
