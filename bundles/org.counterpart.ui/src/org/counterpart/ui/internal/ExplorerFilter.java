package org.counterpart.ui.internal;

import java.util.Date;

import org.counterpart.model.Classification;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.SourceReliability;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The explorer's filters from its view menu: my drafts and ungraded observations (the other categories then show
 * nothing), a marking, and a date range (an observation's observation time, an engagement's start, otherwise the
 * creation time). Institutions and objectives stay when something below them passes, so nesting is kept.
 */
public final class ExplorerFilter extends ViewerFilter {

	private boolean myDrafts;
	private boolean ungraded;
	private Classification marking;
	private Date from;
	private Date to;

	public boolean isMyDrafts() {
		return myDrafts;
	}

	public void setMyDrafts(boolean myDrafts) {
		this.myDrafts = myDrafts;
	}

	public boolean isUngraded() {
		return ungraded;
	}

	public void setUngraded(boolean ungraded) {
		this.ungraded = ungraded;
	}

	/** Only objects with this classification; null: any. */
	public Classification getMarking() {
		return marking;
	}

	public void setMarking(Classification marking) {
		this.marking = marking;
	}

	public Date getFrom() {
		return from;
	}

	public Date getTo() {
		return to;
	}

	/** Only objects dated within [from, to] (either may be null: open). */
	public void setDateRange(Date from, Date to) {
		this.from = from;
		this.to = to;
	}

	/** Whether any filter is on. */
	public boolean isActive() {
		return myDrafts || ungraded || marking != null || from != null || to != null;
	}

	public void clear() {
		myDrafts = false;
		ungraded = false;
		marking = null;
		from = null;
		to = null;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (!isActive() || element instanceof ExplorerCategory) {
			return true;
		}
		if (passes(element)) {
			return true;
		}
		// keep an institution or objective whose subordinates pass, so they can be reached
		if ((element instanceof PartnerInstitution || element instanceof Objective) && viewer instanceof TreeViewer tree) {
			ExplorerContentProvider content = (ExplorerContentProvider) tree.getContentProvider();
			for (Object child : content.getChildren(element)) {
				if (select(viewer, element, child)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether {@code element} itself passes every filter that is on. */
	public boolean passes(Object element) {
		if (myDrafts || ungraded) {
			if (!(element instanceof FieldObservation observation)) {
				return false;
			}
			if (myDrafts && !(observation.getStatus() == ObservationStatus.DRAFT && Officer.name().equals(observation.getAuthor()))) {
				return false;
			}
			if (ungraded && observation.getSourceReliability() != SourceReliability.UNGRADED
					&& observation.getInformationCredibility() != InformationCredibility.UNGRADED) {
				return false;
			}
		}
		if (marking != null) {
			if (!(element instanceof Identified identified)) {
				return false;
			}
			Classification classification = identified.getMarking() == null ? Classification.UNCLASSIFIED
					: identified.getMarking().getClassification();
			if (classification != marking) {
				return false;
			}
		}
		if (from != null || to != null) {
			Date date = date(element);
			if (date == null || from != null && date.before(from) || to != null && date.after(to)) {
				return false;
			}
		}
		return true;
	}

	/** The date an object is filtered and sorted by, or null. */
	public static Date date(Object element) {
		return switch (element) {
			case FieldObservation observation when observation.getObservedAt() != null -> observation.getObservedAt();
			case Engagement engagement when engagement.getStart() != null -> engagement.getStart();
			case Identified identified -> identified.getCreatedAt();
			default -> null;
		};
	}
}
