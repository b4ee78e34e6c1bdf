package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;

/**
 * A top-level node of the explorer: one kind of object in the workspace, e.g. "Contacts (160)".
 *
 * @param kind which objects
 * @param theater the workspace they belong to
 */
public record ExplorerCategory(Kind kind, Theater theater) {

	/** The kinds of object the explorer lists, in the order it lists them. */
	public enum Kind {
		INSTITUTIONS(() -> Messages.Explorer_institutions, Theater::getInstitutions),
		CONTACTS(() -> Messages.Explorer_contacts, Theater::getContacts),
		RELATIONSHIPS(() -> Messages.Explorer_relationships, Theater::getRelationships),
		ENGAGEMENTS(() -> Messages.Explorer_engagements, Theater::getEngagements),
		OBSERVATIONS(() -> Messages.Explorer_observations, Theater::getObservations),
		OBJECTIVES(() -> Messages.Explorer_objectives, Theater::getObjectives);

		private final java.util.function.Supplier<String> name;
		private final Function<Theater, List<?>> objects;

		Kind(java.util.function.Supplier<String> name, Function<Theater, List<?>> objects) {
			this.name = name;
			this.objects = objects;
		}

		public String displayName() {
			return name.get();
		}
	}

	/** The category's name with the number of objects it holds, e.g. {@code Contacts (160)}. */
	public String label() {
		return Messages.bind(Messages.Explorer_categoryLabel, kind.displayName(), count());
	}

	/** Every object of the category's kind held directly by the workspace. */
	public List<?> objects() {
		return kind.objects.apply(theater);
	}

	/** The objects directly under the category: institutions without a parent, end states, everything else flat. */
	public List<?> roots() {
		List<?> all = kind.objects.apply(theater);
		if (kind == Kind.INSTITUTIONS) {
			List<PartnerInstitution> roots = new ArrayList<>();
			for (Object object : all) {
				PartnerInstitution institution = (PartnerInstitution) object;
				// An institution whose parent is outside the workspace would otherwise not show at all.
				if (institution.getParent() == null || !all.contains(institution.getParent())) {
					roots.add(institution);
				}
			}
			return roots;
		}
		return all;
	}

	/** How many objects the category holds at any depth (objectives count with their sub-objectives). */
	public int count() {
		List<?> all = kind.objects.apply(theater);
		if (kind != Kind.OBJECTIVES) {
			return all.size();
		}
		int count = 0;
		for (Object objective : all) {
			count += countObjectives((Objective) objective);
		}
		return count;
	}

	private static int countObjectives(Objective objective) {
		int count = 1;
		for (Objective sub : objective.getSubObjectives()) {
			count += countObjectives(sub);
		}
		return count;
	}
}
