package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.model.Actor;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage.Literals;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands the explorer edits with, each labelled for Edit &gt; Undo: new objects, delete (with what else goes),
 * rename, and the links a drop makes (affiliation, parent institution).
 */
public final class ExplorerEdits {

	/** Most lines a delete confirmation lists per part before it says how many more there are. */
	private static final int LISTED = 8;

	private ExplorerEdits() {
	}

	/** A command under the name Edit &gt; Undo shows for it, e.g. "Rename". */
	public static Command labelled(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}

	// ------------------------------------------------------------------------------------------------------ new

	/** A new object of {@code kind} in {@code theater}, stamped with its creator and the workspace's marking. */
	public static Identified newObject(ExplorerCategory.Kind kind, Theater theater) {
		CounterpartFactory factory = CounterpartFactory.eINSTANCE;
		Date now = new Date();
		Identified created = switch (kind) {
			case INSTITUTIONS -> {
				PartnerInstitution institution = factory.createPartnerInstitution();
				institution.setName(Messages.Explorer_newInstitutionName);
				institution.setKind(InstitutionKind.OTHER);
				yield institution;
			}
			case CONTACTS -> {
				Contact contact = factory.createContact();
				contact.setFamilyName(Messages.Explorer_newContactName);
				yield contact;
			}
			case RELATIONSHIPS -> factory.createRelationship();
			case ENGAGEMENTS -> {
				Engagement engagement = factory.createEngagement();
				engagement.setTitle(Messages.Explorer_newEngagementTitle);
				engagement.setStart(now);
				yield engagement;
			}
			case OBSERVATIONS -> {
				FieldObservation observation = factory.createFieldObservation();
				observation.setStatus(ObservationStatus.DRAFT);
				observation.setAuthor(Officer.name());
				observation.setObservedAt(now);
				observation.setRecordedAt(now);
				yield observation;
			}
			case OBJECTIVES -> {
				Objective objective = factory.createObjective();
				objective.setTitle(Messages.Explorer_newObjectiveTitle);
				yield objective;
			}
		};
		created.setCreatedAt(now);
		created.setCreatedBy(Officer.name());
		if (theater.getMarking() != null) {
			created.setMarking(EcoreUtil.copy(theater.getMarking()));
		}
		return created;
	}

	/** Adds {@code created} (from {@link #newObject}) to its category's list of {@code theater}. */
	public static Command add(EditingDomain domain, Theater theater, ExplorerCategory.Kind kind, Identified created) {
		EReference list = switch (kind) {
			case INSTITUTIONS -> Literals.THEATER__INSTITUTIONS;
			case CONTACTS -> Literals.THEATER__CONTACTS;
			case RELATIONSHIPS -> Literals.THEATER__RELATIONSHIPS;
			case ENGAGEMENTS -> Literals.THEATER__ENGAGEMENTS;
			case OBSERVATIONS -> Literals.THEATER__OBSERVATIONS;
			case OBJECTIVES -> Literals.THEATER__OBJECTIVES;
		};
		return labelled(Messages.bind(Messages.Explorer_newCommand, singular(kind)),
				AddCommand.create(domain, theater, list, created));
	}

	/** The name of one object of {@code kind}, e.g. "Contact". */
	public static String singular(ExplorerCategory.Kind kind) {
		return switch (kind) {
			case INSTITUTIONS -> Messages.Explorer_institution;
			case CONTACTS -> Messages.Explorer_contact;
			case RELATIONSHIPS -> Messages.Explorer_relationship;
			case ENGAGEMENTS -> Messages.Explorer_engagement;
			case OBSERVATIONS -> Messages.Explorer_observation;
			case OBJECTIVES -> Messages.Explorer_objective;
		};
	}

	// --------------------------------------------------------------------------------------------------- delete

	/**
	 * What deleting the selected objects takes with it.
	 *
	 * @param selected the objects the user chose
	 * @param alsoDeleted the relationships of deleted actors, which mean nothing without them
	 * @param cleared references from objects that stay, e.g. "Col. Marta Ilves: affiliation"
	 */
	public record DeletePlan(List<EObject> selected, List<EObject> alsoDeleted, List<String> cleared) {

		public List<EObject> all() {
			List<EObject> all = new ArrayList<>(selected);
			all.addAll(alsoDeleted);
			return all;
		}

		/** The confirmation question, naming what goes and what is cleared. */
		public String question() {
			StringBuilder text = new StringBuilder();
			text.append(selected.size() == 1 ? Messages.bind(Messages.Explorer_deleteOne, ObjectLabels.labelOf(selected.get(0)))
					: Messages.bind(Messages.Explorer_deleteMany, selected.size()));
			if (!alsoDeleted.isEmpty()) {
				text.append("\n\n").append(Messages.bind(Messages.Explorer_deleteAlso, alsoDeleted.size())); //$NON-NLS-1$
				list(text, alsoDeleted.stream().map(ObjectLabels::labelOf).toList());
			}
			if (!cleared.isEmpty()) {
				text.append("\n\n").append(Messages.bind(Messages.Explorer_deleteCleared, cleared.size())); //$NON-NLS-1$
				list(text, cleared);
			}
			text.append("\n\n").append(Messages.Explorer_deleteUndoHint); //$NON-NLS-1$
			return text.toString();
		}

		private static void list(StringBuilder text, List<String> lines) {
			for (int i = 0; i < Math.min(LISTED, lines.size()); i++) {
				text.append("\n  \u2022 ").append(lines.get(i)); //$NON-NLS-1$
			}
			if (lines.size() > LISTED) {
				text.append("\n  ").append(Messages.bind(Messages.Explorer_deleteMore, lines.size() - LISTED)); //$NON-NLS-1$
			}
		}
	}

	/** Works out what deleting {@code selection} (objects of {@code theater}; categories are ignored) takes with it. */
	public static DeletePlan planDelete(Collection<?> selection, Theater theater) {
		Set<EObject> selected = new LinkedHashSet<>();
		for (Object object : selection) {
			if (object instanceof Identified identified && EcoreUtil.isAncestor(theater, identified)) {
				selected.add(identified);
			}
		}
		// an object inside another selected one goes with it
		selected.removeIf(object -> selected.stream().anyMatch(other -> other != object && EcoreUtil.isAncestor(other, object)));
		Set<EObject> also = new LinkedHashSet<>();
		for (Relationship relationship : theater.getRelationships()) {
			if (!selected.contains(relationship)
					&& (selected.contains(relationship.getSource()) || selected.contains(relationship.getTarget()))) {
				also.add(relationship);
			}
		}
		Set<EObject> going = new LinkedHashSet<>(selected);
		going.addAll(also);
		List<String> cleared = new ArrayList<>();
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(going, theater);
		for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
			for (EStructuralFeature.Setting setting : settings) {
				EObject owner = setting.getEObject();
				if (going.stream().noneMatch(gone -> gone == owner || EcoreUtil.isAncestor(gone, owner))
						&& !((EReference) setting.getEStructuralFeature()).isContainment()) {
					String name = owner instanceof Actor actor ? ObjectLabels.actorName(actor) : ObjectLabels.labelOf(owner);
					cleared.add(Messages.bind(Messages.Explorer_deleteClearedLine, name, setting.getEStructuralFeature().getName()));
				}
			}
		}
		return new DeletePlan(List.copyOf(selected), List.copyOf(also), cleared);
	}

	/** Deletes what {@code plan} names, clearing the references to it; undo brings all of it back. */
	public static Command delete(EditingDomain domain, DeletePlan plan) {
		return labelled(Messages.Explorer_deleteCommand, DeleteCommand.create(domain, plan.all()));
	}

	// --------------------------------------------------------------------------------------------------- rename

	/** Whether the explorer can rename {@code element} in place. */
	public static boolean canRename(Object element) {
		return element instanceof PartnerInstitution || element instanceof Contact || element instanceof Engagement
				|| element instanceof Objective;
	}

	/** The name as the rename field shows it: a contact's given and family name, otherwise the name or title. */
	public static String name(Object element) {
		String name = switch (element) {
			case PartnerInstitution institution -> institution.getName();
			case Contact contact -> String.join(" ", nonNull(contact.getGivenName()), nonNull(contact.getFamilyName())).trim();
			case Engagement engagement -> engagement.getTitle();
			case Objective objective -> objective.getTitle();
			default -> ""; //$NON-NLS-1$
		};
		return nonNull(name);
	}

	/**
	 * Renames {@code element}; for a contact the last word is the family name and the words before it the given name.
	 *
	 * @return null if the name is empty or unchanged (nothing to do)
	 */
	public static Command rename(EditingDomain domain, EObject element, String typed) {
		String text = typed == null ? "" : typed.strip(); //$NON-NLS-1$
		if (text.isEmpty() || text.equals(name(element)) || !canRename(element)) {
			return null;
		}
		CompoundCommand rename = new CompoundCommand(Messages.Explorer_renameCommand);
		switch (element) {
			case PartnerInstitution institution -> rename.append(SetCommand.create(domain, institution, Literals.PARTNER_INSTITUTION__NAME, text));
			case Contact contact -> {
				int space = text.lastIndexOf(' ');
				rename.append(SetCommand.create(domain, contact, Literals.CONTACT__GIVEN_NAME,
						space < 0 ? null : text.substring(0, space).strip()));
				rename.append(SetCommand.create(domain, contact, Literals.CONTACT__FAMILY_NAME, text.substring(space + 1)));
			}
			case Engagement engagement -> rename.append(SetCommand.create(domain, engagement, Literals.ENGAGEMENT__TITLE, text));
			case Objective objective -> rename.append(SetCommand.create(domain, objective, Literals.OBJECTIVE__TITLE, text));
			default -> {
				return null;
			}
		}
		return labelled(Messages.Explorer_renameCommand, rename);
	}

	// ---------------------------------------------------------------------------------------------------- links

	/**
	 * What dropping {@code dragged} onto {@code target} means: contacts onto an institution set their affiliation;
	 * institutions onto another set its parent (onto the Institutions category: no parent).
	 *
	 * @return null if the drop means nothing, or would make an institution its own ancestor
	 */
	public static Command link(EditingDomain domain, List<?> dragged, Object target) {
		if (dragged.isEmpty()) {
			return null;
		}
		if (target instanceof PartnerInstitution institution && dragged.stream().allMatch(Contact.class::isInstance)) {
			if (dragged.stream().allMatch(contact -> ((Contact) contact).getAffiliation() == institution)) {
				return null;
			}
			CompoundCommand affiliate = new CompoundCommand(Messages.Explorer_affiliationCommand);
			dragged.forEach(contact -> affiliate.append(SetCommand.create(domain, contact, Literals.CONTACT__AFFILIATION, institution)));
			return labelled(Messages.Explorer_affiliationCommand, affiliate);
		}
		if (!dragged.stream().allMatch(PartnerInstitution.class::isInstance)) {
			return null;
		}
		PartnerInstitution parent;
		if (target instanceof PartnerInstitution institution) {
			parent = institution;
		} else if (target instanceof ExplorerCategory category && category.kind() == ExplorerCategory.Kind.INSTITUTIONS) {
			parent = null;
		} else {
			return null;
		}
		CompoundCommand reparent = new CompoundCommand(Messages.Explorer_parentCommand);
		for (Object object : dragged) {
			PartnerInstitution child = (PartnerInstitution) object;
			if (wouldBeOwnAncestor(child, parent)) {
				return null;
			}
			if (child.getParent() != parent) {
				reparent.append(SetCommand.create(domain, child, Literals.PARTNER_INSTITUTION__PARENT, parent));
			}
		}
		return reparent.isEmpty() ? null : labelled(Messages.Explorer_parentCommand, reparent);
	}

	/** Whether making {@code parent} the parent of {@code child} would close a cycle. */
	public static boolean wouldBeOwnAncestor(PartnerInstitution child, PartnerInstitution parent) {
		Set<PartnerInstitution> seen = new java.util.HashSet<>();
		for (PartnerInstitution up = parent; up != null && seen.add(up); up = up.getParent()) {
			if (up == child) {
				return true;
			}
		}
		return false;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
