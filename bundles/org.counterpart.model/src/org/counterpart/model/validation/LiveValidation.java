package org.counterpart.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The problems of a Theater kept current as it is edited: validated once in full, then object by object for what
 * each change can affect. Attach {@link #tracker()} to the Theater; it notes changed objects (in the thread that
 * changes the model, cheaply) and calls the change listener, which should schedule a {@link #validate(List)} of
 * {@link #takeWork()} away from the user interface thread, while nobody changes the model.
 * <p>
 * What a change reaches: the changed object; for a marking, the object it marks and all that object contains (their
 * markings are bounded by it), and every object when the Theater's marking changes (a full pass); for an
 * institution's parent, every institution (cycles); for an observation, the measurements it supports (retracted
 * support). Added objects are validated with their contents; removed ones lose their problems.
 */
public final class LiveValidation {

	private final Theater theater;
	/** Problems by the object that was validated. */
	private final Map<EObject, List<Diagnostic>> problems = new HashMap<>();
	private final Set<EObject> dirty = new LinkedHashSet<>();
	private final Set<FieldObservation> changedObservations = new LinkedHashSet<>();
	private boolean allInstitutions;
	private boolean fullPassNeeded = true;
	private volatile Runnable changeListener = () -> {
	};
	private final Tracker tracker = new Tracker();

	public LiveValidation(Theater theater) {
		this.theater = theater;
	}

	public Theater getTheater() {
		return theater;
	}

	/** The adapter to attach to the Theater (while nobody changes the model), and to detach when done. */
	public EContentAdapter tracker() {
		return tracker;
	}

	/** Called in the changing thread after each change that needs validation. */
	public void setChangeListener(Runnable listener) {
		changeListener = listener == null ? () -> {
		} : listener;
	}

	/** Whether changes wait to be validated. */
	public synchronized boolean hasWork() {
		return fullPassNeeded || !dirty.isEmpty() || !changedObservations.isEmpty() || allInstitutions;
	}

	/**
	 * Takes the objects to validate now, and forgets them as work. Call while nobody changes the model.
	 *
	 * @return every object of the Theater for a full pass, else the changed objects and those they affect
	 */
	public List<EObject> takeWork() {
		boolean full;
		Set<EObject> objects;
		Set<FieldObservation> observations;
		boolean institutions;
		synchronized (this) {
			full = fullPassNeeded;
			objects = new LinkedHashSet<>(dirty);
			observations = new LinkedHashSet<>(changedObservations);
			institutions = allInstitutions;
			fullPassNeeded = false;
			allInstitutions = false;
			dirty.clear();
			changedObservations.clear();
		}
		if (full) {
			List<EObject> all = new ArrayList<>();
			all.add(theater);
			theater.eAllContents().forEachRemaining(all::add);
			synchronized (this) {
				problems.keySet().retainAll(new java.util.HashSet<>(all));
			}
			return all;
		}
		if (institutions) {
			objects.addAll(theater.getInstitutions());
		}
		if (!observations.isEmpty()) {
			for (Objective objective : allObjectives()) {
				for (Indicator indicator : objective.getIndicators()) {
					for (Measurement measurement : indicator.getMeasurements()) {
						if (measurement.getSupportingObservations().stream().anyMatch(observations::contains)) {
							objects.add(measurement);
						}
					}
				}
			}
		}
		return new ArrayList<>(objects);
	}

	private List<Objective> allObjectives() {
		List<Objective> objectives = new ArrayList<>();
		List<Objective> open = new ArrayList<>(theater.getObjectives());
		while (!open.isEmpty()) {
			Objective objective = open.remove(open.size() - 1);
			objectives.add(objective);
			open.addAll(objective.getSubObjectives());
		}
		return objectives;
	}

	/**
	 * Validates {@code objects} one by one (not their contents) and replaces their problems; objects no longer in the
	 * Theater lose theirs. Call while nobody changes the model; a long list may be given in parts.
	 */
	public void validate(List<EObject> objects) {
		Map<EObject, List<Diagnostic>> found = new HashMap<>();
		List<EObject> gone = new ArrayList<>();
		for (EObject object : objects) {
			if (EcoreUtil.getRootContainer(object) != theater) {
				gone.add(object);
			} else {
				found.put(object, WorkspaceValidation.validateOne(object));
			}
		}
		synchronized (this) {
			gone.forEach(problems::remove);
			found.forEach((object, list) -> {
				if (list.isEmpty()) {
					problems.remove(object);
				} else {
					problems.put(object, List.copyOf(list));
				}
			});
		}
	}

	/** Puts objects taken with {@link #takeWork()} back as work, e.g. when a validation was cancelled half way. */
	public synchronized void requeue(Collection<EObject> objects) {
		dirty.addAll(objects);
	}

	/** All problems now known, errors and warnings, in no particular order. */
	public synchronized List<Diagnostic> problems() {
		List<Diagnostic> all = new ArrayList<>();
		problems.values().forEach(all::addAll);
		return all;
	}

	/** The object a problem is about: the object it names, or for a marking's problem the object that carries it. */
	public static EObject subjectOf(Diagnostic problem) {
		List<?> data = problem.getData();
		if (data.isEmpty() || !(data.get(0) instanceof EObject object)) {
			return null;
		}
		return object instanceof Marking && object.eContainer() != null ? object.eContainer() : object;
	}

	private synchronized void note(Notification notification) {
		if (!(notification.getNotifier() instanceof EObject notifier) || notification.isTouch()) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature == CounterpartPackage.Literals.IDENTIFIED__MARKING) {
			markingChanged(notifier);
			addTree(notification.getNewValue());
			return;
		}
		if (notifier instanceof Marking marking) {
			dirty.add(marking);
			if (marking.eContainer() != null) {
				markingChanged(marking.eContainer());
			}
			return;
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			forEach(notification.getOldValue(), dirty::add);
			forEach(notification.getNewValue(), this::addTree);
			if (notifier != theater) {
				dirty.add(notifier);
			}
			return;
		}
		if (notifier == theater) {
			// The Theater's own attributes; its lists are followed above. Its check of unique identifiers runs in a full pass.
			dirty.add(theater);
			return;
		}
		dirty.add(notifier);
		if (feature == CounterpartPackage.Literals.PARTNER_INSTITUTION__PARENT && notifier instanceof PartnerInstitution) {
			allInstitutions = true;
		}
		if (notifier instanceof FieldObservation observation) {
			changedObservations.add(observation);
		}
	}

	private void markingChanged(EObject owner) {
		if (owner == theater) {
			fullPassNeeded = true;
			return;
		}
		addTree(owner);
	}

	private void addTree(Object value) {
		forEach(value, object -> {
			dirty.add(object);
			for (Iterator<EObject> contents = object.eAllContents(); contents.hasNext();) {
				dirty.add(contents.next());
			}
		});
	}

	private static void forEach(Object value, java.util.function.Consumer<EObject> action) {
		if (value instanceof EObject object) {
			action.accept(object);
		} else if (value instanceof Collection<?> values) {
			for (Object element : values) {
				if (element instanceof EObject object) {
					action.accept(object);
				}
			}
		}
	}

	private final class Tracker extends EContentAdapter {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			note(notification);
			changeListener.run();
		}
	}
}
