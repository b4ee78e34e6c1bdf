package org.counterpart.ui.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an object, described by an EMF.Edit {@link IItemPropertyDescriptor}: its name, category,
 * description and a label for its value. No cell editor, so the sheet cannot change the value.
 */
public final class ReadOnlyPropertyDescriptor implements IPropertyDescriptor {

	/** Dates read as in the rest of Counterpart: ISO, in UTC, so they do not depend on the machine's time zone. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final ItemImages images;

	public ReadOnlyPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor, ItemImages images) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		this.images = images;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return null;
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider valueLabels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object shown) {
				return label(valueLabels, unwrap(shown));
			}

			@Override
			public Image getImage(Object shown) {
				Object value = unwrap(shown);
				return value == null ? null : images.image(valueLabels.getImage(value));
			}
		};
	}

	private static Object unwrap(Object shown) {
		return shown instanceof ReadOnlyPropertySource.ShownValue(Object value) ? value : shown;
	}

	static String label(IItemLabelProvider valueLabels, Object value) {
		if (value instanceof Date date) {
			return DATE_TIME.format(date.toInstant());
		}
		if (value instanceof Collection<?> values && values.stream().anyMatch(Date.class::isInstance)) {
			return String.join(", ", values.stream().map(v -> label(valueLabels, v)).toList()); //$NON-NLS-1$
		}
		return value == null ? "" : valueLabels.getText(value); //$NON-NLS-1$
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ReadOnlyPropertyDescriptor that && getId().equals(that.getId());
	}
}
