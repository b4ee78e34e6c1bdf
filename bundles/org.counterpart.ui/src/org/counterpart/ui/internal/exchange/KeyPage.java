package org.counterpart.ui.internal.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceTokenChoice;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.Pkcs11Token;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.ui.internal.PassphraseDialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Creates the device key: in {@code device.p12} under a passphrase typed twice, or on a PKCS#11 token chosen from the
 * list its module offers, with the token's PIN. The key is created when the user presses Next.
 */
public final class KeyPage extends WizardPage implements EnrolmentWizardDialog.Step {

	/** Where PKCS#11 modules usually are; the first one present is offered. OpenSC first: it drives real cards. */
	static final List<Path> KNOWN_MODULES = List.of(Path.of("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"), //$NON-NLS-1$
			Path.of("/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so"), //$NON-NLS-1$
			Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), //$NON-NLS-1$
			Path.of("/usr/lib/softhsm/libsofthsm2.so"), Path.of("/usr/local/lib/softhsm/libsofthsm2.so")); //$NON-NLS-1$ //$NON-NLS-2$

	private final EnrolmentWizard wizard;
	private Button inFile;
	private Button onToken;
	private Text passphrase;
	private Text confirmation;
	private FileField module;
	private Button readTokens;
	private Table tokens;
	private Text pin;
	private Combo keyType;
	private boolean created;

	KeyPage(EnrolmentWizard wizard) {
		super("key"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(DeviceMessages.Enrol_keyTitle);
		setDescription(DeviceMessages.Enrol_keyMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		inFile = radio(page, DeviceMessages.Enrol_inFile);
		passphrase = secret(page, DeviceMessages.Enrol_passphrase);
		confirmation = secret(page, DeviceMessages.Enrol_confirm);

		onToken = radio(page, DeviceMessages.Enrol_onToken);
		module = new FileField(page, DeviceMessages.Enrol_module, SWT.OPEN, "*.so", "*.dll", "*.dylib"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		KNOWN_MODULES.stream().filter(Files::isReadable).findFirst().ifPresent(known -> module.text().setText(known.toString()));
		new Label(page, SWT.NONE);
		tokens = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		tokens.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 80;
		tokens.setLayoutData(tableData);
		TableColumn slot = new TableColumn(tokens, SWT.NONE);
		slot.setText(DeviceMessages.Enrol_tokenSlot);
		slot.setWidth(110);
		TableColumn label = new TableColumn(tokens, SWT.NONE);
		label.setText(DeviceMessages.Enrol_tokenLabel);
		label.setWidth(220);
		readTokens = new Button(page, SWT.PUSH);
		readTokens.setText(DeviceMessages.Enrol_readTokens);
		readTokens.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		readTokens.addListener(SWT.Selection, event -> readTokens());
		pin = secret(page, DeviceMessages.Enrol_pin);

		new Label(page, SWT.NONE).setText(DeviceMessages.Enrol_keyType);
		keyType = new Combo(page, SWT.READ_ONLY);
		keyType.setItems(DeviceMessages.Enrol_keyTypeEc, DeviceMessages.Enrol_keyTypeRsa);
		keyType.select(0);
		new Label(page, SWT.NONE);

		inFile.setSelection(true);
		inFile.addListener(SWT.Selection, event -> update());
		onToken.addListener(SWT.Selection, event -> update());
		tokens.addListener(SWT.Selection, event -> update());
		for (Text text : new Text[] { passphrase, confirmation, pin, module.text() }) {
			text.addListener(SWT.Modify, event -> update());
		}
		setControl(page);
		update();
	}

	private static Button radio(Composite page, String text) {
		Button button = new Button(page, SWT.RADIO);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return button;
	}

	private static Text secret(Composite page, String label) {
		Label caption = new Label(page, SWT.NONE);
		caption.setText(label);
		GridData indent = new GridData();
		indent.horizontalIndent = 20;
		caption.setLayoutData(indent);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	/** Lists the tokens of the chosen module. */
	private void readTokens() {
		Path library = module.path();
		tokens.removeAll();
		if (library == null) {
			return;
		}
		Object[] outcome = new Object[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				outcome[0] = Pkcs11Token.tokenLabels(library);
			} catch (CredentialException e) {
				outcome[0] = e;
			}
		});
		if (outcome[0] instanceof CredentialException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		@SuppressWarnings("unchecked")
		Map<Long, String> found = (Map<Long, String>) outcome[0];
		found.forEach((slot, label) -> {
			TableItem item = new TableItem(tokens, SWT.NONE);
			item.setText(new String[] { String.valueOf(slot), label });
			item.setData(label);
		});
		if (found.size() == 1) {
			tokens.select(0);
		}
		setErrorMessage(found.isEmpty() ? NLS.bind(DeviceMessages.Enrol_noTokens, library) : null);
		setMessage(found.isEmpty() ? null : NLS.bind(DeviceMessages.Enrol_tokensRead, found.size()), IMessageProvider.INFORMATION);
		update();
	}

	private void update() {
		if (created) {
			return;
		}
		boolean file = inFile.getSelection();
		passphrase.setEnabled(file);
		confirmation.setEnabled(file);
		module.setEnabled(!file);
		readTokens.setEnabled(!file);
		tokens.setEnabled(!file);
		pin.setEnabled(!file);
		String missing = file ? (passphrase.getCharCount() == 0 ? "" : null) //$NON-NLS-1$
				: tokens.getSelectionIndex() < 0 ? DeviceMessages.Enrol_chooseToken
						: pin.getCharCount() == 0 ? DeviceMessages.Enrol_typePin : null;
		setPageComplete(missing == null);
	}

	@Override
	public boolean leave() {
		if (created) {
			return true;
		}
		setErrorMessage(null);
		KeyAlgorithm algorithm = keyType.getSelectionIndex() == 1 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256;
		char[] secret = inFile.getSelection() ? passphrase.getTextChars() : pin.getTextChars();
		char[] repeated = inFile.getSelection() ? confirmation.getTextChars() : null;
		try {
			if (repeated != null) {
				if (secret.length < PassphraseDialog.MINIMUM_LENGTH) {
					return refuse(NLS.bind(DeviceMessages.Enrol_passphraseTooShort, PassphraseDialog.MINIMUM_LENGTH));
				}
				if (!Arrays.equals(secret, repeated)) {
					return refuse(DeviceMessages.Enrol_passphraseMismatch);
				}
			}
			DeviceTokenChoice choice = inFile.getSelection() ? null
					: new DeviceTokenChoice(module.path(), (String) tokens.getSelection()[0].getData());
			UnlockedDevice[] made = new UnlockedDevice[1];
			try {
				getContainer().run(true, false, monitor -> {
					monitor.beginTask(DeviceMessages.Enrol_creating, 1);
					try {
						made[0] = choice == null ? UnlockedDevice.createInFile(wizard.folder(), algorithm, secret)
								: UnlockedDevice.createOnToken(wizard.folder(), choice, algorithm, secret);
					} catch (Exception e) {
						throw new InvocationTargetException(e);
					} finally {
						monitor.done();
					}
				});
			} catch (InvocationTargetException e) {
				return refuse(e.getCause() instanceof java.security.GeneralSecurityException ? e.getCause().getMessage()
						: String.valueOf(e.getCause().getMessage()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
			wizard.keep(made[0]);
			created = true;
			wizard.requestPage().created(choice == null
					? NLS.bind(DeviceMessages.Enrol_createdInFile, algorithm, wizard.folder().keyStore())
					: NLS.bind(DeviceMessages.Enrol_createdOnToken, algorithm, choice.describe()));
			for (Text text : new Text[] { passphrase, confirmation, pin }) {
				text.setTextChars(new char[0]);
			}
			getControl().setEnabled(false);
			return true;
		} finally {
			Arrays.fill(secret, '\0');
			if (repeated != null) {
				Arrays.fill(repeated, '\0');
			}
		}
	}

	private boolean refuse(String why) {
		setErrorMessage(why);
		passphrase.setTextChars(new char[0]);
		confirmation.setTextChars(new char[0]);
		pin.setTextChars(new char[0]);
		return false;
	}

	/** Whether the key was created in this run. */
	public boolean isCreated() {
		return created;
	}

	public Button getInFileButton() {
		return inFile;
	}

	public Button getOnTokenButton() {
		return onToken;
	}

	public Text getPassphraseField() {
		return passphrase;
	}

	public Text getConfirmationField() {
		return confirmation;
	}

	public Text getModuleField() {
		return module.text();
	}

	public Button getReadTokensButton() {
		return readTokens;
	}

	public Table getTokenTable() {
		return tokens;
	}

	public Text getPinField() {
		return pin;
	}
}
