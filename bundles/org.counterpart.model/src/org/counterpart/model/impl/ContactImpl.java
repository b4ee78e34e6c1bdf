/**
 */
package org.counterpart.model.impl;

import java.util.Collection;
import java.util.Date;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Disposition;
import org.counterpart.model.PartnerInstitution;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.counterpart.model.impl.ContactImpl#getLastContact <em>Last Contact</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends ActorImpl implements Contact {
	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final String RANK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected String rank = RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffiliation() <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliation()
	 * @generated
	 * @ordered
	 */
	protected PartnerInstitution affiliation;

	/**
	 * The default value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected String nationality = NATIONALITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> channels;

	/**
	 * The default value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected static final Disposition DISPOSITION_EDEFAULT = Disposition.UNKNOWN;

	/**
	 * The cached value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected Disposition disposition = DISPOSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected Date lastContact = LAST_CONTACT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CounterpartPackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(String newRank) {
		String oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerInstitution getAffiliation() {
		if (affiliation != null && affiliation.eIsProxy()) {
			InternalEObject oldAffiliation = (InternalEObject)affiliation;
			affiliation = (PartnerInstitution)eResolveProxy(oldAffiliation);
			if (affiliation != oldAffiliation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CounterpartPackage.CONTACT__AFFILIATION, oldAffiliation, affiliation));
			}
		}
		return affiliation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnerInstitution basicGetAffiliation() {
		return affiliation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffiliation(PartnerInstitution newAffiliation) {
		PartnerInstitution oldAffiliation = affiliation;
		affiliation = newAffiliation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__AFFILIATION, oldAffiliation, affiliation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationality() {
		return nationality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationality(String newNationality) {
		String oldNationality = nationality;
		nationality = newNationality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, CounterpartPackage.CONTACT__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<String>(String.class, this, CounterpartPackage.CONTACT__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disposition getDisposition() {
		return disposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisposition(Disposition newDisposition) {
		Disposition oldDisposition = disposition;
		disposition = newDisposition == null ? DISPOSITION_EDEFAULT : newDisposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__DISPOSITION, oldDisposition, disposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastContact() {
		return lastContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContact(Date newLastContact) {
		Date oldLastContact = lastContact;
		lastContact = newLastContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.CONTACT__LAST_CONTACT, oldLastContact, lastContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CounterpartPackage.CONTACT__GIVEN_NAME:
				return getGivenName();
			case CounterpartPackage.CONTACT__FAMILY_NAME:
				return getFamilyName();
			case CounterpartPackage.CONTACT__RANK:
				return getRank();
			case CounterpartPackage.CONTACT__POSITION:
				return getPosition();
			case CounterpartPackage.CONTACT__AFFILIATION:
				if (resolve) return getAffiliation();
				return basicGetAffiliation();
			case CounterpartPackage.CONTACT__NATIONALITY:
				return getNationality();
			case CounterpartPackage.CONTACT__LANGUAGES:
				return getLanguages();
			case CounterpartPackage.CONTACT__CHANNELS:
				return getChannels();
			case CounterpartPackage.CONTACT__DISPOSITION:
				return getDisposition();
			case CounterpartPackage.CONTACT__LAST_CONTACT:
				return getLastContact();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CounterpartPackage.CONTACT__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case CounterpartPackage.CONTACT__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case CounterpartPackage.CONTACT__RANK:
				setRank((String)newValue);
				return;
			case CounterpartPackage.CONTACT__POSITION:
				setPosition((String)newValue);
				return;
			case CounterpartPackage.CONTACT__AFFILIATION:
				setAffiliation((PartnerInstitution)newValue);
				return;
			case CounterpartPackage.CONTACT__NATIONALITY:
				setNationality((String)newValue);
				return;
			case CounterpartPackage.CONTACT__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case CounterpartPackage.CONTACT__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends String>)newValue);
				return;
			case CounterpartPackage.CONTACT__DISPOSITION:
				setDisposition((Disposition)newValue);
				return;
			case CounterpartPackage.CONTACT__LAST_CONTACT:
				setLastContact((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CounterpartPackage.CONTACT__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__AFFILIATION:
				setAffiliation((PartnerInstitution)null);
				return;
			case CounterpartPackage.CONTACT__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__LANGUAGES:
				getLanguages().clear();
				return;
			case CounterpartPackage.CONTACT__CHANNELS:
				getChannels().clear();
				return;
			case CounterpartPackage.CONTACT__DISPOSITION:
				setDisposition(DISPOSITION_EDEFAULT);
				return;
			case CounterpartPackage.CONTACT__LAST_CONTACT:
				setLastContact(LAST_CONTACT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CounterpartPackage.CONTACT__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case CounterpartPackage.CONTACT__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case CounterpartPackage.CONTACT__RANK:
				return RANK_EDEFAULT == null ? rank != null : !RANK_EDEFAULT.equals(rank);
			case CounterpartPackage.CONTACT__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case CounterpartPackage.CONTACT__AFFILIATION:
				return affiliation != null;
			case CounterpartPackage.CONTACT__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case CounterpartPackage.CONTACT__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case CounterpartPackage.CONTACT__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CounterpartPackage.CONTACT__DISPOSITION:
				return disposition != DISPOSITION_EDEFAULT;
			case CounterpartPackage.CONTACT__LAST_CONTACT:
				return LAST_CONTACT_EDEFAULT == null ? lastContact != null : !LAST_CONTACT_EDEFAULT.equals(lastContact);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (givenName: "); //$NON-NLS-1$
		result.append(givenName);
		result.append(", familyName: "); //$NON-NLS-1$
		result.append(familyName);
		result.append(", rank: "); //$NON-NLS-1$
		result.append(rank);
		result.append(", position: "); //$NON-NLS-1$
		result.append(position);
		result.append(", nationality: "); //$NON-NLS-1$
		result.append(nationality);
		result.append(", languages: "); //$NON-NLS-1$
		result.append(languages);
		result.append(", channels: "); //$NON-NLS-1$
		result.append(channels);
		result.append(", disposition: "); //$NON-NLS-1$
		result.append(disposition);
		result.append(", lastContact: "); //$NON-NLS-1$
		result.append(lastContact);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
