package org.counterpart.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels and icons of the explorer: a category's name and count, and for workspace objects what their EMF.Edit item
 * providers say, so the explorer names objects as the rest of Counterpart does. Labels are long (a contact's name,
 * post and institution): the tooltip shows the whole label when the view is too narrow for it.
 */
public final class ExplorerLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;
	private final INotifyChangedListener changes = this::changed;
	private ExplorerFilter filter;

	public ExplorerLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(changes);
		}
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ExplorerCategory category) {
			if (filter != null && filter.isActive()) {
				long shown = category.objects().stream().filter(filter::passes).count();
				return Messages.bind(Messages.Explorer_categoryFilteredLabel,
						new Object[] { category.kind().displayName(), shown, category.count() });
			}
			return category.label();
		}
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels != null ? labels.getText(element) : String.valueOf(element);
	}

	/** While {@code filter} is on, a category says how many of its objects pass, e.g. "Observations (12 of 1000)". */
	public void setFilter(ExplorerFilter filter) {
		this.filter = filter;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ExplorerCategory) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels != null ? images.image(labels.getImage(element)) : null;
	}

	@Override
	public String getToolTipText(Object element) {
		return getText(element);
	}

	/** A changed object may read differently now: tell the viewer to update its label. */
	private void changed(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier != null) {
			fireLabelProviderChanged(new LabelProviderChangedEvent(this, notifier));
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(changes);
		}
		super.dispose();
	}
}
