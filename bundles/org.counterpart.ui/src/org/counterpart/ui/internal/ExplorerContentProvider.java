package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The explorer's tree: the six categories of a {@link Theater}, their objects, institutions below their parent
 * institution and objectives below the objective they serve.
 */
public final class ExplorerContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Theater theater)) {
			return NONE;
		}
		List<ExplorerCategory> categories = new ArrayList<>();
		for (ExplorerCategory.Kind kind : ExplorerCategory.Kind.values()) {
			categories.add(new ExplorerCategory(kind, theater));
		}
		return categories.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return switch (parent) {
			case ExplorerCategory category -> category.roots().toArray();
			case PartnerInstitution institution -> subordinates(institution).toArray();
			case Objective objective -> objective.getSubObjectives().toArray();
			default -> NONE;
		};
	}

	@Override
	public boolean hasChildren(Object element) {
		return switch (element) {
			case ExplorerCategory category -> !category.roots().isEmpty();
			case PartnerInstitution institution -> !subordinates(institution).isEmpty();
			case Objective objective -> !objective.getSubObjectives().isEmpty();
			default -> false;
		};
	}

	@Override
	public Object getParent(Object element) {
		return switch (element) {
			case PartnerInstitution institution when institution.getParent() != null -> institution.getParent();
			case PartnerInstitution institution when institution.eContainer() instanceof Theater theater ->
				new ExplorerCategory(ExplorerCategory.Kind.INSTITUTIONS, theater);
			case Objective objective when objective.eContainer() instanceof Objective parent -> parent;
			case Objective objective when objective.eContainer() instanceof Theater theater ->
				new ExplorerCategory(ExplorerCategory.Kind.OBJECTIVES, theater);
			case org.eclipse.emf.ecore.EObject object when object.eContainer() instanceof Theater theater ->
				category(object, theater);
			default -> null;
		};
	}

	private static ExplorerCategory category(org.eclipse.emf.ecore.EObject object, Theater theater) {
		for (ExplorerCategory.Kind kind : ExplorerCategory.Kind.values()) {
			ExplorerCategory category = new ExplorerCategory(kind, theater);
			if (category.roots().contains(object)) {
				return category;
			}
		}
		return null;
	}

	private static List<PartnerInstitution> subordinates(PartnerInstitution institution) {
		List<PartnerInstitution> subordinates = new ArrayList<>();
		if (institution.eContainer() instanceof Theater theater) {
			for (PartnerInstitution candidate : theater.getInstitutions()) {
				if (candidate.getParent() == institution) {
					subordinates.add(candidate);
				}
			}
		}
		return subordinates;
	}
}
