package org.ipgraph.nlp.text;

import java.util.List;

/**
 * Lookups in a document's block list.
 */
public final class TextBlocks {

	private TextBlocks() {
	}

	/**
	 * The block holding a character, by binary search over blocks in text order; null
	 * when none does.
	 */
	public static TextBlock at(List<TextBlock> blocks, int offset) {
		int low = 0;
		int high = blocks.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			TextBlock block = blocks.get(mid);
			if (offset < block.start()) {
				high = mid - 1;
			}
			else if (offset >= block.end()) {
				low = mid + 1;
			}
			else {
				return block;
			}
		}
		return null;
	}

}
