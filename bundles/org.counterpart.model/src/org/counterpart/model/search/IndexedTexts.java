package org.counterpart.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.model.Identified;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Which texts of an object are searched, and how much a match in each counts. Every string attribute of a Counterpart
 * object is searched (names, positions, observation text, place names, topics, titles, notes), except identifiers,
 * hashes and codes that no officer types: a new text attribute of the model is found without a change here.
 */
public final class IndexedTexts {

	/** Weight of a match in a text not named in {@link #WEIGHTS}, e.g. an observation's text or notes. */
	public static final int BODY_WEIGHT = 1;

	private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("name", 4), Map.entry("acronym", 4),
			Map.entry("givenName", 4), Map.entry("familyName", 4), Map.entry("title", 4), Map.entry("fileName", 3),
			Map.entry("partnerCountry", 3), Map.entry("officeName", 3), Map.entry("rank", 2), Map.entry("position", 3),
			Map.entry("placeName", 2), Map.entry("location", 2), Map.entry("topics", 2), Map.entry("unit", 2));

	private static final Set<String> NOT_SEARCHED = Set.of("id", "sha256", "mediaType", "createdBy", "partnerCountryCode",
			"nationality", "languages");

	private IndexedTexts() {
	}

	/** Whether objects of this kind are found by search: all identified objects (markings are not). */
	public static boolean isSearched(EObject object) {
		return object instanceof Identified;
	}

	/** Whether a change of {@code attribute} changes what search finds. */
	public static boolean isSearched(EAttribute attribute) {
		return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !NOT_SEARCHED.contains(attribute.getName());
	}

	/** The weight of a match in {@code attribute}. */
	public static int weight(EAttribute attribute) {
		return WEIGHTS.getOrDefault(attribute.getName(), BODY_WEIGHT);
	}

	/** The searched texts of {@code object}, each with the attribute it comes from; list values one by one. */
	public static List<Text> of(EObject object) {
		List<Text> texts = new ArrayList<>(4);
		EClass eClass = object.eClass();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (!isSearched(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof String text) {
				if (!text.isEmpty()) {
					texts.add(new Text(attribute, text));
				}
			} else if (value instanceof List<?> values) {
				for (Object element : values) {
					if (element instanceof String text && !text.isEmpty()) {
						texts.add(new Text(attribute, text));
					}
				}
			}
		}
		return texts;
	}

	/** One searched text of an object. */
	public record Text(EAttribute attribute, String text) {
		public int weight() {
			return IndexedTexts.weight(attribute);
		}
	}
}
