package org.counterpart.ui.internal.exchange;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the device identity screens: unlocking the device key, enrolment, status and trust.
 */
public class DeviceMessages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.exchange.devicemessages"; //$NON-NLS-1$

	public static String Unlock_title;
	public static String Unlock_passphraseMessage;
	public static String Unlock_pinMessage;
	public static String Unlock_passphraseLabel;
	public static String Unlock_pinLabel;
	public static String Unlock_button;
	public static String Unlock_empty;
	public static String Unlock_failed;
	public static String Unlock_noKey;
	public static String Unlock_noCertificate;
	public static String Enrol_windowTitle;
	public static String Enrol_keyTitle;
	public static String Enrol_keyMessage;
	public static String Enrol_keyExists;
	public static String Enrol_inFile;
	public static String Enrol_onToken;
	public static String Enrol_passphrase;
	public static String Enrol_confirm;
	public static String Enrol_module;
	public static String Enrol_browse;
	public static String Enrol_readTokens;
	public static String Enrol_tokenSlot;
	public static String Enrol_tokenLabel;
	public static String Enrol_pin;
	public static String Enrol_keyType;
	public static String Enrol_keyTypeEc;
	public static String Enrol_keyTypeRsa;
	public static String Enrol_noTokens;
	public static String Enrol_tokensRead;
	public static String Enrol_chooseToken;
	public static String Enrol_typePin;
	public static String Enrol_passphraseTooShort;
	public static String Enrol_passphraseMismatch;
	public static String Enrol_creating;
	public static String Enrol_createdInFile;
	public static String Enrol_createdOnToken;
	public static String Enrol_requestTitle;
	public static String Enrol_requestMessage;
	public static String Enrol_key;
	public static String Enrol_deviceId;
	public static String Enrol_noDeviceId;
	public static String Enrol_subject;
	public static String Enrol_requestFile;
	public static String Enrol_chooseRequestFile;
	public static String Enrol_typeSubject;
	public static String Enrol_requestWritten;
	public static String Enrol_bindsNoDevice;
	public static String Enrol_ofDevice;
	public static String Enrol_cannotWrite;
	public static String Enrol_answerTitle;
	public static String Enrol_answerMessage;
	public static String Enrol_answerLater;
	public static String Enrol_chain;
	public static String Enrol_authority;
	public static String Enrol_authorityHint;
	public static String Enrol_authorityInstalled;
	public static String Enrol_crl;
	public static String Enrol_optional;
	public static String Enrol_chooseChain;
	public static String Enrol_chooseFile;
	public static String Enrol_installed;
	public static String Enrol_installedWhere;
	public static String Enrol_installedOnToken;
	public static String Enrol_doneTitle;
	public static String Enrol_doneMessage;
	public static String Status_description;
	public static String Status_key;
	public static String Status_keyNone;
	public static String Status_keyFile;
	public static String Status_keyToken;
	public static String Status_subject;
	public static String Status_country;
	public static String Status_deviceId;
	public static String Status_validity;
	public static String Status_validityValue;
	public static String Status_expiry;
	public static String Status_expiryDays;
	public static String Status_expired;
	public static String Status_authority;
	public static String Status_crl;
	public static String Status_crlValue;
	public static String Status_none;
	public static String Status_enrol;
	public static String Status_unreadable;
	public static String Warning_NO_KEY;
	public static String Warning_NO_CERTIFICATE;
	public static String Warning_CERTIFICATE_EXPIRED;
	public static String Warning_CERTIFICATE_REVOKED;
	public static String Warning_CERTIFICATE_EXPIRES_SOON;
	public static String Warning_NO_AUTHORITY;
	public static String Warning_NO_REVOCATION_LIST;
	public static String Warning_REVOCATION_LIST_OVERDUE;
	public static String Trust_kind;
	public static String Trust_subject;
	public static String Trust_country;
	public static String Trust_deviceId;
	public static String Trust_serial;
	public static String Trust_validUntil;
	public static String Trust_state;
	public static String Trust_kindAuthority;
	public static String Trust_kindDevice;
	public static String Trust_kindHeadquarters;
	public static String Trust_kindKnown;
	public static String Trust_stateTrusted;
	public static String Trust_stateAnchor;
	public static String Trust_stateNotTrusted;
	public static String Trust_stateUnchecked;
	public static String Trust_crlNone;
	public static String Trust_crl;
	public static String Trust_crlOverdue;
	public static String Trust_installAuthority;
	public static String Trust_installKnown;
	public static String Trust_installCrl;
	public static String Trust_remove;
	public static String Trust_refresh;
	public static String Trust_noWorkspace;
	public static String Trust_replaceAuthorityTitle;
	public static String Trust_replaceAuthority;
	public static String Trust_removeTitle;
	public static String Trust_removeKnown;
	public static String Trust_removeAuthority;
	public static String Trust_removeButton;
	public static String Trust_replaceButton;
	public static String Trust_cannotRemove;
	public static String Trust_installedKnown;
	public static String Trust_installedCrl;
	public static String Trust_installedAuthority;
	public static String Trust_removed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DeviceMessages.class);
	}

	private DeviceMessages() {
	}
}
