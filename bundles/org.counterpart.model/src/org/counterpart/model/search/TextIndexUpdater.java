package org.counterpart.model.search;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Keeps a {@link TextIndex} current with the model it indexes: attach it to the Theater (it follows into everything
 * the Theater contains) and every changed text, added object and removed object reaches the index in the thread
 * that made the change.
 */
public final class TextIndexUpdater extends EContentAdapter {

	private final TextIndex index;

	public TextIndexUpdater(TextIndex index) {
		this.index = index;
	}

	public TextIndex getIndex() {
		return index;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature instanceof EAttribute attribute) {
			if (IndexedTexts.isSearched(attribute)) {
				index.update(notifier);
			}
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			switch (notification.getEventType()) {
			case Notification.ADD, Notification.ADD_MANY, Notification.SET, Notification.UNSET,
					Notification.REMOVE, Notification.REMOVE_MANY -> {
				forEach(notification.getOldValue(), index::removeTree);
				forEach(notification.getNewValue(), index::addTree);
			}
			default -> {
				// moves within a list change no text
			}
			}
		}
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
}
