package org.counterpart.sync;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a metamodel tells the merge and the releasability filter to treat its classes, without sync knowing the
 * metamodel: an {@link EAnnotation} with source {@value #SOURCE} on a class or a feature.
 * <ul>
 * <li>{@code merge = lastWriterWins} (on a class or a single-valued feature): concurrent writes are settled by the
 * clock as always, but are not recorded as conflicts for an analyst; for data such as diagram layout, where the last
 * move is as good as any and review would be noise.</li>
 * <li>{@code releasability = followsReference:NAME} (on a class): an object of the class may go where the object its
 * reference NAME points to may go (and its containers, as for every object); with the reference unset, nowhere but
 * to the owner. For data about another object, such as the position of its node on a diagram.</li>
 * <li>{@code releasability = always} (on a class): the object holds nothing by itself (a container of other data)
 * and may go to anyone; what it contains is judged on its own.</li>
 * </ul>
 * A class without the annotation keeps the rules of the domain model: its marking decides.
 */
public final class MergeAnnotations {
	/** The annotation source. */
	public static final String SOURCE = "http://counterpart.org/sync";
	/** The key of the merge rule. */
	public static final String MERGE = "merge";
	/** Last writer wins, without conflicts. */
	public static final String LAST_WRITER_WINS = "lastWriterWins";
	/** The key of the releasability rule. */
	public static final String RELEASABILITY = "releasability";
	/** Releasable to anyone. */
	public static final String ALWAYS = "always";
	/** Releasable where the referenced object is; followed by the reference's name. */
	public static final String FOLLOWS_REFERENCE = "followsReference:";

	private MergeAnnotations() {
	}

	/** Whether concurrent writes of {@code feature} of an object of {@code eClass} are settled without a conflict. */
	public static boolean isSilentLastWriterWins(EClass eClass, EStructuralFeature feature) {
		if (LAST_WRITER_WINS.equals(detail(feature, MERGE))) {
			return true;
		}
		if (LAST_WRITER_WINS.equals(detail(eClass, MERGE))) {
			return true;
		}
		return eClass.getEAllSuperTypes().stream().anyMatch(type -> LAST_WRITER_WINS.equals(detail(type, MERGE)));
	}

	/** The releasability rule of the class (or of its nearest annotated super type), or null for the domain model's. */
	public static String releasability(EClass eClass) {
		String own = detail(eClass, RELEASABILITY);
		if (own != null) {
			return own;
		}
		for (EClass type : eClass.getEAllSuperTypes()) {
			String inherited = detail(type, RELEASABILITY);
			if (inherited != null) {
				return inherited;
			}
		}
		return null;
	}

	private static String detail(EModelElement element, String key) {
		EAnnotation annotation = element.getEAnnotation(SOURCE);
		return annotation == null ? null : annotation.getDetails().get(key);
	}
}
