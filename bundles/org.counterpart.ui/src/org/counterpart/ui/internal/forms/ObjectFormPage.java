package org.counterpart.ui.internal.forms;

import org.counterpart.model.Identified;
import org.counterpart.ui.internal.ItemImages;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The one page of an object's form editor: the object's label and icon in the header, its marking as a strip under
 * the title, the sections of its kind in two columns, and the validator's findings in the header and at the fields.
 */
final class ObjectFormPage extends FormPage {

	static final String ID = "org.counterpart.ui.forms.objectPage"; //$NON-NLS-1$

	private final ObjectFormEditor editor;
	private FormFields fields;
	private FormValidation validation;
	private MarkingBanner banner;
	private ScrolledForm form;

	ObjectFormPage(ObjectFormEditor editor) {
		super(editor, ID, Messages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		Identified object = editor.getObject();
		form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		ItemImages images = new ItemImages(form);
		if (editor.getSession().getAdapterFactory().adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			form.setImage(images.image(labels.getImage(object)));
			editor.showTitleImage(form.getImage());
		}
		fields = new FormFields(toolkit, editor.getSession().getEditingDomain(), editor.getSession().getAdapterFactory(),
				managedForm.getMessageManager(), editor::open, form.getBody());

		Composite head = toolkit.createComposite(form.getForm().getHead());
		GridLayout headLayout = new GridLayout(1, false);
		headLayout.marginHeight = 0;
		headLayout.marginWidth = 0;
		head.setLayout(headLayout);
		banner = new MarkingBanner(fields, head, object);
		banner.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		form.setHeadClient(head);

		Composite body = form.getBody();
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 10;
		layout.horizontalSpacing = 14;
		layout.verticalSpacing = 14;
		body.setLayout(layout);
		new EntityForms(fields, () -> editor.getSession().getTheater()).build(body, object);
		validation = new FormValidation(object, fields, managedForm.getMessageManager());
		modelChanged();
	}

	/** The workspace changed: title, marking, computed values and validation follow. */
	void modelChanged() {
		if (form == null || form.isDisposed()) {
			return;
		}
		form.setText(ObjectFormEditor.title(editor.getObject()));
		banner.refresh();
		fields.refresh();
		validation.update();
		form.getForm().getHead().layout(true, true);
	}

	/** The marking strip, for tests. */
	String markingText() {
		return banner.getText();
	}

	MarkingBanner banner() {
		return banner;
	}

	FormFields fields() {
		return fields;
	}

	ScrolledForm scrolledForm() {
		return form;
	}

	@Override
	public void dispose() {
		if (fields != null) {
			fields.dispose();
		}
		super.dispose();
	}
}
