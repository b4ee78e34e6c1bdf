package org.counterpart.hq.ui.internal;

import java.security.cert.X509Certificate;

import org.counterpart.hq.BaselineRecord;

/**
 * A device the Baselines view offers: its certificate, the country it names and the last baseline sent to it.
 *
 * @param certificate the device's certificate, as headquarters knows it
 * @param deviceId    the device id it binds, or {@code null}
 * @param country     the country it names, or {@code null} (such a device gets no baseline)
 * @param last        the last baseline sent to it, or {@code null}
 */
public record BaselineDevice(X509Certificate certificate, String deviceId, String country, BaselineRecord last) {

	/** The common name of the certificate's subject. */
	public String name() {
		return InboxColumns.commonName(certificate.getSubjectX500Principal().getName());
	}
}
