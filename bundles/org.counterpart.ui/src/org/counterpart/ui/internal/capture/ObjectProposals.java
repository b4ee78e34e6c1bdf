package org.counterpart.ui.internal.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.counterpart.model.Contact;
import org.counterpart.model.Engagement;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Objects of the Theater found as their names are typed: every typed word must begin a word of the object's label
 * ("ilv mar" finds "Col. Marta Ilves"). The candidates are asked for when proposals are needed, so objects created
 * meanwhile are found too.
 */
final class ObjectProposals implements IContentProposalProvider {

	/** Enough to choose from; more would only scroll. */
	private static final int MOST = 40;

	private final Supplier<List<? extends EObject>> candidates;

	ObjectProposals(Supplier<List<? extends EObject>> candidates) {
		this.candidates = candidates;
	}

	/** A proposal that carries the object it names. */
	record ObjectProposal(EObject object, String name, String kind) implements IContentProposal {
		@Override
		public String getContent() {
			return name;
		}

		@Override
		public int getCursorPosition() {
			return name.length();
		}

		@Override
		public String getLabel() {
			return kind.isEmpty() ? name : name + " \u2014 " + kind; //$NON-NLS-1$
		}

		@Override
		public String getDescription() {
			return null;
		}
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		List<String> typed = words(contents);
		List<IContentProposal> found = new ArrayList<>();
		for (EObject candidate : candidates.get()) {
			String name = nameOf(candidate);
			if (matches(words(name), typed)) {
				found.add(new ObjectProposal(candidate, name, kindOf(candidate)));
				if (found.size() == MOST) {
					break;
				}
			}
		}
		return found.toArray(IContentProposal[]::new);
	}

	/** The object whose name is exactly {@code text} (ignoring case), or null if none or several have it. */
	EObject exactly(String text) {
		EObject match = null;
		for (EObject candidate : candidates.get()) {
			if (nameOf(candidate).equalsIgnoreCase(text.trim())) {
				if (match != null) {
					return null;
				}
				match = candidate;
			}
		}
		return match;
	}

	static String nameOf(EObject object) {
		return object instanceof org.counterpart.model.Actor actor ? ObjectLabels.actorName(actor) : ObjectLabels.labelOf(object);
	}

	static String kindOf(EObject object) {
		return switch (object) {
			case Contact contact -> Messages.Capture_kindContact;
			case PartnerInstitution institution -> Messages.Capture_kindInstitution;
			case Engagement engagement -> Messages.Capture_kindEngagement;
			case Objective objective -> Messages.Capture_kindObjective;
			default -> ""; //$NON-NLS-1$
		};
	}

	private static boolean matches(List<String> words, List<String> typed) {
		for (String prefix : typed) {
			if (words.stream().noneMatch(word -> word.startsWith(prefix))) {
				return false;
			}
		}
		return true;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}
}
