package org.ipgraph.demo;

import java.util.List;

/**
 * The technology fields of the demo ecosystem, each a set of real CPC subgroups with the
 * words its patents are written in. A subgroup's phrases make patents of one component
 * read alike, so that text similarity finds what the classification says.
 */
enum Field {

	VIDEO("video coding", "consumer electronics", "H04N19", "video codec", List.of(
			new Topic("H04N19/119", "Adaptive subdivision of a picture into coding blocks",
					List.of("multi-type tree partitioning of a coding tree unit", "binary and ternary block splitting",
							"partition depth signalling for coding blocks")),
			new Topic("H04N19/11", "Selection among spatial predictive coding modes",
					List.of("intra prediction mode derivation", "wide-angle intra prediction",
							"most probable mode list construction")),
			new Topic("H04N19/52", "Processing of motion vectors by predictive encoding",
					List.of("merge candidate list construction", "motion vector predictor refinement",
							"affine motion vector prediction")),
			new Topic("H04N19/61", "Transform coding in combination with predictive coding",
					List.of("multiple transform selection", "low-frequency non-separable transform",
							"transform skip for residual blocks")),
			new Topic("H04N19/13", "Adaptive entropy coding",
					List.of("context-adaptive binary arithmetic coding", "context model selection for syntax bins",
							"probability state update with two windows")),
			new Topic("H04N19/82", "Filtering within a prediction loop",
					List.of("adaptive loop filtering", "deblocking filter strength decision",
							"sample adaptive offset classification")),
			new Topic("H04N19/70", "Syntax aspects related to video coding",
					List.of("parameter set signalling", "picture header syntax", "slice and tile layout signalling")),
			new Topic("H04N19/186", "The coding unit being a colour or chrominance component",
					List.of("cross-component linear model prediction", "chroma residual scaling",
							"joint coding of chroma residuals")),
			new Topic("H04N19/44", "Video decoders",
					List.of("low-latency decoder pipeline", "parallel wavefront decoding",
							"decoder-side motion refinement"))),
			List.of("video encoder", "video decoder", "streaming device", "set-top box", "camera module")),

	WIRELESS(
			"wireless communication", "telecommunications", "H04W", "radio terminal", List.of(
					new Topic("H04W72/04", "Wireless resource allocation",
							List.of("time-frequency resource allocation", "bandwidth part switching",
									"uplink grant scheduling")),
					new Topic("H04W74/0833", "Random access procedures",
							List.of("two-step random access", "preamble selection for random access",
									"random access response window")),
					new Topic("H04W76/10", "Connection setup",
							List.of("radio resource control connection setup", "connection resume from inactive state",
									"dual connectivity establishment")),
					new Topic("H04W52/0216", "Power saving in terminal devices managed by the network",
							List.of("discontinuous reception cycle", "wake-up signal monitoring",
									"paging occasion adaptation")),
					new Topic("H04W36/0055", "Re-establishing the radio link during handover",
							List.of("conditional handover execution", "radio link failure recovery",
									"beam failure recovery")),
					new Topic("H04L5/0051", "Allocation of dedicated pilot signals",
							List.of("demodulation reference signal configuration",
									"sounding reference signal allocation", "phase tracking reference signal")),
					new Topic("H04L1/1812", "Hybrid automatic repeat request",
							List.of("HARQ acknowledgement codebook", "HARQ process scheduling",
									"retransmission timing")),
					new Topic("H04B7/0626", "Channel state information feedback",
							List.of("channel state information report", "precoding matrix indicator feedback",
									"codebook-based beam reporting")),
					new Topic("H04W4/80", "Short-range wireless services",
							List.of("low energy advertising", "near-field pairing", "short-range mesh relaying"))),
			List.of("user equipment", "base station", "small cell", "IoT module", "wireless modem")),

	WEARABLES(
			"wearables", "medical devices", "A61B5", "wearable device", List.of(
					new Topic("A61B5/02438", "Heart rate measurement with portable devices",
							List.of("optical heart rate sensing at the wrist",
									"motion artefact removal from a pulse signal", "photoplethysmography sampling")),
					new Topic("A61B5/1117", "Fall detection",
							List.of("fall detection from accelerometer data", "impact and posture classification",
									"emergency alert after a fall")),
					new Topic("A61B5/112", "Gait analysis",
							List.of("gait cycle segmentation", "stride length estimation",
									"low-power gait sensing for elderly care")),
					new Topic("A61B5/681", "Wristwatch-type devices",
							List.of("wrist-worn sensor housing", "strap-integrated electrodes",
									"smartwatch sensor window")),
					new Topic("A61B5/6802", "Sensors mounted on worn items",
							List.of("textile-integrated sensor", "sensor patch on a garment",
									"insole pressure sensing")),
					new Topic("A61B5/0205", "Evaluating several vital signs together",
							List.of("multi-parameter vital sign fusion", "skin temperature and pulse correlation",
									"respiration rate from a wearable")),
					new Topic("G06F1/163", "Wearable computers",
							List.of("wearable computing module", "power management of a wearable processor",
									"head-worn display unit")),
					new Topic("G16H40/67", "Remote operation of medical devices",
							List.of("remote patient monitoring", "clinician dashboard for wearable data",
									"telemetry of medical wearables"))),
			List.of("smartwatch", "fitness band", "sensor patch", "smart insole", "health monitor")),

	DRONES("drones", "aerospace", "B64U", "unmanned aerial vehicle", List.of(
			new Topic("B64C39/024", "Remote-controlled aircraft",
					List.of("remotely piloted aircraft control link", "ground control station handover",
							"fixed-wing unmanned aircraft")),
			new Topic("B64U10/13", "Flying platforms",
					List.of("multirotor flying platform", "quadcopter frame", "foldable rotor arms")),
			new Topic("B64U2101/30", "UAVs for imaging and photography",
					List.of("aerial imaging payload", "gimbal-stabilised aerial camera", "aerial survey flight plan")),
			new Topic("B64U2201/10", "UAVs with autonomous flight controls",
					List.of("autonomous waypoint navigation", "return-to-home behaviour", "onboard flight controller")),
			new Topic("B64U50/19", "Electrically powered propulsion",
					List.of("electric rotor propulsion", "brushless motor control for rotors",
							"propeller thrust estimation")),
			new Topic("G05D1/101", "Three-dimensional control of aircraft position",
					List.of("altitude hold control", "three-dimensional trajectory tracking",
							"wind disturbance compensation")),
			new Topic("B64D47/08", "Arrangements of cameras on aircraft",
					List.of("camera mount on an airframe", "downward-facing optical flow camera",
							"payload camera vibration isolation")),
			new Topic("G08G5/0069", "Navigation aids for unmanned aircraft",
					List.of("detect-and-avoid for drones", "geofence enforcement",
							"unmanned traffic management messages"))),
			List.of("delivery drone", "inspection drone", "survey drone", "quadcopter", "flight controller")),

	BATTERIES(
			"batteries", "energy storage", "H01M", "battery cell", List.of(
					new Topic("H01M10/0525", "Lithium-ion batteries",
							List.of("lithium-ion cell stack", "electrolyte additive",
									"fast-charging lithium-ion cell")),
					new Topic("H01M10/0562", "Solid electrolytes",
							List.of("sulfide solid electrolyte", "solid-state separator layer",
									"oxide ceramic electrolyte")),
					new Topic("H01M4/131", "Electrodes based on mixed oxides",
							List.of("layered oxide cathode", "cathode particle coating",
									"mixed oxide electrode slurry")),
					new Topic("H01M4/525", "Active materials of nickel, cobalt or iron",
							List.of("high-nickel cathode material", "cobalt-free active material",
									"iron phosphate active material")),
					new Topic("H01M10/48", "Accumulators with condition measurement",
							List.of("cell voltage monitoring", "state of health estimation",
									"internal resistance measurement")),
					new Topic("H01M10/613", "Cooling of batteries",
							List.of("liquid cooling plate", "thermal runaway barrier",
									"cell-to-pack thermal management")),
					new Topic("H01M50/20", "Battery mountings, racks and packs",
							List.of("battery module housing", "cell-to-pack structure", "pack busbar arrangement")),
					new Topic("H02J7/0047", "Battery charging with monitoring devices",
							List.of("charge monitoring circuit", "cell balancing during charging",
									"charge termination detection"))),
			List.of("battery pack", "battery module", "power bank", "energy storage system", "cell")),

	VISION("computer vision", "software", "G06V", "vision system",
			List.of(new Topic("G06T7/70", "Determining position or orientation of objects or cameras",
					List.of("camera pose estimation", "visual odometry", "object pose regression")),
					new Topic("G06T7/11", "Region-based segmentation",
							List.of("semantic segmentation mask", "instance segmentation of objects",
									"region proposal refinement")),
					new Topic("G06V10/82", "Recognition using neural networks",
							List.of("convolutional neural network classifier", "attention-based recognition",
									"lightweight neural network inference")),
					new Topic("G06V20/17", "Terrestrial scenes from aircraft or drones",
							List.of("aerial scene understanding", "crop and terrain recognition from aerial images",
									"change detection in aerial imagery")),
					new Topic("G06V40/20", "Movements or behaviour recognition",
							List.of("gesture recognition", "human activity recognition",
									"skeleton-based action recognition")),
					new Topic("G06N3/08", "Learning methods",
							List.of("self-supervised training", "knowledge distillation",
									"federated learning of model weights")),
					new Topic("G06N3/045", "Combinations of networks",
							List.of("encoder-decoder network", "multi-branch network fusion", "transformer backbone")),
					new Topic("G06T5/50", "Image enhancement using two or more images",
							List.of("multi-frame denoising", "high dynamic range fusion",
									"burst image super-resolution"))),
			List.of("image sensor", "vision processor", "inspection camera", "driver monitoring camera", "robot")),

	EV_CHARGING("EV charging", "automotive", "B60L53", "charging station",
			List.of(new Topic("B60L53/10", "Energy transfer between charging station and vehicle",
					List.of("conductive charging coupler", "high-power DC charging", "bidirectional charging")),
					new Topic("B60L53/12", "Inductive energy transfer",
							List.of("inductive charging pad", "coil alignment for wireless charging",
									"foreign object detection on a charging pad")),
					new Topic("B60L53/30", "Constructional details of charging stations",
							List.of("liquid-cooled charging cable", "charging pedestal enclosure",
									"cable management arm")),
					new Topic("B60L53/62", "Controlling charging stations by charging parameters",
							List.of("load balancing across charging points", "charging power curtailment",
									"smart charging schedule")),
					new Topic("B60L53/66", "Data transfer between charging stations and vehicles",
							List.of("plug-and-charge authentication", "charging session messaging",
									"vehicle-to-charger certificate exchange")),
					new Topic("B60L58/12", "Battery monitoring by state of charge",
							List.of("state of charge estimation", "charge limit by battery temperature",
									"state of charge reporting to the driver")),
					new Topic("Y02T10/70", "Energy storage for electromobility",
							List.of("traction battery integration", "vehicle energy storage layout",
									"battery swapping station"))),
			List.of("charging station", "wallbox", "onboard charger", "charging cable", "fleet depot charger"));

	/**
	 * Pairs of fields whose owners complement each other: a wearables maker needs a
	 * radio, a drone maker needs batteries and vision.
	 */
	static final List<Field[]> COMPLEMENTS = List.of(new Field[] { WEARABLES, WIRELESS },
			new Field[] { DRONES, BATTERIES }, new Field[] { DRONES, VISION }, new Field[] { VIDEO, VISION },
			new Field[] { BATTERIES, EV_CHARGING }, new Field[] { WEARABLES, BATTERIES },
			new Field[] { WIRELESS, EV_CHARGING });

	/**
	 * Fields with standards that pools form around, in the order planted pools use them.
	 */
	static final List<Field> POOLED = List.of(VIDEO, WIRELESS, EV_CHARGING);

	/** Share of all patents per field, in declaration order. */
	static final double[] SHARES = { 0.16, 0.2, 0.14, 0.12, 0.14, 0.14, 0.1 };

	final String label;

	final String sector;

	final String group;

	final String device;

	final List<Topic> topics;

	final List<String> products;

	Field(String label, String sector, String group, String device, List<Topic> topics, List<String> products) {
		this.label = label;
		this.sector = sector;
		this.group = group;
		this.device = device;
		this.topics = topics;
		this.products = products;
	}

	/**
	 * The standard code for pools in this field: {@code DEMO-VC} gives {@code DEMO-VC 1}.
	 */
	String standardCode() {
		return switch (this) {
			case VIDEO -> "DEMO-VC";
			case WIRELESS -> "DEMO-WL";
			case EV_CHARGING -> "DEMO-EVC";
			case BATTERIES -> "DEMO-BAT";
			case WEARABLES -> "DEMO-WBAN";
			default -> "DEMO-" + name().substring(0, 3);
		};
	}

	/**
	 * One CPC subgroup of a field with its phrases.
	 *
	 * @param symbol the CPC subgroup
	 * @param title a short title
	 * @param phrases technical phrases patents in this subgroup use
	 */
	record Topic(String symbol, String title, List<String> phrases) {
	}

}
